"""Benchmark of the trend screens (README, "Measured"), offscreen.

1. The cohort plot of 2,000 patients x 40 results (80,000 points), from the
   exact histories the Clinic list has read (``store.load_histories``) to
   first paint, as ``ClinicView`` draws it after the list: align at
   metformin start with 6-month medians (``clinic_view.compute_cohort``,
   on the worker in the window), draw, and paint the view once.  Reading
   the histories is timed beside it; it is the list's, whose timing is
   ``bench_clinic_place.py``'s.  Goal: under 0.5 s.

2. One patient's trend redrawn after adding a result: store the result,
   read the patient back, ``TrendPanel.set_patient`` and paint.  Goal: under
   50 ms.

Paints go into a ``Format_RGB32`` image, the format of a window's backing
store (``QWidget.grab()`` gives it too).  Painting into non-premultiplied
``Format_ARGB32``, as this benchmark once did, converts every blended pixel
and made the cohort's 80,000 faint segments take ~1 s instead of ~40 ms.

Run: ``.venv/bin/python bench/bench_trend.py``.  Exit status 1 if a goal is missed.
"""

from __future__ import annotations

import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_cohort import PATIENTS, RESULTS, TODAY, cohort
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from mgdesk.domain.cohort import ALL_METFORMIN
from mgdesk.domain.measurement import Measurement
from mgdesk.domain.profile import default_profile
from mgdesk.domain.records import MagnesiumResult
from mgdesk.domain.units import MgUnit
from mgdesk.store import Records, open_database
from mgdesk.store.demo_database import create_demo_database
from mgdesk.store.histories import load_histories, load_history
from mgdesk.ui.clinic.clinic_view import ClinicView, compute_cohort
from mgdesk.ui.patients.trend_panel import TrendPanel


def paint(widget: object) -> None:
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    widget.render(image)  # type: ignore[attr-defined]


def cohort_to_first_paint(app: QApplication, db: Path) -> tuple[float, dict[str, float]]:
    view = ClinicView()
    view.resize(1200, 800)
    plot = view.ensure_plot()  # pyqtgraph imported and the plot built: that is start-up, not this path
    app.processEvents()
    with open_database(db) as database:
        began = time.perf_counter()
        histories = load_histories(Records(database), database)
        start = time.perf_counter()
        result = compute_cohort(histories, ALL_METFORMIN, 0)
        aligned = time.perf_counter()
        plot.show_cohort(result.aligned, result.medians, default_profile(), MgUnit.MMOL_L)
        drawn = time.perf_counter()
        paint(view)
        end = time.perf_counter()
    view.deleteLater()
    parts = {"align": aligned - start, "draw": drawn - aligned, "paint": end - drawn, "(read before)": start - began}
    return end - start, parts


def redraw_after_new_result(app: QApplication, db: Path) -> float:
    panel = TrendPanel()
    panel.resize(1200, 560)
    with open_database(db) as database:
        records = Records(database)
        history = load_history(records, "P0007")
        panel.set_patient(history, default_profile(), TODAY)
        paint(panel)
        patient_id = history.patient.id
        assert patient_id is not None
        times = []
        for day in range(9):
            result = MagnesiumResult(
                TODAY - dt.timedelta(days=day), Measurement(Decimal("0.7" + str(day)), MgUnit.MMOL_L), "mmol/L"
            )
            start = time.perf_counter()
            records.add_result(patient_id, result)
            record = records.patient_record(patient_id)
            panel.set_patient(record, default_profile(), TODAY)
            paint(panel)
            times.append(time.perf_counter() - start)
    panel.deleteLater()
    return statistics.median(times)


def main() -> int:
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    with tempfile.TemporaryDirectory() as folder:
        db = create_demo_database(Path(folder) / "bench.sqlite3", cohort())
        runs = [cohort_to_first_paint(app, db) for _ in range(3)]
        seconds, parts = sorted(runs)[1]
        ok_cohort = seconds < 0.5
        split = ", ".join(f"{k} {v * 1e3:.0f} ms" for k, v in parts.items())
        print(
            f"cohort plot {PATIENTS:,} x {RESULTS}, histories read to first paint: {seconds * 1e3:.0f} ms "
            f"(goal < 500 ms) {'ok' if ok_cohort else 'OVER GOAL'} [{split}]"
        )
        redraw = redraw_after_new_result(app, db)
        ok_redraw = redraw < 0.05
        print(
            f"one patient's trend after adding a result (store, read back, redraw, paint): {redraw * 1e3:.1f} ms "
            f"(goal < 50 ms) {'ok' if ok_redraw else 'OVER GOAL'}"
        )
    return 0 if ok_cohort and ok_redraw else 1


if __name__ == "__main__":
    sys.exit(main())

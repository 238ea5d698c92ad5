"""Benchmark of the trend screens (README, "Measured"), offscreen.

1. The cohort plot of 2,000 patients x 40 results (80,000 points) from the
   database to first paint: ``ClinicView.load_clinic`` reads patients and
   courses (``store.histories.load_courses``) and every result as float
   arrays (``store.cohort_arrays``) on its worker, aligns them at metformin
   start with 6-month medians, draws, and the view is painted once.  The
   exact histories and the list rows follow on the worker (timed too, as
   "list ready after").  Goal: under 0.5 s.

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

from mgdesk.domain.measurement import Measurement
from mgdesk.domain.profile import default_profile
from mgdesk.domain.records import MagnesiumResult
from mgdesk.domain.units import MgUnit
from mgdesk.store import Records, open_database
from mgdesk.store.cohort_arrays import load_cohort_points
from mgdesk.store.demo_database import create_demo_database
from mgdesk.store.histories import load_courses, load_histories, load_history
from mgdesk.ui.clinic.clinic_view import ClinicView
from mgdesk.ui.patients.trend_panel import TrendPanel


def paint(widget: object) -> None:
    image = QImage(1200, 800, QImage.Format.Format_RGB32)
    widget.render(image)  # type: ignore[attr-defined]


def cohort_to_first_paint(app: QApplication, db: Path) -> tuple[float, dict[str, float]]:
    view = ClinicView()
    view.resize(1200, 800)
    view.ensure_plot()  # pyqtgraph imported and the plot built: that is start-up, not this path
    done: list[float] = []
    view.cohort_shown.connect(lambda: done.append(time.perf_counter()))
    start = time.perf_counter()
    with open_database(db) as database:
        records = Records(database)
        opened = time.perf_counter()
        view.load_clinic(
            lambda: (load_courses(records), load_cohort_points(database)),
            lambda: load_histories(records),
            default_profile(),
            TODAY,
        )
        while not done:
            app.processEvents()
            time.sleep(0.001)
        paint(view)
        end = time.perf_counter()
        listed: list[float] = []
        view.computed.connect(lambda: listed.append(time.perf_counter()))
        while not listed:
            app.processEvents()
            time.sleep(0.001)
    view.deleteLater()
    parts = {"open": opened - start, "load+align+draw": done[0] - opened, "paint": end - done[0]}
    parts["list ready after"] = listed[0] - start
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
            f"cohort plot {PATIENTS:,} x {RESULTS}, database to first paint: {seconds * 1e3:.0f} ms "
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

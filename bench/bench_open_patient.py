"""Benchmark: open a patient with 200 results in the window (goal: under 50 ms).

Builds a database in a temporary folder with one patient holding 200 results
and a few medication courses, opens the real main window offscreen, and
times selecting that patient until the window has processed the change
(store read, classification of every row, table models, the trend panel when
present).  Median of 30 openings, alternating with another patient, in wall
time and in the process's CPU time (which load hardly moves).

Run: ``.venv/bin/python bench/bench_open_patient.py``.  Exit status 1 if over the goal.
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
GOAL_MS = 50.0


def main() -> int:
    home = tempfile.mkdtemp(prefix="mgdesk-bench-")
    os.environ.update(HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
    from PySide6.QtWidgets import QApplication

    from mgdesk.domain.measurement import Measurement
    from mgdesk.domain.records import DrugClass, MagnesiumResult, MedicationCourse, Patient
    from mgdesk.domain.units import MgUnit
    from mgdesk.ui.common.look import configure_application, name_application
    from mgdesk.ui.common.settings import Settings
    from mgdesk.ui.window import MainWindow

    name_application()
    app = QApplication([])
    configure_application(app)
    window = MainWindow(Settings())
    window.show()
    assert window.open_database(Path(home) / "bench.sqlite3")
    records = window.session.records
    ids = []
    for clinic_id in ("BIG-200", "OTHER-1"):
        patient = records.add_patient(Patient(clinic_id))
        assert patient.id is not None
        ids.append(patient.id)
    start = dt.date(2010, 1, 1)
    records.add_course(ids[0], MedicationCourse(DrugClass.METFORMIN, "metformin", start, None, Decimal(1000)))
    records.add_course(
        ids[0], MedicationCourse(DrugClass.PROTON_PUMP_INHIBITOR, "omeprazole", start, None, Decimal(20))
    )
    results = [
        (
            "BIG-200",
            MagnesiumResult(
                start + dt.timedelta(days=18 * i), Measurement(Decimal(f"0.{70 + i % 25}"), MgUnit.MMOL_L), "mmol/L"
            ),
        )
        for i in range(200)
    ]
    records.import_records(results, [])
    window.session.patients_changed.emit()
    window.show_patients()
    app.processEvents()
    timings, cpu = [], []
    for _ in range(30):
        for patient_id in ids:
            began, began_cpu = time.perf_counter(), time.process_time()
            window.patients.select_patient(patient_id)
            app.processEvents()
            if patient_id == ids[0]:
                timings.append((time.perf_counter() - began) * 1000)
                cpu.append((time.process_time() - began_cpu) * 1000)
    window.patients.select_patient(ids[0])
    app.processEvents()
    assert window.patients.results.rowCount() == 200
    median = statistics.median(timings)
    verdict = "ok" if median < GOAL_MS else "OVER GOAL"
    print(
        f"open a patient with 200 results in the window: median {median:.1f} ms (goal < {GOAL_MS:.0f} ms) {verdict}; "
        f"in CPU time {statistics.median(cpu):.1f} ms"
    )
    return 0 if median < GOAL_MS else 1


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark: the Clinic place of a 2,000-patient clinic, from Ctrl+3 to its first screen (goal: under 0.5 s).

Builds a database of 2,000 patients x 40 results (``bench_cohort.cohort``),
opens it in the real main window (offscreen, 1280x720) and times, in the
window's own event loop, pressing Ctrl+3 until the first screen is painted:
the place built when first visited, the worklist's first screen of rows
final (``ClinicView.list_shown``: as many rows as the list shows at once, in
urgency order with their states, or the whole list if shorter) and the
window painted.  Then, on the worker thread, the whole list ("whole list"),
the cohort plot drawn ("plot") and the treatment-group table ("group
table") follow and are timed too, as is a revisit after the clinic changed
(the place already built: the list on screen stays until the new one is
ready, so there "first screen" is the new whole list, held to the 2 s in which
the README's "Live views" promise a change reaches the Clinic list).  The first visit is
measured twice: as the first trend of the session (pyqtgraph not yet
imported) and after a patient was opened (pyqtgraph loaded with the
Patients place's plot).  Each in a fresh process; median of 5.  The first
screen is also given in the process's CPU time (both threads), which load
hardly moves: the worker reads the whole clinic only after the first
screen is painted, so up to then the work is one thread's at a time.

Run: ``.venv/bin/python bench/bench_clinic_place.py``.  Exit status 1 if over the goal.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

GOAL_S = 0.5
# A revisit after a change shows the list that was there at once, marked busy; its goal is the bound the
# README's "Live views" gives for a change to reach the Clinic list: 2 seconds.
REVISIT_GOAL_S = 2.0
ROUNDS = 5

CHILD = r"""
import json, os, sys, time
from pathlib import Path
from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from mgdesk.ui.common.look import configure_application, name_application
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.window import MainWindow

db, warm = Path(sys.argv[1]), sys.argv[2] == "after-a-patient"
name_application()
app = QApplication([])
configure_application(app)
window = MainWindow(Settings())
window.resize(1280, 720)
window.show()
assert window.open_database(db)
if warm:
    window.open_patient("P0001")
    QTest.qWait(50)
app.processEvents()


def visit() -> dict[str, float]:
    marks: dict[str, float] = {}
    start = time.perf_counter()

    def mark(name: str) -> None:
        marks.setdefault(name, time.perf_counter() - start)

    window.show_place(0)
    app.processEvents()
    start, cpu = time.perf_counter(), time.process_time()
    QTest.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    clinic = window.ensure_clinic()
    clinic.list_shown.connect(lambda: mark("shown"))
    clinic.cohort_shown.connect(lambda: mark("plot"))
    clinic.computed.connect(lambda: mark("all"))
    clinic.model.modelReset.connect(lambda: None if clinic.model.latest_only else mark("whole list"))
    loop = QEventLoop()  # the window's own event loop: it sleeps while the worker loads
    clinic.list_shown.connect(loop.quit)
    if "shown" not in marks:
        loop.exec()
    clinic.list_shown.disconnect(loop.quit)
    window.repaint()  # the first screen: the place with the list's first rows, painted
    marks["first screen"] = time.perf_counter() - start
    marks["first screen CPU"] = time.process_time() - cpu  # both threads; the worker waits for this paint
    while "all" not in marks:
        app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    marks["group table"] = marks.pop("all")
    return marks


first = visit()
window.show_place(0)
window.session.patients_changed.emit()  # the clinic changed: the next visit reloads it
again = visit()
print(json.dumps({"first": first, "again": again}))
window.close()
"""


def main() -> int:
    sys.path.insert(0, str(Path(__file__).parent))
    from bench_cohort import cohort

    from mgdesk.store.demo_database import create_demo_database

    home = tempfile.mkdtemp(prefix="mgdesk-bench-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
    db = create_demo_database(Path(home) / "clinic-2000.sqlite3", cohort())
    runs: dict[str, list[dict[str, float]]] = {"first visit, first trend": [], "first visit, after a patient": []}
    revisits: list[dict[str, float]] = []
    for _ in range(ROUNDS):
        for label, mode in (("first visit, first trend", "cold"), ("first visit, after a patient", "after-a-patient")):
            done = subprocess.run(
                [sys.executable, "-c", CHILD, str(db), mode], capture_output=True, text=True, env=env, check=True
            )
            result = json.loads(done.stdout.strip().splitlines()[-1])
            runs[label].append(result["first"])
            revisits.append(result["again"])
    runs["revisit after a change"] = revisits
    ok = True
    for label, marks in runs.items():
        names = ("first screen", "first screen CPU", "whole list", "plot", "group table")
        figures = {name: statistics.median(m[name] for m in marks) for name in names}
        goal = REVISIT_GOAL_S if label == "revisit after a change" else GOAL_S
        verdict = "ok" if figures["first screen"] < goal else "OVER GOAL"
        ok = ok and figures["first screen"] < goal
        print(
            f"Clinic place, 2,000 patients x 40 results, {label}: first screen {figures['first screen'] * 1e3:.0f} ms "
            f"(goal < {goal * 1e3:.0f} ms) {verdict}, in CPU time {figures['first screen CPU'] * 1e3:.0f} ms; "
            f"whole list after {figures['whole list'] * 1e3:.0f} ms, "
            f"plot after {figures['plot'] * 1e3:.0f} ms, group table after {figures['group table'] * 1e3:.0f} ms"
        )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

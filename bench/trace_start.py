"""A timer trace of the window's start, step by step (README, "Measured").

Runs the steps of ``mgdesk.app._run`` in the same order, offscreen, and
prints what each costs, from the OS's process start to the converter's first
paint and on to its first conversion, in wall time and in the process's CPU
time (which, unlike wall time, hardly grows when other work shares the
cores), with the same two figures for the empty window of
``baseline_empty_window.py`` at the end; ``python -X importtime`` breaks the
import steps down further.  Median of several fresh processes:

    .venv/bin/python bench/trace_start.py
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from common import compile_bytecode

ROUNDS = 9
EMPTY = Path(__file__).with_name("baseline_empty_window.py")

CHILD = r"""
import json, time
from mgdesk.ui.common.process_clock import process_age_ms
steps = [("interpreter start, site, mgdesk package", process_age_ms(), time.process_time() * 1000)]
start = time.perf_counter()
def now():
    return steps[0][1] + (time.perf_counter() - start) * 1000, time.process_time() * 1000
def mark(name):
    steps.append((name, *now()))
import argparse
from mgdesk.window_options import add_window_options
add_window_options(argparse.ArgumentParser())
mark("the window's options (argparse)")
from mgdesk.ui.common.import_check import speed_up
speed_up()
from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication
mark("import PySide6 QtCore, QtGui, QtWidgets; its import check given the file's bytes")
from mgdesk.ui.common.first_paint import FirstPaint
from mgdesk.ui.common.i18n import install_language
from mgdesk.ui.common.look import configure_application, name_application, set_application_icon
from mgdesk.ui.common.settings import Settings
mark("import mgdesk.ui.common (look, language, settings)")
from mgdesk.ui.window import MainWindow
mark("import the window's first frame (the window, its parts, the converter)")
name_application()
app = QApplication(["mgdesk"])
mark("QApplication")
configure_application(app, icon=False)
mark("translator, font, palette")
settings = Settings()
install_language(app, settings.language)
mark("settings and language")
window = MainWindow(settings, finish_later=True)
mark("build the first frame (menu titles, places list, converter, status bar)")
first_paint = FirstPaint(window.converter.value_edit)
painted_cpu, later = [], {}
def painted():
    painted_cpu.append(time.process_time() * 1000)
    from mgdesk.ui.common.crash import CrashReporter, install_qt_message_log, setup_logging
    install_qt_message_log()
    CrashReporter(setup_logging()).install()
    set_application_icon(app)
    later["crash"] = now()
first_paint.painted.connect(painted)
def timed(name, function):
    def run():
        function()
        later[name] = now()
    return run
window.finish_start = timed("window", window.finish_start)
window.converter.finish_start = timed("converter", window.converter.finish_start)
window.show()
mark("show")
while "converter" not in later:
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
steps.append(("first paint of the converter", first_paint.at_ms, painted_cpu[0]))
steps.append(("(after the paint) log file, crash reporter, window icon", *later["crash"]))
steps.append(("(after the paint) the rest of the window: menus, places, records session, profile", *later["window"]))
steps.append(("(after the paint) history table, band table (pint and the unit registry load)", *later["converter"]))
window.converter.value_edit.setText("1.8 mg/dL")
mark("(after the paint) first conversion")
print(json.dumps(steps))
"""


def main() -> int:
    compile_bytecode()
    home = tempfile.mkdtemp(prefix="mgdesk-trace-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
    runs, empty = [], []
    for _ in range(ROUNDS + 1):
        done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, check=True)
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
        done = subprocess.run([sys.executable, str(EMPTY)], capture_output=True, text=True, env=env, check=True)
        empty.append(json.loads(done.stdout.strip().splitlines()[-1]))
    runs, empty = runs[1:], empty[1:]  # the first runs warm the file cache
    names = [name for name, _, _ in runs[0]]
    previous = previous_cpu = 0.0
    print(f"{'step':84} {'wall':>7} {'at':>8} {'CPU':>7} {'at':>8}")
    for index, name in enumerate(names):
        at = statistics.median(run[index][1] for run in runs)
        cpu = statistics.median(run[index][2] for run in runs)
        print(f"{name:84} {at - previous:4.0f} ms {at:5.0f} ms {cpu - previous_cpu:4.0f} ms {cpu:5.0f} ms")
        previous, previous_cpu = at, cpu
    paint = names.index("first paint of the converter")
    ours_wall = statistics.median(run[paint][1] for run in runs)
    ours_cpu = statistics.median(run[paint][2] for run in runs)
    empty_wall = statistics.median(float(e["startup_ms"]) for e in empty)
    empty_cpu = statistics.median(float(e["startup_cpu_ms"]) for e in empty)
    print(
        f"to the first paint: mgdesk {ours_wall:.0f} ms wall / {ours_cpu:.0f} ms CPU, empty window "
        f"{empty_wall:.0f} ms wall / {empty_cpu:.0f} ms CPU: {ours_wall / empty_wall:.2f}x wall, "
        f"{ours_cpu / empty_cpu:.2f}x CPU (CPU time barely moves with the machine's load)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Baseline (a): a minimal PySide6 script that shows an empty QMainWindow.

Prints the same startup_ms figure mgdesk's smoke test prints, measured the
same way: from the OS's process start to the window's first paint
(``FirstPaint``; mgdesk's is the converter's value field), and the
process's CPU time at that paint (``trace_start.py``).
"""

import json
import time

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QMainWindow

from mgdesk.ui.common.first_paint import FirstPaint

app = QApplication([])
window = QMainWindow()
first_paint = FirstPaint(window)
painted_cpu: list[float] = []
first_paint.painted.connect(lambda: painted_cpu.append(time.process_time() * 1000))
window.show()
while first_paint.at_ms is None:
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
print(json.dumps({"ok": True, "startup_ms": first_paint.at_ms, "startup_cpu_ms": painted_cpu[0]}))

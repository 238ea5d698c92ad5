"""Baseline (a): a minimal PySide6 script that shows an empty QMainWindow.

Prints the same startup_ms figure mgdesk's smoke test prints, measured the
same way: from the OS's process start to the window's first paint
(``FirstPaint``; mgdesk's is the converter's value field).
"""

import json

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QMainWindow

from mgdesk.ui.common.first_paint import FirstPaint

app = QApplication([])
window = QMainWindow()
first_paint = FirstPaint(window)
window.show()
while first_paint.at_ms is None:
    app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
print(json.dumps({"ok": True, "startup_ms": first_paint.at_ms}))

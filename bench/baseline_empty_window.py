"""Baseline (a): a minimal PySide6 script that shows an empty QMainWindow.

Prints the same startup_ms figure mgdesk's smoke test prints, measured the
same way (from the OS's process start to the window being shown).
"""

import json

from PySide6.QtWidgets import QApplication, QMainWindow

from mgdesk.ui.common.process_clock import process_age_ms

app = QApplication([])
window = QMainWindow()
window.show()
print(json.dumps({"ok": True, "startup_ms": process_age_ms()}))

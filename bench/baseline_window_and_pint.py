"""Baseline (b): a minimal script that shows a window and converts one value with pint."""

import pint
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

app = QApplication([])
window = QMainWindow()
label = QLabel()
window.setCentralWidget(label)
window.show()
ureg = pint.UnitRegistry()
mmol = (ureg.Quantity(1.8, "mg/dL") / ureg.Quantity(24.305, "g/mol")).to("mmol/L")
label.setText(f"{mmol.magnitude:.2f} mmol/L")
app.processEvents()

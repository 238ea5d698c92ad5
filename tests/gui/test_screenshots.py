"""Screenshots of the converter's main states, for people to look at.

Written to a temporary folder, or to ``MGDESK_SCREENSHOT_DIR``, which is how
the README's pictures are made:
``MGDESK_SCREENSHOT_DIR=resources/screenshots bash packaging/dev.sh test``.
Each image is checked to be a real, non-blank picture of the window.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mgdesk.domain.units import MgUnit
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.window import MainWindow

STATES = {
    "normal": (MgUnit.MG_DL, "1,8"),
    "low": (MgUnit.MMOL_L, "0.55"),
    "critical-low": (MgUnit.MMOL_L, "0.30"),
    "indeterminate": (MgUnit.MMOL_L, "<0.8"),
    "critical-high": (MgUnit.MMOL_L, "2.6"),
    "entered-umol": (MgUnit.UMOL_L, "740"),
    "borderline": (MgUnit.MG_DL, "1.7"),
    "mix-up": (MgUnit.MMOL_L, "2.0"),
    "error": (MgUnit.MMOL_L, "0,7x"),
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.WindowText, "#e8eaed"),
        (QPalette.ColorRole.Base, "#2b2c2f"),
        (QPalette.ColorRole.AlternateBase, "#323336"),
        (QPalette.ColorRole.Text, "#e8eaed"),
        (QPalette.ColorRole.Button, "#303134"),
        (QPalette.ColorRole.ButtonText, "#e8eaed"),
        (QPalette.ColorRole.Mid, "#5f6368"),
        (QPalette.ColorRole.PlaceholderText, "#9aa0a6"),
        (QPalette.ColorRole.Highlight, "#8ab4f8"),
        (QPalette.ColorRole.HighlightedText, "#202124"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture
def shot_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("MGDESK_SCREENSHOT_DIR", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def take(qtbot: QtBot, folder: Path, name: str, unit: MgUnit, text: str) -> Path:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(1100, 640)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(1)
    window.converter.set_unit(unit)
    qtbot.keyClicks(window.converter.value_edit, text)
    qtbot.wait(20)  # let the layout settle as it would on screen
    path = folder / f"converter-{name}.png"
    assert window.grab().save(str(path))
    window.close()
    return path


def assert_real_picture(path: Path) -> None:
    image = QImage(str(path))
    assert image.width() >= 800
    assert image.height() >= 500
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 23)}
    assert len(colours) > 8, "the picture is (nearly) blank"


@pytest.mark.parametrize("state", list(STATES))
def test_light_screenshots(qtbot: QtBot, shot_dir: Path, state: str) -> None:
    unit, text = STATES[state]
    assert_real_picture(take(qtbot, shot_dir, state, unit, text))


@pytest.mark.parametrize("state", ["normal", "low", "critical-low", "indeterminate", "borderline", "critical-high"])
def test_dark_screenshot(qtbot: QtBot, shot_dir: Path, state: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    app.setPalette(dark_palette())
    try:
        path = take(qtbot, shot_dir, f"{state}-dark", *STATES[state])
    finally:
        app.setPalette(light)
    assert_real_picture(path)
    assert QColor(QImage(str(path)).pixel(5, 300)).lightness() < 100


def test_patients_screenshot(qtbot: QtBot, shot_dir: Path) -> None:
    """The Patients place on a demo clinic patient (the README's picture is made from the demo)."""
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(1280, 760)
    window.show()
    assert window.open_demo_clinic()
    window.open_patient("DEMO-0182")
    assert window.patients.record is not None
    assert window.patients.record.patient.clinic_id == "DEMO-0182"
    qtbot.wait(50)
    path = shot_dir / "patients.png"
    assert window.grab().save(str(path))
    assert_real_picture(path)

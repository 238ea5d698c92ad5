"""Screenshots of the trend panel and the clinic view, light and dark, for people to look at.

Written to a temporary folder, or to ``MGDESK_SCREENSHOT_DIR``.  Each image is
checked to be a real, non-blank picture drawn in the palette asked for.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from test_screenshots import dark_palette
from trend_fixtures import DEMO_TODAY

from mgdesk.domain.demo import demo_clinic
from mgdesk.domain.profile import default_profile
from mgdesk.ui.clinic.clinic_view import ClinicView
from mgdesk.ui.patients.trend_panel import TrendPanel

DEMO = demo_clinic(DEMO_TODAY)


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest) -> Iterator[str]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    if request.param == "dark":
        app.setPalette(dark_palette())
    yield request.param
    app.setPalette(before)


def save(widget: QWidget, name: str, tmp_path: Path) -> Path:
    folder = Path(os.environ.get("MGDESK_SCREENSHOT_DIR", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path))
    image = QImage(str(path))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 13) for y in range(0, image.height(), 13)}
    assert len(colours) > 20
    return path


def test_trend_panel_screenshot(qtbot: QtBot, tmp_path: Path, palette: str) -> None:
    panel = TrendPanel()
    qtbot.addWidget(panel)
    panel.resize(1200, 560)
    # Falling, with a break from metformin: its results off the drug are drawn hollow grey.
    falling = next(h for h in DEMO if h.patient.clinic_id == "DEMO-0179")
    panel.set_patient(falling, default_profile(), DEMO_TODAY)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.plot is not None
    ink = panel.plot.palette().color(QPalette.ColorRole.WindowText)
    assert (ink.lightness() > 128) is (palette == "dark")
    assert panel.numbers.values["alert"].property("alert") is True
    save(panel, f"trend-{palette}", tmp_path)


def test_clinic_view_screenshot(qtbot: QtBot, tmp_path: Path, palette: str) -> None:
    view = ClinicView()
    qtbot.addWidget(view)
    view.resize(1200, 760)
    view.show()
    with qtbot.waitSignal(view.computed, timeout=20_000):
        view.set_clinic(DEMO, default_profile(), DEMO_TODAY)
    qtbot.waitExposed(view)
    qtbot.wait(50)  # let the layout place the newly built plot
    assert view.count_label.text() == "166 patients"
    save(view, f"clinic-{palette}", tmp_path)

"""Text contrast at WCAG AA (4.5:1) in the light and dark palettes, from the palette roles the window uses."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication
from test_screenshots import dark_palette

from mgdesk.ui.common.contrast import contrast_ratio, readable
from mgdesk.ui.common.look import readable_palette
from mgdesk.ui.common.state_icons import alert_text_colour

Role = QPalette.ColorRole
# (text role, background role) pairs the window draws text with, style sheet included.
PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.PlaceholderText, Role.Window),  # hints, unit captions, band headers (look.py)
    (Role.PlaceholderText, Role.Base),  # the same on a result card
    (Role.BrightText, Role.Window),  # error messages (look.py)
]


@pytest.fixture(params=["light", "dark"])
def palette(request: pytest.FixtureRequest) -> Iterator[QPalette]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    if request.param == "dark":
        app.setPalette(dark_palette())
    yield app.palette()
    app.setPalette(before)


def test_wcag_ratio_matches_known_values() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio(QColor("#D55E00"), QColor("#ffffff")) < 4.5  # why the vermillion is shaded for words
    assert contrast_ratio(readable(QColor("#D55E00"), QColor("#ffffff")), QColor("#ffffff")) >= 4.5


def test_every_text_role_reads_at_aa(palette: QPalette) -> None:
    fixed = readable_palette(palette)
    low = []
    for text, background in PAIRS:
        ratio = contrast_ratio(fixed.color(text), fixed.color(background))
        if ratio < 4.5:
            low.append(f"{text.name} on {background.name}: {ratio:.2f}")
    for background in (Role.Window, Role.Base):
        ratio = contrast_ratio(alert_text_colour(fixed), fixed.color(background))
        if ratio < 4.5:
            low.append(f"alert words on {background.name}: {ratio:.2f}")
    assert low == []


def test_the_running_application_uses_the_readable_palette(palette: QPalette) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    current = app.palette()
    grey = contrast_ratio(current.color(Role.PlaceholderText), current.color(Role.Window))
    error = contrast_ratio(current.color(Role.BrightText), current.color(Role.Window))
    assert grey >= 4.5
    assert error >= 4.5

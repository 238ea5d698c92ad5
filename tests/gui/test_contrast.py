"""Text contrast at WCAG AA (4.5:1) in the light and dark palettes, from the palette roles the window uses."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from test_screenshots import dark_palette

from mgdesk.ui.common.contrast import contrast_ratio, readable
from mgdesk.ui.common.look import readable_palette
from mgdesk.ui.common.state_icons import alert_text_colour
from mgdesk.ui.window import MainWindow

Role = QPalette.ColorRole
# (text role, background role) pairs the window draws text with (look.py's text styles included).
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


def test_the_converter_draws_an_error_in_the_error_colour_and_plain_text_again_after_it(window: MainWindow) -> None:
    label = window.converter.message_label
    window.converter.value_edit.setText("0,7x")
    assert label.text()
    assert label.foregroundRole() is Role.BrightText
    assert label.font().weight() == QFont.Weight.DemiBold
    window.converter.value_edit.setText("0.74")
    assert label.foregroundRole() is Role.WindowText
    assert label.font().weight() == QFont.Weight.Normal
    # Hints and captions in the readable grey, the section titles in semi-bold 11 pt.
    hint = window.converter.findChild(QLabel, "hintLabel")
    assert hint is not None
    assert hint.foregroundRole() is Role.PlaceholderText
    titles = window.converter.findChildren(QLabel, "sectionTitle")
    assert len(titles) == 3
    assert {(title.font().pointSizeF(), title.font().weight()) for title in titles} == {(11.0, QFont.Weight.DemiBold)}


def test_the_result_card_is_the_base_colour_in_a_mid_border_and_the_window_colour_while_disabled(
    window: MainWindow, palette: QPalette
) -> None:
    card = window.converter.card
    card.resize(400, 200)
    for enabled, inside in ((True, Role.Base), (False, Role.Window)):
        card.setEnabled(enabled)
        image = card.grab().toImage()
        group = QPalette.ColorGroup.Active if enabled else QPalette.ColorGroup.Disabled
        middle = image.pixelColor(image.width() // 2, image.height() - 40)
        assert middle.name() == palette.color(group, inside).name(), enabled
        # The top edge's middle pixel is the border; the corner is rounded off (not the border colour).
        border = palette.color(group, Role.Mid).name()
        assert image.pixelColor(image.width() // 2, 0).name() == border
        assert image.pixelColor(0, 0).name() != border

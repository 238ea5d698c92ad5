"""The converter's history table at 960x540 (1920x1080 at 200%): values whole, the class elided with its words on hover.

In the narrow right-hand column of a small screen the table used to squeeze
the value as entered to "2,1 m…" over two lines while the class kept its
room.  A value and its unit are the point of the row: they are never cut;
the class's words give way (elided, in full on hover, the icon always there).
Checked in English and in French (longer class words, decimal commas).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mgdesk.domain.classify import classify
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.profile import default_profile
from mgdesk.domain.units import MgUnit
from mgdesk.ui.common.i18n import install_language
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.converter.history_model import HistoryModel
from mgdesk.ui.window import MainWindow

ENTRIES = [
    ("1.8", MgUnit.MG_DL),
    ("0.62", MgUnit.MMOL_L),
    ("1.7", MgUnit.MG_DL),
    ("<0.40", MgUnit.MMOL_L),
    ("2.1", MgUnit.MEQ_L),
    ("16.9", MgUnit.MG_L),
    ("287", MgUnit.UMOL_L),
]


@pytest.fixture(params=["en", "fr"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")
    QLocale.setDefault(QLocale.c())


@pytest.mark.parametrize("size", [(960, 540), (1024, 600), (1280, 720)])
def test_history_shows_each_value_whole_at_small_sizes(
    qtbot: QtBot, language: str, size: tuple[int, int], tmp_path: object
) -> None:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    converter = window.converter
    view = converter.history_view
    for text, unit in ENTRIES:
        converter.history.add(classify(parse_measurement(text, unit), default_profile()))
    qtbot.waitUntil(lambda: view.model().rowCount() == len(ENTRIES))
    QApplication.processEvents()
    model = view.model()
    metrics = view.fontMetrics()
    for column in (HistoryModel.COL_TIME, HistoryModel.COL_ENTERED, HistoryModel.COL_MMOL):
        widest = max(metrics.horizontalAdvance(str(model.index(r, column).data())) for r in range(len(ENTRIES)))
        assert view.columnWidth(column) >= widest + 6, (language, size, column, view.columnWidth(column), widest)
    assert not view.wordWrap(), "a value and its unit stay on one line"
    assert not view.horizontalScrollBar().isVisible()
    header = view.horizontalHeader()
    assert header.sectionPosition(HistoryModel.COL_CLASS) + header.sectionSize(HistoryModel.COL_CLASS) <= (
        view.viewport().width() + 1
    )
    for row in range(len(ENTRIES)):  # the class in full on hover, whatever room it has
        index = model.index(row, HistoryModel.COL_CLASS)
        tip = str(index.data(Qt.ItemDataRole.ToolTipRole))
        assert str(index.data()).removeprefix("~ ") in tip
    assert window.grab().save(str(tmp_path) + f"/history-{language}-{size[0]}.png")

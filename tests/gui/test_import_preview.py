"""The import preview with real widgets: one ambiguous date rejects its row only, and choosing the order re-checks."""

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mgdesk.interchange import DateOrder
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.patients.import_dialog import ImportPreview
from mgdesk.ui.window import MainWindow

CSV = (
    "patient,date,Magnesium (mmol/L)\nP1,2024-01-05,0.68\nP1,03/04/2024,0.81\nP2,13/04/2024,0.74\nP2,2024-02-30,0.74\n"
)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    main = MainWindow(Settings())
    qtbot.addWidget(main)
    assert main.open_database(tmp_path / "clinic.sqlite3")
    return main


def _lines(preview: ImportPreview) -> list[str]:
    table = preview.rejected_table
    return [table.item(row, 0).text() for row in range(table.rowCount())]


def _first_rows(preview: ImportPreview) -> list[list[str]]:
    table = preview.first_rows
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_choosing_the_date_order_rechecks_the_rows_live(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "lab.csv"
    path.write_text(CSV)
    preview = ImportPreview(path, window, records=window.session.records, profile=window.profile)
    preview.reread()
    assert preview.checked is not None
    text = preview.summary.text()
    assert "1 rows can be imported, 3 are rejected" in text
    assert "2 rows have dates such as 03/04/2024 that read two ways" in text
    assert _lines(preview) == ["3", "4", "5"]
    assert preview.import_button.isEnabled()
    assert "1 new patient will be created." in text
    assert _first_rows(preview) == [["P1", "2024-01-05", "0.68", "mmol/L", "low"]]  # below 0.70 mmol/L
    preview.order.setCurrentIndex(preview.order.findData(DateOrder.DAY_FIRST))  # as the user picks it
    assert "3 rows can be imported, 1 are rejected" in preview.summary.text()
    assert "read two ways" not in preview.summary.text()
    assert "2 new patients will be created." in preview.summary.text()
    assert [row[0] for row in _first_rows(preview)] == ["P1", "P1", "P2"]
    assert _lines(preview) == ["5"]
    assert preview.rejected_table.item(0, 1).text() == "'2024-02-30' is not a real date"  # ISO: one reading
    preview.order.setCurrentIndex(preview.order.findData(DateOrder.MONTH_FIRST))
    assert "2 rows can be imported, 2 are rejected" in preview.summary.text()
    assert _lines(preview) == ["4", "5"]
    mapping = {preview.mapping.item(r, 0).text(): preview.mapping_choice(r).currentText() for r in range(3)}
    assert mapping["Magnesium (mmol/L)"] == "value, in mmol/L unless a unit column says otherwise"
    preview.resize(760, 560)
    preview.grab().save(str(tmp_path / "preview.png"))
    preview.close()


def test_a_column_mapped_by_hand_rechecks_the_rows(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "lab.csv"
    path.write_text("patient,date,value,note\nP1,2024-01-05,0.68,mmol/L\nP1,2024-01-06,1.7,mg/dL\n")
    preview = ImportPreview(path, window, records=window.session.records, profile=window.profile)
    preview.reread()
    assert "0 rows can be imported, 2 are rejected" in preview.summary.text()  # no unit: nothing guessed
    assert [preview.mapping_choice(c).currentData() for c in range(4)] == ["patient", "date", "value", "comment"]
    note = preview.mapping_choice(3)
    note.setCurrentIndex(note.findData("unit"))
    assert "2 rows can be imported, 0 are rejected" in preview.summary.text()
    assert [row[2:4] for row in _first_rows(preview)] == [["0.68", "mmol/L"], ["1.7", "mg/dL"]]
    date = preview.mapping_choice(1)
    date.setCurrentIndex(date.findData("unit"))  # two columns as unit: said, and the table stays
    assert "Two columns are read as unit" in preview.summary.text()
    assert not preview.import_button.isEnabled()
    assert preview.mapping.rowCount() == 4
    date.setCurrentIndex(date.findData("date"))
    assert "2 rows can be imported" in preview.summary.text()
    preview.close()

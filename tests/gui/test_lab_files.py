"""HL7 v2 and FHIR through the window: the same import preview, and File > Export as FHIR."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mgdesk.ui.common.settings import Settings
from mgdesk.ui.patients.import_dialog import ImportPreview
from mgdesk.ui.window import MainWindow

HL7 = (
    "\r".join(
        [
            "MSH|^~\\&|LAB|NORTH LAB|MGDESK|CLINIC|20240305101500||ORU^R01|M1|P|2.5.1",
            "PID|1||P-1^^^CLINIC^MR||Roe^Ann||19500101|F",
            "OBR|1|O1|F1|24331-1^Panel^LN|||20240305081500",
            "OBX|1|NM|2601-3^Mg^LN||1.62|mg/dL|1.7-2.4|L|||F",
            "OBX|2|NM|2345-7^Glucose^LN||5.5|mmol/L|||||F",
            "OBX|3|NM|2601-3^Mg^LN|2|abc|mmol/L|||||F",
        ]
    )
    + "\r"
)


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    main = MainWindow(Settings())
    qtbot.addWidget(main)
    assert main.open_database(tmp_path / "clinic.sqlite3")
    return main


def test_the_import_preview_reads_hl7_and_says_what_is_not_magnesium(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "lab.hl7"
    path.write_text(HL7, newline="")
    preview = ImportPreview(path, window)
    preview.reread()
    assert preview.checked is not None
    assert preview.checked.format == "hl7"
    text = preview.summary.text()
    assert "1 rows can be imported, 1 are rejected" in text
    assert "1 other results are not magnesium; 1 warnings." in text
    reasons = [preview.rejected_table.item(r, 1).text() for r in range(preview.rejected_table.rowCount())]
    assert reasons[0].startswith("message 1, OBX segment: 'abc' is not a value")
    assert reasons[1].startswith("warning: message 1, OBX segment: LOINC 2601-3 does not match the unit 'mg/dL'")
    headers = [preview.mapping.item(r, 0).text() for r in range(preview.mapping.rowCount())]
    assert headers[:3] == ["PID-3", "OBX-14 / OBR-7", "OBX-5"]
    preview.close()
    summary = window.import_file(path, confirm=False)
    assert summary == "1 imported, 0 duplicates skipped, 1 new patients, 1 rows rejected."


def test_export_as_fhir_from_the_file_menu(window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "lab.hl7"
    path.write_text(HL7, newline="")
    window.import_file(path, confirm=False)
    out = tmp_path / "out.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(out), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)
    [action] = [a for a in window.menuBar().actions()[0].menu().actions() if a.text() == "Export as &FHIR…"]
    action.trigger()
    bundle = json.loads(out.read_text(encoding="utf-8"))
    assert [e["resource"]["resourceType"] for e in bundle["entry"]] == ["Patient", "Observation"]
    assert window.statusBar().currentMessage() == f"Exported 1 result as FHIR to {out}."


def test_the_results_table_shows_a_disagreeing_lab_flag_and_a_preliminary_result(qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    from mgdesk.domain.measurement import parse_measurement
    from mgdesk.domain.profile import default_profile
    from mgdesk.domain.records import MagnesiumResult, ResultStatus
    from mgdesk.ui.patients.record_models import ResultsModel

    day = dt.date(2024, 3, 5)
    results = [
        MagnesiumResult(day, parse_measurement("0.75 mmol/L"), "mmol/L", lab_flag="L"),
        MagnesiumResult(
            day + dt.timedelta(days=1),
            parse_measurement("0.65 mmol/L"),
            "mmol/L",
            lab_flag="L",
            status=ResultStatus.PRELIMINARY,
        ),
    ]
    model = ResultsModel()
    model.set_results(results, [], default_profile())
    newest, oldest = 0, 1
    assert model.data(model.index(oldest, ResultsModel.COL_CLASS)).endswith("(lab: L)")
    tip = model.data(model.index(oldest, ResultsModel.COL_CLASS), Qt.ItemDataRole.ToolTipRole)
    assert "The lab flagged it L" in tip
    assert "(lab:" not in model.data(model.index(newest, ResultsModel.COL_CLASS))  # low for both
    assert model.data(model.index(newest, ResultsModel.COL_DATE)).endswith("(preliminary)")
    assert not model.data(model.index(oldest, ResultsModel.COL_DATE)).endswith("(preliminary)")

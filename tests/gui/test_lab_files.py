"""HL7 v2 and FHIR through the window: the same import preview, and File > Export as FHIR."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mgdesk.ui.common.settings import Settings
from mgdesk.ui.main_window import MainWindow
from mgdesk.ui.patients.import_dialog import ImportPreview

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
    assert preview.parsed is not None
    assert preview.parsed.format == "hl7"
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
    assert window.statusBar().currentMessage() == f"Exported 1 results as FHIR to {out}."

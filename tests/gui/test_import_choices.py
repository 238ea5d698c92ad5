"""The import preview's remembered choices, with real widgets and the real lab-import settings file.

A CSV mapping made by hand is remembered for the same header row and can be
forgotten; a file whose columns cannot be guessed opens with the columns to
choose; HL7 v2 offers the PID-3 identifier kind and lab codes named like
magnesium; each choice re-checks the file and is remembered on Import.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from mgdesk.domain.records import Specimen
from mgdesk.services import load_lab_settings
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.patients.import_dialog import ImportPreview
from mgdesk.ui.window import MainWindow

NOTE_AS_UNIT = "patient,date,value,note\nP1,2024-01-05,0.68,mmol/L\nP1,2024-01-06,1.7,mg/dL\n"
UNGUESSABLE = "Kennung;Entnahme;Ergebnis;Einheit\nP1;2024-01-05;0,68;mmol/L\nP2;2024-01-06;1,7;mg/dL\n"


def hl7_file(path: Path, *obx: str) -> Path:
    segments = [
        "MSH|^~\\&|LAB|NORTH LAB|MGDESK|CLINIC|20240305101500||ORU^R01|M1|P|2.5.1",
        "PID|1||H-1^^^HOSP^PI~P-7^^^CLINIC^MR||Doe^Jane||19580412|F",
        "OBR|1|ORD1|FIL1|24331-1^Panel^LN|||20240305081500",
        *obx,
        "MSH|^~\\&|LAB|NORTH LAB|MGDESK|CLINIC|20240306101500||ORU^R01|M2|P|2.5.1",
        "PID|1||H-2^^^HOSP^PI~P-8^^^CLINIC^MR||Roe^Ann||19600101|F",
        "OBR|1|ORD2|FIL2|24331-1^Panel^LN|||20240306081500",
        *obx,
    ]
    path.write_text("\r".join(segments) + "\r")
    return path


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    main = MainWindow(Settings())
    qtbot.addWidget(main)
    assert main.open_database(tmp_path / "clinic.sqlite3")
    return main


def preview_of(window: MainWindow, path: Path) -> ImportPreview:
    preview = ImportPreview(path, window, records=window.session.records, profile=window.profile)
    preview.reread()
    return preview


def test_a_mapping_made_by_hand_maps_the_next_file_with_the_same_header(window: MainWindow, tmp_path: Path) -> None:
    first = tmp_path / "january.csv"
    first.write_text(NOTE_AS_UNIT)
    preview = preview_of(window, first)
    assert preview.remembered_box.isHidden()
    note = preview.mapping_choice(3)
    note.setCurrentIndex(note.findData("unit"))
    assert "2 rows can be imported" in preview.summary.text()
    preview.accept()  # Import: the mapping is remembered now, not before
    saved = load_lab_settings().remembered_mapping(["Patient", "date", "value", "note"])  # case and spaces folded
    assert saved is not None
    assert saved.columns == {"patient": 0, "date": 1, "value": 2, "unit": 3}
    assert saved.made_on == dt.date.today()

    second = tmp_path / "february.csv"
    second.write_text(NOTE_AS_UNIT.replace("0.68", "0.71"))
    again = preview_of(window, second)
    assert "2 rows can be imported, 0 are rejected" in again.summary.text()
    assert again.mapping_choice(3).currentData() == "unit"
    assert not again.remembered_box.isHidden()
    assert again.remembered_note.text().startswith("Mapping remembered from ")
    again.forget_button.click()  # forgotten at once, and the columns guessed again
    assert load_lab_settings().csv_mappings == {}
    assert again.remembered_box.isHidden()
    assert again.mapping_choice(3).currentData() == "comment"
    assert "0 rows can be imported, 2 are rejected" in again.summary.text()


def test_columns_that_cannot_be_guessed_are_offered_to_choose(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "labor.csv"
    path.write_text(UNGUESSABLE)
    preview = preview_of(window, path)
    assert preview.checked is None
    assert "cannot tell which columns hold the patient" in preview.summary.text()
    assert not preview.import_button.isEnabled()
    headers = [preview.mapping.item(r, 0).text() for r in range(preview.mapping.rowCount())]
    assert headers == ["Kennung", "Entnahme", "Ergebnis", "Einheit"]
    for column, field in enumerate(["patient", "date", "value"]):
        choice = preview.mapping_choice(column)
        choice.setCurrentIndex(choice.findData(field))
        if field != "value":  # still incomplete: said, nothing importable yet
            assert preview.checked is None
            assert "choose a column for" in preview.summary.text()
    assert preview.checked is not None
    assert "0 rows can be imported, 2 are rejected" in preview.summary.text()  # no unit yet
    unit = preview.mapping_choice(3)
    unit.setCurrentIndex(unit.findData("unit"))
    assert "2 rows can be imported, 0 are rejected" in preview.summary.text()
    preview.accept()
    assert load_lab_settings().remembered_mapping(["Kennung", "Entnahme", "Ergebnis", "Einheit"]) is not None


def test_hl7_offers_the_pid3_kind_when_it_repeats_and_remembers_it(window: MainWindow, tmp_path: Path) -> None:
    path = hl7_file(tmp_path / "lab.hl7", "OBX|1|NM|2601-3^Magnesium^LN||0.80|mmol/L||N|||F")
    preview = preview_of(window, path)
    assert preview.form.isRowVisible(preview.patient_id)
    kinds = [preview.patient_id.itemData(i) for i in range(preview.patient_id.count())]
    assert kinds == ["", "MR@CLINIC", "PI@HOSP"]
    assert preview.patient_id.itemText(2).startswith("type PI, assigned by HOSP (2 message")  # Qt's plural form
    assert {clinic_id for clinic_id, _ in preview.checked.first_results} == {"P-7", "P-8"}  # MR by default
    preview.patient_id.setCurrentIndex(2)
    assert {clinic_id for clinic_id, _ in preview.checked.first_results} == {"H-1", "H-2"}  # re-checked at once
    assert "2 new patients will be created." in preview.summary.text()
    assert load_lab_settings().patient_id_type == ""  # not before Import
    preview.accept()
    assert load_lab_settings().patient_id_type == "PI@HOSP"
    again = preview_of(window, path)
    assert again.patient_id.currentData() == "PI@HOSP"
    assert {clinic_id for clinic_id, _ in again.checked.first_results} == {"H-1", "H-2"}


def test_a_lab_code_named_magnesium_is_offered_and_mapped(window: MainWindow, tmp_path: Path) -> None:
    path = hl7_file(
        tmp_path / "lab.hl7",
        "OBX|1|NM|MG^Magnesium^L||1.8|mg/dL||N|||F",
        "OBX|2|NM|NA^Sodium^L||140|mmol/L||N|||F",
    )
    preview = preview_of(window, path)
    assert list(preview.code_choices) == ["MG^L"]
    choice = preview.code_choices["MG^L"]
    assert preview.form.isRowVisible(choice)
    label = preview.form.labelForField(choice)
    assert label.text().startswith("Lab code MG^L (2 result")  # Qt's plural form
    assert "its name says magnesium" in choice.toolTip()
    assert preview.checked.results == 0
    assert "0 rows can be imported" in preview.summary.text()
    choice.setCurrentIndex(choice.findData(Specimen.SERUM.value))
    assert preview.checked.results == 2  # re-checked with the mapping
    assert "2 rows can be imported" in preview.summary.text()
    assert list(preview.code_choices) == ["MG^L"]  # the choice stays on screen to be undone
    assert preview.code_choices["MG^L"] is choice
    preview.accept()
    assert load_lab_settings().local_codes == {"MG^L": Specimen.SERUM}

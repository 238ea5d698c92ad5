"""The remembered lab-import choices: names that may be magnesium, and CSV mappings kept by header row."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from mgdesk.domain.lab import names_magnesium
from mgdesk.domain.records import Specimen
from mgdesk.services import LabImportSettings, header_signature, load_lab_settings, save_lab_settings


@pytest.mark.parametrize(
    ("code", "system", "text", "offered"),
    [
        ("MG", "L", "", True),
        ("XMG1", "LOCAL", "Serum Mg", True),
        ("1234", "99LAB", "MAGNESIUM, SERUM", True),
        ("2532-0", "LN", "Magnesium", False),  # a LOINC code is another test, whatever its name
        ("MGDL", "L", "Mgx", False),
        ("NA", "L", "Sodium", False),
        ("", "L", "Magnesium", False),
    ],
)
def test_which_lab_codes_may_name_magnesium(code: str, system: str, text: str, offered: bool) -> None:
    assert names_magnesium(code, system, text) is offered


def test_a_mapping_is_kept_per_normalised_header_row_and_survives_a_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "lab-import.json"
    settings = LabImportSettings({"MG^L": Specimen.SERUM}, "PI@HOSP")
    settings.remember_mapping(
        ["Kennung", " Entnahme  Datum", "Ergebnis"], {"patient": 0, "date": 1, "value": 2}, dt.date(2026, 11, 2)
    )
    save_lab_settings(settings, path)
    again = load_lab_settings(path)
    assert again == settings
    assert header_signature(["KENNUNG", "Entnahme Datum", "ergebnis"]) in again.csv_mappings
    found = again.remembered_mapping(["kennung", "entnahme datum", "Ergebnis "])
    assert found is not None
    assert found.made_on == dt.date(2026, 11, 2)
    assert again.remembered_mapping(["Kennung", "Entnahme", "Ergebnis"]) is None  # another header row
    again.forget_mapping(["Kennung", "Entnahme Datum", "Ergebnis"])
    save_lab_settings(again, path)
    assert "csv_mappings" not in json.loads(path.read_text())


def test_a_damaged_mapping_sets_the_file_aside_and_loses_no_import(tmp_path: Path) -> None:
    path = tmp_path / "lab-import.json"
    path.write_text(json.dumps({"csv_mappings": {"a\tb": {"columns": {"patient": "x"}, "made_on": "2026-01-01"}}}))
    assert load_lab_settings(path) == LabImportSettings()
    assert path.with_name("lab-import.json.unreadable").exists()

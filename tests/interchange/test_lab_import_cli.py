"""``mgdesk import`` of HL7 v2 and FHIR, ``export --format fhir``, and the same results in three formats."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from mgdesk.cli import main
from mgdesk.services import detect_format, load_lab_settings
from mgdesk.store import Records, open_database

DATA = Path(__file__).parent / "data"

HL7 = (
    "\r".join(
        [
            "MSH|^~\\&|LAB|NORTH LAB|MGDESK|CLINIC|20240305101500||ORU^R01|M1|P|2.5.1",
            "PID|1||P-1^^^CLINIC^MR||Roe^Ann||19500101|F",
            "OBR|1|O1|F1|24331-1^Panel^LN|||20240305081500",
            "OBX|1|NM|19123-9^Mg^LN||1.62|mg/dL|1.7-2.4|L|||F",
            "OBX|2|NM|2345-7^Glucose^LN||5.5|mmol/L|||||F",
            "OBX|3|SN|2601-3^Mg^LN|2|<^0.40|mmol/L|||||F|||20240306",
            "OBX|4|NM|2598-1^Mg urine^LN|3|3.1|mmol/L|||||F|||20240307",
            "MSH|^~\\&|LAB|NORTH LAB|MGDESK|CLINIC|20240305101500||ORU^R01|M2|P|2.5.1",
            "PID|1||P-2^^^CLINIC^MR",
            "OBR|1|O2|F2|24331-1^Panel^LN|||20240401",
            "OBX|1|NM|2601-3^Mg^LN||0.91|mmol/L|||||F",
        ]
    )
    + "\r"
)

CSV = """patient,date,time,value,unit,specimen
P-1,2024-03-05,08:15,1.62,mg/dL,serum
P-1,2024-03-06,,<0.40,mmol/L,serum
P-1,2024-03-07,,3.1,mmol/L,urine
P-2,2024-04-01,,0.91,mmol/L,serum
"""


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> dict[str, object]:
    capsys.readouterr()
    assert main([*argv, "--json"]) == 0
    result: dict[str, object] = json.loads(capsys.readouterr().out)
    return result


def _clinical_rows(db: Path) -> list[tuple[object, ...]]:
    """The stored results without their provenance (source, lab, the lab's own fields and identity)."""
    with open_database(db) as opened:
        return [
            (c, r.collected_on, r.collected_at, r.measurement.text, r.measurement.unit, r.unit_as_written, r.specimen)
            for c, r in Records(opened).export_results()
        ]


def test_the_same_results_as_csv_hl7_and_fhir_give_identical_rows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "r.csv").write_text(CSV)
    (tmp_path / "r.hl7").write_text(HL7, newline="")
    csv_db, hl7_db, fhir_db = tmp_path / "csv.db", tmp_path / "hl7.db", tmp_path / "fhir.db"
    assert _run(capsys, "import", str(tmp_path / "r.csv"), "--db", str(csv_db))["imported"] == 4
    report = _run(capsys, "import", str(tmp_path / "r.hl7"), "--db", str(hl7_db))
    assert (report["imported"], report["not_magnesium"], report["patients_created"]) == (4, 1, 2)
    assert report["rejected"] == []
    # The HL7 import's records go out as FHIR and come into a third, empty database.
    assert main(["export", "--format", "fhir", "--db", str(hl7_db), "--out", str(tmp_path / "r.json")]) == 0
    assert _run(capsys, "import", str(tmp_path / "r.json"), "--db", str(fhir_db))["imported"] == 4
    assert _clinical_rows(csv_db) == _clinical_rows(hl7_db) == _clinical_rows(fhir_db)
    with open_database(hl7_db) as a, open_database(fhir_db) as b:
        full_a = [(c, replace(r, id=None)) for c, r in Records(a).export_results()]
        full_b = [(c, replace(r, id=None)) for c, r in Records(b).export_results()]
        assert full_a == full_b  # everything, provenance too, survives FHIR
        assert Records(a).list_patients()[0].name == Records(b).list_patients()[0].name == "Ann Roe"
    # And exporting the FHIR-imported database gives the same file again.
    assert main(["export", "--format", "fhir", "--db", str(fhir_db), "--out", str(tmp_path / "again.json")]) == 0
    assert (tmp_path / "again.json").read_text() == (tmp_path / "r.json").read_text()


def test_format_is_told_by_content_or_forced(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert detect_format(b"\x0bMSH|^~\\&|") == "hl7"
    assert detect_format(b'\xef\xbb\xbf  {"resourceType": 1}') == "fhir"
    assert detect_format(b"patient,date,value\n") == "csv"
    path = tmp_path / "lab.txt"
    path.write_text(HL7, newline="")
    capsys.readouterr()
    assert main(["import", str(path), "--db", str(tmp_path / "db"), "--format", "csv"]) == 2
    assert "mgdesk import:" in capsys.readouterr().err
    report = _run(capsys, "import", str(path), "--db", str(tmp_path / "db"), "--format", "hl7")
    assert report["imported"] == 4


def test_patient_id_type_and_local_codes_are_remembered(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = HL7.replace("P-1^^^CLINIC^MR", "H-1^^^HOSP^PI~P-1^^^CLINIC^MR").replace("19123-9^Mg^LN", "MG^Mg^L")
    path = tmp_path / "lab.hl7"
    path.write_text(text, newline="")
    db = str(tmp_path / "db")
    report = _run(capsys, "import", str(path), "--db", db, "--patient-id-type", "PI", "--map-code", "MG^L=serum")
    assert report["imported"] == 3
    assert report["rejected"] == [
        {"line": 9, "reason": "message 2, PID segment: PID-3 has no identifier of the chosen kind 'PI'"}
    ]
    settings = load_lab_settings()
    assert settings.patient_id_type == "PI"
    assert settings.local_codes == {"MG^L": settings.local_codes["MG^L"]}
    with open_database(Path(db)) as opened:
        assert [p.clinic_id for p in Records(opened).list_patients()] == ["H-1"]
    # The next import remembers both choices.
    report = _run(capsys, "import", str(path), "--db", str(tmp_path / "db2"))
    assert report["imported"] == 3


def test_a_bad_mapping_is_a_clear_message(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x.hl7").write_text(HL7, newline="")
    assert main(["import", str(tmp_path / "x.hl7"), "--db", str(tmp_path / "db"), "--map-code", "MG=blood"]) == 2
    assert "Unknown specimen 'blood'" in capsys.readouterr().err


def test_plain_summary_names_what_was_not_magnesium_and_the_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "x.hl7"
    path.write_text(HL7.replace("OBX|1|NM|19123-9^Mg^LN||1.62|mg/dL", "OBX|1|NM|2601-3^Mg^LN||1.62|mg/dL"), newline="")
    capsys.readouterr()
    assert main(["import", str(path), "--db", str(tmp_path / "db")]) == 0
    out = capsys.readouterr().out
    assert "Not magnesium: 1." in out
    assert "line 4: warning: message 1, OBX segment: LOINC 2601-3 does not match the unit 'mg/dL'" in out


def test_export_fhir_for_one_patient_and_unknown_patient(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "x.hl7").write_text(HL7, newline="")
    db = str(tmp_path / "db")
    _run(capsys, "import", str(tmp_path / "x.hl7"), "--db", db)
    out = tmp_path / "p2.json"
    assert main(["export", "--format", "fhir", "--db", db, "--patient", "P-2", "--out", str(out)]) == 0
    kinds = [e["resource"]["resourceType"] for e in json.loads(out.read_text())["entry"]]
    assert kinds == ["Patient", "Observation"]
    assert main(["export", "--format", "fhir", "--db", db, "--patient", "NOPE", "--out", str(out)]) == 2
    assert main(["export", "--format", "fhir", "--db", db, "--out", str(tmp_path / "no" / "such" / "x.json")]) == 2
    assert "Cannot write" in capsys.readouterr().err


def test_a_corrected_hl7_result_replaces_the_earlier_one_and_the_audit_keeps_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "first.hl7"
    first.write_text(HL7.replace("|1.62|mg/dL|1.7-2.4|L|||F", "|1.62|mg/dL|1.7-2.4|L|||P"), newline="")
    corrected = tmp_path / "corrected.hl7"
    corrected.write_text(HL7.replace("|1.62|mg/dL|1.7-2.4|L|||F", "|1.92|mg/dL|1.7-2.4|N|||C"), newline="")
    db = tmp_path / "db"
    assert _run(capsys, "import", str(first), "--db", str(db))["imported"] == 4
    report = _run(capsys, "import", str(corrected), "--db", str(db))
    assert (report["imported"], report["replaced"], report["duplicates"]) == (1, 1, 3)
    with open_database(db) as opened:
        records = Records(opened)
        live = [r for c, r in records.export_results() if c == "P-1" and r.collected_on.day == 5]
        assert [(r.measurement.text, r.status.value, r.lab_flag) for r in live] == [("1.92", "corrected", "N")]
        deletes = [e for e in records.audit_log("mg_results") if e.action == "delete"]
        assert len(deletes) == 1
        assert deletes[0].old_values is not None
        assert (deletes[0].old_values["value_as_written"], deletes[0].old_values["status"]) == ("1.62", "preliminary")

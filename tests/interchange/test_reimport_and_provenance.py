"""A re-import revives nothing the user deleted or corrected; every result says who entered it and from where."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from record_fixtures import result

from mgdesk.cli import main
from mgdesk.domain import who
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.records import Patient
from mgdesk.store import Records, open_database

LAB = (
    "patient,date,value,unit\n"
    "P-1,2024-01-02,1.80,mg/dL\n"  # line 2: corrected to 1.9 later
    "P-1,2024-02-02,0.74,mmol/L\n"  # line 3: kept
    "P-2,2024-01-05,<0.40,mmol/L\n"  # line 4: deleted later, "wrong patient"
    "P-2,2024-03-05,0.81,mmol/L\n"  # line 5: kept
)


def _import(capsys: pytest.CaptureFixture[str], csv: Path, db: Path) -> dict[str, object]:
    assert main(["import", str(csv), "--db", str(db), "--json"]) == 0
    report: dict[str, object] = json.loads(capsys.readouterr().out)
    return report


def _values(records: Records) -> list[tuple[str, str]]:
    return [(c, r.measurement.text) for c, r in records.export_results()]


def test_reimport_after_delete_and_edit_revives_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv, db = tmp_path / "lab.csv", tmp_path / "clinic.sqlite3"
    csv.write_text(LAB, encoding="utf-8")
    assert _import(capsys, csv, db)["imported"] == 4
    with open_database(db) as opened:
        records = Records(opened)
        by_value = {r.measurement.text: r for _, r in records.export_results()}
        records.delete_result(by_value["<0.40"].id or 0, "wrong patient")
        records.edit_result(replace(by_value["1.80"], measurement=parse_measurement("1.9 mg/dL")))
        before = _values(records)
    again = _import(capsys, csv, db)
    assert again["imported"] == 0
    assert again["duplicates"] == 2
    assert again["previously_deleted"] == [4]
    assert again["previously_corrected"] == [2]
    with open_database(db) as opened:
        assert _values(Records(opened)) == before == [("P-1", "1.9"), ("P-1", "0.74"), ("P-2", "0.81")]
    assert main(["import", str(csv), "--db", str(db)]) == 0
    text = capsys.readouterr().out
    assert "1 previously deleted, 1 previously corrected" in text
    assert "line 4: previously deleted" in text
    assert "line 2: previously corrected" in text


def test_a_changed_file_is_a_new_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv, db = tmp_path / "lab.csv", tmp_path / "clinic.sqlite3"
    csv.write_text(LAB, encoding="utf-8")
    _import(capsys, csv, db)
    with open_database(db) as opened:
        records = Records(opened)
        deleted = next(r for _, r in records.export_results() if r.measurement.text == "0.81")
        records.delete_result(deleted.id or 0, "entered twice")
    csv.write_text(LAB.replace("0.74", "0.75"), encoding="utf-8")  # another file: its rows are new
    report = _import(capsys, csv, db)
    assert report["previously_deleted"] == []
    assert report["imported"] == 2  # 0.75 and the 0.81 that this other file also holds


def test_who_entered_every_result_and_from_where(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv, db = tmp_path / "lab.csv", tmp_path / "clinic.sqlite3"
    csv.write_text(LAB, encoding="utf-8")
    _import(capsys, csv, db)
    with open_database(db) as opened:
        records = Records(opened)
        patient = records.add_patient(Patient("P-3"))
        records.add_result(patient.id or 0, result("1.7 mg/dL"))
        answers = {r.measurement.text: records.provenance("mg_results", r.id) for _, r in records.export_results()}
    assert len(answers) == 5
    for text, answer in answers.items():
        assert answer.os_user == who.os_user()
        assert answer.workstation == who.workstation()
        if text == "1.7":
            assert (answer.entry, answer.file_name, answer.line) == ("manual", None, None)
        else:
            assert answer.entry == "import"
            assert answer.file_name == "lab.csv"
            assert answer.sha256 is not None
            assert len(answer.sha256) == 64
    assert [answers[t].line for t in ("1.80", "0.74", "<0.40", "0.81")] == [2, 3, 4, 5]


def test_the_audit_user_comes_from_the_os_not_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    import pwd

    who.os_user.cache_clear()
    monkeypatch.setenv("USER", "someone-else")
    monkeypatch.setenv("LOGNAME", "someone-else")
    try:
        assert who.os_user() == pwd.getpwuid(__import__("os").getuid()).pw_name
    finally:
        who.os_user.cache_clear()

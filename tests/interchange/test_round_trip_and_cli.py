"""Export then import into an empty database gives the same records; ``mgdesk import`` / ``export``."""

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from mgdesk.cli import main
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.records import DrugClass, MagnesiumResult, MedicationCourse, Patient, Specimen
from mgdesk.store import Records, default_database_path, open_database

D = dt.date


def _fill(path: Path) -> None:
    with open_database(path) as db:
        records = Records(db)
        for clinic_id in ("-42", "=HYPERLINK()", "P'1"):
            p = records.add_patient(Patient(clinic_id, "named"))
            assert p.id is not None
            records.add_result(
                p.id,
                MagnesiumResult(D(2024, 1, 5), parse_measurement("1.70 mg/dl"), "mg/dl", comment="-"),
            )
            records.add_result(
                p.id,
                MagnesiumResult(
                    D(2024, 2, 5),
                    parse_measurement("<0.2 mmol/L"),
                    "mmol/L",
                    Specimen.URINE,
                    dt.time(7, 30),
                    "typed",
                    'Lab, "North"',
                    "+ repeat;\nsee note",
                ),
            )
            records.add_course(
                p.id, MedicationCourse(DrugClass.METFORMIN, "@metformin", D(2020, 1, 1), None, Decimal("850"))
            )
            records.add_course(
                p.id, MedicationCourse(DrugClass.PROTON_PUMP_INHIBITOR, "omeprazole", D(2021, 1, 1), D(2021, 3, 1))
            )


def _without_ids(rows: list[tuple[str, object]]) -> list[tuple[str, object]]:
    from dataclasses import replace

    return [(c, replace(r, id=None)) for c, r in rows]  # type: ignore[type-var]


def test_export_then_import_gives_the_same_records(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source, target = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    _fill(source)
    results, courses = tmp_path / "results.csv", tmp_path / "courses.csv"
    assert main(["export", "--db", str(source), "--out", str(results)]) == 0
    assert main(["export", "--medications", "--db", str(source), "--out", str(courses)]) == 0
    text = results.read_text(encoding="utf-8-sig")
    assert "\n-42," not in text  # neutralised for spreadsheets
    assert "\n'-42," in text
    capsys.readouterr()
    assert main(["import", str(results), "--db", str(target), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "kind": "results",
        "imported": 6,
        "duplicates": 0,
        "patients_created": 3,
        "rejected": [],
        "not_magnesium": 0,
        "replaced": 0,
        "warnings": [],
        "same_sample": [],
        "previously_deleted": [],
        "previously_corrected": [],
        "remembered_mapping": None,
    }
    assert main(["import", str(courses), "--db", str(target), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {
        "kind": "medication courses",
        "imported": 6,
        "duplicates": 0,
        "patients_created": 0,
        "rejected": [],
        "not_magnesium": 0,
        "replaced": 0,
        "warnings": [],
        "same_sample": [],
        "previously_deleted": [],
        "previously_corrected": [],
        "remembered_mapping": None,
    }
    with open_database(source) as a, open_database(target) as b:
        ra, rb = Records(a), Records(b)
        assert _without_ids(rb.export_results()) == _without_ids(ra.export_results())
        assert _without_ids(rb.export_courses()) == _without_ids(ra.export_courses())
        assert [p.clinic_id for p in rb.list_patients()] == ["-42", "=HYPERLINK()", "P'1"]
    # Importing the same file again skips every row as a duplicate.
    assert main(["import", str(results), "--db", str(target), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["duplicates"] == 6


def test_export_one_patient(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "a.sqlite3"
    _fill(db)
    out = tmp_path / "one.csv"
    assert main(["export", "--db", str(db), "--patient", "-42", "--out", str(out)]) == 0
    assert out.read_text(encoding="utf-8-sig").count("'-42") == 2
    assert main(["export", "--db", str(db), "--patient", "nobody", "--out", str(out)]) == 2
    assert "exists already; give --force" in capsys.readouterr().err
    assert main(["export", "--db", str(db), "--patient", "nobody", "--out", str(out), "--force"]) == 2
    assert "No patient" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8-sig").count("'-42") == 2  # the refused export left the file as it was


def test_import_summary_rejections_and_exit_status(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "lab.csv"
    csv.write_text("MRN;Collected;Result;Units\nP1;03/04/2024;0,68;mmol/L\nP2;04/04/2024;abc;mg/dL\n")
    db = tmp_path / "db.sqlite3"
    assert main(["import", str(csv), "--db", str(db)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "--day-first or --month-first" in err
    assert not db.exists()  # nothing was created for a file that could not be read
    assert main(["import", str(csv), "--db", str(db), "--day-first"]) == 0
    out, _ = capsys.readouterr()
    assert "imported 1 results" in out
    assert "line 3: 'abc' is not a value" in out
    with open_database(db) as opened:
        ((_, result),) = Records(opened).export_results()
    assert result.collected_on == D(2024, 4, 3)


def test_import_of_a_missing_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(tmp_path / "nope.csv"), "--db", str(tmp_path / "db.sqlite3"), "--json"]) == 2
    assert "Cannot read" in capsys.readouterr().err


def test_import_without_db_uses_the_default_file_in_the_test_home(
    tmp_path: Path, isolated_user_folders: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "lab.csv"
    csv.write_text("patient,date,value\nP1,2024-01-01,1.8 mg/dL\n")
    assert main(["import", str(csv)]) == 0
    assert default_database_path().is_relative_to(isolated_user_folders)
    assert default_database_path().exists()


def test_import_into_an_unusable_database_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    csv = tmp_path / "lab.csv"
    csv.write_text("patient,date,value\nP1,2024-01-01,1.8 mg/dL\n")
    not_db = tmp_path / "notes.txt"
    not_db.write_text("hello")
    assert main(["import", str(csv), "--db", str(not_db)]) == 2
    assert "not a database" in capsys.readouterr().err
    assert not_db.read_text() == "hello"


def test_import_reports_one_draw_in_three_units_as_one_result(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv = tmp_path / "lab.csv"
    csv.write_text(
        "patient,date,time,value,unit,specimen\n"
        "P-1,2023-01-05,,0.74,mmol/L,serum\n"
        "P-1,2023-01-05,,1.80,mg/dL,serum\n"
        "P-1,2023-01-05,,1.48,mEq/L,serum\n"
        "P-2,2023-01-05,08:00,0.8,mmol/L,serum\n"
        "P-2,2023-01-05,14:00,0.8,mmol/L,serum\n"
        "P-2,2023-01-05,14:00,0.80,mmol/L,serum\n"
        "P-3,2023-01-05,,0.8,mmol/L,urine\n"
        "P-3,2023-01-05,,0.8,mmol/L,serum\n",
        encoding="utf-8",
    )
    db = tmp_path / "db.sqlite3"
    assert main(["import", str(csv), "--db", str(db), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["imported"], report["duplicates"]) == (5, 3)
    assert [(s["line"], s["unit"], s["kept_unit"], s["unit_differs"]) for s in report["same_sample"]] == [
        (3, "mg/dL", "mmol/L", True),
        (4, "mEq/L", "mmol/L", True),
        (7, "mmol/L", "mmol/L", False),
    ]
    assert main(["import", str(csv), "--db", str(db)]) == 0
    text = capsys.readouterr().out
    assert "skipped 8 duplicates" in text
    assert "line 3: same sample, not stored: 1.80 mg/dL is the same sample as 0.74 mmol/L" in text

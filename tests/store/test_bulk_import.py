"""The bulk import path: ids given up front, audit written by SQL, duplicates looked up per patient."""

import datetime as dt
import random
from decimal import Decimal
from pathlib import Path

import pytest
from record_fixtures import result

from mgdesk.domain import who
from mgdesk.domain.records import DrugClass, MedicationCourse, Patient, Specimen
from mgdesk.store import Records, open_database, rows
from mgdesk.store.importer import COURSE_COLUMNS, PATIENT_COLUMNS, RESULT_COLUMNS

D = dt.date


def test_import_columns_follow_the_value_dicts() -> None:
    assert tuple(rows.patient_values(Patient("P"))) == PATIENT_COLUMNS
    assert tuple(rows.result_values(1, result("1.8 mg/dL"))) == RESULT_COLUMNS
    assert tuple(rows.course_values(1, MedicationCourse(DrugClass.INSULIN, "x", D(2020, 1, 1)))) == COURSE_COLUMNS


def test_an_import_is_audited_once_and_every_row_knows_its_import_and_line(records: Records) -> None:
    batch = [
        ("P-1", result("<0,20 mmol/l", collected_at=dt.time(8, 15), specimen=Specimen.URINE, lab="Lab A")),
        ("P-1", result("1.80 mg/dL", collected_at=dt.time(8, 15, 7, 120000), comment='hé "q" \\ \t\n\u2028 ✓')),
        ("P-2", result("0.7 mEq/L", source="CSV x.csv", comment="")),
    ]
    courses = [
        ("P-2", MedicationCourse(DrugClass.METFORMIN, "Glucophage", D(2020, 1, 1), D(2021, 6, 30), Decimal("1000.5"))),
        ("P-3", MedicationCourse(DrugClass.INSULIN, "glargine", D(2020, 1, 1))),
    ]
    outcome = records.import_records(batch, courses, file_name="lab.csv", sha256="ab" * 32, lines=[2, 3, 5, 7, 8])
    assert (outcome.imported, outcome.duplicates, outcome.patients_created) == (5, 0, 3)
    ids = {p.clinic_id: p.id for p in records.list_patients()}
    assert {records.provenance("mg_results", r.id).workstation for _, r in records.export_results()} == {
        who.workstation()
    }
    for entry in records.audit_log("patients"):  # patients an import creates keep their own entries
        assert entry.workstation == who.workstation()
        clinic_id = next(c for c, i in ids.items() if i == entry.record_id)
        assert entry.new_values == rows.json_ready(rows.patient_values(Patient(clinic_id)))
    assert records.audit_log("mg_results") == []
    assert records.audit_log("medication_courses") == []
    (entry,) = records.audit_log("imports")
    assert entry.action == "import"
    assert entry.record_id == outcome.import_id
    assert entry.new_values is not None
    assert entry.new_values["file_name"] == "lab.csv"
    assert entry.new_values["sha256"] == "ab" * 32
    assert entry.new_values["rows_added"] == 5
    assert entry.os_user
    assert entry.new_values["workstation"]
    lines = [records.provenance("mg_results", r.id).line for _, r in records.export_results() if r.id is not None]
    assert sorted(lines) == [2, 3, 5]  # type: ignore[type-var]
    course_lines = [records.provenance("medication_courses", c.id).line for _, c in records.export_courses()]
    assert sorted(course_lines) == [7, 8]  # type: ignore[type-var]
    assert [(c, r.measurement.text, r.collected_at, r.comment) for c, r in records.export_results()] == [
        (c, r.measurement.text, r.collected_at, r.comment) for c, r in batch
    ]


def test_ids_continue_after_stored_rows_and_a_second_import_is_all_duplicates(records: Records) -> None:
    p = records.add_patient(Patient("P-1"))
    assert p.id is not None
    typed = records.add_result(p.id, result("1.8 mg/dL"))
    batch = [(f"P-{n % 7}", result(f"0.{50 + n} mmol/L", D(2024, 1, 1 + n % 28))) for n in range(40)]
    first = records.import_records(batch)
    assert (first.imported, first.duplicates, first.patients_created) == (40, 0, 6)
    ids = sorted(r.id for _, r in records.export_results() if r.id is not None)
    assert ids == list(range(1, 42))
    assert typed.id == 1
    again = records.import_records([*batch, ("P-1", result("1.8 mg/dL"))])
    assert (again.imported, again.duplicates, again.patients_created) == (0, 41, 0)
    assert [e.record_id for e in records.audit_log("mg_results")] == [typed.id]  # imports are audited once each
    assert len(records.audit_log("imports")) == 1  # an import that adds nothing leaves no trace


def test_deleted_results_are_no_duplicates(records: Records) -> None:
    p = records.add_patient(Patient("P-1"))
    assert p.id is not None
    stored = records.add_result(p.id, result("1.8 mg/dL"))
    assert stored.id is not None
    records.delete_result(stored.id, "wrong patient")
    outcome = records.import_records([("P-1", result("1.8 mg/dL"))])
    assert (outcome.imported, outcome.duplicates) == (1, 0)


def test_many_stored_patients_are_looked_up_in_chunks(records: Records) -> None:
    batch = [(f"P-{n:04d}", result("1.8 mg/dL")) for n in range(1200)]
    assert records.import_records(batch).imported == 1200
    again = records.import_records([*batch, ("P-9999", result("1.8 mg/dL"))])
    assert (again.imported, again.duplicates, again.patients_created) == (1, 1200, 1)


def test_import_works_with_a_driver_taking_named_parameters(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mgdesk.store import sqlite

    real = sqlite.create_engine
    monkeypatch.setattr(sqlite, "create_engine", lambda *a, **kw: real(*a, paramstyle="named", **kw))
    with open_database(tmp_path / "named.sqlite3") as db:
        records = Records(db)
        outcome = records.import_records(
            # One draw at 07:05 entered twice (a result without a time would be another sample).
            [
                ("P-1", result("1.8 mg/dL", collected_at=dt.time(7, 5))),
                ("P-1", result("1.80 mg/dL", collected_at=dt.time(7, 5))),
            ],
            [("P-1", MedicationCourse(DrugClass.INSULIN, "glargine", D(2020, 1, 1)))],
        )
        assert (outcome.imported, outcome.duplicates) == (2, 1)
        ((_, stored),) = records.export_results()
        assert stored.collected_at == dt.time(7, 5)
        assert [e.action for e in records.audit_log()] == ["insert", "import"]  # the patient, then the import


def _stored_rows(db_path: Path) -> list[tuple[object, ...]]:
    with open_database(db_path) as db, db.reading() as conn:
        return [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM mg_results ORDER BY id")]


def test_a_plain_part_and_a_part_read_row_by_row_store_the_same_rows(tmp_path: Path) -> None:
    """A part with nothing special has the sample rule applied to all its rows at once; one naming a
    deleted patient is read row by row: both store the same rows and report the same repeats."""
    rng = random.Random(5)
    texts = ["0.70 mmol/L", "0.7 mmol/L", "0.71 mmol/L", "1.70 mg/dL", "1.7 mg/dL", "1.40 mEq/L", "<0.5 mmol/L"]
    batch = [
        (
            f"P-{rng.randrange(6)}",
            result(
                rng.choice(texts),
                day=D(2024, 1, rng.randrange(1, 4)),
                collected_at=rng.choice([None, dt.time(8, 0), dt.time(9, 30)]),
                specimen=rng.choice([Specimen.SERUM, Specimen.PLASMA]),
            ),
        )
        for _ in range(600)
    ]
    outcomes = []
    for name, extra in (("plain", []), ("one-by-one", [("GONE", result("0.80 mmol/L"))])):
        with open_database(tmp_path / f"{name}.sqlite3") as db:
            records = Records(db)
            gone = records.add_patient(Patient("GONE"))
            assert gone.id is not None
            records.delete_patient(gone.id, "entered twice")
            outcome = records.import_records(extra + batch, lines=list(range(2 - len(extra), 602)))
            outcomes.append(outcome)
    plain, one_by_one = outcomes
    assert len(one_by_one.rejected) == 1
    assert not plain.rejected
    assert 0 < plain.duplicates == one_by_one.duplicates < 600
    assert [(s.duplicate, s.kept) for s in plain.same_sample] == [(s.duplicate, s.kept) for s in one_by_one.same_sample]
    stored = _stored_rows(tmp_path / "plain.sqlite3")
    assert len(stored) == plain.imported
    assert stored == _stored_rows(tmp_path / "one-by-one.sqlite3")

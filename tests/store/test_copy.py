"""Copying a workstation's database to the clinic server: everything, checked, or nothing."""

import datetime as dt
import json
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from record_fixtures import result

from mgdesk import cli
from mgdesk.domain.errors import StoreError
from mgdesk.domain.records import DrugClass, MedicationCourse, Patient
from mgdesk.store import Records, TargetNotEmptyError, copy_database, open_database
from mgdesk.store.copying import CopyCheckError


def _workstation_file(path: Path, prefix: str = "P") -> Path:
    with open_database(path) as db:
        records = Records(db, user="nurse1", workstation="WS-1")
        ann = records.add_patient(Patient(f"{prefix}-1", "Ann", 1950, notes="notes"))
        bob = records.add_patient(Patient(f"{prefix}-2", "Bob"))
        assert ann.id is not None
        assert bob.id is not None
        records.add_course(
            ann.id, MedicationCourse(DrugClass.METFORMIN, "metformin", dt.date(2020, 1, 1), None, Decimal("850.5"))
        )
        kept = records.add_result(ann.id, result("1.70 mg/dL", collected_at=dt.time(8, 15, 7, 120000)))
        gone = records.add_result(ann.id, result("<0.20 mmol/L"))
        assert gone.id is not None
        records.delete_result(gone.id, "entered twice")
        records.edit_result(replace(kept, comment="repeat"))
        assert kept.id is not None
        records.add_review(kept.id, "seen")
        records.import_records([(f"{prefix}-3", result(f"0.{n:02d} mmol/L")) for n in range(60, 90)])
    return path


def _everything(records: Records) -> tuple[object, ...]:
    return (
        records.list_patients(),
        records.export_results(),
        records.export_courses(),
        records.live_reviews(),
        [records.provenance("mg_results", r.id) for _, r in records.export_results()],
        [
            (e.action, e.table, e.record_id, e.os_user, e.workstation, e.old_values, e.new_values)
            for e in records.audit_log()
        ],
    )


def test_a_workstation_file_is_copied_whole_with_its_audit(tmp_path: Path, database_target: Path | str) -> None:
    source = _workstation_file(tmp_path / "ws1.sqlite3")
    with open_database(source) as src, open_database(database_target) as dst:
        report = copy_database(src, dst)
        assert {c.table: c.rows for c in report.tables} == {
            "patients": 3,
            "medication_courses": 1,
            "mg_results": 32,
            "imports": 1,
            "reviews": 1,
            # Patients, course, results, delete, edit, the imported patient, the import of 30 results
            # (audited once, schema 3), the review.
            "audit_log": 2 + 1 + 2 + 1 + 1 + 1 + 1 + 1,
        }
        assert _everything(Records(src)) == _everything(Records(dst))
        # The target goes on numbering after the copied rows.
        added = Records(dst).add_patient(Patient("P-NEW"))
        assert added.id == 4


def test_a_target_holding_records_is_refused_untouched(tmp_path: Path, database_target: Path | str) -> None:
    source = _workstation_file(tmp_path / "ws1.sqlite3")
    with open_database(database_target) as dst:
        Records(dst).add_patient(Patient("ALREADY"))
        before = _everything(Records(dst))
        with open_database(source) as src, pytest.raises(TargetNotEmptyError, match="1 patients"):
            copy_database(src, dst)
        assert _everything(Records(dst)) == before


def test_merging_moves_ids_and_audit_references_past_the_targets_own(
    tmp_path: Path, database_target: Path | str
) -> None:
    first = _workstation_file(tmp_path / "ws1.sqlite3", "A")
    second = _workstation_file(tmp_path / "ws2.sqlite3", "B")
    with open_database(database_target) as dst:
        for source in (first, second):
            with open_database(source) as src:
                copy_database(src, dst, merge=True)
        records = Records(dst)
        assert [p.clinic_id for p in records.list_patients()] == ["A-1", "A-2", "A-3", "B-1", "B-2", "B-3"]
        b1 = records.patient_by_clinic_id("B-1")
        assert b1 is not None
        assert b1.id is not None
        assert [r.comment for r in records.patient_record(b1.id).results] == ["repeat"]
        for entry in records.audit_log("patients"):
            assert entry.new_values is not None or entry.old_values is not None
        creations = {e.record_id: (e.new_values or {}).get("clinic_id") for e in records.audit_log("patients")}
        assert creations[b1.id] == "B-1"
        with open_database(first) as src, pytest.raises(StoreError, match="3 clinic identifiers are in both"):
            copy_database(src, dst, merge=True)


def test_a_copy_that_reads_back_differently_keeps_nothing(tmp_path: Path, pg_url: str) -> None:
    source = _workstation_file(tmp_path / "ws1.sqlite3")
    with psycopg.connect(pg_url) as conn:  # a server-side rule that changes what is written
        conn.execute(
            "CREATE FUNCTION shout() RETURNS trigger AS $$ BEGIN NEW.name := upper(NEW.name); RETURN NEW; END $$ "
            "LANGUAGE plpgsql; CREATE TRIGGER shout BEFORE INSERT ON patients FOR EACH ROW EXECUTE FUNCTION shout()"
        )
    with open_database(source) as src, open_database(pg_url) as dst:
        with pytest.raises(CopyCheckError, match=r"patients read back .* differs"):
            copy_database(src, dst)
        assert Records(dst).list_patients() == []
        assert Records(dst).audit_log() == []


def test_the_command_line_copies_and_prints_the_checks(
    tmp_path: Path, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _workstation_file(tmp_path / "ws1.sqlite3")
    assert cli.main(["db", "copy", "--from", str(source), "--to", pg_url, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert sorted(t["table"] for t in report["tables"]) == [
        "audit_log",
        "imports",
        "medication_courses",
        "mg_results",
        "patients",
        "reviews",
    ]
    assert all(len(t["sha256"]) == 64 for t in report["tables"])
    assert cli.main(["db", "copy", "--from", str(source), "--to", pg_url]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "already holds records" in err[0]


def test_progress_counts_rows_and_a_cancelled_copy_keeps_nothing(tmp_path: Path, pg_url: str) -> None:
    from mgdesk.domain.errors import ImportCancelledError

    source = _workstation_file(tmp_path / "ws1.sqlite3")
    steps: list[tuple[int, int]] = []
    with open_database(source) as src, open_database(pg_url) as dst:
        with pytest.raises(ImportCancelledError, match="nothing was kept"):
            copy_database(src, dst, progress=lambda done, total: steps.append((done, total)), cancelled=lambda: True)
        assert Records(dst).list_patients() == []
        report = copy_database(src, dst, progress=lambda done, total: steps.append((done, total)))
    total = sum(check.rows for check in report.tables)
    assert steps[-1] == (total, total)
    assert [done for done, _ in steps] == sorted(done for done, _ in steps)


def test_a_patient_record_reads_the_same_from_the_server_in_one_statement(tmp_path: Path, pg_url: str) -> None:
    source = _workstation_file(tmp_path / "ws1.sqlite3")
    with open_database(source) as src, open_database(pg_url) as dst:
        copy_database(src, dst)
        for patient in Records(src).list_patients():
            assert patient.id is not None
            on_file, on_server = Records(src).patient_record(patient.id), Records(dst).patient_record(patient.id)
            assert on_file == on_server
            assert [r.version for r in on_file.results] == [r.version for r in on_server.results]
        first = Records(dst).patient_record(1)
        assert first.patient.clinic_id == "P-1"
        assert [r.collected_at for r in first.results] == [dt.time(8, 15, 7, 120000)]  # the deleted one left out
        assert first.courses[0].daily_dose_mg == Decimal("850.5")
        Records(dst).delete_patient(1, "test")
        with pytest.raises(StoreError, match="was deleted"):
            Records(dst).patient_record(1)
        with pytest.raises(StoreError, match="No patient with id 99"):
            Records(dst).patient_record(99)

"""Schema 7's partial indexes: a 0.2 database upgrades with every row kept, uniqueness holds, lookups use them.

Each test runs on an SQLite file and on a database of the test server
(tests/pg_server.py).  The database of release 0.2 is schema 0004, written
here through the store as that release wrote it: patients, typed results
(one with a client uuid, as the outbox sends them), an imported file, lab
results with their lab identity, a review and a deleted result.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_server import PgServer
from sqlalchemy import Connection, insert, inspect

from mgdesk.domain.errors import StoreError
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.records import MagnesiumResult, Patient, ResultStatus
from mgdesk.store import Database, Records, open_database
from mgdesk.store.migrate import schema_version
from mgdesk.store.schema import mg_results, reviews

RELEASE_0_2 = "0004"
TABLES = ("patients", "imports", "mg_results", "medication_courses", "reviews", "audit_log")


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_target(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str | Path]:
    """Where an EMPTY database is (no schema yet): a file path, or a server database."""
    if request.param == "sqlite":
        yield tmp_path / "clinic.sqlite3"
        return
    server: PgServer = request.getfixturevalue("pg_server")
    name = server.new_database()
    yield server.url(name)
    server.drop_database(name)


def _result(day: int, text_: str, **fields: object) -> MagnesiumResult:
    measurement = parse_measurement(text_)
    return MagnesiumResult(dt.date(2025, 3, day), measurement, str(measurement.unit), **fields)  # type: ignore[arg-type]


def _fill_as_release_0_2(db: Database) -> None:
    records = Records(db, user="nurse1", workstation="WS-1")
    ann = records.add_patient(Patient("P-1", name="Ann"))
    assert ann.id is not None
    typed = records.add_result(ann.id, _result(1, "0.61 mmol/L"))
    records.add_result(ann.id, _result(2, "1.9 mg/dL"), client_uuid="6f1c4f9e-0d1b-4c55-9d1e-3f1f2a7b9c01")
    gone = records.add_result(ann.id, _result(3, "0.80 mmol/L"))
    assert typed.id is not None
    assert gone.id is not None
    records.delete_result(gone.id, "typed for the wrong patient")
    records.add_review(typed.id, "repeat in 3 months")
    lab = [
        ("P-2", _result(4, "0.66 mmol/L", lab_ref="ORD1^2601-3")),
        ("P-2", _result(5, "1.40 mEq/L", lab_ref="ORD2^2601-3", status=ResultStatus.PRELIMINARY)),
        ("P-3", _result(4, "0.91 mmol/L")),
    ]
    records.import_records(lab, file_name="lab.hl7", sha256="ab" * 32, lines=[3, 7, 11])


def _contents(db: Database) -> dict[str, list[tuple[object, ...]]]:
    with db.reading() as conn:
        return {t: [tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {t} ORDER BY id")] for t in TABLES}


def _where(conn: Connection, index: str) -> str | None:
    """The condition of a partial index as the database reports it, in one spelling; None for a full index."""
    for found in inspect(conn).get_indexes("mg_results"):
        if found["name"] == index:
            options = found.get("dialect_options", {})
            condition = options.get("sqlite_where", options.get("postgresql_where"))
            return None if condition is None else str(condition).strip("()").lower()
    raise AssertionError(f"no index {index}")


def test_a_populated_0_2_database_upgrades_with_every_row_and_link_kept(empty_target: str | Path) -> None:
    with open_database(empty_target, target_version=RELEASE_0_2) as old:
        _fill_as_release_0_2(old)
        before = _contents(old)
        with old.reading() as conn:
            assert _where(conn, "ix_mg_results_patient_lab_ref") is None
    with open_database(empty_target) as db:
        assert _contents(db) == before
        with db.reading() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == schema_version()
            assert _where(conn, "uq_mg_results_uuid") == "uuid is not null"
            assert _where(conn, "ix_mg_results_patient_lab_ref") == "lab_ref is not null"
            if db.is_server:
                kinds = conn.exec_driver_sql(
                    "SELECT contype FROM pg_constraint WHERE conrelid = 'reviews'::regclass AND contype = 'f'"
                ).all()
                assert len(kinds) == 1
            else:
                assert conn.exec_driver_sql("PRAGMA foreign_key_check").all() == []
                assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                references = conn.exec_driver_sql("PRAGMA foreign_key_list(reviews)").all()
                assert [r[2] for r in references] == ["mg_results"]
        records = Records(db)
        patient = records.patient_by_clinic_id("P-1")
        assert patient is not None
        assert patient.id is not None
        history = records.patient_record(patient.id)
        assert [r.measurement.text for r in history.results] == ["0.61", "1.9"]
        assert len(records.live_reviews()) == 1
        # The rebuilt table still refuses a review of a result that does not exist.
        with pytest.raises(StoreError, match=r"(?i)foreign key"), db.writing() as conn:
            conn.execute(insert(reviews).values(result_id=999, reviewed_at=dt.datetime.now(dt.UTC), os_user="x"))


def test_client_uuids_stay_unique_while_rows_without_one_are_many(database_target: str | Path) -> None:
    with open_database(database_target) as db:
        records = Records(db)
        patient = records.add_patient(Patient("U-1"))
        assert patient.id is not None
        key = "0b6d3c52-8a43-4a0e-9a55-1d2e3f405162"
        first = records.add_result(patient.id, _result(1, "0.70 mmol/L"), client_uuid=key)
        assert records.add_result(patient.id, _result(1, "0.70 mmol/L"), client_uuid=key).id == first.id
        records.import_records([("U-1", _result(d, f"0.{60 + d} mmol/L")) for d in range(2, 9)])
        with db.reading() as conn:
            assert conn.exec_driver_sql("SELECT count(*) FROM mg_results WHERE uuid IS NULL").scalar() == 7
        row = {
            "patient_id": patient.id,
            "value_as_written": "0.5",
            "unit_as_written": "mmol/L",
            "unit": "mmol/L",
            "specimen": "serum",
            "source": "x",
        }
        with pytest.raises(StoreError, match=r"(?i)uuid|same result"), db.writing() as conn:
            conn.execute(insert(mg_results).values({**row, "collected_on": dt.date(2025, 4, 1), "uuid": key}))
        with db.writing() as conn:  # rows without a uuid are never in each other's way
            for day in (2, 3):
                conn.execute(insert(mg_results).values({**row, "collected_on": dt.date(2025, 4, day), "uuid": None}))


def test_lookups_by_uuid_and_by_lab_identity_use_the_partial_indexes(database_target: str | Path) -> None:
    r = mg_results.c
    by_uuid = mg_results.select().where(r.uuid == "0b6d3c52-8a43-4a0e-9a55-1d2e3f405162")
    # The importer's query of a patient's stored lab identities (store/importer.py, _existing_lab_refs).
    by_lab_ref = mg_results.select().where(r.deleted_at.is_(None), r.lab_ref.is_not(None), r.patient_id.in_([1, 2]))
    with open_database(database_target) as db, db.writing() as conn:
        for query, index in ((by_uuid, "uq_mg_results_uuid"), (by_lab_ref, "ix_mg_results_patient_lab_ref")):
            compiled = query.compile(conn, compile_kwargs={"literal_binds": True})
            if db.is_server:
                conn.exec_driver_sql("SET LOCAL enable_seqscan = off")  # an empty table: show the index CAN be used
                plan = " ".join(row[0] for row in conn.exec_driver_sql(f"EXPLAIN {compiled}"))
            else:
                plan = " ".join(row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}"))
            assert index in plan, plan

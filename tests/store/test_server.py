"""A clinic server (PostgreSQL): addresses, one schema for both engines, refusals, time zones."""

import datetime as dt
from pathlib import Path

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from pg_server import PgServer, free_port
from record_fixtures import result

from mgdesk.domain.errors import InputError, NotADatabaseError, SchemaTooNewError, ServerUnreachableError
from mgdesk.domain.records import Patient
from mgdesk.store import Records, open_database
from mgdesk.store.migrate import known_versions, schema_version
from mgdesk.store.schema import metadata


def test_migrations_build_exactly_the_schema_the_code_describes(database_target: Path | str) -> None:
    with open_database(database_target) as db, db.reading() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    assert differences == []


def test_the_server_is_named_without_a_password(pg_url: str) -> None:
    with open_database(pg_url) as db:
        assert db.is_server
        assert db.path is None
        assert db.role == "mgdesk_test"
        assert db.location.startswith(pg_url.rsplit("/", 1)[1] + " on the clinic server 127.0.0.1:")
        assert db.location.endswith(" as mgdesk_test")


def test_a_password_in_the_address_is_refused_before_connecting() -> None:
    with pytest.raises(InputError, match=r"~/\.pgpass"):
        open_database("postgresql://nurse:secret@127.0.0.1:1/mgdesk")


def test_an_address_without_a_database_is_refused() -> None:
    with pytest.raises(InputError, match="Name the database"):
        open_database("postgresql://nurse@127.0.0.1:5432")


def test_a_server_that_cannot_be_reached_gives_a_clear_message() -> None:
    port = free_port()  # nothing listens there
    with pytest.raises(ServerUnreachableError, match="cannot be reached") as caught:
        open_database(f"postgresql://nurse@127.0.0.1:{port}/mgdesk")
    assert "Traceback" not in str(caught.value)


def test_sslmode_in_the_address_reaches_libpq(pg_url: str) -> None:
    # The test server offers no TLS: "require" must make libpq refuse, proving the option was passed on.
    with pytest.raises(ServerUnreachableError, match="SSL"):
        open_database(pg_url + "?sslmode=require")
    with open_database(pg_url + "?sslmode=prefer") as db:
        assert Records(db).list_patients() == []


def test_an_empty_server_database_is_created_by_the_migrations(pg_server: PgServer) -> None:
    name = pg_server.new_database()
    try:
        with open_database(pg_server.url(name)) as db, db.reading() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == schema_version()
    finally:
        pg_server.drop_database(name)


def test_a_server_schema_newer_than_the_program_is_refused_untouched(pg_url: str) -> None:
    # Past every migration this mgdesk knows.
    newer = f"{int(known_versions()[-1]) + 1:04d}"
    with psycopg.connect(pg_url) as conn:
        conn.execute("UPDATE alembic_version SET version_num = %s", (newer,))
    with pytest.raises(SchemaTooNewError, match=f"newer mgdesk \\(schema {newer}"):
        open_database(pg_url)
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (newer,)


def test_another_programs_server_database_is_left_alone(pg_server: PgServer) -> None:
    name = pg_server.new_database()
    try:
        with psycopg.connect(pg_server.url(name)) as conn:
            conn.execute("CREATE TABLE invoices (id integer)")
        with pytest.raises(NotADatabaseError, match="server database belongs to another program"):
            open_database(pg_server.url(name))
        with psycopg.connect(pg_server.url(name)) as conn:
            tables = conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
        assert tables == [("invoices",)]
    finally:
        pg_server.drop_database(name)


def test_changes_are_stamped_in_utc_with_their_zone(records: Records) -> None:
    before = dt.datetime.now(dt.UTC)
    records.add_patient(Patient("P-1"))
    (entry,) = records.audit_log()
    assert entry.at.tzinfo is not None
    assert before - dt.timedelta(seconds=1) <= entry.at <= dt.datetime.now(dt.UTC) + dt.timedelta(seconds=1)


def test_the_audit_names_user_workstation_and_role(database_target: Path | str) -> None:
    with open_database(database_target) as db:
        records = Records(db, user="nurse2", workstation="WS-3")
        p = records.add_patient(Patient("P-1"))
        assert p.id is not None
        records.import_records([], [])
        (entry,) = records.audit_log()
        assert (entry.os_user, entry.workstation) == ("nurse2", "WS-3")
        assert entry.db_role == ("mgdesk_test" if db.is_server else None)


def test_both_engines_read_the_same_rows_back(tmp_path: Path, pg_url: str) -> None:
    """Decimals as written, dates, times and text round-trip identically on SQLite and PostgreSQL."""
    from record_fixtures import result

    got = []
    for target in (tmp_path / "db.sqlite3", pg_url):
        with open_database(target) as db:
            records = Records(db)
            p = records.add_patient(Patient("P-1", "Zoë Ñandú", 1950, notes="line 1\nline 2"))
            assert p.id is not None
            for text in ("1.80 mg/dL", "<0.20 mmol/L", "0.700 mmol/L", "1.7000 mEq/L"):
                records.add_result(p.id, result(text, collected_at=dt.time(8, 15, 7, 120000)))
            record = records.patient_record(p.id)
            got.append((record.patient, [(r, r.measurement.text, r.collected_at) for r in record.results]))
    assert got[0] == got[1]
    assert [text for _, text, _ in got[1][1]] == ["1.80", "<0.20", "0.700", "1.7000"]


def test_an_import_keeps_provenance_and_one_audit_entry_on_both_engines(database_target: Path | str) -> None:
    """The server's COPY path stores what the file path stores: provenance, ONE audit entry, the sample rule."""
    with open_database(database_target) as db:
        records = Records(db, user="nurse2", workstation="WS-3")
        batch = [
            ("P-1", result("0.74 mmol/L")),
            ("P-1", result("1.80 mg/dL")),  # the same sample in another unit: not stored again
            ("P-1", result("0.81 mmol/L", dt.date(2024, 3, 2))),
        ]
        outcome = records.import_records(batch, file_name="lab.csv", sha256="a" * 64, lines=[2, 3, 4])
        assert (outcome.imported, outcome.duplicates, len(outcome.same_sample)) == (2, 1, 1)
        stored = [r for _, r in records.export_results()]
        provenance = [records.provenance("mg_results", r.id) for r in stored]
        assert [(p.entry, p.file_name, p.sha256, p.line) for p in provenance] == [
            ("import", "lab.csv", "a" * 64, 2),
            ("import", "lab.csv", "a" * 64, 4),
        ]
        assert {(p.os_user, p.workstation) for p in provenance} == {("nurse2", "WS-3")}
        assert records.audit_log("mg_results") == []
        (entry,) = records.audit_log("imports")
        assert (entry.action, entry.record_id, entry.os_user, entry.workstation) == (
            "import",
            outcome.import_id,
            "nurse2",
            "WS-3",
        )
        assert entry.db_role == ("mgdesk_test" if db.is_server else None)
        assert entry.new_values is not None
        assert entry.new_values["rows_added"] == 2

"""Opening a database: new files, schema versions, backups, and every way a file can be refused."""

import sqlite3
import stat
from pathlib import Path

import pytest

from mgdesk.domain.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    NotADatabaseError,
    SchemaTooNewError,
    StoreError,
)
from mgdesk.domain.records import Patient
from mgdesk.store import Records, default_database_path, open_database
from mgdesk.store.migrate import known_versions, schema_version


def test_default_path_is_qt_app_data_location_inside_the_test_home(isolated_user_folders: Path) -> None:
    path = default_database_path()
    assert path == isolated_user_folders / ".local/share/mgdesk/mgdesk.sqlite3"


def test_default_path_ignores_a_relative_xdg_data_home(
    isolated_user_folders: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", "relative/folder")
    assert default_database_path() == isolated_user_folders / ".local/share/mgdesk/mgdesk.sqlite3"


def test_new_file_is_owner_only_wal_with_foreign_keys(tmp_path: Path) -> None:
    path = tmp_path / "new" / "clinic.sqlite3"
    with open_database(path) as db:
        assert db.backup is None
        with db.reading() as conn:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) & 0o077 == 0


def test_opening_without_a_path_uses_the_default_file() -> None:
    with open_database() as db:
        assert db.path == default_database_path()
    assert default_database_path().exists()


def _stamp(path: Path, version: str) -> None:
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (version,))
    conn.close()


def test_file_from_a_newer_mgdesk_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(path).close()
    # Past every migration this mgdesk knows.
    newer = f"{int(known_versions()[-1]) + 1:04d}"
    _stamp(path, newer)
    before = path.read_bytes()
    with pytest.raises(SchemaTooNewError, match=f"newer mgdesk \\(schema {newer}"):
        open_database(path)
    assert path.read_bytes() == before
    assert list(tmp_path.iterdir()) == [path]


def test_older_file_is_backed_up_then_migrated(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    first = known_versions()[0]
    assert first != schema_version(), "a test of migration needs at least two schema versions"
    with open_database(path, target_version=first) as old, old.writing() as conn:
        # Written as that schema's mgdesk wrote it: the qualifier inside value_as_written.
        conn.exec_driver_sql("INSERT INTO patients (id, clinic_id, name, notes) VALUES (1, 'P-1', 'Ann', '')")
        for n, value in enumerate(("<0.20", "0.74", ">2.5")):
            conn.exec_driver_sql(
                "INSERT INTO mg_results (patient_id, collected_on, value_as_written, unit_as_written, unit, specimen, "
                f"source, comment) VALUES (1, '2024-01-0{n + 1}', '{value}', 'mmol/L', 'mmol/L', 'serum', 'x', '')"
            )
        assert "ix_mg_results_patient_date" not in _indexes(conn)
    with open_database(path) as db:
        assert db.backup == tmp_path / f"db.schema-{first}.backup.sqlite3"
        with db.reading() as conn:
            assert "ix_mg_results_patient_date" in _indexes(conn)
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == schema_version()
        assert [p.clinic_id for p in Records(db).list_patients()] == ["P-1"]
        with db.reading() as conn:
            split = conn.exec_driver_sql("SELECT qualifier, value_as_written, entry FROM mg_results ORDER BY id").all()
        assert [tuple(row) for row in split] == [
            ("<", "0.20", "legacy"),
            ("", "0.74", "legacy"),
            (">", "2.5", "legacy"),
        ]
        assert [r.measurement.text for r in Records(db).patient_record(1).results] == ["<0.20", "0.74", ">2.5"]
    backup = sqlite3.connect(db.backup)
    assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == (first,)
    assert backup.execute("SELECT clinic_id FROM patients").fetchall() == [("P-1",)]
    backup.close()
    assert stat.S_IMODE(db.backup.stat().st_mode) == 0o600
    with open_database(path) as again:
        assert again.backup is None


def _indexes(conn: object) -> set[str]:
    rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'index'")  # type: ignore[attr-defined]
    return {row[0] for row in rows}


def test_a_text_file_is_not_a_database_and_is_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("patient,date,value\nP1,2024-01-01,0.7\n")
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="not a database"):
        open_database(path)
    assert path.read_bytes() == before


def test_another_programs_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE things (x)")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="another program"):
        open_database(path)
    assert path.read_bytes() == before


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(NotADatabaseError, match="not a file"):
        open_database(tmp_path)


def test_a_corrupt_file_is_refused_and_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with open_database(path) as db:
        records = Records(db)
        for n in range(300):
            records.add_patient(Patient(f"P-{n:04d}", "x" * 150))
    assert not path.with_name("db.sqlite3-wal").exists()  # the last close checkpointed everything
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    data[2 * page : 5 * page] = b"\xa5" * (3 * page)
    path.write_bytes(bytes(data))
    with pytest.raises(DatabaseCorruptError, match="damaged"):
        open_database(path)
    assert path.read_bytes() == bytes(data)


def test_a_read_only_file_is_refused_and_not_changed(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    open_database(path).close()
    before = path.read_bytes()
    path.chmod(0o400)
    try:
        with pytest.raises(DatabaseReadOnlyError, match="read-only"):
            open_database(path)
    finally:
        path.chmod(0o600)
    assert path.read_bytes() == before


def test_sqlites_own_read_only_refusal_is_translated(tmp_path: Path) -> None:
    """Beyond the permission bits (which root ignores): SQLite's read-only error reads clearly too."""
    path = tmp_path / "db.sqlite3"
    open_database(path).close()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as ro, pytest.raises(sqlite3.OperationalError) as raised:
        ro.execute("CREATE TABLE t (x)")
    ro.close()
    from mgdesk.store.sqlite import store_error

    assert isinstance(store_error(raised.value, path), DatabaseReadOnlyError)


def test_a_locked_database_gives_a_clear_message_and_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with open_database(path) as db:
        Records(db).add_patient(Patient("P-1"))
    other = sqlite3.connect(path, timeout=0.1, isolation_level=None)
    other.execute("PRAGMA locking_mode = EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    other.execute("INSERT INTO patients (clinic_id, notes) VALUES ('OTHER', '')")
    try:
        with pytest.raises(DatabaseLockedError, match="Another program is using"):
            open_database(path, busy_timeout_s=0.1)
    finally:
        other.execute("ROLLBACK")
        other.close()
    with open_database(path) as db:
        assert [p.clinic_id for p in Records(db).list_patients()] == ["P-1"]


def test_a_write_while_another_program_writes_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with open_database(path, busy_timeout_s=0.1) as db:
        records = Records(db)
        other = sqlite3.connect(path, timeout=0.1, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        try:
            with pytest.raises(DatabaseLockedError):
                records.add_patient(Patient("P-1"))
            assert records.list_patients() == []  # reading still works beside a writer (WAL)
        finally:
            other.execute("ROLLBACK")
            other.close()
        assert records.add_patient(Patient("P-1")).id is not None


def test_store_errors_are_mgdesk_errors() -> None:
    assert issubclass(DatabaseLockedError, StoreError)


def test_the_migrations_build_exactly_the_schema_module(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from mgdesk.store.schema import metadata

    with open_database(tmp_path / "m.sqlite3") as db, db.reading() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), metadata)
    assert differences == []


def test_an_empty_schema_version_table_is_explained_not_migrated(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with open_database(path):
        pass
    raw = sqlite3.connect(path)
    raw.execute("DELETE FROM alembic_version")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(NotADatabaseError, match="empty mgdesk schema version"):
        open_database(path)
    assert path.read_bytes() == before

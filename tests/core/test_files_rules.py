"""The file-writing promises of ``mgdesk.domain.files`` (README, "What mgdesk promises about your data").

Every file is written whole or not at all, by a rename over the target; no
write lands on an open database, its companions or its migration backups
(wherever the name comes from: another spelling, a hard link); folders made
for patient data are owner-only.  The store's tests check the same promises
through the command line; these run where mutation testing looks (README,
"Mutation testing").
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from mgdesk.domain import files
from mgdesk.domain.errors import OutputFileError

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes and owners are POSIX")


@pytest.fixture
def open_database(tmp_path: Path) -> Iterator[Path]:
    """A database file registered as open, as the store registers it, and released afterwards."""
    database = tmp_path / "clinic.sqlite3"
    database.write_bytes(b"SQLite format 3\x00")
    files.protect(database)
    try:
        yield database
    finally:
        files.unprotect(database)


def _parts(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir() if path.name.endswith(".part"))


def test_write_atomically_replaces_an_existing_file_by_default(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_text("old\n", encoding="utf-8")
    seen: list[Path] = []

    def produce(temporary: Path) -> None:
        seen.append(temporary)
        temporary.write_text("new\n", encoding="utf-8")

    files.write_atomically(target, produce)

    assert target.read_text(encoding="utf-8") == "new\n"
    assert seen[0].parent == tmp_path
    assert seen[0] != target
    assert _parts(tmp_path) == []


def test_write_atomically_without_overwrite_keeps_the_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(OutputFileError) as refused:
        files.write_atomically(target, lambda temporary: temporary.write_text("new\n"), overwrite=False)
    assert refused.value.code == "file-exists"
    assert target.read_text(encoding="utf-8") == "old\n"
    assert _parts(tmp_path) == []


def test_write_atomically_creates_a_new_file_owner_only(tmp_path: Path) -> None:
    target = tmp_path / "plot.png"
    files.write_atomically(target, lambda temporary: temporary.write_bytes(b"\x89PNG"), overwrite=False)
    assert target.read_bytes() == b"\x89PNG"
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == files.OWNER_ONLY_FILE


def test_a_writer_that_removed_its_own_temporary_file_still_gets_its_own_error(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")

    class WriterFailedError(Exception):
        pass

    def produce(temporary: Path) -> None:
        temporary.unlink()
        raise WriterFailedError

    with pytest.raises(WriterFailedError):
        files.write_atomically(target, produce)
    assert target.read_bytes() == b"old"
    assert _parts(tmp_path) == []


def test_the_temporary_file_vanishing_before_the_rename_is_a_clear_error(tmp_path: Path) -> None:
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with pytest.raises(OutputFileError) as failed:
        files.write_atomically(target, lambda temporary: temporary.unlink())
    assert failed.value.code == "file-write-failed"
    assert target.read_bytes() == b"old"


def test_fsync_of_a_file_and_its_folder_succeed_on_real_paths(tmp_path: Path) -> None:
    written = tmp_path / "data.txt"
    written.write_text("x", encoding="utf-8")
    files.fsync_file(written)
    files.fsync_folder(tmp_path)
    with pytest.raises(FileNotFoundError):
        files.fsync_file(tmp_path / "missing.txt")


@posix_only
def test_fsync_folder_opens_the_folder_on_posix(tmp_path: Path) -> None:
    # A folder that does not exist cannot be synced: the call reached os.open.
    with pytest.raises(FileNotFoundError):
        files.fsync_folder(tmp_path / "missing")


def test_the_open_database_is_never_written_over(open_database: Path) -> None:
    with pytest.raises(OutputFileError) as refused:
        files.write_atomically(open_database, lambda temporary: temporary.write_bytes(b"export"))
    assert refused.value.code == "file-is-database"
    assert refused.value.fields["path"] == open_database
    assert str(refused.value) == f"{open_database} is the open patient database; mgdesk will not write over it."
    assert open_database.read_bytes() == b"SQLite format 3\x00"


def test_the_open_database_through_a_hard_link_is_never_written_over(open_database: Path) -> None:
    link = open_database.with_name("export.csv")
    os.link(open_database, link)
    with pytest.raises(OutputFileError) as refused:
        files.check_target(link, overwrite=True)
    assert refused.value.code == "file-is-database"
    assert refused.value.fields["path"] == link


@pytest.mark.parametrize(
    "name",
    [
        "clinic.sqlite3-wal",
        "clinic.sqlite3-shm",
        "clinic.sqlite3-journal",
        "clinic.schema-3.backup.sqlite3",
        "clinic.schema-3.backup-2.sqlite3",
    ],
)
def test_companions_and_migration_backups_of_the_open_database_are_refused(open_database: Path, name: str) -> None:
    with pytest.raises(OutputFileError) as refused:
        files.check_target(open_database.with_name(name), overwrite=True)
    assert refused.value.code == "file-belongs-to-database"
    assert refused.value.fields == {"path": open_database.with_name(name), "database": "clinic.sqlite3"}


@pytest.mark.parametrize(
    "name",
    [
        "export.csv",  # a new file next to the database
        "clinic.schema-3.backup.csv",  # a backup's name with another suffix
        "other.schema-3.backup.sqlite3",  # another database's backup
        "clinic.schema-3.sqlite3",  # not a backup
    ],
)
def test_other_files_next_to_the_open_database_may_be_written(open_database: Path, name: str) -> None:
    target = open_database.with_name(name)
    files.write_atomically(target, lambda temporary: temporary.write_text("ok", encoding="utf-8"))
    assert target.read_text(encoding="utf-8") == "ok"


def test_a_database_opened_twice_stays_protected_until_closed_twice(tmp_path: Path) -> None:
    database = tmp_path / "twice.sqlite3"
    database.write_bytes(b"db")
    files.protect(database)
    files.protect(database)
    try:
        files.unprotect(database)
        with pytest.raises(OutputFileError):
            files.check_not_database(database)
    finally:
        files.unprotect(database)
    files.check_not_database(database)  # closed as often as opened: writable again


@posix_only
def test_a_private_folder_is_made_with_its_parents_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "exports" / "2026"
    assert files.private_folder(folder) == folder
    assert folder.is_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == files.OWNER_ONLY_FOLDER
    assert files.private_folder(folder) == folder  # asking again is fine


@posix_only
def test_a_private_folder_made_open_before_is_tightened(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    files.private_folder(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == files.OWNER_ONLY_FOLDER


@posix_only
@pytest.mark.skipif(os.name != "posix" or os.geteuid() != 0, reason="only root can hand a folder to another owner")
def test_another_owners_folder_keeps_its_mode(tmp_path: Path) -> None:
    folder = tmp_path / "shared"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    os.chown(folder, 4242, 4242)
    files.private_folder(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755


@posix_only
def test_a_target_inside_a_regular_file_cannot_be_written_and_says_why(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("x", encoding="utf-8")
    target = not_a_folder / "export.csv"
    with pytest.raises(OutputFileError) as refused:
        files.check_target(target, overwrite=True)
    assert refused.value.code == "file-cannot-write"
    assert refused.value.fields == {"path": target, "detail": os.strerror(errno.ENOTDIR)}
    assert str(refused.value) == f"Cannot write {target}: {os.strerror(errno.ENOTDIR)}."


def test_a_folder_is_not_a_file_to_write_over(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    with pytest.raises(OutputFileError) as refused:
        files.check_target(folder, overwrite=True)
    assert refused.value.code == "file-not-regular"
    assert refused.value.fields == {"path": folder}
    assert folder.is_dir()


def test_an_existing_file_without_overwrite_is_refused_by_name(tmp_path: Path) -> None:
    target = tmp_path / "export.csv"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(OutputFileError) as refused:
        files.check_target(target, overwrite=False)
    assert refused.value.code == "file-exists"
    assert refused.value.fields == {"path": target}
    files.check_target(target, overwrite=True)  # with overwrite it may be replaced


def test_a_missing_folder_is_named(tmp_path: Path) -> None:
    target = tmp_path / "missing" / "export.csv"
    with pytest.raises(OutputFileError) as refused:
        files.write_atomically(target, lambda temporary: temporary.write_text("x", encoding="utf-8"))
    assert refused.value.code == "file-no-folder"
    assert refused.value.fields == {"path": target, "folder": tmp_path / "missing"}
    assert not (tmp_path / "missing").exists()


def test_closing_a_database_never_opened_changes_nothing(tmp_path: Path, open_database: Path) -> None:
    files.unprotect(tmp_path / "never-opened.sqlite3")
    with pytest.raises(OutputFileError):
        files.check_not_database(open_database)


def test_a_name_the_system_cannot_resolve_is_not_taken_for_the_open_database(open_database: Path) -> None:
    # realpath refuses a NUL byte; the check falls back to the absolute path.
    files.check_not_database(open_database.with_name("export\0.csv"))

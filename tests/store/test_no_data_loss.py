"""Fault tests for the data-loss promises (README, "What mgdesk promises about your data").

Each test drives the real command line on a real SQLite file: an export
never lands on the open database or its companions, a refused or failed
write leaves the old file as it was and no partial file behind (a real full
disk: a small tmpfs, mounted when the tests run as root), read-only
commands never create a database, and odd ``--db`` paths get one line.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import stat
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from record_fixtures import result

from mgdesk.cli import main
from mgdesk.domain import files
from mgdesk.domain.errors import OutputFileError, StoreError
from mgdesk.store import Records, open_database


def _database(path: Path, results: int = 3) -> Path:
    with open_database(path) as db:
        records = Records(db)
        batch = [
            (f"P{n % 50}", result(f"{1 + (n % 90) / 100:.2f} mg/dL", dt.date(2000, 1, 1) + dt.timedelta(days=n)))
            for n in range(results)
        ]
        records.import_records(batch)
    return path


def _state(path: Path) -> bytes:
    return path.read_bytes()


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@pytest.mark.parametrize("companion", ["", "-wal", "-shm", "-journal", ".schema-0001.backup"])
def test_export_never_writes_over_the_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], companion: str
) -> None:
    db = _database(tmp_path / "clinic.sqlite3")
    name = f"{db.stem}{companion}{db.suffix}" if companion.startswith(".schema") else f"{db.name}{companion}"
    target = tmp_path / name
    before = target.read_bytes() if target.exists() else None
    before_db = _state(db)
    status = main(["export", "--db", str(db), "--out", str(target), "--force"])
    assert status == 2
    err = capsys.readouterr().err
    assert "will not write over it" in err
    assert (target.read_bytes() if target.exists() else None) == before
    assert _state(db) == before_db
    assert _leftovers(tmp_path) == []


def test_export_over_the_database_through_a_link_or_another_spelling(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _database(tmp_path / "clinic.sqlite3")
    (tmp_path / "sub").mkdir()
    link = tmp_path / "link.csv"
    link.symlink_to(db)
    hard = tmp_path / "hard.csv"
    os.link(db, hard)
    before = _state(db)
    for out in (link, hard, tmp_path / "sub" / ".." / "clinic.sqlite3"):
        assert main(["export", "--db", str(db), "--out", str(out), "--force"]) == 2
        assert "open patient database" in capsys.readouterr().err
    assert _state(db) == before


def test_existing_output_needs_force_and_is_replaced_atomically(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _database(tmp_path / "clinic.sqlite3")
    out = tmp_path / "out.csv"
    out.write_text("old\n")
    assert main(["export", "--db", str(db), "--out", str(out)]) == 2
    assert "--force" in capsys.readouterr().err
    assert out.read_text() == "old\n"
    assert main(["export", "--db", str(db), "--out", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8-sig").startswith("patient,date")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert _leftovers(tmp_path) == []


def test_a_failing_writer_leaves_the_old_file_and_no_partial_file(tmp_path: Path) -> None:
    out = tmp_path / "report.csv"
    out.write_text("the old report\n")

    class WriterFailedError(RuntimeError):
        pass

    def write_half() -> None:
        with files.atomic_text(out) as file:
            file.write("half a row,")
            raise WriterFailedError

    with pytest.raises(WriterFailedError):
        write_half()
    assert out.read_text() == "the old report\n"
    assert _leftovers(tmp_path) == []


def test_writing_into_a_missing_folder_names_the_path(tmp_path: Path) -> None:
    out = tmp_path / "no" / "such" / "report.pdf"
    with pytest.raises(OutputFileError, match=r"the folder .*no/such does not exist"):
        files.check_target(out, overwrite=False)


@contextlib.contextmanager
def _small_disk(folder: Path, size: str) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("a full disk is simulated with a small tmpfs, which needs root to mount")
    if shutil.which("mount") is None:
        pytest.skip("no mount command to make a small tmpfs")
    folder.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=False)
    if done.returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs (a container without the capability)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_export_to_a_full_disk_keeps_the_old_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _database(tmp_path / "clinic.sqlite3", results=5000)
    with _small_disk(tmp_path / "small", "64k") as disk:
        out = disk / "export.csv"
        out.write_text("yesterday's export\n")
        status = main(["export", "--db", str(db), "--out", str(out), "--force"])
        assert status == 2
        assert "No space left on device" in capsys.readouterr().err
        assert out.read_text() == "yesterday's export\n"
        assert _leftovers(disk) == []


def test_backup_before_migration_to_a_full_disk_changes_nothing(tmp_path: Path) -> None:
    with _small_disk(tmp_path / "small", "64k") as disk:
        target = disk / "backup.sqlite3"
        db = _database(tmp_path / "clinic.sqlite3", results=5000)
        from mgdesk.store import sqlite

        engine = sqlite.make_engine(db, 5.0)
        try:
            with pytest.raises(StoreError, match="disk is full"):
                sqlite.backup(engine, target)
        finally:
            engine.dispose()
        assert not target.exists()
        assert _leftovers(disk) == []


@pytest.mark.parametrize("command", ["export", "trend", "plot", "report"])
def test_read_only_commands_never_create_a_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    missing = tmp_path / "typo" / "clinc.sqlite3"
    argv = {
        "export": ["export", "--out", str(tmp_path / "x.csv")],
        "trend": ["trend", "--patient", "P1"],
        "plot": ["plot", "--patient", "P1", "--out", str(tmp_path / "x.png")],
        "report": ["report", "--patient", "P1", "--out", str(tmp_path / "x.pdf")],
    }[command]
    status = main([*argv, "--db", str(missing)], renderer=lambda *a, **k: None)
    assert status == 2
    assert "nothing was created" in capsys.readouterr().err
    assert not missing.parent.exists()


def test_odd_database_paths_get_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    dangling = tmp_path / "dangling.sqlite3"
    dangling.symlink_to(tmp_path / "nowhere.sqlite3")
    loop = tmp_path / "loop.sqlite3"
    loop.symlink_to(loop)
    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    csv = tmp_path / "lab.csv"
    csv.write_text("patient,date,value,unit\nP1,2024-01-02,1.8,mg/dL\n")
    cases = {
        dangling: "symbolic link to a file that does not exist",
        loop: "symbolic link in a loop",
        plain / "db.sqlite3": "is a file, not a folder",
        Path(os.fsdecode(bytes(tmp_path) + b"/caf\xe9.sqlite3")): "not valid UTF-8",
    }
    for db, message in cases.items():
        assert main(["import", str(csv), "--db", str(db)]) == 2
        err = capsys.readouterr().err
        assert message in err, err
        assert err.count("\n") == 1
    assert not (tmp_path / "nowhere.sqlite3").exists()


def test_an_existing_empty_file_becomes_owner_only(tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite3"
    db.touch(mode=0o644)
    os.chmod(db, 0o644)
    with open_database(db) as opened:
        assert opened.mode_warning is None
    assert stat.S_IMODE(db.stat().st_mode) == 0o600


def test_the_default_data_folder_is_owner_only(isolated_user_folders: Path) -> None:
    from mgdesk.store import default_database_path

    folder = default_database_path().parent
    folder.mkdir(parents=True, mode=0o755)
    os.chmod(folder, 0o755)
    with open_database(None):
        pass
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(default_database_path().stat().st_mode) == 0o600


def test_report_to_a_missing_folder_names_the_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = _database(tmp_path / "clinic.sqlite3")
    out = tmp_path / "no-such-folder" / "p1.pdf"
    status = main(["report", "--patient", "P1", "--db", str(db), "--out", str(out)], renderer=lambda *a, **k: None)
    assert status == 2
    err = capsys.readouterr().err
    assert str(out.parent) in err
    assert "does not exist" in err

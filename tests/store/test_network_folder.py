"""SQLite files on a network folder: refused for writing, readable read-only; told by the mount type."""

import os
from pathlib import Path

import pytest

from mgdesk.domain.errors import DatabaseReadOnlyError, NetworkFolderError
from mgdesk.domain.records import Patient
from mgdesk.store import Records, filesystems, open_database


def _mountinfo(tmp_path: Path, mounts: list[tuple[str, str]]) -> Path:
    """A mount table in the kernel's /proc/self/mountinfo format."""
    lines = ["22 1 8:1 / / rw,relatime shared:1 - ext4 /dev/sda1 rw"]
    for n, (point, kind) in enumerate(mounts, start=30):
        escaped = point.replace("\\", "\\134").replace(" ", "\\040")
        lines.append(f"{n} 22 0:{n} / {escaped} rw,relatime shared:{n} - {kind} server:/export rw,vers=4.2")
    table = tmp_path / "mountinfo"
    table.write_text("\n".join(lines) + "\n")
    return table


@pytest.fixture
def share(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder the (simulated) mount table says is an NFS share."""
    folder = tmp_path / "clinic share"
    folder.mkdir()
    monkeypatch.setattr(filesystems, "MOUNTINFO", _mountinfo(tmp_path, [(os.path.realpath(folder), "nfs4")]))
    return folder


def test_the_mount_table_names_the_innermost_mount(tmp_path: Path) -> None:
    table = _mountinfo(tmp_path, [("/srv", "ext4"), ("/srv/share", "cifs"), ("/srv/share/local", "xfs")])
    assert filesystems.mount_type(Path("/srv/share/db.sqlite3"), table) == "cifs"
    assert filesystems.mount_type(Path("/srv/share/local/db.sqlite3"), table) == "xfs"
    assert filesystems.mount_type(Path("/srv/sharedb.sqlite3"), table) == "ext4"
    assert filesystems.mount_type(Path("/home/x.sqlite3"), table) == "ext4"


def test_the_real_mount_table_is_read_on_linux(tmp_path: Path) -> None:
    kind = filesystems.mount_type(tmp_path)
    assert kind is not None
    assert kind not in filesystems.NETWORK_TYPES


def test_a_new_file_on_a_network_folder_is_refused_and_not_created(share: Path) -> None:
    path = share / "clinic.sqlite3"
    with pytest.raises(NetworkFolderError, match=r"network folder \(nfs4\)") as caught:
        open_database(path)
    assert "clinic server" in str(caught.value)
    assert "postgresql://" in str(caught.value)
    assert not path.exists()


@pytest.mark.parametrize("kind", ["cifs", "smb3", "fuse.sshfs", "nfs"])
def test_every_network_type_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kind: str) -> None:
    monkeypatch.setattr(filesystems, "MOUNTINFO", _mountinfo(tmp_path, [(os.path.realpath(tmp_path), kind)]))
    with pytest.raises(NetworkFolderError):
        open_database(tmp_path / "db.sqlite3")


def test_an_existing_file_there_opens_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    path = folder / "clinic.sqlite3"
    with open_database(path) as db:  # written while the folder was still local
        Records(db).add_patient(Patient("P-1", "Ann"))
    before = path.read_bytes()
    monkeypatch.setattr(filesystems, "MOUNTINFO", _mountinfo(tmp_path, [(os.path.realpath(folder), "cifs")]))
    with pytest.raises(NetworkFolderError):
        open_database(path)
    with open_database(path, read_only=True) as db:
        records = Records(db)
        assert db.read_only
        assert [p.name for p in records.list_patients()] == ["Ann"]
        with pytest.raises(DatabaseReadOnlyError, match=r"network folder \(cifs\)"):
            records.add_patient(Patient("P-2"))
    assert path.read_bytes() == before


def test_read_only_open_of_a_local_file_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with open_database(path) as db:
        Records(db).add_patient(Patient("P-1"))
    with open_database(path, read_only=True) as db:
        with pytest.raises(DatabaseReadOnlyError, match="read-only"):
            Records(db).add_patient(Patient("P-2"))
        assert len(Records(db).list_patients()) == 1

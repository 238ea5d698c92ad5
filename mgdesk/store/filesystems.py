"""Is a database file on a network folder?  Told by the type of the file system holding it.

SQLite's locking is only as good as the file system's, and network file
systems (NFS, SMB/CIFS, sshfs, ...) get it wrong; its write-ahead log needs
shared memory that only works on one machine (sqlite.org, "How To Corrupt An
SQLite Database File" section 2.1, and "Write-Ahead Logging": "WAL does not
work over a network filesystem").  So mgdesk refuses to write to a file on
one and points to the clinic server; reading it read-only stays allowed.
On Linux the type is read from the mount table (``/proc/self/mountinfo``:
the longest mount point containing the file); on Windows a UNC path or a
drive Windows calls remote counts.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from mgdesk.domain.errors import NetworkFolderError

MOUNTINFO = Path("/proc/self/mountinfo")

# Mount types of network and cluster file systems, as the Linux mount table names them.
NETWORK_TYPES = frozenset(
    {
        "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "coda",
        "sshfs", "fuse.sshfs", "fuse.rclone", "davfs", "fuse.davfs2", "fuse.s3fs", "fuse.gcsfuse",
        "ceph", "fuse.ceph", "glusterfs", "fuse.glusterfs", "lustre", "gpfs", "beegfs", "ocfs2", "gfs2",
        "vboxsf", "vmhgfs", "fuse.vmhgfs-fuse", "prl_fs",
    }
)  # fmt: skip


def _unescape(field: str) -> str:
    """Mount points in the mount table write space, tab, newline and backslash as octal escapes."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def mount_type(path: Path, mountinfo: Path | None = None) -> str | None:
    """The type of the file system holding ``path`` from the Linux mount table; None when it cannot be read."""
    table = mountinfo or MOUNTINFO
    try:
        lines = table.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    target = os.path.realpath(path)  # symbolic links resolved as far as the path exists
    best: tuple[int, str] | None = None
    for line in lines:
        fields, _, after = line.partition(" - ")
        parts = fields.split()
        if len(parts) < 5 or not after:
            continue
        point = _unescape(parts[4])
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) >= best[0]):
            best = (len(point), after.split()[0])
    return best[1] if best else None


def _windows_remote(path: Path) -> bool:  # pragma: no cover - runs on Windows only
    text = str(path)
    if text.startswith("\\\\"):
        return True
    import ctypes

    drive = os.path.splitdrive(os.path.abspath(text))[0] + "\\"
    drive_remote = 4  # DRIVE_REMOTE (Win32 GetDriveTypeW)
    return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == drive_remote)  # type: ignore[attr-defined]


def network_folder_reason(path: Path) -> str | None:
    """Why ``path`` must not be written by SQLite (it is on a network folder), or None."""
    if sys.platform == "win32":  # pragma: no cover - Windows only
        kind = "network drive" if _windows_remote(path) else None
    else:
        fs = mount_type(path)
        kind = f"network folder ({fs})" if fs in NETWORK_TYPES else None
    if kind is None:
        return None
    return (
        f"{path} is on a {kind}. SQLite cannot lock a file safely there, and two workstations writing it "
        "could damage it, so mgdesk only reads it. To share patients between workstations, use the clinic "
        "server (File > Connect to clinic server..., or --db postgresql://user@host/database); to move this "
        "file there: mgdesk db copy --from FILE --to postgresql://..."
    )


def refuse_network_folder(path: Path) -> None:
    """Raise ``NetworkFolderError`` when ``path`` is on a network folder (open it read-only instead)."""
    reason = network_folder_reason(path)
    if reason is not None:
        raise NetworkFolderError(reason)

"""Writing files so that nothing is ever half-written or written over a database.

The one home of two promises (README, "What mgdesk promises about your
data"): every file mgdesk writes (exports, plots, reports, backups, the demo
database) is written to a temporary file in the target's folder, flushed,
fsynced and renamed over the target, so a failure (a full disk, a crash)
leaves the old file untouched and no partial file behind; and no write ever
lands on an open patient database or its ``-wal``/``-shm``/``-journal``
companions or migration backups.  Open databases register themselves here
(``protect``), so the check needs no help from callers.  Files holding
patient data are created readable by their owner only (0600) and folders
made for them 0700.  Pure standard library; no Qt, so every layer can use it.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from mgdesk.domain.errors import OutputFileError

OWNER_ONLY_FILE = 0o600
OWNER_ONLY_FOLDER = 0o700
DATABASE_COMPANIONS = ("-wal", "-shm", "-journal")

_protected: dict[Path, int] = {}  # open database -> how many times it is open


def protect(database: Path) -> None:
    """Mark ``database`` as open: no atomic write may replace it or its companions."""
    path = _resolved(database)
    _protected[path] = _protected.get(path, 0) + 1


def unprotect(database: Path) -> None:
    path = _resolved(database)
    count = _protected.get(path, 0) - 1
    if count > 0:
        _protected[path] = count
    else:
        _protected.pop(path, None)


def _resolved(path: Path) -> Path:
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):  # pragma: no cover - realpath only fails on loops in odd kernels
        return Path(os.path.abspath(path))


def _backup_pattern(database: Path) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(database.stem)}\.schema-.+\.backup(-\d+)?{re.escape(database.suffix)}")


def check_not_database(target: Path) -> None:
    """Raise ``OutputFileError`` when ``target`` is an open database, a companion file or a backup of one."""
    resolved = _resolved(target)
    for database in _protected:
        names = {database.name + companion for companion in DATABASE_COMPANIONS}
        same_folder = resolved.parent == database.parent
        if resolved == database or _same_file(resolved, database):
            raise OutputFileError(code="file-is-database", path=target)
        if same_folder and (resolved.name in names or _backup_pattern(database).fullmatch(resolved.name)):
            raise OutputFileError(code="file-belongs-to-database", path=target, database=database.name)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


def check_target(target: Path, *, overwrite: bool) -> None:
    """Raise ``OutputFileError`` unless ``target`` may be written (see ``atomic_output``)."""
    check_not_database(target)
    try:
        info = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as error:
        raise OutputFileError(code="file-cannot-write", path=target, detail=error.strerror or str(error)) from None
    if info is not None:
        if not stat.S_ISREG(info.st_mode):
            raise OutputFileError(code="file-not-regular", path=target)
        if not overwrite:
            raise OutputFileError(code="file-exists", path=target)
    folder = target.parent
    if not folder.is_dir():
        raise OutputFileError(code="file-no-folder", path=target, folder=folder)


@contextlib.contextmanager
def atomic_output(target: Path, *, overwrite: bool = True) -> Iterator[Path]:
    """A temporary path in ``target``'s folder; renamed over ``target`` when the block ends well.

    For writers that take a file name (SQLite's ``VACUUM INTO``, Qt's image
    and PDF writers).  The temporary file exists, empty and 0600, when the
    block starts; the writer fills it.  It is fsynced before the rename and
    removed on any failure, leaving ``target`` as it was.
    """
    target = Path(target)
    check_target(target, overwrite=overwrite)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    except OSError as error:
        raise OutputFileError(code="file-cannot-write", path=target, detail=error.strerror or str(error)) from None
    os.close(fd)
    temporary = Path(name)
    try:
        yield temporary
        fsync_file(temporary)
        check_target(target, overwrite=overwrite)  # nothing appeared in between
        os.replace(temporary, target)
        fsync_folder(target.parent)
    except OSError as error:
        _remove(temporary)
        raise OutputFileError(code="file-write-failed", path=target, detail=error.strerror or str(error)) from None
    except BaseException:
        _remove(temporary)
        raise


@contextlib.contextmanager
def atomic_text(
    target: Path, *, overwrite: bool = True, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[IO[str]]:
    """A text file object writing ``target`` atomically (see ``atomic_output``)."""
    with (
        atomic_output(target, overwrite=overwrite) as temporary,
        temporary.open("w", encoding=encoding, newline=newline) as text,
    ):
        yield text


def write_atomically(target: Path, produce: Callable[[Path], None], *, overwrite: bool = True) -> None:
    """Call ``produce(temporary_path)`` and move the result over ``target`` (see ``atomic_output``)."""
    with atomic_output(target, overwrite=overwrite) as temporary:
        produce(temporary)


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (and parents) for patient data, owner-only; tighten it if mgdesk made it before."""
    folder.mkdir(parents=True, exist_ok=True, mode=OWNER_ONLY_FOLDER)
    if os.name == "posix" and folder.stat().st_uid == os.getuid():  # another owner's folder keeps its mode
        os.chmod(folder, OWNER_ONLY_FOLDER)
    return folder


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":  # pragma: no cover - Windows
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()

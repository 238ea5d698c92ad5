"""Everything specific to SQLite files: checks before opening, pragmas, errors.

A new file is created readable by its owner only; an existing one is looked
at before SQLAlchemy touches it (is it a file, an SQLite file, writable?),
and SQLite's terse error texts are turned into ``StoreError`` subclasses
that say what happened and what to do.  Nothing here ever writes to a file
it has not first recognised as an SQLite database.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError

from mgdesk.domain import files
from mgdesk.domain.errors import (
    DatabaseCorruptError,
    DatabaseLockedError,
    DatabaseReadOnlyError,
    NotADatabaseError,
    StoreError,
)
from mgdesk.domain.messages import Message

SQLITE_HEADER = b"SQLite format 3\x00"
OWNER_ONLY = 0o600


def database_path(given: Path | str) -> Path:
    """The absolute path of a database named by the user, refused (``StoreError``) when no file can be there.

    Catches what would otherwise surface as a traceback: a name that is not
    valid text in the file system's encoding, a symbolic link that points
    nowhere or in a loop, and a path that runs through a regular file.
    """
    path = Path(given).expanduser().absolute()
    try:
        os.fsencode(path).decode("utf-8")
        str(path).encode("utf-8")
    except UnicodeError:
        raise StoreError(
            f"The database name {os.fsdecode(os.fsencode(path))!r} is not valid UTF-8 text; rename the file."
        ) from None
    for parent in reversed(path.parents):
        try:
            info = parent.stat()
        except FileNotFoundError:
            break
        except OSError as error:
            raise StoreError(f"Cannot use {path}: {parent} cannot be reached ({error.strerror}).") from None
        if not stat.S_ISDIR(info.st_mode):
            raise NotADatabaseError(f"Cannot use {path}: {parent} is a file, not a folder.")
    if path.is_symlink():
        try:
            path.stat()
        except OSError as error:
            kind = "in a loop" if error.errno == errno.ELOOP else "to a file that does not exist"
            raise NotADatabaseError(f"{path} is a symbolic link {kind}; give the database file itself.") from None
    return path


def make_private(path: Path) -> str | None:
    """Make an existing database owner-only (0600); a sentence when that cannot be done, else None."""
    try:
        if stat.S_IMODE(path.stat().st_mode) != OWNER_ONLY:
            os.chmod(path, OWNER_ONLY)
    except OSError as error:
        return f"{path} could not be made readable by its owner only ({error.strerror}); others may read it."
    return None


def check_file(path: Path) -> bool:
    """Check ``path`` may be opened as a database; return whether it already exists.

    Raises a ``StoreError`` for a folder, a file that is not SQLite, or a
    file (or folder) that may not be written.  An empty file counts as new.
    """
    if not path.exists():
        if not os.access(_existing_parent(path), os.W_OK):
            raise DatabaseReadOnlyError(code="db-folder-not-writable", path=path)
        return False
    if not path.is_file():
        raise NotADatabaseError(code="db-not-a-file", path=path)
    with path.open("rb") as file:
        head = file.read(len(SQLITE_HEADER))
    if head and head != SQLITE_HEADER:
        raise NotADatabaseError(code="db-not-sqlite", path=path)
    # Refused even for root, who could write anyway: read-only bits are the owner's wish.
    if path.stat().st_mode & 0o222 == 0 or not os.access(path, os.W_OK):
        raise DatabaseReadOnlyError(code="db-read-only", path=path)
    if not os.access(path.parent, os.W_OK):
        raise DatabaseReadOnlyError(code="db-journal-folder", path=path)
    return bool(head)


def _existing_parent(path: Path) -> Path:
    for parent in path.parents:
        if parent.exists():
            return parent
    return Path.cwd()  # pragma: no cover - every absolute path has an existing root


def create_file(path: Path) -> None:
    """Create an empty database file readable and writable by its owner only."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, OWNER_ONLY)
    os.close(fd)


def check_readable(path: Path) -> None:
    """Check an existing file may be opened read-only as a database (``StoreError`` otherwise)."""
    if not path.is_file():
        raise NotADatabaseError(f"{path} does not exist or is not a file, so it cannot be opened read-only.")
    with path.open("rb") as file:
        head = file.read(len(SQLITE_HEADER))
    if head != SQLITE_HEADER:
        raise NotADatabaseError(f"{path} is not an SQLite database; it was left as it is.")


def make_engine(path: Path, busy_timeout_s: float, *, read_only: bool = False) -> Engine:
    """An engine on ``path`` with foreign keys on, a busy timeout, and real transactions.

    pysqlite's own transaction handling starts transactions late and never
    for DDL; it is switched off and SQLAlchemy's ``begin`` emits ``BEGIN``
    itself (``BEGIN IMMEDIATE`` for writes, so a writer waits for the lock at
    the start instead of failing half-way), as the SQLAlchemy SQLite dialect
    documentation describes.
    """
    # Read-only uses SQLite's own read-only mode (a URI filename): no write can reach the file.
    url = f"sqlite:///file:{quote(str(path))}?mode=ro&uri=true" if read_only else f"sqlite:///{path}"
    engine = create_engine(url, connect_args={"timeout": busy_timeout_s})
    timeout_ms = int(busy_timeout_s * 1000)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: object) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {timeout_ms}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        write = connection.get_execution_options().get("mgdesk_write", False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

    return engine


@contextlib.contextmanager
def foreign_keys_deferred_to_commit(connection: Connection) -> Iterator[None]:
    """Foreign keys unchecked on ``connection`` (outside any transaction) until the block ends.

    A migration that rebuilds a table another one refers to (``reviews`` ->
    ``mg_results``) drops the old table, which with foreign keys on deletes
    its rows first and fails on the rows referring to them.  SQLite's own
    procedure for such changes ("ALTER TABLE", section 7: "Making Other Kinds
    Of Table Schema Changes") turns the checks off outside the transaction
    and runs ``PRAGMA foreign_key_check`` before the commit
    (``check_foreign_keys``); they are on again afterwards, whatever happened.
    """
    raw = connection.connection.dbapi_connection
    assert raw is not None
    raw.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        raw.execute("PRAGMA foreign_keys = ON")


def check_foreign_keys(connection: Connection) -> None:
    """Raise ``StoreError`` (the transaction then rolls back) if any row refers to a row that is not there."""
    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
    if broken:
        table, rowid, parent, _ = broken[0]
        raise StoreError(
            f"Upgrading the database would leave {len(broken)} row(s) referring to missing rows "
            f"(first: {table} row {rowid} -> {parent}); nothing was changed."
        )


def enable_wal(engine: Engine) -> None:
    """Switch the file to write-ahead logging (kept in the file once set)."""
    with translate_errors(), engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        assert raw is not None
        mode = raw.execute("PRAGMA journal_mode = WAL").fetchone()
        if mode is None or str(mode[0]).lower() != "wal":  # pragma: no cover - WAL is refused only on odd filesystems
            raise StoreError(f"SQLite could not switch the database to WAL mode (it stays in {mode}).")


def quick_check(engine: Engine, path: Path) -> None:
    """Raise ``DatabaseCorruptError`` unless SQLite's quick integrity check passes."""
    with translate_errors(path), engine.connect() as connection:
        rows = [str(row[0]) for row in connection.exec_driver_sql("PRAGMA quick_check").fetchall()]
    if rows != ["ok"]:
        raise DatabaseCorruptError(_corrupt_message(path, "; ".join(rows[:3])))


def backup(engine: Engine, target: Path) -> None:
    """Write a consistent copy of the database to ``target`` (a new file, owner-only, written atomically)."""

    def vacuum_into(temporary: Path) -> None:
        with translate_errors(), engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            raw.execute("VACUUM INTO ?", (str(temporary),))

    files.write_atomically(target, vacuum_into, overwrite=False)


def _corrupt_message(path: Path | None, detail: str) -> str:
    where = f"{path} " if path else "The database "
    return (
        f"{where}is damaged ({detail}). It was left as it is; restore it from a backup "
        "(mgdesk keeps one beside the file before each upgrade)."
    )


@contextlib.contextmanager
def translate_errors(path: Path | None = None) -> Iterator[None]:
    """Turn SQLite's error texts into ``StoreError`` subclasses with plain messages."""
    try:
        yield
    except (DBAPIError, sqlite3.Error) as error:
        raise store_error(error, path) from error


def store_error(error: BaseException, path: Path | None = None) -> StoreError:  # noqa: PLR0911 - one return per kind
    original = error.orig if isinstance(error, DBAPIError) else error
    text = str(original).lower()
    where: object = path if path else Message.of("the-database")
    if "locked" in text or "busy" in text:
        return DatabaseLockedError(code="db-locked", where=where)
    if "disk is full" in text or "disk i/o error" in text:
        return StoreError(code="db-disk-failing", where=where, detail=str(original))
    if "readonly" in text or "read-only" in text:
        return DatabaseReadOnlyError(code="db-write-refused", where=where)
    if "malformed" in text or "corrupt" in text:
        return DatabaseCorruptError(_corrupt_message(path, str(original)))
    if "not a database" in text or "encrypted" in text:
        return NotADatabaseError(code="db-not-sqlite-file", where=where)
    if "unable to open" in text:
        return StoreError(f"Cannot open {where}: {original}.")
    return StoreError(f"Database error on {where}: {original}")


IMPORT_CACHE_KIB = 16 * 1024  # page cache of an import: the indexes of ~100,000 new results stay in memory


@contextlib.contextmanager
def import_cache(connection: Connection) -> Iterator[None]:
    """A larger page cache for one import on an SQLite file, the connection's own restored after.

    New results go into two indexes by patient, so a file's rows touch
    pages all over them; with SQLite's default cache (2 MiB) those pages
    are written out and read back many times.  The cache changes no
    durability: the commit still syncs as before.  Other engines: no change.
    """
    if connection.dialect.name != "sqlite":
        yield
        return
    restore = f"PRAGMA cache_size = {int(connection.exec_driver_sql('PRAGMA cache_size').scalar_one())}"
    connection.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    except BaseException:
        with contextlib.suppress(DBAPIError):  # the import's own error is the one to report
            connection.exec_driver_sql(restore)
        raise
    connection.exec_driver_sql(restore)

"""Opening a patient database: check, back up, migrate, then hand out connections.

``open_database`` is the one way in.  It refuses (with a ``StoreError``
saying why) anything it should not touch: a file that is not a database,
a damaged, locked or read-only one, or one written by a newer mgdesk.  An
older file is copied beside itself, named with its old schema version, before
it is migrated.  ``Database.reading`` / ``Database.writing`` give the records
layer connections inside one transaction each, with SQLite errors translated.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine

from mgdesk.domain import files
from mgdesk.domain.errors import DatabaseMissingError
from mgdesk.store import migrate, sqlite
from mgdesk.store.paths import default_database_path

DEFAULT_BUSY_TIMEOUT_S = 5.0


class Database:
    """An open, checked, current-schema database file."""

    def __init__(self, engine: Engine, path: Path, backup: Path | None) -> None:
        self._engine = engine
        self.path = path
        self.backup = backup  # the copy made before a migration at this opening, if any
        self._open = True
        self.mode_warning: str | None = None  # why the file could not be made owner-only, if so
        files.protect(path)  # no file mgdesk writes may land on it while it is open

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection in a read transaction."""
        with sqlite.translate_errors(self.path), self._engine.connect() as connection, connection.begin():
            yield connection

    @contextlib.contextmanager
    def writing(self) -> Iterator[Connection]:
        """A connection in a write transaction: committed on success, rolled back on any exception."""
        with (
            sqlite.translate_errors(self.path),
            self._engine.connect().execution_options(mgdesk_write=True) as connection,
            connection.begin(),
        ):
            yield connection

    def close(self) -> None:
        self._engine.dispose()
        if self._open:
            self._open = False
            files.unprotect(self.path)

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def open_database(
    path: Path | str | None = None,
    *,
    busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S,
    target_version: str = "head",
    create: bool = True,
) -> Database:
    """Open (or, when ``create``, create) the database at ``path`` (default: the user's data folder).

    Commands that only read pass ``create=False``: a mistyped path is then
    refused and nothing is created.  A database opened is made owner-only
    (0600).  ``target_version`` exists for tests that build an old-schema file.
    """
    path = sqlite.database_path(path) if path is not None else default_database_path()
    existed = sqlite.check_file(path)
    if not existed and not create:
        what = "an empty file" if path.exists() else "no database"
        raise DatabaseMissingError(
            f"There is {what} at {path}; nothing was created. Check --db, or import a file to start one."
        )
    if not path.exists():
        if path == default_database_path():
            files.private_folder(path.parent)
        sqlite.create_file(path)
        mode_warning = None
    else:
        mode_warning = sqlite.make_private(path)
    engine = sqlite.make_engine(path, busy_timeout_s)
    try:
        backup = _prepare(engine, path, existed, target_version)
    except BaseException:
        engine.dispose()
        raise
    database = Database(engine, path, backup)
    database.mode_warning = mode_warning
    return database


def _prepare(engine: Engine, path: Path, existed: bool, target_version: str) -> Path | None:
    if existed:
        sqlite.quick_check(engine, path)
    with sqlite.translate_errors(path), engine.connect() as connection:
        version = migrate.file_version(connection)
    target = migrate.schema_version() if target_version == "head" else target_version
    sqlite.enable_wal(engine)
    if version == target:
        return None
    backup = None
    if version is not None:
        backup = migrate.backup_path(path, version)
        sqlite.backup(engine, backup)
    with (
        sqlite.translate_errors(path),
        engine.connect().execution_options(mgdesk_write=True) as connection,
        connection.begin(),
    ):
        migrate.upgrade(connection, target)
    return backup

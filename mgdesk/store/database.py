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

from mgdesk.store import migrate, sqlite
from mgdesk.store.paths import default_database_path

DEFAULT_BUSY_TIMEOUT_S = 5.0


class Database:
    """An open, checked, current-schema database file."""

    def __init__(self, engine: Engine, path: Path, backup: Path | None) -> None:
        self._engine = engine
        self.path = path
        self.backup = backup  # the copy made before a migration at this opening, if any

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

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def open_database(
    path: Path | str | None = None,
    *,
    busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S,
    target_version: str = "head",
) -> Database:
    """Open (or create) the database at ``path`` (default: the user's data folder).

    ``target_version`` exists for tests that build an old-schema file.
    """
    path = Path(path).expanduser().absolute() if path is not None else default_database_path()
    existed = sqlite.check_file(path)
    if not path.exists():
        sqlite.create_file(path)
    engine = sqlite.make_engine(path, busy_timeout_s)
    try:
        backup = _prepare(engine, path, existed, target_version)
    except BaseException:
        engine.dispose()
        raise
    return Database(engine, path, backup)


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

"""Opening a patient database, a file or a clinic server: check, migrate, hand out connections.

``open_database`` is the one way in.  Given a path it opens an SQLite file
and refuses (with a ``StoreError`` saying why) anything it should not touch:
a file that is not a database, a damaged, locked or read-only one, one on a
network folder (unless opened read-only), or one written by a newer mgdesk.
An older file is copied beside itself, named with its old schema version,
before it is migrated.  Given a ``postgresql://`` URL it opens the clinic
server and runs the same Alembic migrations there, one workstation at a
time, in one transaction.  ``Database.reading`` / ``Database.writing`` give
the records layer connections inside one transaction each, with the engine's
errors translated; ``Database.retrying`` reruns a write the server gave up
because of another workstation's (a bounded number of times).
"""

from __future__ import annotations

import contextlib
import random
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import Connection, Engine

from mgdesk.domain import files
from mgdesk.domain.errors import DatabaseMissingError, DatabaseReadOnlyError, WriteContentionError
from mgdesk.store import filesystems, migrate, server, sqlite
from mgdesk.store.paths import default_database_path
from mgdesk.store.schema import audit_log, metadata

DEFAULT_BUSY_TIMEOUT_S = 5.0
WRITE_ATTEMPTS = 5


class Database:
    """An open, checked, current-schema database: an SQLite file or a clinic server."""

    def __init__(
        self,
        engine: Engine,
        path: Path | None,
        backup: Path | None,
        *,
        location: str | None = None,
        role: str | None = None,
        read_only_reason: str | None = None,
    ) -> None:
        self._engine = engine
        self.path = path  # the SQLite file; None on a server
        self.backup = backup  # the copy made before a migration at this opening, if any
        self.location = location or str(path)  # how messages and the status bar name it
        self.role = role  # the server's database role (audit); None for a file
        self.read_only_reason = read_only_reason
        self.libpq_address = ""  # the server's libpq URL (no password), for connections of its own (LISTEN)
        self._open = True
        self.mode_warning: str | None = None  # why the file could not be made owner-only, if so
        if path is not None:
            files.protect(path)  # no file mgdesk writes may land on it while it is open

    @property
    def is_server(self) -> bool:
        return self.path is None

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    def _errors(self) -> contextlib.AbstractContextManager[None]:
        return server.translate_errors(self.location) if self.is_server else sqlite.translate_errors(self.path)

    @contextlib.contextmanager
    def reading(self) -> Iterator[Connection]:
        """A connection in a read transaction."""
        with self._errors(), self._engine.connect() as connection, connection.begin():
            yield connection

    @contextlib.contextmanager
    def reading_once(self) -> Iterator[Connection]:
        """A connection for one statement, which is its own consistent snapshot: no BEGIN, no COMMIT."""
        with self._errors(), self._engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            yield connection

    @contextlib.contextmanager
    def writing(self, *, bulk: bool = False) -> Iterator[Connection]:
        """A connection in a write transaction: committed on success, rolled back on any exception.

        ``bulk``: the caller numbers the rows it inserts itself, so no other
        writer may insert meanwhile (SQLite's ``BEGIN IMMEDIATE`` already
        ensures it; a server locks the tables).
        """
        if self.read_only_reason is not None:
            raise DatabaseReadOnlyError(self.read_only_reason)
        with (
            self._errors(),
            self._engine.connect().execution_options(mgdesk_write=True) as connection,
            connection.begin(),
        ):
            if bulk and self.is_server:
                tables = [t.name for t in metadata.sorted_tables if t is not audit_log] + [audit_log.name]
                server.lock_for_bulk(connection, tables)
            yield connection
            if self.is_server:
                server.announce_change(connection)

    def retrying[T](self, attempt: Callable[[], T], attempts: int = WRITE_ATTEMPTS) -> T:
        """Run ``attempt`` (one whole write transaction), again when the server gave it up; at most ``attempts``."""
        for number in range(1, attempts + 1):
            try:
                return attempt()
            except server.RetryableError as error:
                if number == attempts:
                    raise WriteContentionError(
                        f"Other workstations kept changing the same records; the change was tried {attempts} times "
                        f"and not saved ({error}). Try again."
                    ) from error
                time.sleep(random.uniform(0.01, 0.05) * number)
        raise AssertionError("unreachable")  # pragma: no cover

    def close(self) -> None:
        self._engine.dispose()
        if self._open:
            self._open = False
            if self.path is not None:
                files.unprotect(self.path)

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()


def open_database(
    target: Path | str | None = None,
    *,
    busy_timeout_s: float = DEFAULT_BUSY_TIMEOUT_S,
    target_version: str = "head",
    read_only: bool = False,
    create: bool = True,
) -> Database:
    """Open (or, when ``create``, create) the database ``target``.

    ``target`` is a file path, a ``postgresql://`` URL, or None for the
    user's file.  Commands that only read pass ``create=False``: a mistyped
    path is then refused and nothing is created (a server's database is never
    created here).  A file opened is made owner-only (0600).  ``read_only``
    opens an existing file without changing it (the way to read a file on a
    network folder).  ``target_version`` exists for tests that build an
    old-schema database.
    """
    if server.is_server_url(target):
        assert isinstance(target, str)
        return _open_server(target, target_version)
    path = sqlite.database_path(target) if target is not None else default_database_path()
    if read_only:
        return _open_file_read_only(path)
    filesystems.refuse_network_folder(path)
    existed = sqlite.check_file(path)
    if not existed and not create:
        raise DatabaseMissingError(code="db-empty-file" if path.exists() else "db-missing", path=path)
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
        sqlite.foreign_keys_deferred_to_commit(connection),
        connection.begin(),
    ):
        migrate.upgrade(connection, target)
        sqlite.check_foreign_keys(connection)
    return backup


def _open_file_read_only(path: Path) -> Database:
    """Open an existing current-schema file for reading only; nothing is created, migrated or switched."""
    sqlite.check_readable(path)
    engine = sqlite.make_engine(path, DEFAULT_BUSY_TIMEOUT_S, read_only=True)
    try:
        with sqlite.translate_errors(path), engine.connect() as connection:
            version = migrate.file_version(connection)
        if version != migrate.schema_version():
            raise DatabaseReadOnlyError(
                f"{path} has schema {version or 'none'} and this mgdesk needs {migrate.schema_version()}; "
                "opened read-only it cannot be upgraded. Copy it to a local folder and open the copy."
            )
    except BaseException:
        engine.dispose()
        raise
    reason = filesystems.network_folder_reason(path) or f"{path} was opened read-only; nothing can be changed."
    return Database(engine, path, None, read_only_reason=reason)


def _open_server(target: str, target_version: str) -> Database:
    url = server.parse_url(target)
    location = server.describe(url)
    engine = server.make_engine(url)
    try:
        with (
            server.translate_errors(location),
            engine.connect().execution_options(mgdesk_write=True) as connection,
            connection.begin(),
        ):
            server.lock_for_migration(connection)
            version = migrate.file_version(connection)
            target_revision = migrate.schema_version() if target_version == "head" else target_version
            if version != target_revision:
                migrate.upgrade(connection, target_revision)
            role = server.role(connection)
    except BaseException:
        engine.dispose()
        raise
    database = Database(engine, None, None, location=location, role=role)
    database.libpq_address = url.set(drivername="postgresql").render_as_string(hide_password=False)
    return database

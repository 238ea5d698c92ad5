"""Everything specific to a PostgreSQL clinic server: the URL, the engine, its errors.

A server is named by a libpq URL, ``postgresql://user@host[:port]/dbname``
(``?sslmode=require`` and other libpq parameters may follow).  mgdesk never
holds a password: one written in the URL is refused, and libpq finds it
itself in ``~/.pgpass``, ``PGPASSWORD`` or a service file (PostgreSQL
documentation, "The Password File" and "Environment Variables").  Without
``sslmode`` libpq's default, ``prefer``, uses TLS whenever the server offers
it.  Sessions run in UTC so stored instants come back with their zone.  The
driver is psycopg 3 through SQLAlchemy.  Server errors are turned into
``StoreError`` subclasses by SQLSTATE: an unreachable server, a refused
login, and the conflicts a retry resolves (serialization failure, deadlock).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from mgdesk.domain.errors import (
    DuplicatePatientError,
    InputError,
    ServerLoginError,
    ServerUnreachableError,
    StoreError,
)
from mgdesk.domain.messages import Quoted

SCHEMES = ("postgresql", "postgres")
CONNECT_TIMEOUT_S = 5
# SQLSTATE codes (PostgreSQL documentation, Appendix A "PostgreSQL Error Codes").
SERIALIZATION_FAILURE = "40001"
DEADLOCK_DETECTED = "40P01"
UNIQUE_VIOLATION = "23505"
RETRYABLE = frozenset({SERIALIZATION_FAILURE, DEADLOCK_DETECTED})
_UNREACHABLE_PREFIXES = ("08", "57P")  # connection exceptions; admin shutdown, crash shutdown, cannot connect now
_LOGIN_CODES = frozenset({"28000", "28P01", "42501"})
MIGRATION_LOCK = 0x6D67646B  # "mgdk": one workstation migrates an empty or older server at a time


class RetryableError(StoreError):
    """The server gave up a transaction that will likely succeed when run again (deadlock, serialization)."""


def is_server_url(target: object) -> bool:
    """Whether ``target`` names a database server rather than a file."""
    return isinstance(target, str) and target.split("://", 1)[0].lower() in SCHEMES and "://" in target


def server_url(host: str, port: int, database: str, user: str, sslmode: str = "prefer") -> str:
    """The libpq address of a server database, as ``--db`` and the window's settings hold it (no password)."""
    query = {} if sslmode == "prefer" else {"sslmode": sslmode}
    url = URL.create("postgresql", username=user.strip() or None, host=host.strip(), port=port, database=database)
    return url.update_query_dict(query).render_as_string(hide_password=False)


def parse_url(target: str) -> URL:
    """The SQLAlchemy URL (psycopg 3 driver) for a libpq ``postgresql://`` URL; refuses a password in it."""
    try:
        url = make_url(target.strip())
    except ArgumentError:
        raise InputError(code="server-address-invalid", text=Quoted(target)) from None
    if url.password is not None:
        raise InputError(code="server-address-password")
    if not url.database:
        raise InputError(code="server-address-no-database", text=target)
    return url.set(drivername="postgresql+psycopg")


def describe(url: URL) -> str:
    """How the status bar and messages name the server: ``mgdesk on the clinic server clinic-db:5432 as nurse``."""
    host = url.host or "the local socket"
    port = f":{url.port}" if url.port else ""
    user = f" as {url.username}" if url.username else ""
    return f"{url.database} on the clinic server {host}{port}{user}"


def make_engine(url: URL) -> Engine:
    """An engine whose sessions run in UTC, say they are mgdesk, and give up connecting after a few seconds."""
    return create_engine(
        url,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "mgdesk",
            "options": "-c timezone=UTC",
        },
        pool_pre_ping=True,
    )


def role(connection: Connection) -> str:
    """The database role that logged in (recorded in the audit log; it may act as the tables' owner)."""
    return str(connection.execute(text("SELECT session_user")).scalar_one())


def lock_for_migration(connection: Connection) -> None:
    """Hold, until the transaction ends, the lock that lets one workstation at a time create or upgrade the schema."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})


def lock_for_bulk(connection: Connection, tables: list[str]) -> None:
    """Lock ``tables`` against other writers (readers go on) for an import that numbers its own rows.

    SHARE ROW EXCLUSIVE conflicts with itself and with every insert, update
    and delete, so two imports run one after the other (the second sees the
    first's rows as duplicates) and no single insert takes an id in between.
    """
    names = ", ".join(f'"{name}"' for name in tables)
    connection.exec_driver_sql(f"LOCK TABLE {names} IN SHARE ROW EXCLUSIVE MODE")


def advance_sequence(connection: Connection, table: str, last_id: int) -> None:
    """Move the id sequence of ``table`` to ``last_id`` (ids given by a bulk insert are then never handed out)."""
    connection.execute(
        text("SELECT setval(pg_get_serial_sequence(:table, 'id'), :last)"), {"table": table, "last": last_id}
    )


def copy_rows(connection: Connection, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    """Insert ``rows`` into ``table`` with ``COPY ... FROM STDIN`` on the connection's own transaction."""
    from psycopg import sql

    raw = connection.connection.dbapi_connection
    assert raw is not None
    statement = sql.SQL("COPY {} ({}) FROM STDIN").format(
        sql.Identifier(table), sql.SQL(", ").join(sql.Identifier(c) for c in columns)
    )
    with raw.cursor() as cursor, cursor.copy(statement) as copy:  # type: ignore[attr-defined]
        for row in rows:
            copy.write_row(row)


@contextlib.contextmanager
def translate_errors(where: str) -> Iterator[None]:
    """Turn the server's errors into ``StoreError`` subclasses with plain messages.

    Errors come wrapped by SQLAlchemy, or straight from psycopg where mgdesk
    uses the driver itself (``COPY``).
    """
    import psycopg

    try:
        yield
    except DBAPIError as error:
        raise store_error(error.orig, where) from error
    except psycopg.Error as error:
        raise store_error(error, where) from error


def store_error(original: BaseException | None, where: str) -> StoreError:  # noqa: PLR0911 - one return per kind
    import psycopg

    code = getattr(original, "sqlstate", None) or ""
    detail = str(original).strip().splitlines()[0] if str(original).strip() else type(original).__name__
    if code in RETRYABLE:
        return RetryableError(f"The server gave up a change to {where} because of another workstation's: {detail}")
    if code in _LOGIN_CODES or "password authentication failed" in detail or "no password supplied" in detail:
        return ServerLoginError(code="server-login", where=where, detail=detail)
    if code == "3D000":
        return StoreError(code="server-no-database", detail=detail)
    if code == UNIQUE_VIOLATION and "clinic_id" in detail:
        return DuplicatePatientError(code="server-clinic-id-taken")
    if code == UNIQUE_VIOLATION and "uuid" in detail:
        return RetryableError(f"Another workstation is sending the same result to {where} right now.")
    if code.startswith(_UNREACHABLE_PREFIXES) or (isinstance(original, psycopg.OperationalError) and not code):
        return ServerUnreachableError(code="server-unreachable", where=where, detail=detail)
    return StoreError(f"Database error on {where}: {detail}")

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
import datetime as dt
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, DisconnectionError

from mgdesk.domain.errors import (
    DuplicatePatientError,
    InputError,
    ServerLoginError,
    ServerUnreachableError,
    StoreError,
)

SCHEMES = ("postgresql", "postgres")
CONNECT_TIMEOUT_S = 5
IDLE_PING_S = 5.0  # a pooled connection idle this long is tried before use
# SQLSTATE codes (PostgreSQL documentation, Appendix A "PostgreSQL Error Codes").
SERIALIZATION_FAILURE = "40001"
DEADLOCK_DETECTED = "40P01"
UNIQUE_VIOLATION = "23505"
RETRYABLE = frozenset({SERIALIZATION_FAILURE, DEADLOCK_DETECTED})
_UNREACHABLE_PREFIXES = ("08", "57P")  # connection exceptions; admin shutdown, crash shutdown, cannot connect now
_LOGIN_CODES = frozenset({"28000", "28P01", "42501"})
CHANGES_CHANNEL = "mgdesk_changes"  # NOTIFY channel of record changes (live views)
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
        raise InputError(f"{target!r} is not a server address; write postgresql://user@host[:port]/database.") from None
    if url.password is not None:
        raise InputError(
            "A password in the server address would be stored and shown in plain text; mgdesk never keeps one. "
            "Put it in ~/.pgpass (or PGPASSWORD, or a pg_service.conf entry) and give postgresql://user@host/database."
        )
    if not url.database:
        raise InputError(f"Name the database in the server address: postgresql://user@host[:port]/database ({target}).")
    return url.set(drivername="postgresql+psycopg")


def describe(url: URL) -> str:
    """How the status bar and messages name the server: ``mgdesk on the clinic server clinic-db:5432 as nurse``."""
    host = url.host or "the local socket"
    port = f":{url.port}" if url.port else ""
    user = f" as {url.username}" if url.username else ""
    return f"{url.database} on the clinic server {host}{port}{user}"


def make_engine(url: URL) -> Engine:
    """An engine whose sessions run in UTC, say they are mgdesk, and give up connecting after a few seconds.

    A pooled connection left idle for ``IDLE_PING_S`` is tried before it is
    handed out (a server restarted meanwhile has dropped it; the pool then
    connects afresh: SQLAlchemy's "pessimistic disconnect handling" with a
    ``DisconnectionError`` on checkout).  One in steady use is not: a ping on
    every checkout, ``pool_pre_ping``, costs a round trip per read, and a
    connection that died since its last use is still caught, as an
    unreachable server, by the next statement.
    """
    engine = create_engine(
        url,
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            "application_name": "mgdesk",
            "options": "-c timezone=UTC",
        },
    )

    @event.listens_for(engine, "checkout")
    def _ping_if_idle(dbapi_connection: Any, record: Any, _proxy: object) -> None:
        if time.monotonic() - record.info.get("used_at", 0.0) < IDLE_PING_S:
            return
        try:
            dbapi_connection.execute("SELECT 1")
            dbapi_connection.rollback()
        except Exception as error:  # any failure: the pool discards this connection and makes a new one
            raise DisconnectionError(str(error)) from error

    @event.listens_for(engine, "checkin")
    def _mark_used(_dbapi_connection: Any, record: Any) -> None:
        record.info["used_at"] = time.monotonic()

    return engine


def role(connection: Connection) -> str:
    """The database role that logged in (recorded in the audit log; it may act as the tables' owner)."""
    return str(connection.execute(text("SELECT session_user")).scalar_one())


# A patient's whole record in one statement, one round trip (each round trip waits on the server's
# process being scheduled, which dominates an open when many workstations share the server's cores).
PATIENT_RECORD_SQL = """
SELECT
  (SELECT row_to_json(p) FROM patients p WHERE p.id = :id) AS patient,
  (SELECT coalesce(json_agg(c ORDER BY c.start, c.id), '[]')
     FROM medication_courses c WHERE c.patient_id = :id AND c.deleted_at IS NULL) AS courses,
  (SELECT coalesce(json_agg(r ORDER BY r.collected_on, r.collected_at, r.id), '[]')
     FROM mg_results r WHERE r.patient_id = :id AND r.deleted_at IS NULL) AS results
"""


def patient_record_rows(
    connection: Connection, patient_id: int
) -> tuple[dict[str, Any] | None, list[dict[str, Any]], list[dict[str, Any]]]:
    """The patient's row (None if no such id), live course rows and live result rows, as the tables hold them.

    JSON carries dates and times as ISO text; they are turned back into
    ``date`` and ``time`` here, so callers see the same values as a query of
    the tables returns.
    """
    row = connection.execute(text(PATIENT_RECORD_SQL), {"id": patient_id}).one()
    courses: list[dict[str, Any]] = row.courses
    for course in courses:
        course["start"] = dt.date.fromisoformat(course["start"])
        if course["stop"] is not None:
            course["stop"] = dt.date.fromisoformat(course["stop"])
    results: list[dict[str, Any]] = row.results
    for result in results:
        result["collected_on"] = dt.date.fromisoformat(result["collected_on"])
        if result["collected_at"] is not None:
            result["collected_at"] = dt.time.fromisoformat(result["collected_at"])
    return row.patient, courses, results


def lock_for_migration(connection: Connection) -> None:
    """Hold, until the transaction ends, the lock that lets one workstation at a time create or upgrade the schema."""
    connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})


def announce_change(connection: Connection) -> None:
    """Tell the workstations listening that this transaction changed records (delivered at commit, once)."""
    connection.execute(text("SELECT pg_notify(:channel, '')"), {"channel": CHANGES_CHANNEL})


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
        return ServerLoginError(
            f"The clinic server refused the login to {where} ({detail}). Check the user name, and the password "
            "in ~/.pgpass (or PGPASSWORD); the server's administrator grants access."
        )
    if code == "3D000":
        return StoreError(
            f"The clinic server has no such database ({detail}); check the address or ask its administrator."
        )
    if code == UNIQUE_VIOLATION and "clinic_id" in detail:
        return DuplicatePatientError("Another workstation has just added a patient with this clinic identifier.")
    if code == UNIQUE_VIOLATION and "uuid" in detail:
        return RetryableError(f"Another workstation is sending the same result to {where} right now.")
    if code.startswith(_UNREACHABLE_PREFIXES) or (isinstance(original, psycopg.OperationalError) and not code):
        return ServerUnreachableError(
            f"The clinic server cannot be reached ({where}: {detail}). Nothing was changed there. "
            "The converter keeps working; try again when the network or the server is back."
        )
    return StoreError(f"Database error on {where}: {detail}")

"""Bulk inserts for imports: ids given up front, plain tuples, one audit statement per chunk.

The records layer inserts one record at a time with ``RETURNING`` and builds
its audit row in Python; for an import of 100,000 results that was most of
the time.  Here a chunk of rows goes in as one ``executemany`` of tuples
whose values are already in the form the database stores (the column types'
own bind processors, applied once per distinct value), with ids counted on
from the largest stored one, and the chunk's audit entries are written by
one ``INSERT ... SELECT`` that reads the stored rows back: the audit holds
exactly what was stored, as the same JSON object ``rows.json_ready`` makes.

Counting ids on from ``max(id)`` is safe because a bulk write transaction
holds the database's write lock from its start (``Database.writing(bulk=True)``:
``BEGIN IMMEDIATE`` on SQLite, ``LOCK TABLE`` on a server), so no other
connection inserts in between; on a server the id sequence is then moved
past the ids used, so later single inserts never take one of them.  On a
server the rows go in through ``COPY``, PostgreSQL's own bulk path.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Connection,
    Table,
    Time,
    bindparam,
    case,
    func,
    insert,
    literal,
    null,
    select,
)
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction

from mgdesk.store import server
from mgdesk.store.schema import audit_log

Processor = Callable[[Any], Any]


class row_json(GenericFunction[str]):  # noqa: N801 - SQL function names are lower case
    """A JSON object of (key, value, ...) pairs: ``json_object`` on SQLite, ``json_build_object`` elsewhere."""

    inherit_cache = True
    name = "row_json"


@compiles(row_json)
def _row_json_default(element: row_json, compiler: Any, **kw: Any) -> str:
    return f"json_build_object{compiler.process(element.clause_expr, **kw)}"


@compiles(row_json, "sqlite")
def _row_json_sqlite(element: row_json, compiler: Any, **kw: Any) -> str:
    return f"json_object{compiler.process(element.clause_expr, **kw)}"


def next_id(conn: Connection, table: Table) -> int:
    """The first id after every stored one (the caller holds the write lock)."""
    largest = conn.execute(select(func.max(table.c.id))).scalar()
    return int(largest or 0) + 1


def storage_form(conn: Connection, column: Column[Any]) -> Processor | None:
    """How the database stores a Python value of ``column`` (None when it is stored as it is)."""
    dialect = conn.dialect
    processor: Processor | None = column.type.dialect_impl(dialect).bind_processor(dialect)
    return processor


def memoised(processor: Processor | None) -> Processor:
    """``processor`` (or identity) remembering each value: imports repeat the same dates."""
    if processor is None:
        return lambda value: value
    memo: dict[Any, Any] = {None: None}

    def stored(value: Any) -> Any:
        try:
            return memo[value]
        except KeyError:
            result = memo[value] = processor(value)
            return result

    return stored


class BulkInserter:
    """Inserts chunks of rows into one table, each row's id given, and audits each chunk."""

    def __init__(
        self,
        conn: Connection,
        table: Table,
        columns: Sequence[str],
        os_user: str,
        *,
        audit: bool = True,
        workstation: str | None = None,
        db_role: str | None = None,
    ) -> None:
        """``os_user``, ``workstation`` and ``db_role`` (the server's role) sign the audit entries."""
        self._conn = conn
        self._audited = audit
        self._table = table
        self.columns = tuple(columns)
        self._keys = ("id", *self.columns)
        self._positional = conn.dialect.positional
        self._statements: dict[tuple[str, ...], str] = {}
        self._audit = insert(audit_log).from_select(
            [
                "at",
                "os_user",
                "workstation",
                "db_role",
                "action",
                "table_name",
                "record_id",
                "old_values",
                "new_values",
            ],
            select(
                bindparam("audit_at", type_=audit_log.c.at.type),
                literal(os_user, audit_log.c.os_user.type),
                literal(workstation, audit_log.c.workstation.type),
                literal(db_role, audit_log.c.db_role.type),
                literal("insert"),
                literal(table.name),
                table.c.id,
                null(),
                row_json(*_json_pairs(conn, table, self.columns)),
            ).where(table.c.id.between(bindparam("first_id"), bindparam("last_id"))),
        )
        self.next_id = next_id(conn, table)

    def _statement(self, keys: tuple[str, ...]) -> str:
        """The ``INSERT`` of ``keys`` with positional (or named) parameters, compiled once."""
        sql = self._statements.get(keys)
        if sql is None:
            statement = insert(self._table).compile(dialect=self._conn.dialect, column_keys=list(keys))
            if self._positional and tuple(statement.positiontup or ()) != keys:  # pragma: no cover
                raise AssertionError(f"unexpected parameter order {statement.positiontup}")
            sql = self._statements[keys] = str(statement)
        return sql

    def insert(self, rows: list[tuple[Any, ...]], columns: Sequence[str] | None = None) -> range:
        """Insert ``rows`` (id first, then ``columns``, in stored form); return their ids.

        ``columns`` defaults to the inserter's own; a caller may name fewer
        (the others then take the table's defaults).  The ids must be
        ``self.next_id`` onwards, in order (the caller numbers the rows as it
        builds them); every row gets an audit entry unless the inserter was
        made with ``audit=False`` (rows that carry their import's provenance,
        audited once per import).
        """
        if not rows:
            return range(self.next_id, self.next_id)
        first, last = rows[0][0], rows[-1][0]
        if first != self.next_id or last != first + len(rows) - 1:
            raise ValueError(f"rows of {self._table.name} must be numbered from {self.next_id} on")
        # The values are in stored form already, so the driver gets them as they are.
        keys = self._keys if columns is None else ("id", *columns)
        if self._conn.dialect.name == "postgresql":
            server.copy_rows(self._conn, self._table.name, keys, rows)
        elif self._positional:
            self._conn.exec_driver_sql(self._statement(keys), rows)
        else:
            self._conn.exec_driver_sql(self._statement(keys), [dict(zip(keys, row, strict=True)) for row in rows])
        if self._audited:
            self._write_audit(first, last)
        if self._conn.dialect.name == "postgresql":
            server.advance_sequence(self._conn, self._table.name, last)
        self.next_id = last + 1
        return range(first, last + 1)

    def _write_audit(self, first: int, last: int) -> None:
        when = dt.datetime.now(dt.UTC)
        self._conn.execute(self._audit, {"audit_at": when, "first_id": first, "last_id": last})


def _json_pairs(conn: Connection, table: Table, columns: Sequence[str]) -> list[ColumnElement[Any]]:
    """(name, value) pairs of the audit JSON, values as ``rows.json_ready`` writes them."""
    pairs: list[ColumnElement[Any]] = []
    for name in columns:
        column = table.c[name]
        value: ColumnElement[Any] = column
        if conn.dialect.name == "sqlite" and isinstance(column.type, Time):
            # Stored as 08:15:00.000000; time.isoformat() drops zero microseconds.
            value = case((func.substr(column, 9) == ".000000", func.substr(column, 1, 8)), else_=column)
        elif isinstance(column.type, Time):
            # PostgreSQL's JSON writes 08:15:07.12; time.isoformat() writes all six digits, or none.
            value = case(
                (func.to_char(column, "US") == "000000", func.to_char(column, "HH24:MI:SS")),
                else_=func.to_char(column, "HH24:MI:SS.US"),
            )
        pairs += [literal(name), value]
    return pairs

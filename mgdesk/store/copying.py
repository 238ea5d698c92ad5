"""Copying a whole database to another one: a workstation's file onto the clinic server.

Every table of the schema is copied row by row with its ids, so audit
entries still point at their records and provenance stays as it was.  The
copy is one transaction on the target, with the target's tables locked: it
happens completely or not at all.  Before it commits, each table is checked
on the target: the number of rows and a SHA-256 checksum of the rows in a
canonical form (values as text, instants in UTC) must equal the source's,
or nothing is kept.  A target that already holds records is refused unless
``merge`` is asked for; then the copied ids are moved past the target's own
(references and audit entries moved with them), and a clinic identifier
both databases use is refused, since merging two patients is a person's
decision.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Table, func, insert, select

from mgdesk.domain.errors import ImportCancelledError, StoreError
from mgdesk.store import server
from mgdesk.store.database import Database
from mgdesk.store.schema import audit_log, metadata, patients

CHUNK = 5000
_SHOWN_CLASHES = 5


class TargetNotEmptyError(StoreError):
    """The target database already holds records, and merging was not asked for."""


class CopyCheckError(StoreError):
    """The copy read back from the target differs from the source; nothing was kept."""


@dataclass(frozen=True, slots=True)
class TableCheck:
    """One table as copied and verified: rows and the checksum both sides agreed on."""

    table: str
    rows: int
    checksum: str


@dataclass(frozen=True, slots=True)
class CopyReport:
    source: str
    target: str
    merged: bool
    tables: tuple[TableCheck, ...]


def _tables() -> list[Table]:
    return list(metadata.sorted_tables)  # parents before the tables referring to them


def _canonical(value: Any) -> Any:
    """A value as the checksum sees it, equal on both engines for equal stored values."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        return value.isoformat()
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if value is None or isinstance(value, bool | int | str):
        return value
    return str(value)


class _Checksum:
    def __init__(self) -> None:
        self.rows = 0
        self._hash = hashlib.sha256()

    def add(self, row: Mapping[str, Any], columns: list[str]) -> None:
        self.rows += 1
        self._hash.update(json.dumps([_canonical(row[c]) for c in columns], ensure_ascii=False).encode())
        self._hash.update(b"\n")

    @property
    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def _rows(conn: Connection, table: Table, first_id: int = 0) -> Iterator[Mapping[str, Any]]:
    """The rows of ``table`` with an id above ``first_id``, in id order, read in chunks."""
    last = first_id
    while True:
        chunk = conn.execute(select(table).where(table.c.id > last).order_by(table.c.id).limit(CHUNK)).mappings().all()
        if not chunk:
            return
        for row in chunk:
            yield dict(row)
        last = chunk[-1]["id"]


def _count(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def _largest_id(conn: Connection, table: Table) -> int:
    return int(conn.execute(select(func.max(table.c.id))).scalar() or 0)


def _mover(table: Table, offsets: dict[str, int]) -> Callable[[Mapping[str, Any]], dict[str, Any]]:
    """How a source row of ``table`` becomes a target row: ids and references moved by the offsets."""
    moved = {"id": offsets[table.name]}
    for column in table.columns:
        for key in column.foreign_keys:
            moved[column.name] = offsets[key.column.table.name]

    def move(row: Mapping[str, Any]) -> dict[str, Any]:
        out = dict(row)
        for name, offset in moved.items():
            if out[name] is not None:
                out[name] += offset
        if table is audit_log:
            out["record_id"] += offsets.get(out["table_name"], 0)
        return out

    return move


def copy_database(
    source: Database,
    target: Database,
    *,
    merge: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CopyReport:
    """Copy every record of ``source`` into ``target`` (see the module's description).

    ``progress(done, total)`` is told the rows copied so far; when
    ``cancelled()`` turns true the copy stops and nothing is kept.
    """
    tables = _tables()
    with source.reading() as src, target.writing(bulk=True) as dst:
        total = sum(_count(src, t) for t in tables)
        done = 0

        def tick(rows: int) -> None:
            nonlocal done
            done += rows
            if cancelled is not None and cancelled():
                raise ImportCancelledError(f"The copy to {target.location} was cancelled; nothing was kept there.")
            if progress is not None:
                progress(done, total)

        held = {t.name: _count(dst, t) for t in tables}
        if any(held.values()) and not merge:
            counts = ", ".join(f"{n} {name}" for name, n in held.items() if n)
            raise TargetNotEmptyError(
                f"{target.location} already holds records ({counts}); nothing was copied. Copy into an empty "
                "database, or ask to merge (mgdesk db copy --merge) to add these records beside them."
            )
        if merge:
            _refuse_shared_clinic_ids(src, dst, target.location)
        offsets = {t.name: _largest_id(dst, t) for t in tables}
        checks = []
        for table in tables:
            columns = [c.name for c in table.columns]
            move = _mover(table, offsets)
            expected = _Checksum()
            batch: list[dict[str, Any]] = []
            for row in _rows(src, table):
                moved = move(row)
                expected.add(moved, columns)
                batch.append(moved)
                if len(batch) >= CHUNK:
                    dst.execute(insert(table), batch)
                    tick(len(batch))
                    batch = []
            if batch:
                dst.execute(insert(table), batch)
                tick(len(batch))
            if dst.dialect.name == "postgresql" and expected.rows:
                server.advance_sequence(dst, table.name, _largest_id(dst, table))
            got = _Checksum()
            for row in _rows(dst, table, offsets[table.name]):
                got.add(row, columns)
            if (got.rows, got.hexdigest) != (expected.rows, expected.hexdigest):
                raise CopyCheckError(
                    f"The copy of {table.name} read back from {target.location} differs from {source.location} "
                    f"({got.rows} rows against {expected.rows}); nothing was kept."
                )
            checks.append(TableCheck(table.name, got.rows, got.hexdigest))
    return CopyReport(source.location, target.location, merge, tuple(checks))


def _refuse_shared_clinic_ids(src: Connection, dst: Connection, where: str) -> None:
    theirs = {row[0] for row in dst.execute(select(patients.c.clinic_id))}
    shared = sorted(row[0] for row in src.execute(select(patients.c.clinic_id)) if row[0] in theirs)
    if shared:
        shown = ", ".join(shared[:_SHOWN_CLASHES]) + (" ..." if len(shared) > _SHOWN_CLASHES else "")
        raise StoreError(
            f"{len(shared)} clinic identifiers are in both databases ({shown}); nothing was copied. "
            f"Merging two patients is a person's decision: rename or merge them first, in one of the two ({where})."
        )

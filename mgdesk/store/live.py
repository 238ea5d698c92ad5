"""Live views: noticing, at one workstation, what another one changed in the shared database.

Every change to the records is written to the audit log in the same
transaction (``records``, ``importer``), so the audit log is the change feed:
``ChangeFeed.poll`` reads the entries written since the last call and names
the patients they touch (a result, course or review names its patient, an
import the patients of its rows).  On a PostgreSQL server every write
transaction also sends ``NOTIFY mgdesk_changes`` (``Database.writing``;
PostgreSQL delivers it at commit, "NOTIFY" in the PostgreSQL documentation),
and the feed waits on its own ``LISTEN`` connection, so a change is seen at
once; polling every ``interval_s`` remains the fallback (an SQLite file shared
by two processes on one machine, or a server connection that lost its
``LISTEN``).  Audit ids are handed out before commit, so a transaction that
commits late can have a lower id than one already seen: the feed re-reads a
window of ``SLACK`` ids below the highest seen and skips the ids it already
reported.  ``poll`` blocks at most its ``wait_s``; it raises
``ServerUnreachableError`` when the server is out of reach, and the next
call tries again.  No Qt here: the window runs the feed on a thread of its own.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, func, select

from mgdesk.store import server
from mgdesk.store.database import Database
from mgdesk.store.schema import audit_log, imports, medication_courses, mg_results, patients, reviews

CHANNEL = server.CHANGES_CHANNEL
SLACK = 256  # audit ids re-read below the highest seen (transactions that committed late)
EVERYTHING_AFTER = 2000  # more entries than this at once: say "everything", not each patient


@dataclass(frozen=True, slots=True)
class Changes:
    """Patients whose records changed since the last poll; ``everything`` when it is simpler to reload all.

    ``reviews_only`` when every change was a review signed off or withdrawn:
    results, courses and so every trend are as they were, and a view needs
    only the reviews again.
    """

    patients: frozenset[int]
    everything: bool = False
    reviews_only: bool = False

    def __bool__(self) -> bool:
        return self.everything or bool(self.patients)


NO_CHANGES = Changes(frozenset())


class ChangeFeed:
    """The changes other workstations (and this one) make to ``database``, read from its audit log."""

    def __init__(self, database: Database, *, interval_s: float = 2.0) -> None:
        self._db = database
        self.interval_s = interval_s
        self._seen: set[int] = set()
        self._high = 0
        self._listener: Any = None  # psycopg.Connection listening on CHANNEL (server only)
        self._stop = threading.Event()
        self.listening = False  # whether changes are announced (NOTIFY) rather than polled for
        with self._db.reading() as conn:  # what is there already is not news
            self._high = int(conn.execute(select(func.coalesce(func.max(audit_log.c.id), 0))).scalar_one())
            self._seen = set(conn.execute(select(audit_log.c.id).where(audit_log.c.id > self._high - SLACK)).scalars())

    def stop(self) -> None:
        """Make a waiting ``poll`` return at once, and every later one too."""
        self._stop.set()

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def poll(self, wait_s: float | None = None) -> Changes:
        """Wait up to ``wait_s`` (default ``interval_s``) for a change, then say what changed since the last poll."""
        wait = self.interval_s if wait_s is None else wait_s
        if self._db.is_server:
            self._wait_for_notice(wait)
        else:
            self._stop.wait(wait)
        if self._stop.is_set():
            return NO_CHANGES
        with self._db.reading() as conn:
            return self._read(conn)

    def _wait_for_notice(self, wait_s: float) -> None:
        import psycopg

        try:
            if self._listener is None or self._listener.closed:
                self._listener = None
                self.listening = False
                listener = psycopg.connect(
                    self._db.libpq_address, autocommit=True, connect_timeout=server.CONNECT_TIMEOUT_S
                )
                listener.execute(f"LISTEN {CHANNEL}")
                self._listener, self.listening = listener, True
            # Wake early on a notice; in small steps, so ``stop`` is quick.
            step = min(wait_s, 0.25)
            remaining = wait_s
            while remaining > 0 and not self._stop.is_set():
                if any(True for _ in self._listener.notifies(timeout=step, stop_after=1)):
                    return
                remaining -= step
        except psycopg.Error as error:
            self.close_listener()
            raise server.store_error(error, self._db.location) from error

    def close_listener(self) -> None:
        listener, self._listener, self.listening = self._listener, None, False
        if listener is not None:
            with contextlib.suppress(Exception):  # a broken connection may fail to close; it is dropped anyway
                listener.close()

    def _read(self, conn: Connection) -> Changes:
        low = max(self._high - SLACK, 0)
        entries = conn.execute(
            select(audit_log.c.id, audit_log.c.table_name, audit_log.c.record_id)
            .where(audit_log.c.id > low)
            .order_by(audit_log.c.id)
        ).all()
        new = [(int(i), str(t), int(r)) for i, t, r in entries if i not in self._seen]
        if not new:
            return NO_CHANGES
        self._high = max(self._high, new[-1][0])
        self._seen = {i for i in self._seen | {entry[0] for entry in new} if i > self._high - SLACK}
        if len(new) > EVERYTHING_AFTER:
            return Changes(frozenset(), everything=True)
        reviews_only = all(name == reviews.name for _id, name, _record in new)
        return Changes(frozenset(_patients_of(conn, new)), reviews_only=reviews_only)


def _patients_of(conn: Connection, entries: Iterable[tuple[int, str, int]]) -> set[int]:
    by_table: dict[str, set[int]] = {}
    for _id, name, record in entries:
        by_table.setdefault(name, set()).add(record)
    found = set(by_table.get(patients.name, ()))
    for table in (mg_results, medication_courses):
        ids = by_table.get(table.name)
        if ids:
            found.update(conn.execute(select(table.c.patient_id).where(table.c.id.in_(ids))).scalars())
    review_ids = by_table.get(reviews.name)
    if review_ids:
        query = select(mg_results.c.patient_id).join(reviews, reviews.c.result_id == mg_results.c.id)
        found.update(conn.execute(query.where(reviews.c.id.in_(review_ids))).scalars())
    import_ids = by_table.get(imports.name)
    if import_ids:
        for table in (mg_results, medication_courses):
            query = select(table.c.patient_id).where(table.c.import_id.in_(import_ids)).distinct()
            found.update(conn.execute(query).scalars())
    return found

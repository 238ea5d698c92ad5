"""The outbox: results entered while the clinic server cannot be reached, kept until it can.

A small SQLite file in the user's data folder (``outbox.sqlite3``, readable
by its owner only), apart from any patient database.  Each result is kept
with the server it is meant for, the patient's id and clinic identifier, the
result as the records layer stores it, and a UUID made here, when it was
entered.  ``send`` hands each waiting result to ``Records.add_result`` with
that UUID: the server stores a UUID once, so a result whose sending was cut
off after the server committed it is not stored twice when sent again.  A
result the server refuses (the patient was deleted meanwhile, say) is kept,
marked as a conflict with the reason, and shown; it is never dropped.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from mgdesk.domain.errors import ServerUnreachableError, StoreError
from mgdesk.domain.records import MagnesiumResult
from mgdesk.store import rows
from mgdesk.store.paths import app_data_folder
from mgdesk.store.records import Records
from mgdesk.store.sqlite import create_file

OUTBOX_FILE_NAME = "outbox.sqlite3"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    uuid TEXT PRIMARY KEY,
    server TEXT NOT NULL,
    patient_id INTEGER NOT NULL,
    clinic_id TEXT NOT NULL,
    result TEXT NOT NULL,
    entered_at TEXT NOT NULL,
    conflict TEXT
)
"""


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """One result waiting (``conflict`` None) or refused by the server (``conflict`` says why)."""

    uuid: str
    server: str
    patient_id: int
    clinic_id: str
    result: MagnesiumResult
    entered_at: dt.datetime
    conflict: str | None


@dataclass(frozen=True, slots=True)
class SendReport:
    """What one ``Outbox.send`` did: results stored, refused (kept as conflicts), and still waiting."""

    sent: int
    conflicts: tuple[OutboxItem, ...]
    waiting: int
    unreachable: ServerUnreachableError | None = None  # why sending stopped early: the server went away again


def default_outbox_path() -> Path:
    return app_data_folder() / OUTBOX_FILE_NAME


class Outbox:
    """The outbox file at ``path`` (default: in the user's data folder), created on first use."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_outbox_path()

    @contextlib.contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        if not self.path.exists():
            create_file(self.path)
        connection = sqlite3.connect(self.path, timeout=5.0)
        try:
            with connection:  # one transaction, committed on success
                connection.execute(_SCHEMA)
                yield connection
        except sqlite3.Error as error:
            raise StoreError(code="outbox-unusable", path=self.path, detail=str(error)) from error
        finally:
            connection.close()

    def put_result(self, server: str, patient_id: int, clinic_id: str, result: MagnesiumResult) -> str:
        """Keep ``result`` for the patient until ``server`` can take it; return its UUID."""
        key = str(uuid.uuid4())
        stored = json.dumps(rows.json_ready(rows.result_values(patient_id, result)))
        now = dt.datetime.now(dt.UTC).isoformat()
        with self._connection() as conn:
            conn.execute(
                "INSERT INTO outbox (uuid, server, patient_id, clinic_id, result, entered_at) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (key, server, patient_id, clinic_id, stored, now),
            )
        return key

    def items(self, server: str | None = None) -> list[OutboxItem]:
        """Every kept result (for ``server`` only, when given), oldest first."""
        query = "SELECT uuid, server, patient_id, clinic_id, result, entered_at, conflict FROM outbox"
        with self._connection() as conn:
            if server is None:
                found = conn.execute(query + " ORDER BY entered_at, rowid").fetchall()
            else:
                found = conn.execute(query + " WHERE server = ? ORDER BY entered_at, rowid", (server,)).fetchall()
        return [_item(row) for row in found]

    def waiting_count(self, server: str | None = None) -> int:
        """How many results wait to be sent (the status bar's "3 results waiting to be sent")."""
        return sum(1 for item in self.items(server) if item.conflict is None)

    def discard(self, key: str) -> None:
        """Remove one kept result (after the person chose to drop a conflict)."""
        with self._connection() as conn:
            conn.execute("DELETE FROM outbox WHERE uuid = ?", (key,))

    def send(self, records: Records, server: str) -> SendReport:
        """Send the results waiting for ``server`` through ``records``; each is stored once, or kept."""
        sent = 0
        unreachable: ServerUnreachableError | None = None
        for item in self.items(server):
            if item.conflict is not None:
                continue
            try:
                records.add_result(item.patient_id, item.result, client_uuid=item.uuid)
            except ServerUnreachableError as error:
                unreachable = error
                break
            except StoreError as error:
                with self._connection() as conn:
                    conn.execute("UPDATE outbox SET conflict = ? WHERE uuid = ?", (str(error), item.uuid))
                continue
            self.discard(item.uuid)
            sent += 1
        kept = self.items(server)
        conflicts = tuple(item for item in kept if item.conflict is not None)
        return SendReport(sent, conflicts, len(kept) - len(conflicts), unreachable)


def _item(row: tuple[str, str, int, str, str, str, str | None]) -> OutboxItem:
    key, server, patient_id, clinic_id, stored, entered_at, conflict = row
    values = json.loads(stored)
    values["collected_on"] = dt.date.fromisoformat(values["collected_on"])
    if values["collected_at"] is not None:
        values["collected_at"] = dt.time.fromisoformat(values["collected_at"])
    values["id"] = None
    return OutboxItem(
        uuid=key,
        server=server,
        patient_id=patient_id,
        clinic_id=clinic_id,
        result=rows.result_from_row(values),
        entered_at=dt.datetime.fromisoformat(entered_at),
        conflict=conflict,
    )

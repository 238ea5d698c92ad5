"""Entering a result at a workstation of a clinic server that may be out of reach.

``enter_result`` stores a typed result, or, when the server cannot be
reached, keeps it in the workstation's outbox and says so; nothing typed is
lost.  ``send_waiting`` sends what the outbox holds for the open database
once the server is back: each result is stored exactly once (its UUID), and
results the server refuses are kept as conflicts to show, never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from mgdesk.domain.errors import ServerUnreachableError
from mgdesk.domain.records import MagnesiumResult

if TYPE_CHECKING:
    from mgdesk.store import Outbox, Records, SendReport


@dataclass(frozen=True, slots=True)
class Entered:
    """A result stored (``stored``), or kept in the outbox (``queued``: its UUID, and why)."""

    stored: MagnesiumResult | None
    queued: str | None = None
    reason: str | None = None


def enter_result(
    records: Records,
    outbox: Outbox,
    patient_id: int,
    clinic_id: str,
    result: MagnesiumResult,
    *,
    server_known_down: bool = False,
) -> Entered:
    """Store ``result``; when the clinic server is out of reach, keep it in ``outbox`` instead.

    ``server_known_down``: the caller saw the server out of reach moments ago,
    so the result goes to the outbox without waiting on a connection attempt.
    """
    if server_known_down and records.on_server:
        key = outbox.put_result(records.location, patient_id, clinic_id, result)
        return Entered(None, key, "The clinic server could not be reached.")
    try:
        return Entered(records.add_result(patient_id, result))
    except ServerUnreachableError as error:
        if not records.on_server:
            raise
        key = outbox.put_result(records.location, patient_id, clinic_id, result)
        return Entered(None, key, str(error))


def send_waiting(records: Records, outbox: Outbox) -> SendReport:
    """Send the outbox's results for the open database (see ``Outbox.send``)."""
    return outbox.send(records, records.location)

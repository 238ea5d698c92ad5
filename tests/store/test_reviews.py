"""Reviews in the store: signed by the OS user, audited, undone and redone, kept through migrations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mgdesk.domain.errors import RecordNotFoundError
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.records import MagnesiumResult, Patient
from mgdesk.store import Records, open_database


def stored_result(records: Records) -> int:
    patient = records.add_patient(Patient("R-001"))
    assert patient.id is not None
    measurement = parse_measurement("0.61 mmol/L")
    result = records.add_result(patient.id, MagnesiumResult(dt.date(2026, 1, 5), measurement, "mmol/L"))
    assert result.id is not None
    return result.id


def test_review_is_signed_audited_and_undoable(tmp_path: Path) -> None:
    with open_database(tmp_path / "clinic.sqlite3") as database:
        records = Records(database)
        result_id = stored_result(records)
        assert records.live_reviews() == {}
        review = records.add_review(result_id, "  repeat in 3 months, started Mg supplement ")
        assert review.id is not None
        assert review.os_user == records.os_user
        assert review.comment == "repeat in 3 months, started Mg supplement"
        found = records.live_reviews([result_id])
        assert found[result_id].id == review.id
        assert found[result_id].reviewed_at.tzinfo is not None
        entries = records.audit_log("reviews", review.id)
        assert [e.action for e in entries] == ["insert"]
        assert entries[0].new_values is not None
        assert entries[0].new_values["result_id"] == result_id
        records.undo_review(review.id)
        assert records.live_reviews() == {}
        records.redo_review(review.id)
        assert result_id in records.live_reviews()
        assert [e.action for e in records.audit_log("reviews", review.id)] == ["insert", "delete", "undelete"]


def test_a_deleted_result_cannot_be_reviewed(tmp_path: Path) -> None:
    with open_database(tmp_path / "clinic.sqlite3") as database:
        records = Records(database)
        result_id = stored_result(records)
        records.delete_result(result_id, "entered in error")
        with pytest.raises(RecordNotFoundError):
            records.add_review(result_id)

"""The demo clinic database: written through Records, synthetic, never the user's own file."""

from __future__ import annotations

from pathlib import Path

import pytest
from trend_fixtures import DEMO_TODAY

from mgdesk.domain.demo import demo_clinic, is_synthetic
from mgdesk.domain.errors import RecordNotFoundError, StoreError
from mgdesk.store import Records, default_database_path, open_database
from mgdesk.store.demo_database import create_demo_database, demo_database_path
from mgdesk.store.histories import load_histories, load_history


def test_demo_database_holds_the_demo_clinic(tmp_path: Path) -> None:
    path = create_demo_database(tmp_path / "demo.sqlite3", today=DEMO_TODAY)
    expected = demo_clinic(DEMO_TODAY)
    with open_database(path) as database:
        records = Records(database)
        histories = load_histories(records)
        audit = records.audit_log("patients")
    assert [h.patient.clinic_id for h in histories] == sorted(h.patient.clinic_id for h in expected)
    assert all(is_synthetic(h.patient) for h in histories)
    assert sum(len(h.results) for h in histories) == sum(len(h.results) for h in expected)
    assert sum(len(h.courses) for h in histories) == sum(len(h.courses) for h in expected)
    assert len(audit) == len(expected)  # every patient insert is audited
    assert not list(tmp_path.glob(".demo.sqlite3.building*"))


def test_demo_database_replaces_an_old_demo_and_defaults_to_the_cache(tmp_path: Path) -> None:
    first = create_demo_database()
    assert first == demo_database_path()
    assert ".cache" in first.parts
    second = create_demo_database()
    assert second == first
    with open_database(second) as database:
        assert len(Records(database).list_patients()) == len(demo_clinic(DEMO_TODAY))


def test_the_users_own_database_is_refused() -> None:
    with pytest.raises(StoreError, match="own database"):
        create_demo_database(default_database_path())
    assert not default_database_path().exists()


def test_load_history_by_clinic_id(tmp_path: Path) -> None:
    histories = demo_clinic(DEMO_TODAY)[:3]
    path = create_demo_database(tmp_path / "few.sqlite3", histories)
    with open_database(path) as database:
        records = Records(database)
        one = load_history(records, histories[1].patient.clinic_id)
        with pytest.raises(RecordNotFoundError):
            load_history(records, "nobody")
    assert one.patient.notes == histories[1].patient.notes
    assert len(one.results) == len(histories[1].results)

"""Live views: the change feed names the patients another process changed, on both engines.

The writer is a real second process with its own connection; on the server
the feed is woken by NOTIFY, so the change is seen well before the polling
interval.
"""

import subprocess
import sys
import time
from pathlib import Path

from record_fixtures import result

from mgdesk.domain.records import Patient
from mgdesk.store import ChangeFeed, Changes, Records, open_database

WRITER = """
import sys
from decimal import Decimal
import datetime as dt
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.records import MagnesiumResult
from mgdesk.store import Records, open_database
target, patient_id, text = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open_database(target) as db:
    unit = text.rsplit(maxsplit=1)[-1]
    Records(db, user="nurse2", workstation="WS-2").add_result(
        patient_id, MagnesiumResult(dt.date(2026, 3, 1), parse_measurement(text), unit)
    )
"""


def write_from_another_process(target: Path | str, patient_id: int, text: str) -> None:
    subprocess.run([sys.executable, "-c", WRITER, str(target), str(patient_id), text], check=True, timeout=120)


def test_a_result_written_elsewhere_names_its_patient(database_target: Path | str) -> None:
    with open_database(database_target) as db:
        records = Records(db)
        first = records.add_patient(Patient("P-1"))
        other = records.add_patient(Patient("P-2"))
        assert first.id is not None
        assert other.id is not None
        feed = ChangeFeed(db, interval_s=0.1)
        assert feed.poll(0) == Changes(frozenset())  # what was there before the feed started is not news
        write_from_another_process(database_target, other.id, "1.8 mg/dL")
        assert feed.poll(0.1) == Changes(frozenset({other.id}))
        assert not feed.poll(0.1)  # reported once
        # Courses, edits and deletes are changes too, and name their patient.
        stored = records.add_result(first.id, result("0.61 mmol/L"))
        assert stored.id is not None
        records.delete_result(stored.id, "entered in error")
        assert feed.poll(0.1).patients == {first.id}
        feed.close_listener()


def test_an_import_names_the_patients_it_touched(database_target: Path | str, tmp_path: Path) -> None:
    from mgdesk.services import import_file

    with open_database(database_target) as db:
        records = Records(db)
        feed = ChangeFeed(db, interval_s=0.1)
        csv = tmp_path / "results.csv"
        csv.write_text("patient_id,date,value,unit\nP-7,2026-01-02,1.8,mg/dL\nP-8,2026-01-02,0.65,mmol/L\n")
        import_file(csv, database_target)
        ids = {p.id for p in records.list_patients()}
        assert feed.poll(0.1).patients == ids
        feed.close_listener()


def test_the_server_announces_a_change_at_once(pg_url: str) -> None:
    with open_database(pg_url) as db:
        patient = Records(db).add_patient(Patient("P-1"))
        assert patient.id is not None
        feed = ChangeFeed(db, interval_s=30.0)
        assert not feed.poll(0.3)  # connects and listens
        assert feed.listening
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, pg_url, str(patient.id), "0.66 mmol/L"],
        )
        try:
            started = time.monotonic()
            changes = feed.poll(25.0)  # returns on the notice, not after the wait
            waited = time.monotonic() - started
        finally:
            assert writer.wait(timeout=120) == 0
        assert changes.patients == {patient.id}
        assert waited < 20.0  # the writer process's own start-up is most of it
        feed.close_listener()


def test_stop_ends_a_waiting_poll(pg_url: str) -> None:
    import threading

    with open_database(pg_url) as db:
        feed = ChangeFeed(db, interval_s=60.0)
        threading.Timer(0.3, feed.stop).start()
        started = time.monotonic()
        assert not feed.poll()
        assert time.monotonic() - started < 5.0
        feed.close_listener()


def test_reviews_alone_are_said_to_be_reviews_only(database_target: Path | str) -> None:
    with open_database(database_target) as db:
        records = Records(db)
        patient = records.add_patient(Patient("P-1"))
        assert patient.id is not None
        stored = records.add_result(patient.id, result("0.61 mmol/L"))
        assert stored.id is not None
        feed = ChangeFeed(db, interval_s=0.1)
        review = records.add_review(stored.id, "seen")
        assert review.id is not None
        assert feed.poll(0.1) == Changes(frozenset({patient.id}), reviews_only=True)
        records.undo_review(review.id)
        assert feed.poll(0.1) == Changes(frozenset({patient.id}), reviews_only=True)
        # A review and a result in one poll: the results changed, so not reviews only.
        records.redo_review(review.id)
        records.add_result(patient.id, result("0.58 mmol/L"))
        assert feed.poll(0.1) == Changes(frozenset({patient.id}))
        feed.close_listener()

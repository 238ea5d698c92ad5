"""A flaky network: the clinic server stopped during an import, and while a nurse enters results.

These tests stop and restart a PostgreSQL cluster of their own (the shared
test server stays up for the others).
"""

import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_server import MissingPostgresError, PgServer
from record_fixtures import result

from mgdesk.domain.errors import ServerUnreachableError
from mgdesk.domain.records import Patient
from mgdesk.services import enter_result, send_waiting
from mgdesk.store import Outbox, Records, open_database


@pytest.fixture(scope="module")
def own_server() -> Iterator[PgServer]:
    try:
        server = PgServer()
    except MissingPostgresError as error:
        pytest.fail(str(error), pytrace=False)
    with server:
        yield server


@pytest.fixture
def url(own_server: PgServer) -> Iterator[str]:
    if not own_server.running:
        own_server.start()
    name = own_server.new_database()
    yield own_server.url(name)
    if not own_server.running:
        own_server.start()
    own_server.drop_database(name)


def test_server_stopped_in_the_middle_of_an_import_keeps_nothing_of_it(own_server: PgServer, url: str) -> None:
    with open_database(url) as db:
        Records(db).add_patient(Patient("BEFORE"))
    batch = [(f"P-{n:04d}", result("1.8 mg/dL")) for n in range(6000)]

    def stop_halfway(done: int, total: int) -> None:
        if own_server.running and done >= total // 2:
            own_server.stop("fast")  # ends every session, rolling back their transactions

    with open_database(url) as db, pytest.raises(ServerUnreachableError) as caught:
        Records(db).import_records(batch, progress=stop_halfway)
    message = str(caught.value)
    assert "cannot be reached" in message
    assert "Nothing was changed there" in message
    own_server.start()
    with open_database(url) as db:
        records = Records(db)
        assert [p.clinic_id for p in records.list_patients()] == ["BEFORE"]
        assert records.export_results() == []
        assert len(records.audit_log()) == 1


def test_the_command_line_says_so_in_one_line_when_the_server_is_gone(
    own_server: PgServer, url: str, tmp_path: Path
) -> None:
    csv = tmp_path / "lab.csv"
    csv.write_text("patient,date,value,unit\nP-1,2024-03-01,1.8,mg/dL\n")
    own_server.stop()
    done = subprocess.run(
        [sys.executable, "-m", "mgdesk", "import", str(csv), "--db", url], capture_output=True, text=True, check=False
    )
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("mgdesk import: The clinic server cannot be reached")


def test_results_entered_while_the_server_is_down_are_sent_exactly_once(own_server: PgServer, url: str) -> None:
    outbox = Outbox()
    with open_database(url) as db:
        records = Records(db, user="nurse1", workstation="WS-1")
        p = records.add_patient(Patient("P-1"))
        assert p.id is not None
        first = enter_result(records, outbox, p.id, "P-1", result("1.8 mg/dL", comment="before"))
        assert first.stored is not None
        own_server.stop()
        typed = [result(f"1.{n} mg/dL", comment=f"offline {n}") for n in (5, 6, 7)]
        queued = [enter_result(records, outbox, p.id, "P-1", value) for value in typed]
        assert all(q.stored is None and q.queued for q in queued)
        assert "cannot be reached" in str(queued[0].reason)
        assert outbox.waiting_count(records.location) == 3
        # Still down: nothing is sent, nothing lost.
        report = send_waiting(records, outbox)
        assert (report.sent, report.waiting) == (0, 3)
        assert report.unreachable is not None
        own_server.start()
        report = send_waiting(records, outbox)
        assert (report.sent, report.waiting, report.conflicts) == (3, 0, ())
        assert send_waiting(records, outbox).sent == 0
        comments = sorted(r.comment for r in records.patient_record(p.id).results)
        assert comments == ["before", "offline 5", "offline 6", "offline 7"]
        assert [e.workstation for e in records.audit_log("mg_results")] == ["WS-1"] * 4
    path = outbox.path
    assert path.parent == Path(os.environ["XDG_DATA_HOME"]) / "mgdesk"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_result_whose_sending_was_cut_off_after_the_commit_is_not_stored_twice(url: str) -> None:
    outbox = Outbox()
    with open_database(url) as db:
        records = Records(db)
        p = records.add_patient(Patient("P-1"))
        assert p.id is not None
        key = outbox.put_result(records.location, p.id, "P-1", result("1.8 mg/dL"))
        # The server stored it, but the answer never came back: the outbox still holds it.
        records.add_result(p.id, result("1.8 mg/dL"), client_uuid=key)
        report = send_waiting(records, outbox)
        assert (report.sent, report.waiting) == (1, 0)
        assert len(records.patient_record(p.id).results) == 1


def test_a_result_the_server_refuses_is_kept_as_a_conflict(url: str) -> None:
    outbox = Outbox()
    with open_database(url) as db:
        records = Records(db)
        p = records.add_patient(Patient("P-1"))
        assert p.id is not None
        outbox.put_result(records.location, p.id, "P-1", result("1.8 mg/dL"))
        records.delete_patient(p.id, "merged into P-2")  # meanwhile, at another workstation
        report = send_waiting(records, outbox)
        assert report.sent == 0
        (conflict,) = report.conflicts
        assert conflict.clinic_id == "P-1"
        assert "deleted" in (conflict.conflict or "")
        assert conflict.result.measurement.text == "1.8"
        assert outbox.waiting_count(records.location) == 0
        assert len(outbox.items(records.location)) == 1  # kept and shown, not dropped

"""Live views and a server that goes away, in the real window with a real second process writing.

A result another workstation saves appears in the open patient and in the
Clinic list within 2 seconds (NOTIFY on the server, polling on a shared
file).  With the throw-away server stopped the Patients place says so, keeps
what it read marked not current, and a result entered goes to the outbox; it
is sent once when the server is started again.  A result the server refuses
stays in a list the user can open.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from pg_server import PgServer
from pytestqt.qtbot import QtBot
from record_fixtures import result

from mgdesk.domain.records import DrugClass, MedicationCourse, Patient
from mgdesk.domain.units import MgUnit
from mgdesk.store import Outbox, Records, open_database
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.window import MainWindow

WRITER = """
import sys, time, datetime as dt
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.units import MgUnit
from mgdesk.domain.records import MagnesiumResult
from mgdesk.store import Records, open_database
target, patient_id, text = sys.argv[1], int(sys.argv[2]), sys.argv[3]
with open_database(target) as db:
    unit = text.rsplit(maxsplit=1)[-1]
    Records(db, user="nurse2", workstation="WS-2").add_result(
        patient_id, MagnesiumResult(dt.date(2026, 3, 1), parse_measurement(text), unit)
    )
    print(time.time(), flush=True)
"""


def _metformin_patient(target: Path | str) -> int:
    with open_database(target) as db:
        records = Records(db)
        patient = records.add_patient(Patient("P-001", name="Ada Example"))
        assert patient.id is not None
        records.add_course(
            patient.id, MedicationCourse(DrugClass.METFORMIN, "metformin", dt.date(2024, 1, 1), None, Decimal(1000))
        )
        records.add_result(patient.id, result("1.9 mg/dL", dt.date(2025, 6, 1)))
        return patient.id


def _open(qtbot: QtBot, target: Path | str) -> MainWindow:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.open_database(target)
    return window


def _write_elsewhere(target: Path | str, patient_id: int, text: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(target), str(patient_id), text], stdout=subprocess.PIPE, text=True
    )


def _committed(writer: subprocess.Popen[str]) -> float:
    out, _ = writer.communicate(timeout=60)
    return float(out.strip())


def _seen_within_2_s(qtbot: QtBot, window: MainWindow, target: Path | str, patient_id: int) -> None:
    """Another process saves a result; the open patient, then the Clinic list, show it within 2 s of its commit."""
    window.show_place(window.places.indexOf(window.clinic_host))
    clinic = window.ensure_clinic()
    qtbot.waitUntil(lambda: clinic.model.rowCount() == 1, timeout=30_000)
    patients = window.show_patients()
    patients.select_patient(patient_id)
    assert patients.results.rowCount() == 1

    writer = _write_elsewhere(target, patient_id, "0.58 mmol/L")
    qtbot.waitUntil(lambda: patients.results.rowCount() == 2, timeout=60_000)
    delay = time.time() - _committed(writer)
    print(f"open patient: shown {delay:.2f} s after the commit")
    assert delay < 2.0

    window.show_place(window.places.indexOf(window.clinic_host))
    qtbot.waitUntil(lambda: [len(i.row.history.results) for i in clinic.model.items()] == [2], timeout=30_000)
    writer = _write_elsewhere(target, patient_id, "0.57 mmol/L")
    qtbot.waitUntil(lambda: [len(i.row.history.results) for i in clinic.model.items()] == [3], timeout=60_000)
    delay = time.time() - _committed(writer)
    print(f"Clinic list: shown {delay:.2f} s after the commit")
    assert delay < 2.0


def test_a_result_saved_at_another_workstation_appears_on_the_server(qtbot: QtBot, pg_url: str) -> None:
    patient_id = _metformin_patient(pg_url)
    window = _open(qtbot, pg_url)
    _seen_within_2_s(qtbot, window, pg_url, patient_id)
    window.session.close()


def test_a_file_shared_by_two_processes_is_polled(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "shared.sqlite3"
    patient_id = _metformin_patient(target)
    window = _open(qtbot, target)
    _seen_within_2_s(qtbot, window, target, patient_id)
    window.session.close()


def test_an_edit_in_progress_keeps_its_row_when_the_patient_is_reloaded(qtbot: QtBot, pg_url: str) -> None:
    patient_id = _metformin_patient(pg_url)
    window = _open(qtbot, pg_url)
    patients = window.show_patients()
    patients.select_patient(patient_id)
    patients.results_view.selectRow(0)
    (selected,) = patients.results_view.selectionModel().selectedRows()
    kept = patients.results.record_at(selected.row())
    subprocess.run([sys.executable, "-c", WRITER, pg_url, str(patient_id), "2.1 mg/dL"], check=True, timeout=120)
    qtbot.waitUntil(lambda: patients.results.rowCount() == 2, timeout=10_000)
    (selected,) = patients.results_view.selectionModel().selectedRows()
    assert patients.results.record_at(selected.row()) == kept
    window.session.close()


@pytest.fixture
def own_server() -> Iterator[PgServer]:
    """A cluster of this test's own, to stop and start (the shared one serves the other tests)."""
    with PgServer() as cluster:
        yield cluster


def test_the_server_going_away_loses_nothing(qtbot: QtBot, own_server: PgServer) -> None:
    name = own_server.new_database()
    url = own_server.url(name)
    patient_id = _metformin_patient(url)
    window = _open(qtbot, url)
    patients = window.show_patients()
    patients.select_patient(patient_id)
    assert patients.showing_current

    own_server.stop()
    qtbot.waitUntil(lambda: not patients.showing_current, timeout=30_000)
    banner = patients.offline_banner.text()
    assert "cannot be reached" in banner
    assert "not current" in banner
    assert patients.results.rowCount() == 1  # the last data read stays on screen
    assert not patients.results_view.isEnabled()  # greyed
    # The converter keeps working.
    window.show_place(window.places.indexOf(window.converter))
    window.converter.set_unit(MgUnit.MG_DL)
    qtbot.keyClicks(window.converter.value_edit, "1,8")
    assert window.converter.value_labels[MgUnit.MMOL_L].text() == "0.74"

    entered = window.session.add_result(patient_id, "P-001", result("0.62 mmol/L", dt.date(2026, 4, 1)))
    assert entered is not None
    assert entered.stored is None
    assert entered.queued is not None
    assert window.outbox_status.isVisible() or not window.isVisible()
    assert window.outbox_status.text() == "1 result waiting to be sent"

    own_server.start()
    qtbot.waitUntil(lambda: patients.showing_current, timeout=30_000)
    qtbot.waitUntil(lambda: window.session.waiting_count() == 0, timeout=30_000)
    assert not window.outbox_status.isVisible()
    qtbot.waitUntil(lambda: patients.results.rowCount() == 2, timeout=10_000)
    with open_database(url) as db:
        stored = Records(db).patient_record(patient_id).results
    assert sorted(r.measurement.text for r in stored) == ["0.62", "1.9"]  # sent exactly once
    window.session.close()


def test_a_result_the_server_refuses_is_kept_and_listed(qtbot: QtBot, pg_url: str) -> None:
    patient_id = _metformin_patient(pg_url)
    window = _open(qtbot, pg_url)
    # Entered while the server was out of reach, for a patient another workstation deleted meanwhile.
    Outbox().put_result(window.session.records.location, patient_id, "P-001", result("0.55 mmol/L"))
    window.session.records.delete_patient(patient_id, "duplicate record")
    report = window.session.send_waiting()
    assert report is not None
    assert len(report.conflicts) == 1
    assert window.outbox_status.text() == "1 result not accepted: open"
    dialog = window.show_outbox()
    assert dialog.table.rowCount() == 1
    assert "not accepted" in dialog.table.item(0, 4).text()
    assert dialog.table.item(0, 2).text() == "0.55 mmol/L"
    dialog.table.selectRow(0)
    assert dialog.discard_selected(confirm=False)
    assert dialog.table.rowCount() == 0
    assert not window.outbox_status.isVisible()
    window.session.close()


def test_garbage_is_collected_on_the_window_thread_while_the_feed_runs(qtbot: QtBot, tmp_path: Path) -> None:
    import gc

    from mgdesk.ui.common import collector

    held = collector.pause_count()  # pauses of other windows still open in this process
    window = _open(qtbot, tmp_path / "gc.sqlite3")
    assert not gc.isenabled()  # automatic collection could run on the feed's thread
    assert collector.pause_count() == held + 1
    assert window.session._live is not None
    assert window.session._live._collector.isActive()
    window.session.close()
    assert collector.pause_count() == held  # this window's pause is released
    assert gc.isenabled() == (held == 0)


REVIEWER = """
import sys
from mgdesk.store import Records, open_database
target, result_id = sys.argv[1], int(sys.argv[2])
with open_database(target) as db:
    Records(db, user="nurse2", workstation="WS-2").add_review(result_id, "seen")
"""


def test_a_review_elsewhere_updates_the_clinic_list_without_reloading_the_clinic(qtbot: QtBot, tmp_path: Path) -> None:
    target = tmp_path / "shared.sqlite3"
    patient_id = _metformin_patient(target)
    window = _open(qtbot, target)
    window.show_place(window.places.indexOf(window.clinic_host))
    clinic = window.ensure_clinic()
    qtbot.waitUntil(lambda: clinic.model.rowCount() == 1, timeout=30_000)
    reloads: list[object] = []
    load_clinic = clinic.load_clinic
    clinic.load_clinic = lambda *args: (reloads.append(args), load_clinic(*args))  # type: ignore[method-assign]
    result_id = window.session.records.export_results()[0][1].id
    assert result_id is not None
    subprocess.run([sys.executable, "-c", REVIEWER, str(target), str(result_id)], check=True, timeout=120)
    # A review changes no result and no trend: the list shows it (within the live views' 2 s) as it is.
    qtbot.waitUntil(lambda: result_id in clinic.reviews, timeout=2_000)
    qtbot.wait(500)  # the live feed's burst timer has had time to fire
    assert reloads == []
    # A result saved elsewhere still reloads the clinic.
    _committed(_write_elsewhere(target, patient_id, "0.58 mmol/L"))
    qtbot.waitUntil(lambda: len(reloads) == 1, timeout=3_000)
    window.session.close()

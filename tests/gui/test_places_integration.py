"""The three places together: demo clinic, clinic list to patient, trend beside the records."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.records import MagnesiumResult, Patient
from mgdesk.store.paths import default_database_path
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.window import MainWindow


def test_demo_clinic_opens_in_the_clinic_place_and_rows_open_patients(qtbot: QtBot) -> None:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.open_demo_clinic()
    assert window.places.currentWidget() is window.clinic_host
    clinic = window.ensure_clinic()
    qtbot.waitUntil(lambda: clinic.count_label.text() == "166 patients", timeout=30_000)
    assert clinic.synthetic.isVisibleTo(window)
    assert "synthetic demo" in window.database_status.text()
    assert not default_database_path().exists(), "the demo must never touch the user's own database"
    index = clinic.proxy.index(0, 0)
    clinic_id = clinic.proxy.data(index)
    clinic.table.setCurrentIndex(index)
    qtbot.keyClick(clinic.table, Qt.Key.Key_Return)
    assert window.places.currentWidget() is window.patients_host
    assert window.patients.record is not None
    assert window.patients.record.patient.clinic_id == clinic_id
    trend = window.patients.trend
    assert trend is not None
    assert trend.synthetic.isVisibleTo(window)


def test_trend_panel_follows_the_chosen_patient_and_new_results(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.open_database(tmp_path / "t.sqlite3")
    session = window.session
    session.run(session.commands.add_patient(Patient("T-1")))
    patient = session.records.patient_by_clinic_id("T-1")
    assert patient is not None
    assert patient.id is not None
    window.show_patients()
    for day, text in ((dt.date(2022, 1, 1), "0.85 mmol/L"), (dt.date(2023, 1, 1), "0.80 mmol/L")):
        measurement = parse_measurement(text)
        session.run(session.commands.add_result(patient.id, MagnesiumResult(day, measurement, "mmol/L")))
    trend = window.patients.trend
    assert trend is not None
    assert trend.summary is not None
    assert trend.summary.n.value == 2
    window.undo_action.trigger()
    assert trend.summary.n.value == 1


def test_patients_place_is_built_on_first_use_and_shows_an_open_database(qtbot: QtBot, tmp_path: Path) -> None:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    assert window._patients is None  # not needed to show the window
    assert window.open_database(tmp_path / "late.sqlite3")
    window.session.records.add_patient(Patient("LATE-1"))
    view = window.show_patients()
    assert view.patients.rowCount() == 1
    assert view.pages.currentIndex() == 1

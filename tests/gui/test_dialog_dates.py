"""The add/edit dialogs explain a refused date or birth year under its field, in words, before OK."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from mgdesk.domain.profile import default_profile
from mgdesk.domain.units import MgUnit
from mgdesk.ui.patients.record_dialogs import CourseDialog, PatientDialog, ResultDialog

TOMORROW = dt.date.today() + dt.timedelta(days=1)


def test_a_collection_date_out_of_range_is_explained_at_once_and_once(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ResultDialog(default_profile(), MgUnit.MMOL_L)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.date_note.isHidden()
    dialog.value.setText("0.80")
    dialog.date.setDate(QDate(1899, 12, 31))
    assert not dialog.date_note.isHidden()  # before OK
    note = dialog.date_note.text()
    assert "The collection date 1899-12-31 is not plausible: it must lie between 1900-01-01 and tomorrow" in note
    dialog.grab().save(str(tmp_path / "result-date.png"))
    dialog.accept()  # OK: refused, explained once (under the field), focus back on the date
    assert dialog.result() == 0
    assert dialog.error_label.text() == ""
    assert dialog.focusWidget() is dialog.date
    day_after = TOMORROW + dt.timedelta(days=1)
    dialog.date.setDate(QDate(day_after.year, day_after.month, day_after.day))
    assert TOMORROW.isoformat() in dialog.date_note.text()
    dialog.date.setDate(QDate(TOMORROW.year, TOMORROW.month, TOMORROW.day))  # the clock may be a little off
    assert dialog.date_note.isHidden()
    dialog.accept()
    assert dialog.record is not None


def test_course_dates_out_of_range_or_stopping_before_the_start_are_explained(qtbot: QtBot) -> None:
    dialog = CourseDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start.setDate(QDate(1850, 1, 1))
    assert "The start date 1850-01-01 is not plausible" in dialog.start_note.text()
    dialog.start.setDate(QDate(2020, 5, 1))
    assert dialog.start_note.isHidden()
    dialog.stopped.setChecked(True)
    dialog.stop.setDate(QDate(2020, 4, 1))
    assert dialog.stop_note.text() == "⚠ The course of metformin stops (2020-04-01) before it starts (2020-05-01)."
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.error_label.text() == ""  # shown once, under the stop date
    dialog.stop.setDate(QDate(2021, 4, 1))
    assert dialog.stop_note.isHidden()
    dialog.accept()
    assert dialog.record is not None


def test_an_implausible_birth_year_is_explained(qtbot: QtBot) -> None:
    dialog = PatientDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.clinic_id.setText("P-1")
    dialog.birth_year.setValue(1850)
    assert "Birth year 1850 is not plausible: it must lie between 1880 and" in dialog.birth_note.text()
    dialog.accept()
    assert dialog.result() == 0
    assert dialog.error_label.text() == ""
    dialog.birth_year.setValue(0)  # unknown
    assert dialog.birth_note.isHidden()
    dialog.accept()
    assert dialog.record is not None


def test_date_fields_are_written_as_every_other_date_in_the_language(qtbot: QtBot) -> None:
    """In French the date field reads 05/01/2024, as the tables and the report write dates; ISO in the C locale."""
    from PySide6.QtCore import QLocale

    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("fr_FR"))
        dialog = ResultDialog(default_profile(), MgUnit.MMOL_L)
        qtbot.addWidget(dialog)
        dialog.date.setDate(QDate(2024, 1, 5))
        assert dialog.date.text() == "05/01/2024"
        QLocale.setDefault(QLocale.c())
        iso = CourseDialog()
        qtbot.addWidget(iso)
        iso.start.setDate(QDate(2024, 1, 5))
        assert iso.start.text() == "2024-01-05"
    finally:
        QLocale.setDefault(previous)

"""The Patients place through its real widgets: records, undo, duplicates, import, failures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.profile import default_profile
from mgdesk.domain.records import DrugClass, MagnesiumResult, MedicationCourse, Patient, Specimen
from mgdesk.domain.units import MgUnit
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.patients.record_dialogs import CourseDialog, PatientDialog, ResultDialog
from mgdesk.ui.patients.record_models import CoursesModel, ResultsModel
from mgdesk.ui.window import MainWindow


@pytest.fixture
def clinic(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.open_database(tmp_path / "clinic.sqlite3")
    window.show_patients()
    return window


def add_patient(window: MainWindow, clinic_id: str = "P-001", name: str = "Ada Example") -> int:
    assert window.session.run(window.session.commands.add_patient(Patient(clinic_id, name=name)))
    found = window.session.records.patient_by_clinic_id(clinic_id)
    assert found is not None
    assert found.id is not None
    return found.id


def result(text: str, day: dt.date, specimen: Specimen = Specimen.SERUM) -> MagnesiumResult:
    measurement = parse_measurement(text)
    return MagnesiumResult(day, measurement, str(measurement.unit), specimen)


def test_new_patient_appears_and_undo_redo_work(clinic: MainWindow) -> None:
    add_patient(clinic)
    assert clinic.patients.patients.rowCount() == 1
    assert "P-001 · Ada Example" in clinic.patients.header_label.text()
    clinic.undo_action.trigger()
    assert clinic.patients.patients.rowCount() == 0
    clinic.redo_action.trigger()
    assert clinic.patients.patients.rowCount() == 1
    assert clinic.undo_action.shortcut().toString() == "Ctrl+Z"


def test_duplicate_clinic_id_is_refused_with_a_message(clinic: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    add_patient(clinic)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))
    assert not clinic.session.run(clinic.session.commands.add_patient(Patient("P-001")))
    assert shown
    assert "P-001" in shown[0]
    assert clinic.session.undo_stack.count() == 1


def test_results_table_shows_class_months_and_never_classifies_urine(clinic: MainWindow) -> None:
    patient_id = add_patient(clinic)
    commands = clinic.session.commands
    course = MedicationCourse(DrugClass.METFORMIN, "metformin", dt.date(2020, 1, 1), None, Decimal(1000))
    clinic.session.run(commands.add_course(patient_id, course))
    clinic.session.run(commands.add_result(patient_id, result("1.7 mg/dL", dt.date(2021, 1, 1))))
    clinic.session.run(commands.add_result(patient_id, result("3.1 mmol/L", dt.date(2021, 2, 1), Specimen.URINE)))
    model = clinic.patients.results
    assert model.rowCount() == 2
    newest, older = 0, 1
    assert model.data(model.index(older, ResultsModel.COL_MMOL)) == "0.699"
    assert model.data(model.index(older, ResultsModel.COL_CLASS)) == "~ low"
    assert model.data(model.index(older, ResultsModel.COL_MONTHS)) == "12.0"
    assert model.data(model.index(newest, ResultsModel.COL_CLASS)) == "not classified"
    assert model.data(model.index(newest, ResultsModel.COL_MMOL)) == "–"
    courses = clinic.patients.courses
    assert courses.data(courses.index(0, CoursesModel.COL_STOP)) == "ongoing"


def test_models_pass_qtmodeltester(clinic: MainWindow, qtmodeltester: object) -> None:
    patient_id = add_patient(clinic)
    clinic.session.run(clinic.session.commands.add_result(patient_id, result("0.81 mmol/L", dt.date(2022, 3, 1))))
    for model in (clinic.patients.results, clinic.patients.courses, clinic.patients.patients):
        qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_delete_asks_a_reason_and_undo_brings_the_result_back(
    clinic: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    patient_id = add_patient(clinic)
    clinic.session.run(clinic.session.commands.add_result(patient_id, result("0.81 mmol/L", dt.date(2022, 3, 1))))
    asked: list[str] = []

    def answer(_parent: object, _title: str, label: str, text: str = "") -> tuple[str, bool]:
        asked.append(label)
        return "wrong patient", True

    monkeypatch.setattr(QInputDialog, "getText", answer)
    clinic.patients.results_view.selectRow(0)
    clinic.patients.delete_result()
    assert asked
    assert clinic.patients.results.rowCount() == 0
    deletes = [entry for entry in clinic.session.records.audit_log("mg_results") if entry.action == "delete"]
    assert len(deletes) == 1
    assert deletes[0].new_values is not None
    assert deletes[0].new_values["deleted_reason"] == "wrong patient"
    clinic.undo_action.trigger()
    assert clinic.patients.results.rowCount() == 1


def test_the_same_sample_warns_before_saving(clinic: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    patient_id = add_patient(clinic)
    first = result("0.81 mmol/L", dt.date(2022, 3, 1))
    clinic.session.run(clinic.session.commands.add_result(patient_id, first))
    questions: list[str] = []

    def decline(_parent: object, _title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        questions.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", decline)
    assert not clinic.patients._confirm_not_duplicate(patient_id, first)
    assert "already has 0.81 mmol/L (serum, 2022-03-01)" in questions[0]
    same_in_mg = result("1.97 mg/dL", dt.date(2022, 3, 1))  # 0.8105 mmol/L: the same draw
    assert not clinic.patients._confirm_not_duplicate(patient_id, same_in_mg)
    assert "1.97 mg/dL at that time is the same sample" in questions[1]
    assert clinic.patients._confirm_not_duplicate(patient_id, result("0.95 mmol/L", dt.date(2022, 3, 1)))
    assert len(questions) == 2  # another value that day is another sample: no question


def test_result_dialog_reuses_the_converter(qtbot: QtBot) -> None:
    dialog = ResultDialog(default_profile(), MgUnit.MMOL_L)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.value, "1,7 mg/dl")
    assert MgUnit(dialog.unit.currentData()) is MgUnit.MG_DL
    assert dialog.value.text() == "1,7"
    assert "0.699 mmol/L" in dialog.live.text()
    assert "could be 0.68 to 0.72 mmol/L" in dialog.live.text()
    assert dialog.badge.is_outlined()
    dialog.value.clear()
    qtbot.keyClicks(dialog.value, "2.0")
    dialog.unit.setCurrentIndex(list(MgUnit).index(MgUnit.MMOL_L))
    assert "check the unit" in dialog.live.text()
    dialog.accept()
    assert isinstance(dialog.record, MagnesiumResult)
    assert dialog.record.measurement.text == "2.0"


def test_dialogs_keep_bad_input_and_say_why(qtbot: QtBot) -> None:
    patient_dialog = PatientDialog()
    qtbot.addWidget(patient_dialog)
    patient_dialog.accept()
    assert "clinic identifier" in patient_dialog.error_label.text()
    assert patient_dialog.record is None
    course_dialog = CourseDialog()
    qtbot.addWidget(course_dialog)
    course_dialog.dose.setText("lots")
    course_dialog.accept()
    assert "number of mg" in course_dialog.error_label.text()
    assert course_dialog.dose.text() == "lots"
    course_dialog.dose.setText("850 mg/day")  # what a CSV file may hold is accepted here too
    assert course_dialog.build().daily_dose_mg == Decimal(850)
    result_dialog = ResultDialog(default_profile(), MgUnit.MMOL_L)
    qtbot.addWidget(result_dialog)
    qtbot.keyClicks(result_dialog.value, "0,7x")
    result_dialog.accept()
    # Said once, under the value where it is typed, not repeated above the buttons.
    assert "Unknown unit" in result_dialog.live.text()
    assert result_dialog.error_label.text() == ""
    assert result_dialog.record is None


def test_import_csv_through_the_window(clinic: MainWindow, tmp_path: Path) -> None:
    csv = tmp_path / "lab.csv"
    csv.write_text(
        "patient;date;value;unit\nP-1;2023-01-05;1,8;mg/dL\nP-2;2023-02-01;0.65;mmol/L\nP-2;2023-03-01;abc;mmol/L\n",
        encoding="utf-8",
    )
    summary = clinic.import_file(csv, confirm=False)
    assert summary == "2 imported, 0 duplicates skipped, 2 new patients, 1 rows rejected."
    assert clinic.patients.patients.rowCount() == 2


def test_a_file_that_is_not_a_database_keeps_the_converter_working(qtbot: QtBot, tmp_path: Path) -> None:
    bogus = tmp_path / "notes.sqlite3"
    bogus.write_text("these are not patient records\n" * 50, encoding="utf-8")
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    assert not window.open_database(bogus)
    assert "not" in window.patients.closed_label.text().lower()
    assert window.patients.pages.currentIndex() == 0
    assert bogus.read_text(encoding="utf-8").startswith("these are not patient records")
    qtbot.keyClicks(window.converter.value_edit, "1.8 mg/dL")
    assert window.converter.value_labels[MgUnit.MMOL_L].text() == "0.74"


def test_patients_shortcuts_are_in_the_menus(clinic: MainWindow) -> None:
    shortcuts = {action.shortcut().toString() for action in clinic.findChildren(type(clinic.undo_action))}
    assert {"Ctrl+2", "Ctrl+N", "Ctrl+F", "Ctrl+R", "Ctrl+M", "Ctrl+I", "Ctrl+O"} <= shortcuts


def test_dates_follow_the_locale_with_four_digit_years() -> None:
    from PySide6.QtCore import QLocale

    from mgdesk.ui.common.wording import local_date

    day = dt.date(2021, 3, 4)
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.C))
        assert local_date(day) == "2021-03-04"
        QLocale.setDefault(QLocale("en_US"))
        assert local_date(day) == "3/4/2021"
        QLocale.setDefault(QLocale("de_DE"))
        assert local_date(day) == "04.03.2021"
    finally:
        QLocale.setDefault(previous)


def test_import_names_rows_that_repeat_a_sample(clinic: MainWindow, tmp_path: Path) -> None:
    csv = tmp_path / "lab.csv"
    csv.write_text(
        "patient;date;value;unit\nP-1;2023-01-05;0.74;mmol/L\nP-1;2023-01-05;1.80;mg/dL\nP-1;2023-01-05;1.48;mEq/L\n",
        encoding="utf-8",
    )
    summary = clinic.import_file(csv, confirm=False)
    assert summary is not None
    assert summary.splitlines() == [
        "1 imported, 2 duplicates skipped, 1 new patients, 0 rows rejected.",
        "Line 3: 1.80 mg/dL is the same sample as 0.74 mmol/L (serum, 2023-01-05), reported in mg/dL instead of "
        "mmol/L; not stored.",
        "Line 4: 1.48 mEq/L is the same sample as 0.74 mmol/L (serum, 2023-01-05), reported in mEq/L instead of "
        "mmol/L; not stored.",
    ]

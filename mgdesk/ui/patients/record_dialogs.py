"""Dialogs that add or edit a patient, a medication course or a result.

Each dialog builds a domain record and lets the domain say what is wrong
(shown inline, the dialog stays open, nothing typed is lost).  A date or
birth year the domain refuses (``check_record_date``: 1900-01-01 to
tomorrow; ``check_birth_year``) is explained in words under its field as
soon as it is entered, before OK is pressed.  The result
dialog reuses the converter's machinery: the value is parsed, converted and
classified live with the same words, icon, colour and mix-up warnings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mgdesk.domain.classify import classify
from mgdesk.domain.errors import MgdeskError
from mgdesk.domain.measurement import parse_measurement, split_value_unit
from mgdesk.domain.profile import LabProfile
from mgdesk.domain.records import (
    DrugClass,
    MagnesiumResult,
    MedicationCourse,
    Patient,
    Sex,
    Specimen,
    check_birth_year,
    check_record_date,
    parse_dose,
)
from mgdesk.domain.units import DISPLAY_UNITS, MgUnit
from mgdesk.ui.common.class_style import ClassBadge, badge_words
from mgdesk.ui.common.look import show_as_error
from mgdesk.ui.common.messages import borderline_sentence, error_sentence, local_date_pattern, mix_up_sentences
from mgdesk.ui.common.record_names import drug_class_name, specimen_name
from mgdesk.ui.common.wording import local_number

LIVE_WIDTH = 420


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class _RecordDialog(QDialog):
    """A form with an inline error line; OK builds the record or shows why not."""

    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.form = QFormLayout()
        self.error_label = QLabel()
        self.error_label.setObjectName("messageLabel")
        show_as_error(self.error_label)
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # The dialog grows with its content: the live conversion and its warnings are never cut off.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.record: object | None = None
        self.field_notes: list[tuple[QWidget, QLabel]] = []  # a field and the note that explains it

    def field_note(self, field: QWidget) -> QLabel:
        """An inline note under ``field`` that says, in words, why what it holds is refused; hidden while fine."""
        note = QLabel()
        note.setObjectName("fieldNote")
        show_as_error(note)
        note.setWordWrap(True)
        self.field_notes.append((field, note))
        return note

    def explain(self, note: QLabel, check: Callable[[], object]) -> None:
        """Run a domain check for the note's field: show the refusal under it, or hide the note."""
        try:
            check()
        except MgdeskError as error:
            note.setText(f"⚠ {error_sentence(error)}")
        else:
            note.clear()
        self.form.setRowVisible(note, bool(note.text()))
        self.adjustSize()

    def build(self) -> object:
        raise NotImplementedError

    def labelled(self, text: str, buddy: QWidget) -> QLabel:
        """A real buddy label: its mnemonic (the letter after '&') moves the focus to ``buddy``."""
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def accept(self) -> None:
        try:
            self.record = self.build()
        except MgdeskError as error:
            self.show_error(error)
            return
        super().accept()

    def show_error(self, error: MgdeskError) -> None:
        """Shown once: under the field a note already explains it, else on the error line."""
        sentence = f"⚠ {error_sentence(error)}"
        for field, note in self.field_notes:
            if note.text() == sentence:
                self.error_label.clear()
                field.setFocus()
                return
        self.error_label.setText(sentence)


class PatientDialog(_RecordDialog):
    def __init__(self, parent: QWidget | None = None, patient: Patient | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("dialogs", "Edit patient")
            if patient
            else QCoreApplication.translate("dialogs", "New patient"),
            parent,
        )
        self._original = patient
        self.clinic_id = QLineEdit(patient.clinic_id if patient else "")
        self.clinic_id.setAccessibleName(QCoreApplication.translate("dialogs", "Clinic identifier"))
        self.name = QLineEdit(patient.name or "" if patient else "")
        self.name.setAccessibleName(QCoreApplication.translate("dialogs", "Name"))
        self.birth_year = QSpinBox()
        self.birth_year.setRange(0, dt.date.today().year)
        self.birth_year.setSpecialValueText(QCoreApplication.translate("dialogs", "unknown"))
        self.birth_year.setValue(patient.birth_year or 0 if patient else 0)
        self.birth_year.setAccessibleName(QCoreApplication.translate("dialogs", "Birth year"))
        self.sex = QComboBox()
        self.sex.addItem(QCoreApplication.translate("dialogs", "unknown"), None)
        for sex, label in (
            (Sex.FEMALE, QCoreApplication.translate("dialogs", "female")),
            (Sex.MALE, QCoreApplication.translate("dialogs", "male")),
            (Sex.OTHER, QCoreApplication.translate("dialogs", "other")),
        ):
            self.sex.addItem(label, sex)
        if patient and patient.sex:
            self.sex.setCurrentIndex(self.sex.findData(patient.sex))
        self.sex.setAccessibleName(QCoreApplication.translate("dialogs", "Sex"))
        self.notes = QPlainTextEdit(patient.notes if patient else "")
        self.notes.setAccessibleName(QCoreApplication.translate("dialogs", "Notes"))
        self.notes.setTabChangesFocus(True)
        self.form.addRow(QCoreApplication.translate("dialogs", "Clinic &identifier (required)"), self.clinic_id)
        self.form.addRow(QCoreApplication.translate("dialogs", "&Name"), self.name)
        self.birth_note = self.field_note(self.birth_year)
        self.birth_year.valueChanged.connect(self._check_birth_year)
        self.form.addRow(QCoreApplication.translate("dialogs", "&Birth year"), self.birth_year)
        self.form.addRow("", self.birth_note)
        self.form.setRowVisible(self.birth_note, False)
        self.form.addRow(QCoreApplication.translate("dialogs", "&Sex"), self.sex)
        self.form.addRow(QCoreApplication.translate("dialogs", "N&otes"), self.notes)

    def _check_birth_year(self, year: int) -> None:
        self.explain(self.birth_note, lambda: check_birth_year(year) if year else None)

    def build(self) -> Patient:
        return Patient(
            clinic_id=self.clinic_id.text().strip(),
            name=self.name.text().strip() or None,
            birth_year=self.birth_year.value() or None,
            sex=Sex(self.sex.currentData()) if self.sex.currentData() else None,
            notes=self.notes.toPlainText().strip(),
            id=self._original.id if self._original else None,
        )


class CourseDialog(_RecordDialog):
    def __init__(self, parent: QWidget | None = None, course: MedicationCourse | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("dialogs", "Edit medication")
            if course
            else QCoreApplication.translate("dialogs", "Add medication"),
            parent,
        )
        self._original = course
        self.drug_class = QComboBox()
        for drug_class in DrugClass:
            self.drug_class.addItem(drug_class_name(drug_class), drug_class)
        self.drug_class.setAccessibleName(QCoreApplication.translate("dialogs", "Drug class"))
        self.drug = QLineEdit(course.drug if course else "metformin")
        self.drug.setAccessibleName(QCoreApplication.translate("dialogs", "Drug"))
        self.start = QDateEdit(to_qdate(course.start) if course else QDate.currentDate())
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat(local_date_pattern())  # the locale's, as every date shown
        self.start.setAccessibleName(QCoreApplication.translate("dialogs", "Start date"))
        self.stopped = QCheckBox(QCoreApplication.translate("dialogs", "stopped on"))
        self.stop = QDateEdit(to_qdate(course.stop) if course and course.stop else QDate.currentDate())
        self.stop.setCalendarPopup(True)
        self.stop.setDisplayFormat(local_date_pattern())  # the locale's, as every date shown
        self.stop.setAccessibleName(QCoreApplication.translate("dialogs", "Stop date"))
        self.stopped.setChecked(bool(course and course.stop))
        self.stop.setEnabled(self.stopped.isChecked())
        self.stopped.toggled.connect(self.stop.setEnabled)
        self.dose = QLineEdit(f"{course.daily_dose_mg:f}" if course and course.daily_dose_mg is not None else "")
        self.dose.setPlaceholderText(QCoreApplication.translate("dialogs", "e.g. 1000 (optional)"))
        self.dose.setAccessibleName(QCoreApplication.translate("dialogs", "Daily dose in mg"))
        if course:
            self.drug_class.setCurrentIndex(self.drug_class.findData(course.drug_class))
        stop_row = QHBoxLayout()
        stop_row.addWidget(self.stopped)
        stop_row.addWidget(self.stop, 1)
        self.form.addRow(QCoreApplication.translate("dialogs", "Drug &class"), self.drug_class)
        self.form.addRow(QCoreApplication.translate("dialogs", "&Drug"), self.drug)
        self.start_note = self.field_note(self.start)
        self.stop_note = self.field_note(self.stop)
        self.start.dateChanged.connect(self._check_dates)
        self.stop.dateChanged.connect(self._check_dates)
        self.stopped.toggled.connect(self._check_dates)
        self.form.addRow(QCoreApplication.translate("dialogs", "&Start"), self.start)
        self.form.addRow("", self.start_note)
        self.form.setRowVisible(self.start_note, False)
        self.form.addRow(self.labelled(QCoreApplication.translate("dialogs", "S&top"), self.stop), stop_row)
        self.form.addRow("", self.stop_note)
        self.form.setRowVisible(self.stop_note, False)
        self.form.addRow(QCoreApplication.translate("dialogs", "Daily d&ose (mg)"), self.dose)
        self.form.addRow(
            QLabel(
                QCoreApplication.translate(
                    "dialogs", "A dose change is a new course: stop this one and add the new dose."
                )
            )
        )

    def _check_dates(self) -> None:
        start = from_qdate(self.start.date())
        self.explain(self.start_note, lambda: check_record_date(start, "start date"))
        if not self.stopped.isChecked():
            self.explain(self.stop_note, lambda: None)
            return
        stop = from_qdate(self.stop.date())

        def stop_fits() -> None:
            check_record_date(stop, "stop date")
            drug_class = DrugClass(self.drug_class.currentData())
            MedicationCourse(drug_class, drug_class.value, start, stop)  # the domain's "stops before it starts"

        self.explain(self.stop_note, stop_fits)

    def build(self) -> MedicationCourse:
        dose = parse_dose(self.dose.text())
        check_record_date(from_qdate(self.start.date()), "start date")
        if self.stopped.isChecked():
            check_record_date(from_qdate(self.stop.date()), "stop date")
        return MedicationCourse(
            drug_class=DrugClass(self.drug_class.currentData()),
            drug=self.drug.text().strip() or DrugClass(self.drug_class.currentData()).value,
            start=from_qdate(self.start.date()),
            stop=from_qdate(self.stop.date()) if self.stopped.isChecked() else None,
            daily_dose_mg=dose,
            id=self._original.id if self._original else None,
        )


class ResultDialog(_RecordDialog):
    """A result with the converter's live conversion, class and mix-up warning."""

    def __init__(
        self,
        profile: LabProfile,
        unit: MgUnit,
        parent: QWidget | None = None,
        result: MagnesiumResult | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("dialogs", "Edit result")
            if result
            else QCoreApplication.translate("dialogs", "Add magnesium result"),
            parent,
        )
        self._profile, self._original = profile, result
        self.date = QDateEdit(to_qdate(result.collected_on) if result else QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(local_date_pattern())  # the locale's, as every date shown
        self.date.setAccessibleName(QCoreApplication.translate("dialogs", "Collection date"))
        self.has_time = QCheckBox(QCoreApplication.translate("dialogs", "at"))
        self.time = QTimeEdit(
            QTime(result.collected_at.hour, result.collected_at.minute)
            if result and result.collected_at
            else QTime(8, 0)
        )
        self.time.setDisplayFormat("HH:mm")
        self.time.setAccessibleName(QCoreApplication.translate("dialogs", "Collection time"))
        self.has_time.setChecked(bool(result and result.collected_at))
        self.time.setEnabled(self.has_time.isChecked())
        self.has_time.toggled.connect(self.time.setEnabled)
        self.value = QLineEdit(result.measurement.text if result else "")
        self.value.setPlaceholderText(QCoreApplication.translate("dialogs", "e.g. 1.8 or 1,8 mg/dL"))
        self.value.setAccessibleName(QCoreApplication.translate("dialogs", "Magnesium value"))
        self.unit = QComboBox()
        for choice in MgUnit:
            self.unit.addItem(str(choice), choice)
        self.unit.setCurrentIndex(list(MgUnit).index(result.measurement.unit if result else unit))
        self.unit.setAccessibleName(QCoreApplication.translate("dialogs", "Unit of the value"))
        self.specimen = QComboBox()
        for specimen in Specimen:
            self.specimen.addItem(specimen_name(specimen), specimen)
        if result:
            self.specimen.setCurrentIndex(self.specimen.findData(result.specimen))
        self.specimen.setAccessibleName(QCoreApplication.translate("dialogs", "Specimen"))
        self.lab = QLineEdit(result.lab or "" if result else "")
        self.lab.setAccessibleName(QCoreApplication.translate("dialogs", "Laboratory"))
        self.comment = QLineEdit(result.comment if result else "")
        self.comment.setAccessibleName(QCoreApplication.translate("dialogs", "Comment"))
        self.badge = ClassBadge()
        self.live = QLabel()
        self.live.setObjectName("liveResult")
        self.live.setWordWrap(True)
        self.live.setMinimumWidth(LIVE_WIDTH)  # wraps into lines of a readable length; the dialog grows in height
        date_row = QHBoxLayout()
        date_row.addWidget(self.date, 1)
        date_row.addWidget(self.has_time)
        date_row.addWidget(self.time)
        value_row = QHBoxLayout()
        value_row.addWidget(self.value, 1)
        value_row.addWidget(self.unit)
        self.date_note = self.field_note(self.date)
        self.date.dateChanged.connect(self._check_date)
        self.form.addRow(self.labelled(QCoreApplication.translate("dialogs", "Collected &on"), self.date), date_row)
        self.form.addRow("", self.date_note)
        self.form.setRowVisible(self.date_note, False)
        self.form.addRow(self.labelled(QCoreApplication.translate("dialogs", "&Value"), self.value), value_row)
        self.form.addRow("", self.badge)
        self.form.addRow("", self.live)
        self.form.addRow(QCoreApplication.translate("dialogs", "S&pecimen"), self.specimen)
        self.form.addRow(QCoreApplication.translate("dialogs", "&Lab"), self.lab)
        self.form.addRow(QCoreApplication.translate("dialogs", "Co&mment"), self.comment)
        self.value.textChanged.connect(self._on_value_changed)
        self.unit.currentIndexChanged.connect(self._update_live)
        self.specimen.currentIndexChanged.connect(self._update_live)
        self.value.setFocus()
        self._update_live()

    def _check_date(self) -> None:
        day = from_qdate(self.date.date())
        self.explain(self.date_note, lambda: check_record_date(day, "collection date"))

    def _on_value_changed(self, text: str) -> None:
        split = split_value_unit(text)
        if split is not None:  # a unit typed after the number moves into the selector
            number, unit = split
            self.unit.setCurrentIndex(list(MgUnit).index(unit))
            self.value.setText(number)
        self._update_live()

    def _update_live(self) -> None:
        self._show_live()
        # The wrapped sentences need their full height: the label asks for it, the dialog grows to it.
        width = max(self.live.width(), LIVE_WIDTH)
        self.live.setMinimumHeight(self.live.heightForWidth(width))
        self.adjustSize()

    def _show_live(self) -> None:
        text = self.value.text()
        if not text.strip():
            self.badge.set_class(None, borderline=False, text="")
            self.live.setText(
                QCoreApplication.translate("dialogs", "Type the value as the lab wrote it, with its decimals.")
            )
            return
        try:
            measurement = parse_measurement(text, MgUnit(self.unit.currentData()))
        except MgdeskError as error:
            self.badge.set_class(None, borderline=False, text="")
            self.live.setText(f"⚠ {error_sentence(error)}")
            return
        if not Specimen(self.specimen.currentData()).is_serum_like:
            self.badge.set_class(None, borderline=False, text="")
            self.live.setText(
                QCoreApplication.translate(
                    "dialogs", "Stored, but not compared with serum bands nor drawn on the serum trend."
                )
            )
            return
        result = classify(measurement, self._profile)
        self.badge.set_class(
            result.category,
            borderline=result.borderline,
            text=badge_words(result.category, borderline=result.borderline),
        )
        values = " = ".join(f"{local_number(result.shown(u))} {u}" for u in DISPLAY_UNITS)
        sentences = [values, *filter(None, [borderline_sentence(result)]), *mix_up_sentences(result)]
        self.live.setText("\n".join(sentences))

    def show_error(self, error: MgdeskError) -> None:
        """A value error is already explained under the value (live): shown once, there, not twice."""
        self._update_live()
        if error_sentence(error) in self.live.text():
            self.error_label.clear()
            self.value.setFocus()
        else:
            super().show_error(error)

    def build(self) -> MagnesiumResult:
        check_record_date(from_qdate(self.date.date()), "collection date")
        measurement = parse_measurement(self.value.text(), MgUnit(self.unit.currentData()))
        time = self.time.time()
        return MagnesiumResult(
            collected_on=from_qdate(self.date.date()),
            collected_at=dt.time(time.hour(), time.minute()) if self.has_time.isChecked() else None,
            measurement=measurement,
            unit_as_written=self._original.unit_as_written
            if self._original and self._original.measurement.unit is measurement.unit
            else str(measurement.unit),
            specimen=Specimen(self.specimen.currentData()),
            source=self._original.source if self._original else "typed",
            lab=self.lab.text().strip() or None,
            comment=self.comment.text().strip(),
            id=self._original.id if self._original else None,
        )

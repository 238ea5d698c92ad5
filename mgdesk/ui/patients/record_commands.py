"""Undoable changes to records, as QUndoCommands over the store's Records API.

A command is first *applied* outside the undo stack, so a refusal from the
store (a duplicate clinic identifier, a locked database) reaches the user
before anything is pushed; ``QUndoStack.push`` then skips the first
``redo``.  Adding is undone by a soft delete and redone by an undelete (the
record keeps its identity and audit trail); a delete is undone by an
undelete; an edit is undone by writing the old values back.  Every step
lands in the audit log through the store; nothing here holds SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from mgdesk.domain.errors import MgdeskError
from mgdesk.domain.records import MagnesiumResult, MedicationCourse, Patient
from mgdesk.ui.common.wording import local_date

if TYPE_CHECKING:
    from mgdesk.store import Records

UNDO_REASON = "undone in mgdesk"

Notify = Callable[[int | None], None]
Report = Callable[[str], None]


class RecordCommand(QUndoCommand):
    """A change with ``do`` (first time and redo) and ``undo_change``; errors are reported, not raised."""

    def __init__(self, text: str, notify: Notify, report: Report, patient_id: int | None) -> None:
        super().__init__(text)
        self._notify, self._report = notify, report
        self.patient_id = patient_id
        self._applied = False

    def apply(self) -> None:
        """Make the change the first time; raises MgdeskError if the store refuses."""
        self.do()
        self._applied = True
        self._notify(self.patient_id)

    def mark_applied(self) -> None:
        """The change was made already (by a service): ``push`` must not make it again."""
        self._applied = True

    def do(self) -> None:
        raise NotImplementedError

    def undo_change(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        if self._applied:  # push() after apply(): already done
            self._applied = False
            return
        self._guarded(self.do)

    def undo(self) -> None:
        self._guarded(self.undo_change)

    def _guarded(self, step: Callable[[], None]) -> None:
        try:
            step()
        except MgdeskError as error:
            self._report(str(error))
        self._notify(self.patient_id)


class _Add(RecordCommand):
    def __init__(
        self,
        text: str,
        add: Callable[[], int | None],
        delete: Callable[[int, str], None],
        undelete: Callable[[int], None],
        notify: Notify,
        report: Report,
        patient_id: int | None,
    ) -> None:
        super().__init__(text, notify, report, patient_id)
        self._add, self._delete, self._undelete = add, delete, undelete
        self.record_id: int | None = None

    def do(self) -> None:
        if self.record_id is None:
            self.record_id = self._add()
            if self.patient_id is None:  # adding a patient: the new row is the patient
                self.patient_id = self.record_id
        else:
            self._undelete(self.record_id)

    def undo_change(self) -> None:
        assert self.record_id is not None
        self._delete(self.record_id, UNDO_REASON)


class _Edit[T](RecordCommand):
    def __init__(
        self,
        text: str,
        write: Callable[[T], object],
        old: T,
        new: T,
        notify: Notify,
        report: Report,
        patient_id: int | None,
    ) -> None:
        super().__init__(text, notify, report, patient_id)
        self._write, self._old, self._new = write, old, new

    def do(self) -> None:
        self._write(self._new)

    def undo_change(self) -> None:
        self._write(self._old)


class _Delete(RecordCommand):
    def __init__(
        self,
        text: str,
        record_id: int,
        reason: str,
        delete: Callable[[int, str], None],
        undelete: Callable[[int], None],
        notify: Notify,
        report: Report,
        patient_id: int | None,
    ) -> None:
        super().__init__(text, notify, report, patient_id)
        self._id, self._reason, self._delete, self._undelete = record_id, reason, delete, undelete

    def do(self) -> None:
        self._delete(self._id, self._reason)

    def undo_change(self) -> None:
        self._undelete(self._id)


class CommandFactory:
    """Builds the commands for one open database; the session applies and pushes them."""

    def __init__(
        self, records: Records, notify: Notify, report: Report, notify_reviews: Callable[[], None] | None = None
    ) -> None:
        self._r, self._notify, self._report = records, notify, report
        self._notify_reviews = notify_reviews or (lambda: None)

    def review_result(self, clinic_id: str, result_id: int, comment: str) -> RecordCommand:
        """Sign off a result as reviewed (undone by withdrawing the review, which the audit log keeps)."""
        r = self._r
        return _Add(
            QCoreApplication.translate("undo", "Review the latest result of {id}").format(id=clinic_id),
            lambda: r.add_review(result_id, comment).id,
            r.undo_review,
            r.redo_review,
            lambda _patient_id: self._notify_reviews(),
            self._report,
            None,
        )

    def add_patient(self, patient: Patient) -> RecordCommand:
        r = self._r
        return _Add(
            QCoreApplication.translate("undo", "Add patient {id}").format(id=patient.clinic_id),
            lambda: r.add_patient(patient).id,
            r.delete_patient,
            r.undelete_patient,
            self._notify,
            self._report,
            None,
        )

    def edit_patient(self, old: Patient, new: Patient) -> RecordCommand:
        r = self._r
        return _Edit(
            QCoreApplication.translate("undo", "Edit patient {id}").format(id=new.clinic_id),
            r.edit_patient,
            old,
            new,
            self._notify,
            self._report,
            new.id,
        )

    def delete_patient(self, patient: Patient, reason: str) -> RecordCommand:
        assert patient.id is not None
        r = self._r
        text = QCoreApplication.translate("undo", "Delete patient {id}").format(id=patient.clinic_id)
        return _Delete(
            text, patient.id, reason, r.delete_patient, r.undelete_patient, self._notify, self._report, patient.id
        )

    def add_course(self, patient_id: int, course: MedicationCourse) -> RecordCommand:
        r = self._r
        return _Add(
            QCoreApplication.translate("undo", "Add {drug}").format(drug=course.drug),
            lambda: r.add_course(patient_id, course).id,
            r.delete_course,
            r.undelete_course,
            self._notify,
            self._report,
            patient_id,
        )

    def edit_course(self, patient_id: int, old: MedicationCourse, new: MedicationCourse) -> RecordCommand:
        r = self._r
        return _Edit(
            QCoreApplication.translate("undo", "Edit {drug}").format(drug=new.drug),
            r.edit_course,
            old,
            new,
            self._notify,
            self._report,
            patient_id,
        )

    def delete_course(self, patient_id: int, course: MedicationCourse, reason: str) -> RecordCommand:
        assert course.id is not None
        r = self._r
        text = QCoreApplication.translate("undo", "Delete {drug}").format(drug=course.drug)
        return _Delete(
            text, course.id, reason, r.delete_course, r.undelete_course, self._notify, self._report, patient_id
        )

    def add_result(self, patient_id: int, result: MagnesiumResult) -> RecordCommand:
        r = self._r
        m = result.measurement
        return _Add(
            QCoreApplication.translate("undo", "Add result {value} {unit}").format(value=m.text, unit=m.unit),
            lambda: r.add_result(patient_id, result).id,
            r.delete_result,
            r.undelete_result,
            self._notify,
            self._report,
            patient_id,
        )

    def added_result(self, patient_id: int, result: MagnesiumResult, result_id: int) -> RecordCommand:
        """The undoable step for a result already stored (entered on a clinic server through the outbox service)."""
        r = self._r
        m = result.measurement
        command = _Add(
            QCoreApplication.translate("undo", "Add result {value} {unit}").format(value=m.text, unit=m.unit),
            lambda: result_id,
            r.delete_result,
            r.undelete_result,
            self._notify,
            self._report,
            patient_id,
        )
        command.record_id = result_id
        command.mark_applied()
        return command

    def edit_result(self, patient_id: int, old: MagnesiumResult, new: MagnesiumResult) -> RecordCommand:
        r = self._r
        return _Edit(
            QCoreApplication.translate("undo", "Edit result of {date}").format(date=local_date(new.collected_on)),
            r.edit_result,
            old,
            new,
            self._notify,
            self._report,
            patient_id,
        )

    def delete_result(self, patient_id: int, result: MagnesiumResult, reason: str) -> RecordCommand:
        assert result.id is not None
        r = self._r
        text = QCoreApplication.translate("undo", "Delete result of {date}").format(
            date=local_date(result.collected_on)
        )
        return _Delete(
            text, result.id, reason, r.delete_result, r.undelete_result, self._notify, self._report, patient_id
        )

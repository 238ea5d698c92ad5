"""The records API the window and the command line call: patients, courses, results.

Domain dataclasses go in and come out; no caller sees SQL.  Every insert,
edit, delete and undelete is written to the audit log in the same
transaction as the change (when, which OS user, old and new values as JSON).
Deletes are soft: the row stays, hidden, with the reason given, and
``undelete_*`` brings it back (the window's undo).  ``import_records`` is
the bulk path used by CSV import: one transaction for the whole batch, with
progress reports and a cancel check between chunks.

Several workstations may share one database (a clinic server).  Every
record carries a ``version``: an edit of a record read at version n saves
only if it is still n, else ``EditConflictError`` says who changed it, on
which workstation and when, and carries both versions.  A write the server
gave up because of another workstation's (deadlock, serialization) is run
again a bounded number of times.  The audit log records the OS user, the
workstation and the database role of every change.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import getpass
import json
import socket
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from typing import Any, Concatenate

from sqlalchemy import Connection, Table, func, insert, or_, select, update

from mgdesk.domain.errors import (
    DuplicatePatientError,
    EditConflictError,
    ImportCancelledError,
    InputError,
    RecordNotFoundError,
)
from mgdesk.domain.measurement import Measurement
from mgdesk.domain.records import DrugClass, MagnesiumResult, MedicationCourse, Patient, Specimen
from mgdesk.store import rows
from mgdesk.store.bulk import BulkInserter, memoised, storage_form
from mgdesk.store.database import Database
from mgdesk.store.schema import audit_log, medication_courses, mg_results, patients

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

IMPORT_CHUNK = 2000
_KINDS = {"patients": "patient", "medication_courses": "medication course", "mg_results": "result"}


@dataclass(frozen=True, slots=True)
class PatientRecord:
    """One patient with the courses and results not deleted, oldest first."""

    patient: Patient
    courses: tuple[MedicationCourse, ...]
    results: tuple[MagnesiumResult, ...]


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What a bulk import did; ``rejected`` holds (index in the batch, reason)."""

    imported: int
    duplicates: int
    patients_created: int
    rejected: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: dt.datetime
    os_user: str
    action: str
    table: str
    record_id: int
    old_values: dict[str, Any] | None
    new_values: dict[str, Any] | None
    workstation: str | None = None
    db_role: str | None = None


def _retried[**P, R](method: Callable[Concatenate[Records, P], R]) -> Callable[Concatenate[Records, P], R]:
    """Run a write method again when the server gave its transaction up (``Database.retrying``)."""

    @functools.wraps(method)
    def run(self: Records, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return self._db.retrying(lambda: method(self, *args, **kwargs))

    return run


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector during a bulk import.

    The rows an import builds are plain tuples that the collector would scan
    again and again together with the caller's records (full collections
    over hundreds of thousands of objects, several per import); none forms
    a reference cycle.  Collection resumes afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _os_user() -> str:
    try:
        return getpass.getuser()
    except OSError:  # no login name in the environment or the password database
        return "unknown"


class Records:
    """Read and change the records of one open database.

    ``user`` and ``workstation`` name who changes records from here in the
    audit log (default: the OS login name and the computer's host name).
    """

    def __init__(self, database: Database, *, user: str | None = None, workstation: str | None = None) -> None:
        self._db = database
        self._user = user or _os_user()
        self._workstation = workstation or socket.gethostname() or None

    @property
    def location(self) -> str:
        """How the open database is named (the file, or the database on the clinic server)."""
        return self._db.location

    @property
    def on_server(self) -> bool:
        return self._db.is_server

    @property
    def audit_identity(self) -> tuple[str, str | None, str | None]:
        """(OS user, workstation, database role) as the audit log records them."""
        return self._user, self._workstation, self._db.role

    # -- patients ---------------------------------------------------------

    def list_patients(self, search: str = "") -> list[Patient]:
        """Patients not deleted whose clinic identifier or name contains ``search`` (any case)."""
        query = select(patients).where(patients.c.deleted_at.is_(None)).order_by(patients.c.clinic_id)
        term = search.strip().lower()
        if term:
            query = query.where(
                or_(
                    func.lower(patients.c.clinic_id).contains(term, autoescape=True),
                    func.lower(patients.c.name).contains(term, autoescape=True),
                )
            )
        with self._db.reading() as conn:
            return [rows.patient_from_row(row) for row in conn.execute(query).mappings()]

    def patient_by_clinic_id(self, clinic_id: str) -> Patient | None:
        query = select(patients).where(patients.c.clinic_id == clinic_id.strip(), patients.c.deleted_at.is_(None))
        with self._db.reading() as conn:
            row = conn.execute(query).mappings().first()
        return rows.patient_from_row(row) if row is not None else None

    def patient_record(self, patient_id: int) -> PatientRecord:
        """The patient with their courses (by start) and results (by collection)."""
        with self._db.reading() as conn:
            row = self._live_row(conn, patients, patient_id)
            course_rows = (
                conn.execute(
                    select(medication_courses)
                    .where(medication_courses.c.patient_id == patient_id, medication_courses.c.deleted_at.is_(None))
                    .order_by(medication_courses.c.start, medication_courses.c.id)
                )
                .mappings()
                .all()
            )
            courses = tuple(rows.course_from_row(r) for r in course_rows)
            result_rows = (
                conn.execute(
                    select(mg_results)
                    .where(mg_results.c.patient_id == patient_id, mg_results.c.deleted_at.is_(None))
                    .order_by(mg_results.c.collected_on, mg_results.c.collected_at, mg_results.c.id)
                )
                .mappings()
                .all()
            )
            results = tuple(rows.result_from_row(r) for r in result_rows)
        return PatientRecord(rows.patient_from_row(row), courses, results)

    @_retried
    def add_patient(self, patient: Patient) -> Patient:
        values = rows.patient_values(patient)
        with self._db.writing() as conn:
            self._require_free_clinic_id(conn, values["clinic_id"], None)
            new_id = self._insert(conn, patients, values)
        return replace(patient, clinic_id=values["clinic_id"], id=new_id, version=1)

    @_retried
    def edit_patient(self, patient: Patient) -> Patient:
        """Save ``patient``; ``EditConflictError`` when it was read at a version someone has since changed."""
        patient_id = self._stored_id(patient.id, "patient")
        values = rows.patient_values(patient)
        with self._db.writing() as conn:
            self._require_free_clinic_id(conn, values["clinic_id"], patient_id)
            version = self._update(conn, patients, patient_id, values, mine=patient, from_row=rows.patient_from_row)
        return replace(patient, clinic_id=values["clinic_id"], version=version)

    def delete_patient(self, patient_id: int, reason: str) -> None:
        """Hide the patient (and so their records) with ``reason``."""
        self._soft_delete(patients, patient_id, reason)

    def undelete_patient(self, patient_id: int) -> None:
        self._undelete(patients, patient_id)

    def metformin_patients(self, on: dt.date | None = None) -> list[Patient]:
        """Patients taking metformin on ``on`` (default today), for the clinic view."""
        day = on or dt.date.today()
        courses = medication_courses.c
        query = (
            select(patients)
            .where(
                patients.c.deleted_at.is_(None),
                patients.c.id.in_(
                    select(courses.patient_id).where(
                        courses.drug_class == DrugClass.METFORMIN.value,
                        courses.deleted_at.is_(None),
                        courses.start <= day,
                        or_(courses.stop.is_(None), courses.stop >= day),
                    )
                ),
            )
            .order_by(patients.c.clinic_id)
        )
        with self._db.reading() as conn:
            return [rows.patient_from_row(row) for row in conn.execute(query).mappings()]

    # -- medication courses -----------------------------------------------

    @_retried
    def add_course(self, patient_id: int, course: MedicationCourse) -> MedicationCourse:
        with self._db.writing() as conn:
            self._live_row(conn, patients, patient_id)
            new_id = self._insert(conn, medication_courses, rows.course_values(patient_id, course))
        return replace(course, id=new_id, version=1)

    @_retried
    def edit_course(self, course: MedicationCourse) -> MedicationCourse:
        """Save ``course``; ``EditConflictError`` when it was read at a version someone has since changed."""
        course_id = self._stored_id(course.id, "medication course")
        with self._db.writing() as conn:
            old = self._live_row(conn, medication_courses, course_id)
            values = rows.course_values(old["patient_id"], course)
            version = self._update(
                conn, medication_courses, course_id, values, mine=course, from_row=rows.course_from_row
            )
        return replace(course, version=version)

    def delete_course(self, course_id: int, reason: str) -> None:
        self._soft_delete(medication_courses, course_id, reason)

    def undelete_course(self, course_id: int) -> None:
        self._undelete(medication_courses, course_id)

    # -- magnesium results ------------------------------------------------

    @_retried
    def add_result(
        self, patient_id: int, result: MagnesiumResult, *, client_uuid: str | None = None
    ) -> MagnesiumResult:
        """Store ``result`` for the patient; return it with its id and version.

        With ``client_uuid`` (made where the result was entered) a result already
        stored under that uuid is returned instead of storing it twice, so sending
        from an outbox again is harmless.
        """
        with self._db.writing() as conn:
            if client_uuid is not None:
                known = conn.execute(select(mg_results).where(mg_results.c.uuid == client_uuid)).mappings().first()
                if known is not None:
                    return rows.result_from_row(known)
            self._live_row(conn, patients, patient_id)
            values = rows.result_values(patient_id, result)
            if client_uuid is not None:
                values["uuid"] = client_uuid
            new_id = self._insert(conn, mg_results, values)
        return replace(result, id=new_id, version=1)

    @_retried
    def edit_result(self, result: MagnesiumResult) -> MagnesiumResult:
        """Save ``result``; ``EditConflictError`` when it was read at a version someone has since changed."""
        result_id = self._stored_id(result.id, "result")
        with self._db.writing() as conn:
            old = self._live_row(conn, mg_results, result_id)
            values = rows.result_values(old["patient_id"], result)
            version = self._update(conn, mg_results, result_id, values, mine=result, from_row=rows.result_from_row)
        return replace(result, version=version)

    def delete_result(self, result_id: int, reason: str) -> None:
        self._soft_delete(mg_results, result_id, reason)

    def undelete_result(self, result_id: int) -> None:
        self._undelete(mg_results, result_id)

    def find_duplicate_result(self, patient_id: int, result: MagnesiumResult) -> MagnesiumResult | None:
        """A stored result with the same date, value as written and unit (the window warns before saving)."""
        r = mg_results.c
        query = select(mg_results).where(
            r.patient_id == patient_id,
            r.deleted_at.is_(None),
            r.collected_on == result.collected_on,
            r.value_as_written == result.measurement.text,
            r.unit == result.measurement.unit.value,
        )
        if result.id is not None:
            query = query.where(r.id != result.id)
        with self._db.reading() as conn:
            row = conn.execute(query.limit(1)).mappings().first()
        return rows.result_from_row(row) if row is not None else None

    # -- export and bulk import -------------------------------------------

    def export_results(self, clinic_id: str | None = None) -> list[tuple[str, MagnesiumResult]]:
        """(clinic identifier, result) of every live result, or one patient's."""
        query = (
            select(patients.c.clinic_id, mg_results)
            .join(patients, patients.c.id == mg_results.c.patient_id)
            .where(patients.c.deleted_at.is_(None), mg_results.c.deleted_at.is_(None))
            .order_by(patients.c.clinic_id, mg_results.c.collected_on, mg_results.c.collected_at, mg_results.c.id)
        )
        if clinic_id is not None:
            query = query.where(patients.c.clinic_id == clinic_id.strip())
        with self._db.reading() as conn:
            return [(row["clinic_id"], rows.result_from_row(row)) for row in conn.execute(query).mappings()]

    def export_courses(self, clinic_id: str | None = None) -> list[tuple[str, MedicationCourse]]:
        """(clinic identifier, course) of every live medication course, or one patient's."""
        query = (
            select(patients.c.clinic_id, medication_courses)
            .join(patients, patients.c.id == medication_courses.c.patient_id)
            .where(patients.c.deleted_at.is_(None), medication_courses.c.deleted_at.is_(None))
            .order_by(patients.c.clinic_id, medication_courses.c.start, medication_courses.c.id)
        )
        if clinic_id is not None:
            query = query.where(patients.c.clinic_id == clinic_id.strip())
        with self._db.reading() as conn:
            return [(row["clinic_id"], rows.course_from_row(row)) for row in conn.execute(query).mappings()]

    def import_records(
        self,
        results: Sequence[tuple[str, MagnesiumResult]] = (),
        courses: Sequence[tuple[str, MedicationCourse]] = (),
        *,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportOutcome:
        """Store a batch of (clinic identifier, record) pairs in ONE transaction.

        Unknown patients are created; exact duplicates of stored results or
        courses (or of earlier rows of the batch) are skipped and counted;
        rows naming a deleted patient are rejected.  Indexes in ``rejected``
        count results first, then courses.  ``progress(done, total)`` is
        called between chunks; when ``cancelled()`` turns true the whole
        batch is rolled back and ``ImportCancelledError`` raised.
        """

        def attempt() -> ImportOutcome:
            batch = _Batch(self, results, courses, progress, cancelled)
            with _collector_paused(), self._db.writing(bulk=True) as conn:
                return batch.run(conn)

        return self._db.retrying(attempt)

    def audit_log(self, table: str | None = None, record_id: int | None = None) -> list[AuditEntry]:
        """Audit entries, oldest first, optionally for one table (and one record)."""
        query = select(audit_log).order_by(audit_log.c.id)
        if table is not None:
            query = query.where(audit_log.c.table_name == table)
        if record_id is not None:
            query = query.where(audit_log.c.record_id == record_id)
        with self._db.reading() as conn:
            return [
                AuditEntry(
                    at=row["at"].replace(tzinfo=dt.UTC),
                    os_user=row["os_user"],
                    action=row["action"],
                    table=row["table_name"],
                    record_id=row["record_id"],
                    old_values=json.loads(row["old_values"]) if row["old_values"] else None,
                    new_values=json.loads(row["new_values"]) if row["new_values"] else None,
                    workstation=row["workstation"],
                    db_role=row["db_role"],
                )
                for row in conn.execute(query).mappings()
            ]

    # -- shared machinery -------------------------------------------------

    @staticmethod
    def _stored_id(record_id: int | None, kind: str) -> int:
        if record_id is None:
            raise RecordNotFoundError(f"This {kind} has not been saved yet, so it cannot be edited.")
        return record_id

    @staticmethod
    def _row(conn: Connection, table: Table, record_id: int) -> dict[str, Any]:
        row = conn.execute(select(table).where(table.c.id == record_id)).mappings().first()
        if row is None:
            raise RecordNotFoundError(f"No {_KINDS[table.name]} with id {record_id} is stored.")
        return dict(row)

    def _live_row(self, conn: Connection, table: Table, record_id: int) -> dict[str, Any]:
        row = self._row(conn, table, record_id)
        if row["deleted_at"] is not None:
            raise RecordNotFoundError(f"The {_KINDS[table.name]} with id {record_id} was deleted.")
        return row

    @staticmethod
    def _require_free_clinic_id(conn: Connection, clinic_id: str, own_id: int | None) -> None:
        query = select(patients.c.id, patients.c.deleted_at).where(patients.c.clinic_id == clinic_id)
        row = conn.execute(query).first()
        if row is not None and row.id != own_id:
            hidden = " (a deleted patient: restore them instead)" if row.deleted_at is not None else ""
            raise DuplicatePatientError(f"Another patient already has the clinic identifier {clinic_id!r}{hidden}.")

    def _audit_rows(
        self, table: Table, action: str, items: Iterable[tuple[int, dict[str, Any] | None, dict[str, Any] | None]]
    ) -> list[dict[str, Any]]:
        now = dt.datetime.now(dt.UTC)
        return [
            {
                "at": now,
                "os_user": self._user,
                "workstation": self._workstation,
                "db_role": self._db.role,
                "action": action,
                "table_name": table.name,
                "record_id": record_id,
                "old_values": json.dumps(rows.json_ready(old)) if old is not None else None,
                "new_values": json.dumps(rows.json_ready(new)) if new is not None else None,
            }
            for record_id, old, new in items
        ]

    def _insert(self, conn: Connection, table: Table, values: dict[str, Any]) -> int:
        new_id = conn.execute(insert(table).values(values).returning(table.c.id)).scalar_one()
        conn.execute(insert(audit_log), self._audit_rows(table, "insert", [(new_id, None, values)]))
        return int(new_id)

    def _update(
        self,
        conn: Connection,
        table: Table,
        record_id: int,
        values: dict[str, Any],
        *,
        mine: object,
        from_row: Callable[[dict[str, Any]], object],
    ) -> int:
        """Update the row if it is still at the version ``mine`` was read at (any, when that is None).

        Returns the new version; raises ``EditConflictError`` with both
        versions and who saved the stored one, where and when.
        """
        old = self._live_row(conn, table, record_id)
        expected = getattr(mine, "version", None)
        statement = update(table).where(table.c.id == record_id).values({**values, "version": table.c.version + 1})
        if expected is not None:
            statement = statement.where(table.c.version == expected)
        if conn.execute(statement).rowcount != 1:
            raise self._conflict(conn, table, old, mine, from_row)
        new = self._row(conn, table, record_id)
        conn.execute(insert(audit_log), self._audit_rows(table, "update", [(record_id, old, new)]))
        return int(new["version"])

    @staticmethod
    def _conflict(
        conn: Connection,
        table: Table,
        current: dict[str, Any],
        mine: object,
        from_row: Callable[[dict[str, Any]], object],
    ) -> EditConflictError:
        last = (
            conn.execute(
                select(audit_log)
                .where(audit_log.c.table_name == table.name, audit_log.c.record_id == current["id"])
                .order_by(audit_log.c.id.desc())
                .limit(1)
            )
            .mappings()
            .first()
        )
        at = last["at"].replace(tzinfo=dt.UTC) if last is not None else None
        who = last["os_user"] if last is not None else "another user"
        where = last["workstation"] if last is not None else None
        return EditConflictError(
            _KINDS[table.name], mine, from_row(current), changed_by=who, workstation=where, changed_at=at
        )

    @_retried
    def _soft_delete(self, table: Table, record_id: int, reason: str) -> None:
        if not reason.strip():
            raise InputError(f"Say why the {_KINDS[table.name]} is deleted; the reason is kept with it.")
        with self._db.writing() as conn:
            old = self._live_row(conn, table, record_id)
            deleted = {
                "deleted_at": dt.datetime.now(dt.UTC),
                "deleted_reason": reason.strip(),
                "version": table.c.version + 1,
            }
            conn.execute(update(table).where(table.c.id == record_id).values(deleted))
            new = self._row(conn, table, record_id)
            conn.execute(insert(audit_log), self._audit_rows(table, "delete", [(record_id, old, new)]))

    @_retried
    def _undelete(self, table: Table, record_id: int) -> None:
        with self._db.writing() as conn:
            old = self._row(conn, table, record_id)
            if old["deleted_at"] is None:
                return
            restored = {"deleted_at": None, "deleted_reason": None, "version": table.c.version + 1}
            conn.execute(update(table).where(table.c.id == record_id).values(restored))
            new = self._row(conn, table, record_id)
            conn.execute(insert(audit_log), self._audit_rows(table, "undelete", [(record_id, old, new)]))


class _Batch:
    """One bulk import in progress (see ``Records.import_records``)."""

    def __init__(
        self,
        records: Records,
        results: Sequence[tuple[str, MagnesiumResult]],
        courses: Sequence[tuple[str, MedicationCourse]],
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> None:
        self._records = records
        self._results = results
        self._courses = courses
        self._progress = progress
        self._cancelled = cancelled
        self._total = len(results) + len(courses)
        self._done = 0
        self._rejected: list[tuple[int, str]] = []
        self._duplicates = 0
        self._imported = 0
        self._ids: dict[str, int] = {}
        self._deleted: dict[str, str] = {}  # clinic identifier -> deletion reason

    def run(self, conn: Connection) -> ImportOutcome:
        clinic_ids = {clinic_id.strip() for clinic_id, _ in self._results} | {c.strip() for c, _ in self._courses}
        stored_patients = self._find_or_create_patients(conn, clinic_ids)
        created = len(self._ids) - len(stored_patients)
        self._tick()
        self._insert_results(conn, stored_patients)
        self._insert_courses(conn, stored_patients)
        return ImportOutcome(self._imported, self._duplicates, created, tuple(sorted(self._rejected)))

    def _tick(self, rows_done: int = 0) -> None:
        self._done += rows_done
        if self._progress is not None:
            self._progress(self._done, self._total)
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelledError("The import was cancelled; nothing of it was kept.")

    def _find_or_create_patients(self, conn: Connection, clinic_ids: set[str]) -> list[int]:
        """Fill the clinic identifier -> id map, creating unknown patients; return the ids that were stored."""
        ids, deleted = self._ids, self._deleted
        query = select(patients.c.id, patients.c.clinic_id, patients.c.deleted_reason, patients.c.deleted_at)
        for row in conn.execute(query):
            if row.clinic_id in clinic_ids:
                if row.deleted_at is None:
                    ids[row.clinic_id] = row.id
                else:
                    deleted[row.clinic_id] = row.deleted_reason or ""
        stored = list(ids.values())
        new = sorted(clinic_ids - ids.keys() - deleted.keys())
        if new:
            inserter = BulkInserter(conn, patients, PATIENT_COLUMNS, self._records.audit_identity)
            to_row = _row_maker(conn, patients, PATIENT_COLUMNS)
            first = inserter.next_id
            values = [rows.patient_values(Patient(clinic_id=c)) for c in new]
            new_ids = inserter.insert([to_row(first + n, v) for n, v in enumerate(values)])
            ids.update(zip(new, new_ids, strict=True))
        return stored

    def _reject_deleted(self, index: int, clinic_id: str) -> None:
        reason = self._deleted.get(clinic_id, "")
        self._rejected.append((index, f"patient {clinic_id!r} was deleted ({reason}); restore the patient first"))

    def _insert_results(self, conn: Connection, stored_patients: list[int]) -> None:
        """Insert the batch's results, chunk by chunk, skipping duplicates (the hot path of an import)."""
        if not self._results:
            return
        ids, seen = self._ids, _existing_result_keys(conn, stored_patients)
        inserter = BulkInserter(conn, mg_results, RESULT_COLUMNS, self._records.audit_identity)
        day_form = memoised(storage_form(conn, mg_results.c.collected_on))
        time_form = memoised(storage_form(conn, mg_results.c.collected_at))
        # Results read from one file share their Measurement objects: format each once.
        # Keyed by id(): the measurements stay alive in self._results for the whole batch.
        written: dict[int, tuple[Measurement, str, str]] = {}
        specimens = {s: s.value for s in Specimen}
        for start in range(0, len(self._results), IMPORT_CHUNK):
            chunk = self._results[start : start + IMPORT_CHUNK]
            fresh: list[tuple[Any, ...]] = []
            new_id = inserter.next_id
            for index, (clinic_id, result) in enumerate(chunk, start):
                patient_id = ids.get(clinic_id.strip())
                if patient_id is None:
                    self._reject_deleted(index, clinic_id.strip())
                    continue
                measurement = result.measurement
                known = written.get(id(measurement))
                if known is None:
                    known = written[id(measurement)] = (measurement, measurement.text, measurement.unit.value)
                _, text, unit = known
                day = result.collected_on
                key = (patient_id, day, text, unit)
                if key in seen:
                    self._duplicates += 1
                    continue
                seen.add(key)
                fresh.append(
                    (
                        new_id,
                        patient_id,
                        day_form(day),
                        time_form(result.collected_at),
                        text,
                        result.unit_as_written,
                        unit,
                        specimens[result.specimen],
                        result.source,
                        result.lab,
                        result.comment,
                    )
                )
                new_id += 1
            inserter.insert(fresh)
            self._imported += len(fresh)
            self._tick(len(chunk))

    def _insert_courses(self, conn: Connection, stored_patients: list[int]) -> None:
        if not self._courses:
            return
        seen = _existing_course_keys(conn, stored_patients)
        inserter = BulkInserter(conn, medication_courses, COURSE_COLUMNS, self._records.audit_identity)
        to_row = _row_maker(conn, medication_courses, COURSE_COLUMNS)
        offset = len(self._results)
        for start in range(0, len(self._courses), IMPORT_CHUNK):
            chunk = self._courses[start : start + IMPORT_CHUNK]
            fresh: list[tuple[Any, ...]] = []
            for index, (clinic_id, course) in enumerate(chunk, offset + start):
                patient_id = self._ids.get(clinic_id.strip())
                if patient_id is None:
                    self._reject_deleted(index, clinic_id.strip())
                    continue
                values = rows.course_values(patient_id, course)
                key = tuple(values[c] for c in COURSE_COLUMNS)
                if key in seen:
                    self._duplicates += 1
                    continue
                seen.add(key)
                fresh.append(to_row(inserter.next_id + len(fresh), values))
            inserter.insert(fresh)
            self._imported += len(fresh)
            self._tick(len(chunk))


# Columns an import fills, in the order of rows.patient_values, result_values and course_values.
PATIENT_COLUMNS = ("clinic_id", "name", "birth_year", "sex", "notes")
RESULT_COLUMNS = (
    "patient_id",
    "collected_on",
    "collected_at",
    "value_as_written",
    "unit_as_written",
    "unit",
    "specimen",
    "source",
    "lab",
    "comment",
)
COURSE_COLUMNS = ("patient_id", "drug_class", "drug", "start", "stop", "daily_dose_mg")
_LOOKUP_CHUNK = 500  # patient ids per IN (...) list


RowMaker = Callable[[int, dict[str, Any]], tuple[Any, ...]]


def _row_maker(conn: Connection, table: Table, columns: Sequence[str]) -> RowMaker:
    """A function turning (id, values) into a row tuple in stored form."""
    forms = [(name, memoised(storage_form(conn, table.c[name]))) for name in columns]

    def to_row(new_id: int, values: dict[str, Any]) -> tuple[Any, ...]:
        return (new_id, *(form(values[name]) for name, form in forms))

    return to_row


def _existing_result_keys(conn: Connection, patient_ids: list[int]) -> set[tuple[Any, ...]]:
    """(patient, date, value as written, unit) of the live results of these patients."""
    r = mg_results.c
    keys: set[tuple[Any, ...]] = set()
    for start in range(0, len(patient_ids), _LOOKUP_CHUNK):
        query = select(r.patient_id, r.collected_on, r.value_as_written, r.unit).where(
            r.deleted_at.is_(None), r.patient_id.in_(patient_ids[start : start + _LOOKUP_CHUNK])
        )
        keys.update(tuple(row) for row in conn.execute(query))
    return keys


def _existing_course_keys(conn: Connection, patient_ids: list[int]) -> set[tuple[Any, ...]]:
    c = medication_courses.c
    keys: set[tuple[Any, ...]] = set()
    for start in range(0, len(patient_ids), _LOOKUP_CHUNK):
        query = select(c.patient_id, c.drug_class, c.drug, c.start, c.stop, c.daily_dose_mg).where(
            c.deleted_at.is_(None), c.patient_id.in_(patient_ids[start : start + _LOOKUP_CHUNK])
        )
        keys.update(tuple(row) for row in conn.execute(query))
    return keys

"""The records API the window and the command line call: patients, courses, results.

Domain dataclasses go in and come out; no caller sees SQL.  Every insert,
edit, delete and undelete is written to the audit log in the same
transaction as the change (when, which OS user, old and new values as JSON).
Deletes are soft: the row stays, hidden, with the reason given, and
``undelete_*`` brings it back (the window's undo).  ``import_records``
hands a batch to the bulk path in ``importer``.

Several workstations may share one database (a clinic server).  Every
record carries a ``version``: an edit of a record read at version n saves
only if it is still n, else ``EditConflictError`` says who changed it, on
which workstation and when, and carries both versions.  A write the server
gave up because of another workstation's (deadlock, serialization) is run
again a bounded number of times.  The audit log records the OS user, the
workstation and the database role of every change.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Concatenate

from sqlalchemy import Connection, Table, func, insert, or_, select, update

from mgdesk.domain import who
from mgdesk.domain.cohort import PatientHistory
from mgdesk.domain.errors import DuplicatePatientError, EditConflictError, InputError, RecordNotFoundError
from mgdesk.domain.messages import Message, Quoted
from mgdesk.domain.records import DrugClass, MagnesiumResult, MedicationCourse, Patient
from mgdesk.domain.samples import same_sample
from mgdesk.domain.worklist import Review
from mgdesk.store import rows, server
from mgdesk.store.database import Database
from mgdesk.store.importer import (
    Cancelled,
    ImportChunk,
    ImportOutcome,
    ImportSource,
    Progress,
    import_batch,
    import_chunks,
)
from mgdesk.store.schema import ENTRY_MANUAL, audit_log, imports, medication_courses, mg_results, patients, reviews

_KINDS = {
    "patients": "patient",
    "medication_courses": "medication course",
    "mg_results": "result",
    "reviews": "review",
}


STREAM_CHUNK = 5000  # rows read at a time by the exports
_IDS_PER_QUERY = 500  # clinic identifiers asked about in one query (well under SQLite's bound parameters)


@dataclass(frozen=True, slots=True)
class AuditEntry:
    at: dt.datetime
    os_user: str
    action: str
    table: str
    record_id: int
    old_values: dict[str, Any] | None
    new_values: dict[str, Any] | None
    workstation: str | None = None  # None in entries written before schema 3
    db_role: str | None = None  # the server's database role; None in a file


def _retried[**P, R](method: Callable[Concatenate[Records, P], R]) -> Callable[Concatenate[Records, P], R]:
    """Run a write method again when the server gave its transaction up (``Database.retrying``)."""

    @functools.wraps(method)
    def run(self: Records, /, *args: P.args, **kwargs: P.kwargs) -> R:
        return self._db.retrying(lambda: method(self, *args, **kwargs))

    return run


@dataclass(frozen=True, slots=True)
class Provenance:
    """Who entered a result or course, when, and from where.

    ``entry`` is "manual" (typed in the window), "import" (then the file's
    name, SHA-256 and line are known) or "legacy" (stored before mgdesk kept
    provenance; who and when come from its own audit entry).  ``workstation``
    is None only for legacy rows.
    """

    entry: str
    os_user: str
    workstation: str | None
    at: dt.datetime
    file_name: str | None = None
    sha256: str | None = None
    line: int | None = None


class Records:
    """Read and change the records of one open database.

    ``user`` and ``workstation`` name who changes records from here in the
    audit log (default: the OS login name and the computer's host name).
    """

    def __init__(self, database: Database, *, user: str | None = None, workstation: str | None = None) -> None:
        self._db = database
        self._user = user or who.os_user()
        self._workstation = workstation or who.workstation()

    @property
    def location(self) -> str:
        """How the open database is named (the file, or the database on the clinic server)."""
        return self._db.location

    @property
    def on_server(self) -> bool:
        return self._db.is_server

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

    def stored_clinic_ids(self, candidates: Iterable[str]) -> set[str]:
        """The ``candidates`` a stored patient has, live or deleted: an import creates none of these."""
        wanted = sorted({c.strip() for c in candidates})
        found: set[str] = set()
        with self._db.reading() as conn:
            for start in range(0, len(wanted), _IDS_PER_QUERY):
                some = wanted[start : start + _IDS_PER_QUERY]
                found.update(conn.execute(select(patients.c.clinic_id).where(patients.c.clinic_id.in_(some))).scalars())
        return found

    def patient_record(self, patient_id: int) -> PatientHistory:
        """The patient with their courses (by start) and results (by collection)."""
        if self._db.is_server:
            return self._patient_record_on_server(patient_id)
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
        return PatientHistory(rows.patient_from_row(row), courses, results)

    def _patient_record_on_server(self, patient_id: int) -> PatientHistory:
        with self._db.reading_once() as conn:
            row, course_rows, result_rows = server.patient_record_rows(conn, patient_id)
        if row is None:
            raise RecordNotFoundError(f"No {_KINDS[patients.name]} with id {patient_id} is stored.")
        if row["deleted_at"] is not None:
            raise RecordNotFoundError(f"The {_KINDS[patients.name]} with id {patient_id} was deleted.")
        return PatientHistory(
            rows.patient_from_row(row),
            tuple(rows.course_from_row(r) for r in course_rows),
            tuple(rows.result_from_row(r) for r in result_rows),
        )

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
            values = rows.course_values(patient_id, course) | {"entry": ENTRY_MANUAL}
            new_id = self._insert(conn, medication_courses, values)
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
            values = rows.result_values(patient_id, result) | {"entry": ENTRY_MANUAL}
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
        """A stored result that is the same sample (``domain.samples``); the window asks before saving."""
        r = mg_results.c
        query = select(mg_results).where(
            r.patient_id == patient_id,
            r.deleted_at.is_(None),
            r.collected_on == result.collected_on,
            r.specimen == result.specimen.value,
        )
        if result.id is not None:
            query = query.where(r.id != result.id)
        with self._db.reading() as conn:
            found = [rows.result_from_row(row) for row in conn.execute(query.order_by(r.id)).mappings()]
        return next((stored for stored in found if same_sample(stored, result)), None)

    # -- export and bulk import -------------------------------------------

    def export_results(self, clinic_id: str | None = None) -> list[tuple[str, MagnesiumResult]]:
        """(clinic identifier, result) of every live result, or one patient's."""
        return list(self.stream_results(clinic_id))

    def stream_results(self, clinic_id: str | None = None) -> Iterator[tuple[str, MagnesiumResult]]:
        """``export_results`` as a stream read in chunks: memory bounded by the chunk, not the database."""
        query = (
            select(patients.c.clinic_id, mg_results)
            .join(patients, patients.c.id == mg_results.c.patient_id)
            .where(patients.c.deleted_at.is_(None), mg_results.c.deleted_at.is_(None))
            .order_by(patients.c.clinic_id, mg_results.c.collected_on, mg_results.c.collected_at, mg_results.c.id)
        )
        if clinic_id is not None:
            query = query.where(patients.c.clinic_id == clinic_id.strip())
        with self._db.reading() as conn:
            for row in conn.execution_options(yield_per=STREAM_CHUNK).execute(query).mappings():
                yield row["clinic_id"], rows.result_from_row(row)

    def export_courses(self, clinic_id: str | None = None) -> list[tuple[str, MedicationCourse]]:
        """(clinic identifier, course) of every live medication course, or one patient's."""
        return list(self.stream_courses(clinic_id))

    def stream_courses(self, clinic_id: str | None = None) -> Iterator[tuple[str, MedicationCourse]]:
        """``export_courses`` as a stream read in chunks."""
        query = (
            select(patients.c.clinic_id, medication_courses)
            .join(patients, patients.c.id == medication_courses.c.patient_id)
            .where(patients.c.deleted_at.is_(None), medication_courses.c.deleted_at.is_(None))
            .order_by(patients.c.clinic_id, medication_courses.c.start, medication_courses.c.id)
        )
        if clinic_id is not None:
            query = query.where(patients.c.clinic_id == clinic_id.strip())
        with self._db.reading() as conn:
            for row in conn.execution_options(yield_per=STREAM_CHUNK).execute(query).mappings():
                yield row["clinic_id"], rows.course_from_row(row)

    def import_records(
        self,
        results: Sequence[tuple[str, MagnesiumResult]] = (),
        courses: Sequence[tuple[str, MedicationCourse]] = (),
        *,
        patients: Mapping[str, Patient] | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        file_name: str = "",
        sha256: str = "",
        lines: Sequence[int] | None = None,
    ) -> ImportOutcome:
        """Store a batch of (clinic identifier, record) pairs in ONE transaction.

        Unknown patients are created; exact duplicates of stored results or
        courses (or of earlier rows of the batch) are skipped and counted;
        rows naming a deleted patient are rejected.  ``patients`` gives the
        name, birth year and sex of patients the batch creates (stored
        patients are left as they are).  A result with the lab's identity
        (``lab_ref``) of a stored live result replaces it when they differ
        (the earlier one is deleted with a reason, so the audit keeps it) and
        is a duplicate when they do not.  Indexes in ``rejected``
        count results first, then courses.  ``progress(done, total)`` is
        called between chunks; when ``cancelled()`` turns true the whole
        batch is rolled back and ``ImportCancelledError`` raised.

        The import is audited ONCE (an ``imports`` row and one audit entry:
        who, workstation, when, ``file_name``, ``sha256``, rows added) and
        every stored row points at it with its file line (``lines``, results
        first then courses).  A row of a file imported before (same SHA-256,
        same line) whose result or course was since deleted or corrected is
        not stored again: it is counted in ``previously_deleted`` or
        ``previously_corrected``.
        """
        source = ImportSource(file_name, sha256, lines, self._user, self._workstation, self._db.role)
        return import_batch(
            self._db, source, results, courses, patients=patients, progress=progress, cancelled=cancelled
        )

    def import_parts(
        self,
        parts: Callable[[], Iterable[ImportChunk]],
        total: int,
        *,
        file_name: str,
        sha256: str,
        patients: Mapping[str, Patient] | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> ImportOutcome:
        """Store a file read part by part in ONE transaction, as ``import_records`` stores a batch.

        ``parts()`` yields the file's parts (a new reading each time it is
        called: a server may run the transaction again); each part's
        ``keys`` are its file lines, so the outcome names rows by line.  An
        error raised while a part is read rolls the whole import back.
        Memory follows the part size, not the file.
        """
        source = ImportSource(file_name, sha256, None, self._user, self._workstation, self._db.role)
        return import_chunks(self._db, source, parts, total, patients, progress, cancelled)

    def provenance(self, table: str, record_id: int | None) -> Provenance:
        """Who entered this result (``table`` "mg_results") or course ("medication_courses"), and from where."""
        source = {t.name: t for t in (mg_results, medication_courses)}[table]
        record = self._stored_id(record_id, _KINDS[table])
        with self._db.reading() as conn:
            row = self._row(conn, source, record)
            if row["import_id"] is not None:
                made = conn.execute(select(imports).where(imports.c.id == row["import_id"])).mappings().one()
                return Provenance(
                    row["entry"],
                    made["os_user"],
                    made["workstation"],
                    made["at"].replace(tzinfo=dt.UTC),
                    made["file_name"],
                    made["sha256"],
                    row["source_line"],
                )
            query = select(audit_log).where(
                audit_log.c.table_name == table, audit_log.c.record_id == record, audit_log.c.action == "insert"
            )
            entry = conn.execute(query.order_by(audit_log.c.id).limit(1)).mappings().first()
        if entry is None:
            raise RecordNotFoundError(f"No audit entry says who entered the {_KINDS[table]} with id {record}.")
        return Provenance(row["entry"], entry["os_user"], entry["workstation"], entry["at"].replace(tzinfo=dt.UTC))

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

    # -- reviews ----------------------------------------------------------

    @property
    def os_user(self) -> str:
        """The OS user every change and review is recorded under."""
        return self._user

    @_retried
    def add_review(self, result_id: int, comment: str = "") -> Review:
        """Sign off a stored result as the current OS user, now; written to the audit log."""
        with self._db.writing() as conn:
            self._live_row(conn, mg_results, result_id)
            review = Review(result_id, dt.datetime.now(dt.UTC), self._user, comment.strip())
            values = {
                "result_id": result_id,
                "reviewed_at": review.reviewed_at,
                "os_user": review.os_user,
                "comment": review.comment,
            }
            new_id = self._insert(conn, reviews, values)
        return replace(review, id=new_id)

    def undo_review(self, review_id: int, reason: str = "review undone") -> None:
        """Withdraw a review (kept, hidden, with the reason); ``redo_review`` brings it back."""
        self._soft_delete(reviews, review_id, reason)

    def redo_review(self, review_id: int) -> None:
        self._undelete(reviews, review_id)

    def live_reviews(self, result_ids: Iterable[int] | None = None) -> dict[int, Review]:
        """The newest live review of each reviewed result (of ``result_ids``, or of all), by result id."""
        query = select(reviews).where(reviews.c.deleted_at.is_(None)).order_by(reviews.c.reviewed_at, reviews.c.id)
        wanted = None if result_ids is None else set(result_ids)
        found: dict[int, Review] = {}
        with self._db.reading() as conn:
            for row in conn.execute(query).mappings():
                if wanted is not None and row["result_id"] not in wanted:
                    continue
                at = row["reviewed_at"]
                at = at.replace(tzinfo=dt.UTC) if at.tzinfo is None else at
                found[row["result_id"]] = Review(row["result_id"], at, row["os_user"], row["comment"], row["id"])
        return found

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
            code = "clinic-id-taken-deleted" if row.deleted_at is not None else "clinic-id-taken"
            raise DuplicatePatientError(code=code, clinic_id=Quoted(clinic_id))

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
            kind = Message.of("kind-" + _KINDS[table.name].replace(" ", "-"))
            raise InputError(code="delete-reason-missing", kind=kind)
        with self._db.writing() as conn:
            old = self._live_row(conn, table, record_id)
            deleted: dict[str, Any] = {"deleted_at": dt.datetime.now(dt.UTC), "deleted_reason": reason.strip()}
            deleted |= _next_version(table)
            conn.execute(update(table).where(table.c.id == record_id).values(deleted))
            new = self._row(conn, table, record_id)
            conn.execute(insert(audit_log), self._audit_rows(table, "delete", [(record_id, old, new)]))

    @_retried
    def _undelete(self, table: Table, record_id: int) -> None:
        with self._db.writing() as conn:
            old = self._row(conn, table, record_id)
            if old["deleted_at"] is None:
                return
            restored: dict[str, Any] = {"deleted_at": None, "deleted_reason": None} | _next_version(table)
            conn.execute(update(table).where(table.c.id == record_id).values(restored))
            new = self._row(conn, table, record_id)
            conn.execute(insert(audit_log), self._audit_rows(table, "undelete", [(record_id, old, new)]))


def _next_version(table: Table) -> dict[str, Any]:
    """The version bump of a change to a versioned record (reviews have no version: they are never edited)."""
    return {"version": table.c.version + 1} if "version" in table.c else {}


__all__ = ["AuditEntry", "ImportOutcome", "Provenance", "Records"]

"""The bulk path of an import (CSV, HL7 v2, FHIR): one transaction, chunks of plain tuples, duplicates skipped.

``import_batch`` stores a batch of (clinic identifier, record) pairs that a
reader has already checked: it creates unknown patients (with the name,
birth year and sex the file gave), skips results of a sample already kept
(stored, or earlier in the batch: the rule of ``domain.samples``) and exact
repeats of a course, lets a result carrying the lab's identity of an earlier
one replace it (the earlier one soft-deleted with the reason and audited),
rejects rows naming a deleted patient, and reports progress and honours a
cancel check between chunks.  ``import_chunks`` takes the chunks from a
function, so a file read part by part is stored in the same ONE transaction
with memory bounded by the part (what is stored for a patient is loaded the
first time a part names them).  The per-record API with its per-row audit is
``records``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Connection, Table, delete, insert, select, update

from mgdesk.domain.errors import ImportCancelledError
from mgdesk.domain.measurement import Measurement
from mgdesk.domain.records import MagnesiumResult, MedicationCourse, Patient, ResultStatus, Specimen
from mgdesk.domain.samples import SameSample, SampleIndex
from mgdesk.store import rows, sqlite
from mgdesk.store.bulk import BulkInserter, memoised, storage_form
from mgdesk.store.database import Database
from mgdesk.store.schema import ENTRY_IMPORT, audit_log, imports, medication_courses, mg_results, patients

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

IMPORT_CHUNK = 2000


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    """What a bulk import did; ``rejected`` holds (index in the batch, reason).

    ``previously_deleted`` / ``previously_corrected`` hold the indexes of rows
    a former import of the same file stored and the user since deleted or
    corrected: they are left as the user left them.
    """

    imported: int
    duplicates: int  # exact repeats of a course, and results of a sample already kept (``same_sample``)
    patients_created: int
    rejected: tuple[tuple[int, str], ...] = ()
    same_sample: tuple[SameSample, ...] = ()  # results not stored: their sample is already kept
    replaced: int = 0  # earlier results a corrected or final one of the same lab identity replaced
    previously_deleted: tuple[int, ...] = ()
    previously_corrected: tuple[int, ...] = ()
    import_id: int | None = None


@dataclass(frozen=True, slots=True)
class ImportSource:
    """Where a batch comes from and who imports it (the import's one audit entry)."""

    file_name: str
    sha256: str  # of the file's bytes; "" for a batch that is not a file (the demo clinic)
    lines: Sequence[int] | None  # the file line of each row, results first, then courses
    os_user: str
    workstation: str
    db_role: str | None = None  # the server's database role; None for a file


@dataclass(frozen=True, slots=True)
class ImportChunk:
    """A part of an import: its results, then its courses, with the file line and report key of each row.

    ``keys`` name the rows in the ``ImportOutcome`` (rejections, rows
    previously deleted or corrected, same-sample repeats): positions in the
    batch for ``import_batch``, file lines for a streamed file.  ``rows_read``
    is what the part advances the progress by (a reader counts the rows it
    rejected itself too).
    """

    results: Sequence[tuple[str, MagnesiumResult]]
    courses: Sequence[tuple[str, MedicationCourse]]
    lines: Sequence[int] | None
    keys: Sequence[int]
    rows_read: int


def import_batch(
    database: Database,
    source: ImportSource,
    results: Sequence[tuple[str, MagnesiumResult]] = (),
    courses: Sequence[tuple[str, MedicationCourse]] = (),
    *,
    patients: Mapping[str, Patient] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportOutcome:
    """Store a batch in ONE transaction (see ``Records.import_records``); ``source.lines`` gives each row's line."""
    lines = source.lines

    def chunks() -> Iterator[ImportChunk]:
        for start in range(0, len(results), IMPORT_CHUNK):
            part = results[start : start + IMPORT_CHUNK]
            yield ImportChunk(part, (), _at(lines, start, len(part)), range(start, start + len(part)), len(part))
        for start in range(len(results), len(results) + len(courses), IMPORT_CHUNK):
            some = courses[start - len(results) : start - len(results) + IMPORT_CHUNK]
            yield ImportChunk((), some, _at(lines, start, len(some)), range(start, start + len(some)), len(some))

    return import_chunks(database, source, chunks, len(results) + len(courses), patients, progress, cancelled)


def import_chunks(  # noqa: PLR0917 - the one entry point of both import paths
    database: Database,
    source: ImportSource,
    chunks: Callable[[], Iterable[ImportChunk]],
    total: int,
    patients: Mapping[str, Patient] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportOutcome:
    """Store the parts ``chunks()`` yields in ONE transaction: all of them, or nothing.

    ``source`` names the file and who imports it (OS user, workstation and,
    on a server, the database role) for the import's one audit entry.  The
    transaction holds the write lock from its start (``writing(bulk=True)``),
    so two imports of one file at once store it once; a server's deadlock
    or serialization failure reruns the whole import (``Database.retrying``),
    which is why ``chunks`` is a function: each attempt reads the parts
    afresh.  An error raised while a part is made (a reader's
    ``FileFormatError``) rolls everything back.  ``total`` is what progress
    counts towards (an estimate is fine: it is raised to what was done).
    """

    def attempt() -> ImportOutcome:
        batch = _Batch(source, total, progress, cancelled, patients or {})
        with _collector_paused(), database.writing(bulk=True) as conn, sqlite.import_cache(conn):
            return batch.run(conn, chunks())

    return database.retrying(attempt)


def _padded(lines: Sequence[int] | None, count: int) -> Sequence[int | None]:
    """The first ``count`` lines, None for rows that have none."""
    if lines is None:
        return [None] * count
    if len(lines) < count:
        return [*lines, *[None] * (count - len(lines))]
    return lines[:count] if len(lines) > count else lines


def _at(lines: Sequence[int] | None, start: int, count: int) -> Sequence[int] | None:
    return lines[start : start + count] if lines is not None else None


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


class _Batch:
    """One bulk import in progress (see ``Records.import_records``)."""

    def __init__(
        self,
        source: ImportSource,
        total: int,
        progress: Progress | None,
        cancelled: Cancelled | None,
        details: Mapping[str, Patient],
    ) -> None:
        self._source = source
        self._user = source.os_user
        self._import_id: int | None = None
        self._previous: dict[str, dict[int, str]] = {}  # table -> file line -> "deleted" / "corrected"
        self._previously: dict[str, list[int]] = {"deleted": [], "corrected": []}
        self._details = details
        self._replaced = 0
        self._progress = progress
        self._cancelled = cancelled
        self._total = total
        self._done = 0
        self._rejected: list[tuple[int, str]] = []
        self._duplicates = 0
        self._same_sample: list[SameSample] = []
        self._imported = 0
        self._ids: dict[str, int] = {}  # clinic identifier -> id of every live patient (and those created)
        self._deleted: dict[str, str] = {}  # clinic identifier -> deletion reason
        self._created = 0
        # What is already stored for the patients met so far, loaded the first time a part names them.
        self._samples = SampleIndex()
        self._samples_of: set[int] = set()
        self._lab_refs: dict[tuple[int, str], tuple[int, Any]] = {}
        self._lab_refs_of: set[int] = set()
        self._course_keys: set[tuple[Any, ...]] = set()
        self._courses_of: set[int] = set()
        self._result_inserter: BulkInserter | None = None
        self._course_inserter: BulkInserter | None = None
        # Results read from one file share their Measurement objects: format each once.  Keyed by
        # id(); the value holds the measurement, so that id is never reused while the import runs.
        self._written: dict[int, tuple[Measurement, str, str, str, str]] = {}

    def run(self, conn: Connection, chunks: Iterable[ImportChunk]) -> ImportOutcome:
        self._import_id = self._start_import(conn)
        self._load_patients(conn)
        self._previous = {
            table.name: _previous_rows(conn, table, self._source.sha256) for table in (mg_results, medication_courses)
        }
        self._tick()
        for chunk in chunks:
            self._add_patients(conn, chunk)
            if chunk.results:
                self._insert_results(conn, chunk)
            if chunk.courses:
                self._insert_courses(conn, chunk)
            self._tick(chunk.rows_read)
        self._finish_import(conn)
        return ImportOutcome(
            self._imported,
            self._duplicates,
            self._created,
            tuple(sorted(self._rejected)),
            same_sample=tuple(self._same_sample),
            previously_deleted=tuple(self._previously["deleted"]),
            previously_corrected=tuple(self._previously["corrected"]),
            import_id=self._import_id,
            replaced=self._replaced,
        )

    def _start_import(self, conn: Connection) -> int:
        """The import's own row (its rows added are filled in by ``_finish_import``)."""
        source = self._source
        values = {
            "at": dt.datetime.now(dt.UTC),
            "os_user": source.os_user,
            "workstation": source.workstation,
            "file_name": source.file_name[:300],
            "sha256": source.sha256,
            "rows_added": 0,
        }
        return int(conn.execute(insert(imports).values(values).returning(imports.c.id)).scalar_one())

    def _finish_import(self, conn: Connection) -> None:
        """Record the rows added, and the import's ONE audit entry (none when it added nothing)."""
        if self._imported == 0:  # nothing stored refers to it: the database stays as it was
            conn.execute(delete(imports).where(imports.c.id == self._import_id))
            self._import_id = None
            return
        conn.execute(update(imports).where(imports.c.id == self._import_id).values(rows_added=self._imported))
        row = conn.execute(select(imports).where(imports.c.id == self._import_id)).mappings().one()
        conn.execute(
            insert(audit_log).values(
                at=row["at"],
                os_user=row["os_user"],
                workstation=row["workstation"],
                db_role=self._source.db_role,
                action="import",
                table_name=imports.name,
                record_id=self._import_id,
                old_values=None,
                new_values=json.dumps(rows.json_ready({k: v for k, v in row.items() if k != "at"})),
            )
        )

    def _seen_before(self, table: Table, line: int | None, key: int) -> bool:
        """True (and counted) when this file line's row was deleted or corrected since an earlier import."""
        previous = self._previous[table.name]
        if not previous or line is None:
            return False
        what = previous.get(line)
        if what is None:
            return False
        self._previously[what].append(key)
        return True

    def _tick(self, rows_done: int = 0) -> None:
        self._done += rows_done
        if self._progress is not None:
            self._progress(self._done, max(self._done, self._total))
        if self._cancelled is not None and self._cancelled():
            raise ImportCancelledError("The import was cancelled; nothing of it was kept.")

    def _load_patients(self, conn: Connection) -> None:
        """The clinic identifier -> id map of the stored patients, and the deleted ones with their reasons."""
        query = select(patients.c.id, patients.c.clinic_id, patients.c.deleted_reason, patients.c.deleted_at)
        for row in conn.execute(query):
            if row.deleted_at is None:
                self._ids[row.clinic_id] = row.id
            else:
                self._deleted[row.clinic_id] = row.deleted_reason or ""

    def _add_patients(self, conn: Connection, chunk: ImportChunk) -> None:
        """Create the patients this part names that are neither stored nor deleted, in identifier order."""
        ids, deleted = self._ids, self._deleted
        named = {c for c, _ in chunk.results} | {c for c, _ in chunk.courses}
        new = sorted({c.strip() for c in named if c not in ids} - ids.keys() - deleted.keys())
        if not new:
            return
        inserter = BulkInserter(
            conn,
            patients,
            PATIENT_COLUMNS,
            self._user,
            workstation=self._source.workstation,
            db_role=self._source.db_role,
        )
        to_row = _row_maker(conn, patients, PATIENT_COLUMNS)
        first = inserter.next_id
        given = self._details
        values = [rows.patient_values(replace(given.get(c) or Patient(clinic_id=c), clinic_id=c)) for c in new]
        new_ids = inserter.insert([to_row(first + n, v) for n, v in enumerate(values)])
        ids.update(zip(new, new_ids, strict=True))
        self._created += len(new)
        # Nothing is stored for a new patient: mark them loaded.
        self._samples_of.update(new_ids)
        self._lab_refs_of.update(new_ids)
        self._courses_of.update(new_ids)

    def _stored_patients(self, chunk_ids: Iterable[int], loaded: set[int]) -> list[int]:
        """The ids among ``chunk_ids`` whose stored rows are not loaded yet (and mark them loaded)."""
        fresh = sorted(set(chunk_ids) - loaded)
        loaded.update(fresh)
        return fresh

    def _reject_deleted(self, index: int, clinic_id: str) -> None:
        reason = self._deleted.get(clinic_id, "")
        self._rejected.append((index, f"patient {clinic_id!r} was deleted ({reason}); restore the patient first"))

    def _prepare_results(self, conn: Connection, chunk: ImportChunk) -> BulkInserter:
        """Load what is stored for the patients this part meets first (samples, lab identities); the inserter."""
        ids = self._ids
        patient_ids = [i for i in (ids.get(c.strip()) for c, _ in chunk.results) if i is not None]
        fresh = self._stored_patients(patient_ids, self._samples_of)
        if fresh:
            _load_samples(conn, fresh, self._samples)
        if any(r.lab_ref for _, r in chunk.results):
            fresh = self._stored_patients(patient_ids, self._lab_refs_of)
            if fresh:
                self._lab_refs.update(_existing_lab_refs(conn, fresh))
        if self._result_inserter is None:
            self._result_inserter = BulkInserter(
                conn, mg_results, (*RESULT_COLUMNS, *PROVENANCE_COLUMNS), self._user, audit=False
            )
        return self._result_inserter

    def _insert_results(self, conn: Connection, chunk: ImportChunk) -> None:  # noqa: PLR0915 - one loop, kept flat for speed
        """Insert a part's results, skipping samples already kept (the hot path of an import)."""
        inserter = self._prepare_results(conn, chunk)
        ids, samples, lab_refs, written = self._ids, self._samples, self._lab_refs, self._written
        import_id, lines, keys = self._import_id, chunk.lines, chunk.keys
        day_form = memoised(storage_form(conn, mg_results.c.collected_on))
        time_form = memoised(storage_form(conn, mg_results.c.collected_at))
        days: dict[dt.date, Any] = {}
        specimens = {s: s.value for s in Specimen}
        statuses = {s: s.value for s in ResultStatus}
        check_previous = bool(self._previous[mg_results.name])
        fresh: list[tuple[Any, ...]] = []
        new_id = inserter.next_id
        for (clinic_id, result), key, line in zip(chunk.results, keys, _padded(lines, len(chunk.results)), strict=True):
            patient_id = ids.get(clinic_id) or ids.get(clinic_id.strip())
            if patient_id is None:
                self._reject_deleted(key, clinic_id.strip())
                continue
            if check_previous and self._seen_before(mg_results, line, key):
                continue
            measurement = result.measurement
            known = written.get(id(measurement))
            if known is None:
                known = written[id(measurement)] = (
                    measurement,
                    measurement.text,
                    measurement.unit.value,
                    f"{measurement.value:f}",
                    measurement.qualifier,
                )
            _, text, unit, number, qualifier = known
            day = result.collected_on
            status = statuses[result.status]
            content = (day, result.collected_at, text, unit, status)
            earlier = lab_refs.get((patient_id, result.lab_ref)) if result.lab_ref is not None else None
            if earlier is not None and earlier[1] == content:
                self._duplicates += 1  # the lab's same result, sent again
                continue
            if earlier is not None:
                # The lab's corrected (or final) result replaces its earlier one, whatever
                # the sample rule says: the earlier one is deleted, so this one is kept.
                inserter.insert(fresh)  # the earlier one may be waiting in this chunk
                self._imported += len(fresh)
                fresh, new_id = [], inserter.next_id
                self._supersede(conn, earlier[0], result)
                samples.add(patient_id, result)
            else:
                kept = samples.keep_new(patient_id, result)
                if kept is not None:
                    self._duplicates += 1
                    self._same_sample.append(SameSample(key, result, kept))
                    continue
            if result.lab_ref is not None:
                lab_refs[patient_id, result.lab_ref] = (new_id, content)
            stored_day = days.get(day)
            if stored_day is None:
                stored_day = days[day] = day_form(day)
            at = result.collected_at
            fresh.append(
                (
                    new_id,
                    patient_id,
                    stored_day,
                    time_form(at) if at is not None else None,
                    number,
                    result.unit_as_written,
                    unit,
                    specimens[result.specimen],
                    result.source,
                    result.lab,
                    result.comment,
                    qualifier,
                    status,
                    result.reference_range,
                    result.lab_flag,
                    result.lab_ref,
                    import_id,
                    line,
                    ENTRY_IMPORT,
                )
            )
            new_id += 1
        inserter.insert(fresh)
        self._imported += len(fresh)

    def _supersede(self, conn: Connection, earlier_id: int, result: MagnesiumResult) -> None:
        """Delete the earlier result ``result`` replaces, with the reason, audited as any delete."""

        def stored() -> dict[str, Any]:
            return dict(conn.execute(select(mg_results).where(mg_results.c.id == earlier_id)).mappings().one())

        old = stored()
        now = dt.datetime.now(dt.UTC)
        reason = f"replaced by the lab's {result.status.value} result {result.lab_ref}"
        conn.execute(
            update(mg_results)
            .where(mg_results.c.id == earlier_id)
            .values(deleted_at=now, deleted_reason=reason, version=mg_results.c.version + 1)
        )
        new = stored()
        conn.execute(
            insert(audit_log),
            [
                {
                    "at": now,
                    "os_user": self._user,
                    "workstation": self._source.workstation,
                    "db_role": self._source.db_role,
                    "action": "delete",
                    "table_name": mg_results.name,
                    "record_id": earlier_id,
                    "old_values": json.dumps(rows.json_ready(old)),
                    "new_values": json.dumps(rows.json_ready(new)),
                }
            ],
        )
        self._replaced += 1

    def _insert_courses(self, conn: Connection, chunk: ImportChunk) -> None:
        seen = self._course_keys
        patient_ids = [i for i in (self._ids.get(c.strip()) for c, _ in chunk.courses) if i is not None]
        fresh_patients = self._stored_patients(patient_ids, self._courses_of)
        if fresh_patients:
            seen.update(_existing_course_keys(conn, fresh_patients))
        if self._course_inserter is None:
            self._course_inserter = BulkInserter(
                conn, medication_courses, (*COURSE_COLUMNS, *PROVENANCE_COLUMNS), self._user, audit=False
            )
        inserter = self._course_inserter
        to_row = _row_maker(conn, medication_courses, COURSE_COLUMNS)
        lines, keys = chunk.lines, chunk.keys
        fresh: list[tuple[Any, ...]] = []
        first = len(chunk.results)  # lines and keys count results first
        for position, (clinic_id, course) in enumerate(chunk.courses, first):
            key = keys[position]
            line = lines[position] if lines is not None and position < len(lines) else None
            patient_id = self._ids.get(clinic_id.strip())
            if patient_id is None:
                self._reject_deleted(key, clinic_id.strip())
                continue
            if self._seen_before(medication_courses, line, key):
                continue
            values = rows.course_values(patient_id, course)
            row_key = tuple(values[c] for c in COURSE_COLUMNS)
            if row_key in seen:
                self._duplicates += 1
                continue
            seen.add(row_key)
            provenance = (self._import_id, line, ENTRY_IMPORT)
            fresh.append((*to_row(inserter.next_id + len(fresh), values), *provenance))
        inserter.insert(fresh)
        self._imported += len(fresh)


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
    "qualifier",
    "status",
    "reference_range",
    "lab_flag",
    "lab_ref",
)
PROVENANCE_COLUMNS = ("import_id", "source_line", "entry")
COURSE_COLUMNS = ("patient_id", "drug_class", "drug", "start", "stop", "daily_dose_mg")
_LOOKUP_CHUNK = 500  # patient ids per IN (...) list


RowMaker = Callable[[int, dict[str, Any]], tuple[Any, ...]]


def _row_maker(conn: Connection, table: Table, columns: Sequence[str]) -> RowMaker:
    """A function turning (id, values) into a row tuple in stored form."""
    forms = [(name, memoised(storage_form(conn, table.c[name]))) for name in columns]

    def to_row(new_id: int, values: dict[str, Any]) -> tuple[Any, ...]:
        return (new_id, *(form(values[name]) for name, form in forms))

    return to_row


def _load_samples(conn: Connection, patient_ids: list[int], samples: SampleIndex) -> None:
    """Add the live results of these patients to ``samples`` (the sample rule of ``domain.samples``)."""
    r = mg_results.c
    for start in range(0, len(patient_ids), _LOOKUP_CHUNK):
        query = (
            select(mg_results)
            .where(r.deleted_at.is_(None), r.patient_id.in_(patient_ids[start : start + _LOOKUP_CHUNK]))
            .order_by(r.id)
        )
        for row in conn.execute(query).mappings():
            samples.add(row["patient_id"], rows.result_from_row(row))


def _previous_rows(conn: Connection, table: Table, sha256: str) -> dict[int, str]:
    """File line -> "deleted" / "corrected" for rows an earlier import of the same file stored.

    Only rows the user has since deleted or corrected (an "update" in the
    audit log) are listed; live, unchanged ones are plain duplicates.
    """
    if not sha256:
        return {}
    t = table.c
    edited = select(audit_log.c.record_id).where(audit_log.c.table_name == table.name, audit_log.c.action == "update")
    query = (
        select(t.source_line, t.deleted_at, t.id.in_(edited).label("edited"))
        .join(imports, imports.c.id == t.import_id)
        .where(imports.c.sha256 == sha256, t.source_line.is_not(None))
    )
    previous: dict[int, str] = {}
    for line, deleted_at, was_edited in conn.execute(query):
        if deleted_at is not None:
            previous[line] = "deleted"
        elif was_edited:
            previous.setdefault(line, "corrected")
    return previous


def _existing_lab_refs(conn: Connection, patient_ids: list[int]) -> dict[tuple[int, str], tuple[int, Any]]:
    """(patient, lab identity) -> (id, content) of the live results of these patients that carry one."""
    r = mg_results.c
    found: dict[tuple[int, str], tuple[int, Any]] = {}
    for start in range(0, len(patient_ids), _LOOKUP_CHUNK):
        query = select(
            r.id,
            r.patient_id,
            r.collected_on,
            r.collected_at,
            r.qualifier,
            r.value_as_written,
            r.unit,
            r.status,
            r.lab_ref,
        ).where(
            r.deleted_at.is_(None),
            r.lab_ref.is_not(None),
            r.patient_id.in_(patient_ids[start : start + _LOOKUP_CHUNK]),
        )
        for row in conn.execute(query):
            written = row.qualifier + row.value_as_written  # as Measurement.text writes it
            content = (row.collected_on, row.collected_at, written, row.unit, row.status)
            found[row.patient_id, row.lab_ref] = (row.id, content)
    return found


def _existing_course_keys(conn: Connection, patient_ids: list[int]) -> set[tuple[Any, ...]]:
    c = medication_courses.c
    keys: set[tuple[Any, ...]] = set()
    for start in range(0, len(patient_ids), _LOOKUP_CHUNK):
        query = select(c.patient_id, c.drug_class, c.drug, c.start, c.stop, c.daily_dose_mg).where(
            c.deleted_at.is_(None), c.patient_id.in_(patient_ids[start : start + _LOOKUP_CHUNK])
        )
        keys.update(tuple(row) for row in conn.execute(query))
    return keys

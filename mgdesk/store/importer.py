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
first time a part names them).  A part's results come as ``ResultColumns``
(records are turned into columns first): the sample rule runs over a plain
part's rows at once, row by row only where a row needs more (a deleted
patient, the lab's identity, a line of an earlier import), and the rows
stored are built column by column, with only the columns they fill.  The
per-record API with its per-row audit is ``records``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import itertools
import json
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from operator import itemgetter
from typing import Any

from sqlalchemy import ColumnElement, Connection, Integer, Table, any_, delete, insert, literal, select, update
from sqlalchemy.dialects.postgresql import ARRAY

from mgdesk.domain.errors import ImportCancelledError
from mgdesk.domain.measurement import Measurement
from mgdesk.domain.records import MagnesiumResult, MedicationCourse, Patient, ResultStatus, Specimen
from mgdesk.domain.result_columns import ResultColumns
from mgdesk.domain.samples import SameSample, SampleIndex, kept_result
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
    rejected itself too).  ``results`` are (clinic identifier, record) pairs
    or, from the CSV reader, ``ResultColumns`` (no record per row).
    """

    results: Sequence[tuple[str, MagnesiumResult]] | ResultColumns
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
        self._stored_forms: _StoredForms | None = None

    def run(self, conn: Connection, chunks: Iterable[ImportChunk]) -> ImportOutcome:
        self._import_id = self._start_import(conn)
        self._load_patients(conn)
        self._previous = {
            table.name: _previous_rows(conn, table, self._source.sha256) for table in (mg_results, medication_courses)
        }
        self._tick()
        for given in chunks:
            chunk = given
            if given.results and not isinstance(given.results, ResultColumns):
                chunk = replace(given, results=ResultColumns.of(given.results))
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
        results = chunk.results
        named = set(results.clinic_ids if isinstance(results, ResultColumns) else (c for c, _ in results))
        named.update(c for c, _ in chunk.courses)
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

    def _prepare_results(self, conn: Connection, columns: ResultColumns) -> BulkInserter:
        """Load what is stored for the patients this part meets first (samples, lab identities); the inserter."""
        ids = self._ids
        patient_ids = [i for i in (ids.get(c.strip()) for c in set(columns.clinic_ids)) if i is not None]
        fresh = self._stored_patients(patient_ids, self._samples_of)
        if fresh:
            _load_samples(conn, fresh, self._samples)
        if columns.has_lab_refs:
            fresh = self._stored_patients(patient_ids, self._lab_refs_of)
            if fresh:
                self._lab_refs.update(_existing_lab_refs(conn, fresh))
        if self._result_inserter is None:
            self._result_inserter = BulkInserter(
                conn, mg_results, (*RESULT_COLUMNS, *PROVENANCE_COLUMNS), self._user, audit=False
            )
        return self._result_inserter

    def _insert_results(self, conn: Connection, chunk: ImportChunk) -> None:
        """Insert a part's results, skipping samples already kept (the hot path of an import).

        The rows to store are chosen first (a patient deleted, a line deleted
        or corrected since an earlier import of the file, the lab's identity
        of a stored result, a sample already kept), then built column by
        column and inserted together.
        """
        columns = chunk.results if isinstance(chunk.results, ResultColumns) else ResultColumns.of(chunk.results)
        inserter = self._prepare_results(conn, columns)
        ids = self._ids
        patient_ids = list(map(ids.get, columns.clinic_ids))
        if None in patient_ids:  # identifiers with spaces around them, or patients that are deleted
            patient_ids = [p or ids.get(c.strip()) for p, c in zip(patient_ids, columns.clinic_ids, strict=True)]
        part = _ResultPart(columns, patient_ids, chunk.keys, _padded(chunk.lines, len(columns)))
        if columns.has_lab_refs or self._previous[mg_results.name] or None in patient_ids:
            chosen = self._choose_one_by_one(conn, inserter, part)
        else:  # a plain file's part: the sample rule over all its rows at once
            repeats = self._samples.keep_new_measurements(part.moments(), columns.measurements)
            for i, kept in repeats:
                self._repeat(part.keys[i], columns.result(i), kept)
            left_out = {i for i, _ in repeats}
            chosen = [i for i in range(len(columns)) if i not in left_out] if left_out else list(range(len(columns)))
        self._store_rows(conn, inserter, part, chosen)

    def _choose_one_by_one(self, conn: Connection, inserter: BulkInserter, part: _ResultPart) -> list[int]:
        """The rows of ``part`` to store, row by row; those before a replaced lab result are stored meanwhile."""
        columns, keys, lines, lab_refs = part.columns, part.keys, part.lines, self._lab_refs
        refs = columns.lab_refs or [None] * len(columns)
        keep_new = self._samples.keep_new_measurement
        chosen: list[int] = []
        for i, moment in enumerate(part.moments()):
            patient_id = moment[0]
            if patient_id is None:
                self._reject_deleted(keys[i], columns.clinic_ids[i].strip())
                continue
            if self._seen_before(mg_results, lines[i], keys[i]):
                continue
            ref = refs[i]
            earlier = lab_refs.get((patient_id, ref)) if ref is not None else None
            result = columns.result(i) if ref is not None else None
            content = _content(result) if result is not None else None
            if earlier is not None and earlier[1] == content:
                self._duplicates += 1  # the lab's same result, sent again
                continue
            if earlier is not None and result is not None:
                # The lab's corrected (or final) result replaces its earlier one, whatever
                # the sample rule says: the earlier one is deleted, so this one is kept.
                self._store_rows(conn, inserter, part, chosen)  # the earlier one may be waiting in this part
                chosen = []
                self._supersede(conn, earlier[0], result)
                self._samples.add(patient_id, result)
            else:
                kept = keep_new(moment, columns.measurements[i])
                if kept is not None:
                    self._repeat(keys[i], result or columns.result(i), kept)
                    continue
            if ref is not None:
                lab_refs[patient_id, ref] = (inserter.next_id + len(chosen), content)
            chosen.append(i)
        return chosen

    def _repeat(self, key: int, result: MagnesiumResult, kept: tuple[Measurement, int | None]) -> None:
        """Count and report a result not stored: its sample is already kept (``kept``: measurement, stored id)."""
        same = kept_result(result, *kept)
        self._duplicates += 1
        self._same_sample.append(SameSample(key, result, same))

    def _store_rows(self, conn: Connection, inserter: BulkInserter, part: _ResultPart, chosen: list[int]) -> None:
        """Insert the rows ``chosen`` (positions in ``part``), built column by column in stored form."""
        if not chosen:
            return
        columns, patient_ids, lines = part.columns, part.patient_ids, part.lines
        pick: Callable[[Sequence[Any]], Sequence[Any]] = _same
        if len(chosen) == 1:
            pick = lambda column: (column[chosen[0]],)  # noqa: E731 - itemgetter of one position returns no tuple
        elif len(chosen) < len(columns):
            pick = itemgetter(*chosen)
        forms = self._forms(conn)
        written = forms.written(pick(columns.measurements))
        count = len(written)
        first = inserter.next_id
        fields: list[Iterable[Any]] = [
            range(first, first + count),
            pick(patient_ids),
            forms.days(pick(columns.collected_on)),
            forms.times(pick(columns.collected_at)),
            map(itemgetter(0), written),
            pick(columns.units_as_written),
            map(itemgetter(1), written),
            map(forms.specimen, pick(columns.specimens)),
            pick(columns.sources),
            pick(columns.labs),
            pick(columns.comments),
            map(itemgetter(2), written),
        ]
        names = list(LEAN_RESULT_COLUMNS)
        for name, lab_column in (
            ("status", columns.statuses),
            ("reference_range", columns.reference_ranges),
            ("lab_flag", columns.lab_flags),
            ("lab_ref", columns.lab_refs),
        ):
            if lab_column is not None:  # else every row has the column's default (final, or none)
                names.append(name)
                fields.append(map(forms.status, pick(lab_column)) if name == "status" else pick(lab_column))
        names += PROVENANCE_COLUMNS
        fields += [itertools.repeat(self._import_id, count), pick(lines), itertools.repeat(ENTRY_IMPORT, count)]
        inserter.insert(list(zip(*fields, strict=False)), names)
        self._imported += count

    def _forms(self, conn: Connection) -> _StoredForms:
        if self._stored_forms is None:
            self._stored_forms = _StoredForms(conn)
        return self._stored_forms

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
PROVENANCE_COLUMNS = ("import_id", "source_line", "entry")
# What every imported result has, in the order ``_store_rows`` builds them; the lab's own fields
# (status, reference range, flag, identity) follow only when some row of the part has them.
LEAN_RESULT_COLUMNS = (
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
)
RESULT_COLUMNS = (*LEAN_RESULT_COLUMNS, "status", "reference_range", "lab_flag", "lab_ref")
COURSE_COLUMNS = ("patient_id", "drug_class", "drug", "start", "stop", "daily_dose_mg")
_LOOKUP_CHUNK = 500  # patient ids per IN (...) list


RowMaker = Callable[[int, dict[str, Any]], tuple[Any, ...]]


@dataclass(frozen=True, slots=True)
class _ResultPart:
    """A part's results with the stored id of each one's patient (None: deleted), report key and file line."""

    columns: ResultColumns
    patient_ids: list[int | None]
    keys: Sequence[int]
    lines: Sequence[int | None]

    def moments(self) -> Iterator[tuple[int | None, Specimen, dt.date, dt.time | None]]:
        """Each row's patient, specimen, date and time of collection (what ``domain.samples`` compares first)."""
        c = self.columns
        return zip(self.patient_ids, c.specimens, c.collected_on, c.collected_at, strict=True)


def _same[T](column: T) -> T:
    return column


def _content(result: MagnesiumResult) -> tuple[Any, ...]:
    """What makes two results with one lab identity the same report (as ``_existing_lab_refs`` reads it back)."""
    measurement = result.measurement
    return (result.collected_on, result.collected_at, measurement.text, measurement.unit.value, result.status.value)


class _StoredForms:
    """The stored form of each distinct value an import meets: dates, times, enumerations, measurements.

    A file's results share a few thousand dates and a few hundred
    measurement objects, so each is turned into what the database stores
    once, and a column is then mapped through a dictionary.  Measurements are
    keyed by ``id()``; the entry holds the object, so that id is never reused
    while the import runs.
    """

    def __init__(self, conn: Connection) -> None:
        self._day_form = storage_form(conn, mg_results.c.collected_on) or _same
        self._time_form = storage_form(conn, mg_results.c.collected_at) or _same
        self._days: dict[dt.date, Any] = {}
        self._times: dict[dt.time | None, Any] = {None: None}
        self.specimen: Callable[[Specimen], str] = {s: s.value for s in Specimen}.__getitem__
        self.status: Callable[[ResultStatus], str] = {s: s.value for s in ResultStatus}.__getitem__
        self._written: dict[int, tuple[str, str, str, Measurement]] = {}

    def days(self, values: Sequence[dt.date]) -> Iterator[Any]:
        return _mapped(self._days, self._day_form, values)

    def times(self, values: Sequence[dt.time | None]) -> Iterator[Any]:
        return _mapped(self._times, self._time_form, values)

    def written(self, measurements: Sequence[Measurement]) -> list[tuple[str, str, str, Measurement]]:
        """Of each measurement: the value as written without its qualifier, the unit, the qualifier (and itself)."""
        memo = self._written
        keys = list(map(id, measurements))
        if not memo.keys() >= set(keys):
            for measurement in measurements:
                if id(measurement) not in memo:
                    memo[id(measurement)] = (
                        f"{measurement.value:f}",
                        measurement.unit.value,
                        measurement.qualifier,
                        measurement,
                    )
        return list(map(memo.__getitem__, keys))


def _mapped[K](memo: dict[K, Any], form: Callable[[Any], Any], values: Sequence[K]) -> Iterator[Any]:
    """``form`` of each value, worked out once per distinct value (and remembered in ``memo``)."""
    for value in set(values) - memo.keys():
        memo[value] = form(value)
    return map(memo.__getitem__, values)


def _row_maker(conn: Connection, table: Table, columns: Sequence[str]) -> RowMaker:
    """A function turning (id, values) into a row tuple in stored form."""
    forms = [(name, memoised(storage_form(conn, table.c[name]))) for name in columns]

    def to_row(new_id: int, values: dict[str, Any]) -> tuple[Any, ...]:
        return (new_id, *(form(values[name]) for name, form in forms))

    return to_row


def _among_patients(conn: Connection, table: Table, patient_ids: list[int]) -> Iterator[ColumnElement[bool]]:
    """Conditions on ``table``'s ``patient_id`` that together take in ``patient_ids``: one per query to run.

    A server takes them all as one array (one query per part); SQLite, whose
    statements hold a bounded number of parameters, ``_LOOKUP_CHUNK`` at a time.
    """
    if conn.dialect.name == "postgresql":
        yield table.c.patient_id == any_(literal(patient_ids, ARRAY(Integer)))
        return
    for start in range(0, len(patient_ids), _LOOKUP_CHUNK):
        yield table.c.patient_id.in_(patient_ids[start : start + _LOOKUP_CHUNK])


def _load_samples(conn: Connection, patient_ids: list[int], samples: SampleIndex) -> None:
    """Add the live results of these patients to ``samples`` (the sample rule of ``domain.samples``).

    Only what the rule compares is read (moment, value, unit, qualifier, id),
    and each distinct stored value becomes one measurement.
    """
    r = mg_results.c
    measured: dict[tuple[str, str, str], Measurement] = {}
    specimens = {s.value: s for s in Specimen}
    for among in _among_patients(conn, mg_results, patient_ids):
        query = (
            select(
                r.id, r.patient_id, r.specimen, r.collected_on, r.collected_at, r.value_as_written, r.unit, r.qualifier
            )
            .where(r.deleted_at.is_(None), among)
            .order_by(r.id)
        )
        for stored_id, patient_id, specimen, day, at, value, unit, qualifier in conn.execute(query):
            written = (value, unit, qualifier)
            measurement = measured.get(written)
            if measurement is None:
                measurement = measured[written] = rows.stored_measurement(value, unit, qualifier)
            moment = (patient_id, specimens.get(specimen) or rows.stored_specimen(specimen), day, at)
            samples.add_measurement(moment, measurement, stored_id)


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
    for among in _among_patients(conn, mg_results, patient_ids):
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
        ).where(r.deleted_at.is_(None), r.lab_ref.is_not(None), among)
        for row in conn.execute(query):
            written = row.qualifier + row.value_as_written  # as Measurement.text writes it
            content = (row.collected_on, row.collected_at, written, row.unit, row.status)
            found[row.patient_id, row.lab_ref] = (row.id, content)
    return found


def _existing_course_keys(conn: Connection, patient_ids: list[int]) -> set[tuple[Any, ...]]:
    c = medication_courses.c
    keys: set[tuple[Any, ...]] = set()
    for among in _among_patients(conn, medication_courses, patient_ids):
        query = select(c.patient_id, c.drug_class, c.drug, c.start, c.stop, c.daily_dose_mg).where(
            c.deleted_at.is_(None), among
        )
        keys.update(tuple(row) for row in conn.execute(query))
    return keys

"""Checking a file before it is imported: what the window's preview shows, true for the whole file, in bounded memory.

``check_file`` reads a file the way ``store_file`` will import it (the same
reader, format, date order, columns and lab choices; a year-last date with
no order given rejects only its own row) and keeps only what the preview
shows: the kind and the column mapping, the first results as they will be
stored, how many rows can be imported, every rejection and warning by file
line, how many rows wait for a date order, the HL7 v2 choices to offer and
how many of the file's patients the database does not hold yet.  A CSV
file is read in parts of ``CHUNK_ROWS`` (``open_records_csv``), each dropped
once counted, so memory follows the part size and the number of distinct
patients, not the file; HL7 v2 and FHIR files are read whole (their
readers take the whole file; bounded by the file-size limit of
``read_bounded``).  Nothing is stored; ``sha256`` names the bytes checked,
so the import can refuse a file that changed since (``store_file``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING

from mgdesk.domain.errors import ImportCancelledError
from mgdesk.domain.records import MagnesiumResult
from mgdesk.interchange import (
    DateOrder,
    FileKind,
    ParsedFile,
    Rejection,
    open_records_csv,
    read_bounded,
)
from mgdesk.interchange.columns import ColumnMapping
from mgdesk.services.importing import detect_format, parse_bytes
from mgdesk.services.lab_codes import LabImportSettings

if TYPE_CHECKING:
    from mgdesk.store import Records

FIRST_ROWS = 5  # results kept to show as they will be stored


@dataclass(frozen=True, slots=True)
class FileCheck:
    """What a checked file holds, counted over the whole file; the records themselves are not kept."""

    name: str
    format: str  # "csv", "hl7" or "fhir"
    kind: FileKind
    mapping: ColumnMapping
    date_order: DateOrder
    sha256: str  # of the bytes checked
    results: int  # results that can be imported
    courses: int  # medication courses that can be imported
    first_results: tuple[tuple[str, MagnesiumResult], ...]  # the first results, (clinic identifier, result)
    rejected: tuple[Rejection, ...]  # by file line
    warnings: tuple[Rejection, ...] = ()
    not_magnesium: int = 0
    order_needed: int = 0  # rows whose year-last date waits for a date order (rejected until one is given)
    patient_id_kinds: dict[str, int] = field(default_factory=dict)  # HL7 v2: PID-3 kinds offered, with messages
    unknown_codes: dict[str, int] = field(default_factory=dict)  # HL7 v2: lab codes named like magnesium
    clinic_ids: frozenset[str] = frozenset()  # every patient the importable rows name
    new_patients: int | None = None  # of those, the ones no stored patient has (None: no database given)

    @property
    def rows(self) -> int:
        """Rows that can be imported (results and courses)."""
        return self.results + self.courses


def check_file(
    path: Path,
    date_order: DateOrder | None = None,
    *,
    file_format: str | None = None,
    settings: LabImportSettings | None = None,
    columns: dict[str, int] | None = None,
    records: Records | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    first_rows: int = FIRST_ROWS,
) -> FileCheck:
    """Check ``path`` as ``store_file(..., refuse_undeclared_order=False)`` would import it; store nothing.

    The arguments are ``store_file``'s; ``records`` (the open database)
    counts the new patients.  Raises the interchange's errors for a file
    that cannot be read at all, ``ImportCancelledError`` when ``cancelled()``
    turns true (between parts of a CSV file).
    """
    data = read_bounded(path)
    chosen = file_format or detect_format(data)
    if chosen == "csv":
        check = _check_csv(data, path.name, date_order, columns, progress, cancelled, first_rows)
    else:
        check = _whole(parse_bytes(data, path.name, date_order, file_format=chosen, settings=settings), first_rows)
    if records is None:
        return check
    known = records.stored_clinic_ids(check.clinic_ids)
    return replace(check, new_patients=len(check.clinic_ids - known))


def _check_csv(  # noqa: PLR0917 - private, the arguments of check_file
    data: bytes,
    name: str,
    date_order: DateOrder | None,
    columns: dict[str, int] | None,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
    first_rows: int,
) -> FileCheck:
    """A CSV file counted part by part: each part's records are dropped once counted."""
    stream = open_records_csv(data, name=name, date_order=date_order, refuse_undeclared_order=False, columns=columns)
    header = stream.file
    results = courses = done = 0
    first: list[tuple[str, MagnesiumResult]] = []
    rejected: list[Rejection] = []
    clinic_ids: set[str] = set()
    for part in stream.parts():
        results += len(part.lines) - len(part.courses)  # a line per good row, results and courses alike
        courses += len(part.courses)
        if len(first) < first_rows:
            first += _first_results(part, first_rows - len(first))
        rejected += part.rejected
        clinic_ids.update(_patients_named(part))
        done += part.rows_read
        if progress is not None:
            progress(done, max(done, stream.rows_expected))
        if cancelled is not None and cancelled():
            raise ImportCancelledError("Checking the file was cancelled.")
    return FileCheck(
        name=header.name,
        format="csv",
        kind=header.kind,
        mapping=header.mapping,
        date_order=header.date_order,
        sha256=header.sha256,
        results=results,
        courses=courses,
        first_results=tuple(first),
        rejected=tuple(rejected),
        order_needed=header.order_needed,
        clinic_ids=frozenset(clinic_ids),
    )


def _whole(parsed: ParsedFile, first_rows: int) -> FileCheck:
    """The check of a file read whole (HL7 v2, FHIR)."""
    clinic_ids: set[str] = set()
    _add_ids(clinic_ids, parsed.results, parsed.courses)
    return FileCheck(
        name=parsed.name,
        format=parsed.format,
        kind=parsed.kind,
        mapping=parsed.mapping,
        date_order=parsed.date_order,
        sha256=parsed.sha256,
        results=len(parsed.results),
        courses=len(parsed.courses),
        first_results=tuple(parsed.results[:first_rows]),
        rejected=tuple(parsed.rejected),
        warnings=tuple(parsed.warnings),
        not_magnesium=parsed.not_magnesium,
        order_needed=parsed.order_needed,
        patient_id_kinds=dict(parsed.patient_id_kinds),
        unknown_codes=dict(parsed.unknown_codes),
        clinic_ids=frozenset(clinic_ids),
    )


def _add_ids(clinic_ids: set[str], *pairs: Iterable[tuple[str, object]]) -> None:
    for rows in pairs:
        clinic_ids.update(clinic_id.strip() for clinic_id, _ in rows)


# How a part of a CSV file carries its results is the reader's business: only these two read them.


def _first_results(part: ParsedFile, count: int) -> list[tuple[str, MagnesiumResult]]:
    """The first ``count`` results of a part, as (clinic identifier, result)."""
    columns = part.result_columns
    if columns is None:
        return part.results[:count]
    return [(columns.clinic_ids[i], columns.result(i)) for i in range(min(count, len(columns)))]


def _patients_named(part: ParsedFile) -> set[str]:
    """The clinic identifiers a part's good rows name."""
    named: set[str] = set()
    _add_ids(named, part.results, part.courses)
    if part.result_columns is not None:
        named.update(clinic_id.strip() for clinic_id in part.result_columns.clinic_ids)
    return named

"""Importing a lab or records file: read, store in one transaction, report.

``read_file`` tells CSV, HL7 v2 and FHIR JSON / NDJSON apart by their content
(or takes the format it is told) and checks the file into domain records
without touching a database, with the user's remembered lab choices (local
codes, the PID-3 identifier kind); ``store_parsed`` stores them and merges what the reader and the
store each rejected into one report with file line numbers, which both the
command line and the window's import dialog show, with the rows left out as
"same sample" repeats of a result already kept (``domain.samples``).
``store_file`` reads and stores in one go, a CSV file in parts of
``CHUNK_ROWS`` inside the one transaction, so memory follows the part, not
the file; ``import_file`` (the command line) uses it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from mgdesk.domain.errors import InputError
from mgdesk.domain.samples import SameSample
from mgdesk.interchange import (
    DateOrder,
    FileFormatError,
    FileKind,
    ParsedFile,
    PatientIdChoice,
    Rejection,
    looks_like_fhir,
    looks_like_hl7,
    open_records_csv,
    read_bounded,
    read_fhir,
    read_hl7,
    read_records_csv,
)
from mgdesk.interchange.columns import header_row
from mgdesk.services.lab_codes import LabImportSettings, RememberedMapping, load_lab_settings

FORMATS = ("csv", "hl7", "fhir")

if TYPE_CHECKING:
    from mgdesk.interchange import RecordStream
    from mgdesk.store import ImportChunk, ImportOutcome, Records


@dataclass(frozen=True, slots=True)
class ImportReport:
    """What one import did; ``as_json`` is the documented ``import --json`` object."""

    name: str
    kind: str  # "results" or "medication courses"
    imported: int
    duplicates: int
    patients_created: int
    rejected: tuple[Rejection, ...]
    not_magnesium: int = 0
    replaced: int = 0
    warnings: tuple[Rejection, ...] = ()
    format: str = "csv"
    same_sample: tuple[tuple[int, SameSample], ...] = ()  # (file line, the sample it repeats), counted in duplicates
    # File lines an earlier import of this same file stored and the user since deleted or corrected:
    # left as the user left them.
    previously_deleted: tuple[int, ...] = ()
    previously_corrected: tuple[int, ...] = ()
    database_note: str | None = None  # e.g. the database could not be made owner-only
    remembered_mapping: RememberedMapping | None = None  # the CSV columns were read as mapped by hand before

    def as_json(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "imported": self.imported,
            "duplicates": self.duplicates,
            "patients_created": self.patients_created,
            "rejected": [{"line": r.line, "reason": r.reason} for r in self.rejected],
            "not_magnesium": self.not_magnesium,
            "replaced": self.replaced,
            "warnings": [{"line": w.line, "reason": w.reason} for w in self.warnings],
            "same_sample": [
                {
                    "line": line,
                    "value": repeat.duplicate.measurement.text,
                    "unit": str(repeat.duplicate.measurement.unit),
                    "kept_value": repeat.kept.measurement.text,
                    "kept_unit": str(repeat.kept.measurement.unit),
                    "unit_differs": repeat.unit_differs,
                    "reason": repeat.sentence(),
                }
                for line, repeat in self.same_sample
            ],
            "previously_deleted": list(self.previously_deleted),
            "previously_corrected": list(self.previously_corrected),
            "remembered_mapping": None
            if self.remembered_mapping is None
            else {"columns": self.remembered_mapping.columns, "made_on": self.remembered_mapping.made_on.isoformat()},
        }


def detect_format(data: bytes) -> str:
    """The format of a file's bytes: hl7 (MSH/FHS/BHS first, MLLP bytes allowed), fhir (a JSON object) or csv."""
    if looks_like_hl7(data):
        return "hl7"
    if looks_like_fhir(data):
        return "fhir"
    return "csv"


def remembered_columns(
    path: Path, settings: LabImportSettings, data: bytes | None = None
) -> tuple[list[str], RememberedMapping | None]:
    """A CSV file's header row and the column mapping the user made for a file with the same header, if any.

    The one rule both faces apply: the window's import preview starts from
    this mapping (and says so), and ``mgdesk import`` uses it (and says so)
    unless told ``--no-remembered-mapping``.  ``data``: the file's bytes,
    when already read.  Raises ``FileFormatError`` when the header row
    cannot be read.
    """
    headers = header_row(_read_bytes(path) if data is None else data, path.name)
    return headers, settings.remembered_mapping(headers)


def read_file(
    path: Path,
    date_order: DateOrder | None = None,
    *,
    file_format: str | None = None,
    settings: LabImportSettings | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    refuse_undeclared_order: bool = True,
    columns: dict[str, int] | None = None,
) -> ParsedFile:
    """Read and check a file of any supported format; raises the interchange's own errors for one it cannot use.

    ``refuse_undeclared_order=False`` rejects only the CSV rows whose dates
    need a date order not yet given, instead of the whole file (see
    ``read_records_csv``).  ``columns`` maps a CSV file's columns by hand.

    ``file_format`` ("csv", "hl7", "fhir") forces a format; None tells it by
    content.  ``settings`` are the lab choices (the remembered ones if None).
    """
    return parse_bytes(
        _read_bytes(path),
        path.name,
        date_order,
        file_format=file_format,
        settings=settings,
        progress=progress,
        cancelled=cancelled,
        refuse_undeclared_order=refuse_undeclared_order,
        columns=columns,
    )


def parse_bytes(
    data: bytes,
    name: str,
    date_order: DateOrder | None = None,
    *,
    file_format: str | None = None,
    settings: LabImportSettings | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    refuse_undeclared_order: bool = True,
    columns: dict[str, int] | None = None,
) -> ParsedFile:
    """``read_file`` of a file whose bytes (``data``, named ``name``) are already read."""
    chosen = _chosen_format(data, file_format)
    if chosen == "csv":
        return read_records_csv(
            data,
            name=name,
            date_order=date_order,
            progress=progress,
            cancelled=cancelled,
            refuse_undeclared_order=refuse_undeclared_order,
            columns=columns,
        )
    if chosen == "fhir":
        parsed = read_fhir(data, name)
    else:
        lab = settings if settings is not None else load_lab_settings()
        parsed = read_hl7(
            data, name, patient_id=PatientIdChoice.parse(lab.patient_id_type), local_codes=lab.local_codes
        )
    # The import remembers the file's SHA-256 with each row's line (segment, entry), so that importing
    # the same lab file again revives no result the user deleted or corrected, as for a CSV file.
    parsed.sha256 = hashlib.sha256(data).hexdigest()
    return parsed


def _read_bytes(path: Path) -> bytes:
    """A regular file's bytes, bounded (``read_bounded``): never a device, a pipe or an endless stream."""
    return read_bounded(path)


def _chosen_format(data: bytes, file_format: str | None) -> str:
    if file_format is not None and file_format not in FORMATS:
        raise InputError(f"Unknown import format {file_format!r}: use csv, hl7 or fhir.")
    return file_format or detect_format(data)


def store_parsed(
    records: Records,
    parsed: ParsedFile,
    *,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Store a checked file in one transaction and report every rejection by file line."""
    outcome = records.import_records(
        list(parsed.results),
        list(parsed.courses),
        patients=parsed.patients,
        progress=progress,
        cancelled=cancelled,
        file_name=parsed.name,
        sha256=parsed.sha256,
        lines=parsed.lines,
    )
    return _report(parsed, parsed.rejected, outcome, parsed.lines.__getitem__)


def store_file(
    records: Records,
    path: Path,
    date_order: DateOrder | None = None,
    *,
    file_format: str | None = None,
    settings: LabImportSettings | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    columns: dict[str, int] | None = None,
    refuse_undeclared_order: bool = True,
    sha256: str | None = None,
) -> ImportReport:
    """Read ``path`` and store it in one transaction: ``read_file`` then ``store_parsed``, in bounded memory.

    A CSV file is read in parts inside the transaction (its encoding and
    header checked first, before the database is touched), so memory follows
    the part size, not the file; a fault found further on (a broken quote)
    rolls back all of it.  HL7 v2 and FHIR files are read whole first: lab
    messages come in small files.  ``refuse_undeclared_order`` is
    ``read_file``'s.  ``sha256`` (the file's as a preview checked it,
    ``check_file``) refuses, before anything is stored, a file that changed
    since.
    """
    data = _read_bytes(path)
    if sha256 is not None and hashlib.sha256(data).hexdigest() != sha256:
        raise FileFormatError(code="file-changed", name=path.name)
    chosen = _chosen_format(data, file_format)
    if chosen != "csv":
        parsed = parse_bytes(
            data,
            path.name,
            date_order,
            file_format=chosen,
            settings=settings,
            refuse_undeclared_order=refuse_undeclared_order,
        )
        return store_parsed(records, parsed, progress=progress, cancelled=cancelled)
    return _store_csv(
        records,
        data,
        path.name,
        date_order,
        columns,
        progress,
        cancelled,
        refuse_undeclared_order=refuse_undeclared_order,
    )


def _store_csv(  # noqa: PLR0917 - private, the arguments of store_file
    records: Records,
    data: bytes,
    name: str,
    date_order: DateOrder | None,
    columns: dict[str, int] | None,
    progress: Callable[[int, int], None] | None,
    cancelled: Callable[[], bool] | None,
    *,
    refuse_undeclared_order: bool = True,
) -> ImportReport:
    def opened() -> RecordStream:
        return open_records_csv(
            data, name=name, date_order=date_order, columns=columns, refuse_undeclared_order=refuse_undeclared_order
        )

    first = [opened()]  # the header is checked before the transaction; a rerun reads the file again
    header, expected = first[0].file, first[0].rows_expected
    rejected: list[Rejection] = []

    def parts() -> Iterator[ImportChunk]:
        from mgdesk.store import ImportChunk

        stream = first.pop() if first else opened()
        rejected.clear()
        for part in stream.parts():
            rejected.extend(part.rejected)
            yield ImportChunk(part.result_columns or part.results, part.courses, part.lines, part.lines, part.rows_read)

    outcome = records.import_parts(
        parts,
        expected,
        file_name=header.name,
        sha256=header.sha256,
        progress=progress,
        cancelled=cancelled,
    )
    return _report(header, rejected, outcome, int)


def _report(
    parsed: ParsedFile,
    read_rejected: list[Rejection],
    outcome: ImportOutcome,
    line_of: Callable[[int], int],
) -> ImportReport:
    """The report of a stored file: the reader's and the store's rejections merged, all by file line."""
    stored = [Rejection(line_of(index), reason) for index, reason in outcome.rejected]
    rejected = tuple(sorted([*read_rejected, *stored], key=lambda r: r.line))
    kind = "results" if parsed.kind is FileKind.RESULTS else "medication courses"
    return ImportReport(
        name=parsed.name,
        kind=kind,
        imported=outcome.imported,
        duplicates=outcome.duplicates,
        patients_created=outcome.patients_created,
        rejected=rejected,
        not_magnesium=parsed.not_magnesium,
        replaced=outcome.replaced,
        warnings=tuple(parsed.warnings),
        format=parsed.format,
        same_sample=tuple((line_of(repeat.index), repeat) for repeat in outcome.same_sample),
        previously_deleted=tuple(sorted(line_of(i) for i in outcome.previously_deleted)),
        previously_corrected=tuple(sorted(line_of(i) for i in outcome.previously_corrected)),
    )


def import_file(
    path: Path,
    database: Path | str | None,
    date_order: DateOrder | None = None,
    *,
    file_format: str | None = None,
    settings: LabImportSettings | None = None,
    use_remembered_mapping: bool = True,
) -> ImportReport:
    """Read ``path`` and store it in ``database`` (a file, a server URL; the default file when None).

    A CSV file is read with the column mapping remembered for its header row
    (``remembered_columns``, as the window's preview does) unless
    ``use_remembered_mapping`` is False; the report names the mapping used.
    """
    from mgdesk.store import Records, default_database_path, open_database

    data = _read_bytes(path)
    if _chosen_format(data, file_format) != "csv":
        parsed = parse_bytes(data, path.name, date_order, file_format=file_format, settings=settings)
        with open_database(database) as opened:
            report = store_parsed(Records(opened), parsed)
            return replace(report, database_note=opened.mode_warning)
    remembered = None
    if use_remembered_mapping:
        _, remembered = remembered_columns(path, settings if settings is not None else load_lab_settings(), data)
    columns = dict(remembered.columns) if remembered is not None else None
    target = default_database_path() if database is None else database
    if "://" not in str(target) and not Path(target).exists():
        # A file that cannot be read creates no database: read it through once (part by part) first.
        for _ in open_records_csv(data, name=path.name, date_order=date_order, columns=columns).parts():
            pass
    with open_database(database) as opened:
        report = _store_csv(Records(opened), data, path.name, date_order, columns, None, None)
        return replace(report, database_note=opened.mode_warning, remembered_mapping=remembered)

"""Reading a CSV file of magnesium results or medication courses into domain records.

Every row is checked with the domain (``parse_measurement``,
``parse_specimen``, ``parse_drug_class``, the record dataclasses); a bad row
becomes a ``Rejection`` with its line number and reason and the others are
kept.  A file that cannot be read at all (encoding, header, date order)
raises ``FileFormatError`` and yields nothing.  ``open_records_csv`` checks
the encoding and header and then yields the rows part by part (memory
follows the part, not the file); ``read_records_csv`` gathers every part.
Storing the records, with duplicates and new patients, is the store's bulk
import, not this module's.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import gc
import hashlib
import io
import itertools
import stat
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mgdesk.domain.errors import ImportCancelledError, InputError, MgdeskError
from mgdesk.domain.measurement import Measurement, parse_measurement
from mgdesk.domain.records import (
    MagnesiumResult,
    MedicationCourse,
    Patient,
    Specimen,
    parse_dose,
    parse_drug_class,
    parse_specimen,
)
from mgdesk.domain.units import parse_unit
from mgdesk.interchange import dates
from mgdesk.interchange.cells import restore
from mgdesk.interchange.columns import RESULT_FIELDS, ColumnMapping, FileKind, map_columns
from mgdesk.interchange.dates import DateOrder
from mgdesk.interchange.text import FileFormatError, decoded, separator

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

PROGRESS_EVERY = 2000  # rows between progress reports of a whole-file read
CHUNK_ROWS = 10_000  # rows of one part of a streamed file: memory follows this, not the file
MAX_FILE_BYTES = 512 * 1024 * 1024  # several million rows; beyond that a file is not a lab export
MAX_CELL_CHARS = 1000  # a comment of a few sentences; checked before any cell is parsed


@dataclass(frozen=True, slots=True)
class Rejection:
    """A row that was not imported: its line in the file (the header is line 1) and why."""

    line: int
    reason: str


@dataclass(slots=True)
class ParsedFile:
    """What a file holds once checked: (clinic id, record) pairs with their lines, and the rejections."""

    name: str
    kind: FileKind
    mapping: ColumnMapping
    separator: str
    date_order: DateOrder
    results: list[tuple[str, MagnesiumResult]] = field(default_factory=list)
    courses: list[tuple[str, MedicationCourse]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)  # the line of each result or course, in order
    rejected: list[Rejection] = field(default_factory=list)
    sha256: str = ""  # of the file's bytes: an import remembers it, so a re-import revives nothing
    # Filled by the lab-message readers (HL7 v2, FHIR): who new patients are,
    # how many results were something other than magnesium, what to warn about.
    format: str = "csv"
    patients: dict[str, Patient] = field(default_factory=dict)
    not_magnesium: int = 0
    warnings: list[Rejection] = field(default_factory=list)
    # HL7 v2: the kinds of identifier (type, assigning authority) a repeating PID-3 offered, with how many
    # messages offered each; and OBX-3 codes that name magnesium in words but are no code mgdesk knows.
    patient_id_kinds: dict[str, int] = field(default_factory=dict)  # "MR@CLINIC" (PatientIdChoice text)
    unknown_codes: dict[str, int] = field(default_factory=dict)
    # Rows whose year-last date waits for a date order (read with ``refuse_undeclared_order=False``).
    order_needed: int = 0
    rows_read: int = 0  # of a part of a streamed file: the file's rows it covers, rejected ones too


def read_records_csv(
    source: Path | bytes,
    *,
    name: str | None = None,
    date_order: DateOrder | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    refuse_undeclared_order: bool = True,
    columns: dict[str, int] | None = None,
) -> ParsedFile:
    """Read and check a whole results or medication CSV file (the kind is told by its header).

    ``date_order`` is the user's declaration; None means "as the file says,
    else ISO only".  A year-last date with no order declared refuses the
    whole file (the command line's rule: it names ``--day-first``); with
    ``refuse_undeclared_order=False`` (the window's preview, which offers the
    choice) only its rows are rejected and counted in ``order_needed``.
    ``columns`` (field to column position) replaces the guessed mapping.
    Raises ``FileFormatError`` when the file cannot be read at all,
    ``ImportCancelledError`` when ``cancelled()`` turns true.  Every row
    becomes an object at once; an import streams instead (``open_records_csv``).
    """
    with _collector_paused():
        stream = open_records_csv(
            source,
            name=name,
            date_order=date_order,
            refuse_undeclared_order=refuse_undeclared_order,
            columns=columns,
        )
        parsed = stream.file
        done = 0
        for part in stream.parts(PROGRESS_EVERY):
            parsed.results += part.results
            parsed.courses += part.courses
            parsed.lines += part.lines
            parsed.rejected += part.rejected
            done += part.rows_read
            if progress is not None:
                progress(done, max(done, stream.rows_expected))
            if cancelled is not None and cancelled():
                raise ImportCancelledError("The import was cancelled; nothing of it was kept.")
        return parsed


def open_records_csv(
    source: Path | bytes,
    *,
    name: str | None = None,
    date_order: DateOrder | None = None,
    refuse_undeclared_order: bool = True,
    columns: dict[str, int] | None = None,
) -> RecordStream:
    """A CSV file ready to be read part by part (``RecordStream.parts``); the arguments are ``read_records_csv``'s.

    The whole file is checked in its encoding, and its header read, before
    the first part; each part's rows are parsed only when it is asked for,
    so memory follows the part size, not the file.  A fault further on (a
    broken quote, a year-last date with no order declared) raises
    ``FileFormatError`` when its part is read: an import reading parts in
    one transaction then stores nothing.
    """
    if isinstance(source, Path):
        name = name or source.name
        data = read_bounded(source)
    else:
        data = source
    return RecordStream(
        data,
        name or "the file",
        date_order,
        refuse_undeclared_order=refuse_undeclared_order,
        columns=columns,
    )


class RecordStream:
    """A CSV file being read in parts: ``file`` holds what the header says, ``parts`` yields the rows.

    Each part is a ``ParsedFile`` of its own (same name, kind, mapping, date
    order and SHA-256) holding the results or courses, lines and rejections
    of its rows.  ``file.order_needed`` counts, as parts are read, the rows
    whose year-last date waits for a date order.
    """

    def __init__(
        self,
        data: bytes,
        name: str,
        date_order: DateOrder | None,
        *,
        refuse_undeclared_order: bool,
        columns: dict[str, int] | None,
    ) -> None:
        text = decoded(data, name)  # the whole file, checked in the one encoding decided for it
        if not text.text or text.text.isspace():
            raise FileFormatError(f"{name} is empty.")
        header_line = _first_line(text.text)
        # Lines, less the header: what the progress counts towards (blank lines make it an upper bound).
        self.rows_expected = max(0, text.text.count("\n") - 1)
        self._codec, self._skip = text.codec, text.skip
        del text  # the rows are decoded again part by part
        self._data = data
        sep = separator(header_line, name)
        reader = csv.reader(self._text(), delimiter=sep, strict=True)
        self._records = _records(reader)
        first = next(self._records, None)
        if first is None:
            raise FileFormatError(f"{name} is empty.")
        _, headers = first
        mapping = map_columns([restore(h).strip() for h in headers], name, columns)
        order = _date_order(mapping, date_order, name)
        self.file = ParsedFile(name, mapping.kind, mapping, sep, order, sha256=hashlib.sha256(data).hexdigest())
        self._width = len(headers)
        self._refuse = refuse_undeclared_order

    def _text(self) -> io.TextIOWrapper:
        raw = io.BytesIO(self._data)
        raw.seek(self._skip)
        return io.TextIOWrapper(raw, encoding=self._codec, newline="")

    def parts(self, size: int | None = None) -> Iterator[ParsedFile]:
        """The file's rows, checked, ``size`` (``CHUNK_ROWS``) at a time; read once (a second call yields nothing)."""
        size = size or CHUNK_ROWS
        whole = self.file
        reader = _ResultRows(whole) if whole.kind is FileKind.RESULTS else _CourseRows(whole)
        check_order = whole.date_order is DateOrder.ISO_ONLY
        while body := list(itertools.islice(self._records, size)):
            part = ParsedFile(
                whole.name, whole.kind, whole.mapping, whole.separator, whole.date_order, sha256=whole.sha256
            )
            part.rows_read = len(body)
            if check_order:
                year_last = _year_last_lines(body, whole.mapping)
                if year_last and self._refuse:
                    line, date_text = year_last[0]
                    raise FileFormatError(
                        f"{whole.name}, line {line}: " + dates.ORDER_NEEDED.format(text=date_text) + "."
                    )
                part.order_needed = len(year_last)
                whole.order_needed += part.order_needed
            reader.parsed = part
            reader.read_chunk(body, self._width)
            yield part


def read_bounded(path: Path) -> bytes:
    """The bytes of a regular file of at most ``MAX_FILE_BYTES``; ``FileFormatError`` otherwise.

    Devices (``/dev/zero``), pipes (a FIFO would wait forever), sockets and
    folders are refused before they are opened.
    """
    try:
        info = path.stat()
    except OSError as error:
        raise FileFormatError(f"Cannot read {path}: {error.strerror or error}.") from None
    if not stat.S_ISREG(info.st_mode):
        raise FileFormatError(
            f"{path} is not a regular file (a folder, device or pipe); choose a CSV, HL7 or FHIR file."
        )
    try:
        with path.open("rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise FileFormatError(f"Cannot read {path}: {error.strerror or error}.") from None
    if len(data) > MAX_FILE_BYTES:
        raise FileFormatError(
            f"{path} is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; split it into smaller files."
        )
    return data


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a file's rows become objects.

    Reading a large file makes hundreds of thousands of lists and records
    that live until the import ends; the collector would scan them over and
    over (it roughly doubled the reading time).  Reading makes no reference
    cycles of its own; collection resumes afterwards.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _first_line(text: str) -> str:
    """The first line that is not empty (the header), without copying the text."""
    start = 0
    while start < len(text) and text[start] in "\r\n":
        start += 1
    end = text.find("\n", start)
    return text[start : end if end >= 0 else len(text)]


def _records(reader: Any) -> Iterator[tuple[int, list[str]]]:
    """Non-blank records with the line each starts on; ``FileFormatError`` at a broken quote or an overlong cell."""
    line = 1
    try:
        for cells in reader:
            joined = "".join(cells)
            if joined and not joined.isspace():  # some cell is not blank
                if len(joined) > MAX_CELL_CHARS and max(map(len, cells)) > MAX_CELL_CHARS:
                    raise FileFormatError(
                        f"line {line}: a cell is longer than {MAX_CELL_CHARS} characters; no value, date or "
                        "comment of a lab file is that long (a broken quote?)."
                    )
                yield line, cells
            line = reader.line_num + 1
    except csv.Error as error:
        raise FileFormatError(f"line {line}: {error} (an unclosed quote?).") from None


def _date_order(mapping: ColumnMapping, given: DateOrder | None, name: str) -> DateOrder:
    field_name = "date" if mapping.kind is FileKind.RESULTS else "start"
    declared = dates.order_from_header(mapping.header_of(field_name))
    if given is not None and given is not DateOrder.ISO_ONLY:
        if declared is not None and declared is not given:
            raise FileFormatError(
                f"{name}: the column {mapping.header_of(field_name)!r} says {declared.value}, but {given.value} "
                "was asked for; drop one of them."
            )
        return given
    return declared or DateOrder.ISO_ONLY


def _year_last_lines(body: list[tuple[int, list[str]]], mapping: ColumnMapping) -> list[tuple[int, str]]:
    """Each row with a year-last date (which needs a date order): its line and that date."""
    found: list[tuple[int, str]] = []
    date_fields = ("date",) if mapping.kind is FileKind.RESULTS else ("start", "stop")
    positions = [mapping.columns[f] for f in date_fields if f in mapping.columns]
    checked: dict[str, bool] = {}  # a file repeats its dates: look at each text once
    for line, cells in body:
        for position in positions:
            if position >= len(cells):
                continue
            year_last = checked.get(cells[position])
            if year_last is None:
                year_last = checked[cells[position]] = dates.is_year_last(cells[position])
            if year_last:
                found.append((line, cells[position].strip()))
                break
    return found


def _too_many_cells(count: int, width: int) -> str:
    return (
        f"the line has {count} cells but the header has {width} (a decimal comma in a comma-separated "
        "file? quote the value or separate with semicolons)"
    )


def _read_row(parsed: ParsedFile, reader: _RowReader, line: int, cells: list[str], width: int) -> None:
    if len(cells) > width and any(c.strip() for c in cells[width:]):
        parsed.rejected.append(Rejection(line, _too_many_cells(len(cells), width)))
        return
    cells = [restore(c) for c in cells] + [""] * (width - len(cells))
    try:
        reader.read(line, cells)
    except MgdeskError as error:
        parsed.rejected.append(Rejection(line, str(error)))


class _RowReader:
    def __init__(self, parsed: ParsedFile) -> None:
        self.parsed = parsed
        self.columns = parsed.mapping.columns

    def cell(self, cells: Sequence[str], field_name: str) -> str:
        position = self.columns.get(field_name)
        return cells[position].strip() if position is not None else ""

    def patient(self, cells: Sequence[str]) -> str:
        clinic_id = self.cell(cells, "patient")
        if not clinic_id:
            raise InputError("no patient identifier")
        return clinic_id

    def read(self, line: int, cells: Sequence[str]) -> None:
        raise NotImplementedError

    def read_chunk(self, body: list[tuple[int, list[str]]], width: int) -> None:
        """Read rows one by one (see ``_read_row``)."""
        for line, cells in body:
            _read_row(self.parsed, self, line, cells, width)


class _ResultRows(_RowReader):
    def __init__(self, parsed: ParsedFile) -> None:
        super().__init__(parsed)
        # Lab files repeat the same few hundred values and dates: parse each once.
        self._measurements: dict[tuple[str, str], tuple[Measurement, str] | MgdeskError] = {}
        self._specimens: dict[str, Specimen | MgdeskError] = {}
        self._dates: dict[str, tuple[dt.date, dt.time | None] | MgdeskError] = {}
        self._times: dict[str, dt.time | MgdeskError] = {}
        self._default_source = f"CSV {parsed.name}"

    def read_chunk(self, body: list[tuple[int, list[str]]], width: int) -> None:  # noqa: PLR0912, PLR0915
        """Read many rows: the checks of ``_read_row``, then patient, date, time, value and specimen, each parse cached.

        The only results reader; a test holds it to a plain row-by-row
        reference on generated files, rows and rejections alike.
        """
        parsed, order = self.parsed, self.parsed.date_order
        add_result, add_line, reject = parsed.results.append, parsed.lines.append, parsed.rejected.append
        measurements, specimens, day_cache, time_cache = self._measurements, self._specimens, self._dates, self._times
        # Fields the file has no column for read the always-empty cell at ``width``.
        where = {f: self.columns.get(f, width) for f in RESULT_FIELDS}
        at_patient, at_date, at_time, at_value = where["patient"], where["date"], where["time"], where["value"]
        at_unit, at_specimen, at_source, at_lab = where["unit"], where["specimen"], where["source"], where["lab"]
        at_comment = where["comment"]
        header_unit = parsed.mapping.value_unit
        blanks = [""] * (width + 1)
        default_source = self._default_source
        has_source, has_lab, has_comment = at_source < width, at_lab < width, at_comment < width
        for line, row in body:
            count = len(row)
            cells = row
            if count > width:
                if any(c.strip() for c in row[width:]):
                    reject(Rejection(line, _too_many_cells(count, width)))
                    continue
            else:
                cells = row + blanks[count:]
            if "'" in "".join(cells):  # formula neutralisation is rare: undo it only where it may be
                cells = [restore(c) for c in cells]
            clinic_id = cells[at_patient].strip()
            if not clinic_id:
                reject(Rejection(line, "no patient identifier"))
                continue
            date_text = cells[at_date]
            when = day_cache.get(date_text)
            if when is None:
                when = day_cache[date_text] = _attempt(dates.parse_date_time, date_text.strip(), order)
            if isinstance(when, MgdeskError):
                reject(Rejection(line, str(when)))
                continue
            day, at = when
            time_text = cells[at_time].strip()
            if time_text:
                got_time = time_cache.get(time_text)
                if got_time is None:
                    got_time = time_cache[time_text] = _attempt(dates.parse_time, time_text)
                if isinstance(got_time, MgdeskError):
                    reject(Rejection(line, str(got_time)))
                    continue
                at = got_time
            key = (cells[at_value], cells[at_unit])  # as written: stripped only when first met
            measured = measurements.get(key)
            if measured is None:
                measured = measurements[key] = _attempt(_parse_value, key[0].strip(), key[1].strip(), header_unit)
            if isinstance(measured, MgdeskError):
                reject(Rejection(line, str(measured)))
                continue
            specimen_text = cells[at_specimen]
            specimen = specimens.get(specimen_text)
            if specimen is None:
                specimen = specimens[specimen_text] = _attempt(parse_specimen, specimen_text.strip())
            if isinstance(specimen, MgdeskError):
                reject(Rejection(line, str(specimen)))
                continue
            add_result(
                (
                    clinic_id,
                    MagnesiumResult(
                        day,
                        measured[0],
                        measured[1],
                        specimen,
                        at,
                        (has_source and cells[at_source].strip()) or default_source,
                        (has_lab and cells[at_lab].strip()) or None,
                        cells[at_comment].strip() if has_comment else "",
                    ),
                )
            )
            add_line(line)


def _attempt[T](parse: Callable[..., T], *args: object) -> T | MgdeskError:
    """What ``parse(*args)`` returns, or the error it raises (kept in a cache, reported per row)."""
    try:
        return parse(*args)
    except MgdeskError as error:
        return error.with_traceback(None)  # keep no frames alive from the cache


def _parse_value(value: str, unit: str, header_unit: str = "") -> tuple[Measurement, str]:
    """The measurement and its unit as written: the unit column's, else the value's own, else the header's."""
    if not value:
        raise InputError("the value is empty")
    column_unit = unit
    declared_by = "the unit column" if unit else "the column header"
    unit = unit or header_unit
    given = parse_unit(unit) if unit else None
    measurement = parse_measurement(value, given)
    if given is not None and measurement.unit is not given:
        raise InputError(f"the value {value!r} carries the unit {measurement.unit}, but {declared_by} says {unit!r}")
    unit_as_written = column_unit or value.lstrip("<> ").lstrip("0123456789.,").strip() or header_unit
    return measurement, unit_as_written


class _CourseRows(_RowReader):
    def read(self, line: int, cells: Sequence[str]) -> None:
        clinic_id = self.patient(cells)
        drug_class = parse_drug_class(self.cell(cells, "drug_class"))
        start = dates.parse_date(self.cell(cells, "start"), self.parsed.date_order)
        stop_text = self.cell(cells, "stop")
        stop = dates.parse_date(stop_text, self.parsed.date_order) if stop_text else None
        course = MedicationCourse(
            drug_class=drug_class,
            drug=self.cell(cells, "drug") or drug_class.value,
            start=start,
            stop=stop,
            daily_dose_mg=parse_dose(self.cell(cells, "dose")),
        )
        self.parsed.courses.append((clinic_id, course))
        self.parsed.lines.append(line)

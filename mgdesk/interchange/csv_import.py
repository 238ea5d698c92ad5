"""Reading a CSV file of magnesium results or medication courses into domain records.

Every row is checked with the domain (``parse_measurement``,
``parse_specimen``, ``parse_drug_class``, the record dataclasses); a bad row
becomes a ``Rejection`` with its line number and reason and the others are
kept.  A file that cannot be read at all (encoding, header, date order)
raises ``FileFormatError`` and yields nothing.  ``open_records_csv`` checks
the encoding and header and then yields the rows part by part (memory
follows the part, not the file); ``read_records_csv`` gathers every part.
A results file is read column by column, each distinct text parsed once,
and its results travel as ``ResultColumns`` (``ParsedFile.result_columns``),
with no record object per row until one is asked for.
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
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

from mgdesk.domain.errors import ImportCancelledError, InputError, MgdeskError
from mgdesk.domain.measurement import Measurement, parse_measurement
from mgdesk.domain.messages import ENGLISH, Message
from mgdesk.domain.records import (
    MagnesiumResult,
    MedicationCourse,
    Patient,
    Specimen,
    parse_dose,
    parse_drug_class,
    parse_specimen,
)
from mgdesk.domain.result_columns import ResultColumns
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
    """A row that was not imported: its line in the file (the header is line 1) and why.

    ``reason`` is the English sentence (the command line, the saved report);
    ``message`` the typed message it was made from, when the reason is one
    the domain gives (a refused value, unit, date, dose or specimen), which the
    window shows in the user's language.
    """

    line: int
    reason: str
    message: Message | None = field(default=None, compare=False)

    @staticmethod
    def of_error(line: int, error: MgdeskError, where: str = "") -> Rejection:
        """The rejection of a row refused with ``error`` (at ``where`` in the file, e.g. "entry 5")."""
        typed = error.message if error.code in ENGLISH else None
        if not where:
            return Rejection(line, str(error), typed)
        located = None if typed is None else Message.of("located", where=where, reason=typed)
        return Rejection(line, f"{where}: {error}", located)


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
    # The results of a CSV file (or part) as columns, in the order of ``lines``; ``results`` stays empty.
    result_columns: ResultColumns | None = None

    def all_results(self) -> list[tuple[str, MagnesiumResult]]:
        """Every result as (clinic identifier, record): ``results``, or those of ``result_columns``."""
        return self.result_columns.pairs() if self.result_columns is not None else self.results


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
            parsed.results += part.all_results()
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
            raise FileFormatError(code="file-empty", name=name)
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
            raise FileFormatError(code="file-empty", name=name)
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
    date_fields = ("date",) if mapping.kind is FileKind.RESULTS else ("start", "stop")
    positions = [mapping.columns[f] for f in date_fields if f in mapping.columns]
    # A file repeats its dates: look at each distinct text once, and at the rows only when one is year-last.
    texts = {cells[p] for _, cells in body for p in positions if p < len(cells)}
    year_last = {text for text in texts if dates.is_year_last(text)}
    if not year_last:
        return []
    found: list[tuple[int, str]] = []
    for line, cells in body:
        for position in positions:
            if position < len(cells) and cells[position] in year_last:
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
        parsed.rejected.append(Rejection.of_error(line, error))


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
        self._times: dict[str, dt.time | MgdeskError | None] = {}  # None: no time written
        self._default_source = f"CSV {parsed.name}"

    def read_chunk(self, body: list[tuple[int, list[str]]], width: int) -> None:
        """Read many rows column by column: the checks of ``_read_row``, then patient, date, time, value, specimen.

        Each distinct text of a column is parsed once (lab files repeat a few
        hundred values and dates); the good rows are added to
        ``parsed.result_columns`` with no record object per row.  A row with
        a fault is rejected with the first fault in the order of
        ``_read_row``.  The only results reader; a test holds it to a plain
        row-by-row reference on generated files, rows and rejections alike.
        """
        if not body:
            return
        parsed = self.parsed
        lines, columns, rejected = _columns(body, width)
        # Fields the file has no column for read the always-empty column at ``width``.
        where = {f: self.columns.get(f, width) for f in RESULT_FIELDS}
        header_unit, order = parsed.mapping.value_unit, parsed.date_order
        patients = list(map(str.strip, columns[where["patient"]]))
        time_texts = list(map(str.strip, columns[where["time"]]))
        whens = _parsed_all(
            self._dates, columns[where["date"]], lambda t: _attempt(dates.parse_date_time, t.strip(), order)
        )
        times = _parsed_all(self._times, time_texts, lambda t: _attempt(dates.parse_time, t) if t else None)
        value_keys = list(zip(columns[where["value"]], columns[where["unit"]], strict=True))  # stripped when first met
        measured = _parsed_all(
            self._measurements, value_keys, lambda k: _attempt(_parse_value, k[0].strip(), k[1].strip(), header_unit)
        )
        specimens = _parsed_all(
            self._specimens, columns[where["specimen"]], lambda t: _attempt(parse_specimen, t.strip())
        )
        # A row's first fault in the order of the checks: the later checks are written first, then overwritten.
        faults: dict[int, MgdeskError | str] = {}
        for values in (specimens, measured, times, whens):
            faults.update(_failures(values))
        if "" in patients:
            faults.update((i, "no patient identifier") for i, clinic_id in enumerate(patients) if not clinic_id)
        for i, fault in faults.items():
            line = lines[i]
            rejection = Rejection(line, fault) if isinstance(fault, str) else Rejection.of_error(line, fault)
            rejected.append((line, rejection))
        parsed.rejected.extend(r for _, r in sorted(rejected, key=lambda pair: pair[0]))
        keep = _kept(len(lines), faults)
        moments: list[tuple[dt.date, dt.time | None]] = keep(whens)
        at_time: list[dt.time | None] = keep(times)
        kept_values: list[tuple[Measurement, str]] = keep(measured)
        count = len(moments)
        default_source = self._default_source
        first: Callable[[tuple[Any, ...]], Any] = itemgetter(0)
        add = ResultColumns(
            keep(patients),
            list(map(first, moments)),
            list(map(first, kept_values)),
            [unit for _, unit in kept_values],
            keep(specimens),
            [t if t is not None else m[1] for t, m in zip(at_time, moments, strict=True)],
            [s or default_source for s in map(str.strip, keep(columns[where["source"]]))]
            if "source" in self.columns
            else [default_source] * count,
            [s or None for s in map(str.strip, keep(columns[where["lab"]]))]
            if "lab" in self.columns
            else [None] * count,
            list(map(str.strip, keep(columns[where["comment"]]))) if "comment" in self.columns else [""] * count,
        )
        parsed.lines += keep(lines)
        if parsed.result_columns is None:
            parsed.result_columns = add
        else:
            parsed.result_columns.extend(add)


def _columns(
    body: list[tuple[int, list[str]]], width: int
) -> tuple[list[int], list[list[str]], list[tuple[int, Rejection]]]:
    """The lines and the columns of ``body``'s rows (each ``width`` cells and one always-empty), neutralisation undone.

    A row with more cells than the header is rejected when an extra cell is
    not blank (its rejection is returned, with its line), and cut to the
    header's width otherwise; a shorter one is padded with empty cells.
    """
    lines = [line for line, _ in body]
    rows = [cells for _, cells in body]
    rejected: list[tuple[int, Rejection]] = []
    if any(len(cells) != width for cells in rows):
        kept_lines, kept_rows = [], []
        for line, cells in body:
            count = len(cells)
            if count > width and any(c.strip() for c in cells[width:]):
                rejected.append((line, Rejection(line, _too_many_cells(count, width))))
                continue
            kept_lines.append(line)
            kept_rows.append(cells[:width] if count > width else cells + [""] * (width - count))
        lines, rows = kept_lines, kept_rows
    columns = [list(column) for column in zip(*rows, strict=True)] if rows else [[] for _ in range(width)]
    columns.append([""] * len(rows))
    for position, column in enumerate(columns):
        if "'" in "".join(column):  # formula neutralisation is rare: undo it only where it may be
            columns[position] = list(map(restore, column))
    return lines, columns, rejected


def _parsed_all[K, V](cache: dict[K, V], texts: list[K], parse: Callable[[K], V]) -> list[V]:
    """What ``parse`` makes of each text, each distinct text parsed once (and remembered in ``cache``)."""
    for text in set(texts) - cache.keys():
        cache[text] = parse(text)
    return list(map(cache.__getitem__, texts))


def _failures(values: list[Any]) -> Iterator[tuple[int, MgdeskError]]:
    """The rows whose value is an error, with it (the values are shared: look at each distinct one first)."""
    kinds = set(map(type, values))
    if not any(issubclass(kind, MgdeskError) for kind in kinds):
        return iter(())
    return ((i, v) for i, v in enumerate(values) if isinstance(v, MgdeskError))


def _kept(count: int, faults: Mapping[int, object]) -> Callable[[Sequence[Any]], list[Any]]:
    """A function picking, from a column of ``count`` rows, the rows without a fault."""
    if not faults:
        return list
    selectors = [i not in faults for i in range(count)]
    return lambda column: list(itertools.compress(column, selectors))


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

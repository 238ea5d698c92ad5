"""Column names in interchange files: synonyms, and which kind of file a header makes.

Names are matched without regard to case, spaces, dashes or underscores, and
a parenthesised or bracketed hint such as ``date (dd/mm/yyyy)`` is ignored
for matching (it only declares the date order).  On the value column a hint
that is a unit, as in ``Magnesium (mmol/L)`` or ``Mg [mg/dL]``, declares the
unit of every value a unit column does not contradict.  A header with a drug class and a start
column is a medication file; one with a value column is a results file.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from enum import Enum

from mgdesk.domain.errors import MgdeskError
from mgdesk.domain.messages import Message
from mgdesk.domain.units import parse_unit
from mgdesk.interchange.cells import restore
from mgdesk.interchange.text import FileFormatError, decode, separator


class FileKind(Enum):
    RESULTS = "results"
    MEDICATIONS = "medications"


RESULT_FIELDS: dict[str, tuple[str, ...]] = {
    "patient": ("patient", "patient_id", "patientid", "mrn", "clinic_id"),
    "date": ("date", "collected", "collected_at", "collected_on", "collection_date"),
    "time": ("time", "collection_time"),
    "value": ("value", "result", "magnesium", "mg", "serum_magnesium", "serum_mg"),
    "unit": ("unit", "units"),
    "specimen": ("specimen",),
    "lab": ("lab", "laboratory"),
    "comment": ("comment", "comments", "note", "notes"),
    "source": ("source",),
}
RESULT_REQUIRED = ("patient", "date", "value")

COURSE_FIELDS: dict[str, tuple[str, ...]] = {
    "patient": RESULT_FIELDS["patient"],
    "drug_class": ("drug_class", "class"),
    "drug": ("drug", "medication", "medicine"),
    "start": ("start", "start_date", "started"),
    "stop": ("stop", "stop_date", "end", "end_date", "stopped"),
    "dose": ("dose", "daily_dose", "daily_dose_mg", "dose_mg"),
}
COURSE_REQUIRED = ("patient", "drug_class", "start")


def fold(name: str) -> str:
    base = re.split(r"[(\[]", name, maxsplit=1)[0]
    return "".join(ch for ch in base.lower() if ch.isalnum())


@dataclass(frozen=True, slots=True)
class ColumnMapping:
    """Which column (by position) holds each field; what the preview shows."""

    kind: FileKind
    columns: dict[str, int]
    headers: tuple[str, ...]
    value_unit: str = ""  # the unit the value column's header declares, as written ("mmol/L"); "" if none

    def header_of(self, field: str) -> str:
        return self.headers[self.columns[field]]


def map_columns(headers: list[str], name: str, chosen: dict[str, int] | None = None) -> ColumnMapping:
    """Which column holds each field: ``chosen`` by the user (field to position), else guessed from the names."""
    if chosen is not None:
        return _chosen_mapping(headers, name, chosen)
    folded = [fold(h) for h in headers]
    kind = FileKind.MEDICATIONS if _has(folded, COURSE_FIELDS["drug_class"]) else FileKind.RESULTS
    fields, required = (
        (COURSE_FIELDS, COURSE_REQUIRED) if kind is FileKind.MEDICATIONS else (RESULT_FIELDS, RESULT_REQUIRED)
    )
    columns: dict[str, int] = {}
    for field, synonyms in fields.items():
        wanted = {fold(s) for s in synonyms}
        found = [i for i, h in enumerate(folded) if h in wanted]
        if len(found) > 1:
            raise FileFormatError(
                code="columns-same-field", name=name, field=field, headers=", ".join(headers[i] for i in found)
            )
        if found:
            columns[field] = found[0]
    missing = [f for f in required if f not in columns]
    if missing:
        expected = ", ".join(f"{f} ({' / '.join(fields[f])})" for f in missing)
        raise FileFormatError(
            code="columns-missing",
            name=name,
            kind=Message.of("file-kind-" + kind.value),
            expected=expected,
            headers=", ".join(headers),
        )
    value_unit = header_unit(headers[columns["value"]]) if "value" in columns else ""
    return ColumnMapping(kind, columns, tuple(headers), value_unit)


def _chosen_mapping(headers: list[str], name: str, chosen: dict[str, int]) -> ColumnMapping:
    kind = FileKind.MEDICATIONS if "drug_class" in chosen else FileKind.RESULTS
    fields, required = (
        (COURSE_FIELDS, COURSE_REQUIRED) if kind is FileKind.MEDICATIONS else (RESULT_FIELDS, RESULT_REQUIRED)
    )
    unknown = sorted(set(chosen) - set(fields))
    if unknown:
        raise FileFormatError(
            code="mapping-unknown-field",
            name=name,
            kind=Message.of("file-kind-" + kind.value),
            fields=", ".join(unknown),
        )
    if any(not 0 <= position < len(headers) for position in chosen.values()):
        raise FileFormatError(code="mapping-no-such-column", name=name)
    if len(set(chosen.values())) != len(chosen):
        raise FileFormatError(code="mapping-column-twice", name=name)
    missing = [f for f in required if f not in chosen]
    if missing:
        raise FileFormatError(code="mapping-choose", name=name, fields=", ".join(missing))
    value_unit = header_unit(headers[chosen["value"]]) if "value" in chosen else ""
    return ColumnMapping(kind, dict(chosen), tuple(headers), value_unit)


def header_unit(header: str) -> str:
    """The unit a header's hint names, as in ``Magnesium (mmol/L)`` or ``Mg [mg/dL]``; "" if the hint is no unit."""
    match = re.search(r"[(\[]([^)\]]*)[)\]]", header)
    if match is None or not match[1].strip():
        return ""
    try:
        parse_unit(match[1])
    except MgdeskError:
        return ""
    return match[1].strip()


def _has(folded: list[str], synonyms: tuple[str, ...]) -> bool:
    return any(fold(s) in folded for s in synonyms)


_NOT_A_LINE_END = re.compile(r"[^\r\n]")
_HEADER_ROOM = 1 << 20  # characters from the first line that is not empty: far more than any header row


def header_row(data: bytes, name: str) -> list[str]:
    """The column names of a CSV file (its first non-blank record), for choosing columns by hand.

    Raises ``FileFormatError`` when the file cannot be decoded or holds no header.
    """
    text = decode(data, name)  # the whole file is checked in its one encoding
    first = _NOT_A_LINE_END.search(text)
    start = first.start() if first is not None else len(text)
    line_end = text.find("\n", start)
    sep = separator(text[start : line_end if line_end >= 0 else len(text)], name)
    # Only the lines the header can be on are read when they hold it: a copy of the whole text (a
    # StringIO holds four bytes a character) took 200 MB for a file of a million rows.
    cut = text.rfind("\n", start, start + _HEADER_ROOM) + 1
    if len(text) - start > _HEADER_ROOM and cut > start:
        found = _first_record(text[start:cut], sep, name, whole=False)
        if found is not None:
            return found
    found = _first_record(text, sep, name, whole=True)
    assert found is not None  # the whole text has a header or raised
    return found


def _first_record(text: str, sep: str, name: str, *, whole: bool) -> list[str] | None:
    """The first non-blank record of ``text``; None if a part of the file (not ``whole``) ends before one does."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=sep, strict=True)
    try:
        for cells in reader:
            if "".join(cells).strip():
                return [restore(cell).strip() for cell in cells]
    except csv.Error as error:
        if not whole:
            return None  # a quoted name runs on past the part: read the whole text
        raise FileFormatError(code="csv-header-unreadable", name=name, detail=str(error)) from None
    if not whole:
        return None
    raise FileFormatError(code="file-empty", name=name)

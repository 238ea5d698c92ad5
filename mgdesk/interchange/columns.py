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
            raise FileFormatError(f"{name}: two columns mean {field}: {', '.join(headers[i] for i in found)}.")
        if found:
            columns[field] = found[0]
    missing = [f for f in required if f not in columns]
    if missing:
        expected = ", ".join(f"{f} ({' / '.join(fields[f])})" for f in missing)
        raise FileFormatError(
            f"{name}: not a {kind.value} file mgdesk can read: no column for {expected}. "
            f"Columns found: {', '.join(headers)}. A results file needs patient, date, value (unit, specimen, "
            "comment optional); a medication file needs patient, drug_class, start (drug, stop, dose optional)."
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
        raise FileFormatError(f"{name}: a {kind.value} file has no field {', '.join(unknown)}.")
    if any(not 0 <= position < len(headers) for position in chosen.values()):
        raise FileFormatError(f"{name}: the chosen mapping names a column the file does not have.")
    if len(set(chosen.values())) != len(chosen):
        raise FileFormatError(f"{name}: one column cannot be read as two fields.")
    missing = [f for f in required if f not in chosen]
    if missing:
        raise FileFormatError(f"{name}: choose a column for {', '.join(missing)}.")
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


def header_row(data: bytes, name: str) -> list[str]:
    """The column names of a CSV file (its first non-blank record), for choosing columns by hand.

    Raises ``FileFormatError`` when the file cannot be decoded or holds no header.
    """
    text = decode(data, name)
    header_line = text.lstrip("\r\n").split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator(header_line, name), strict=True)
    try:
        for cells in reader:
            if "".join(cells).strip():
                return [restore(cell).strip() for cell in cells]
    except csv.Error as error:
        raise FileFormatError(f"{name}: the header cannot be read ({error}).") from None
    raise FileFormatError(f"{name} is empty.")

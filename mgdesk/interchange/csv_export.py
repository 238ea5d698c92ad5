"""Writing results, medication courses and rejection reports as CSV.

The files use the importer's own column names, ISO dates and a point as
decimal mark, so exporting and importing again gives the same records.  They
are UTF-8 with a byte-order mark (so spreadsheets read accents right), and
every cell is neutralised against formula injection (see ``cells``).
Patient names and notes are not exported: lab files do not carry them and
less identifying data leaves the machine.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, TextIO

from mgdesk.domain.files import atomic_text
from mgdesk.domain.records import MagnesiumResult, MedicationCourse
from mgdesk.interchange.cells import neutralise
from mgdesk.interchange.csv_import import Rejection

RESULT_HEADER = ("patient", "date", "time", "value", "unit", "specimen", "lab", "comment", "source")
COURSE_HEADER = ("patient", "drug_class", "drug", "start", "stop", "dose")
REJECTION_HEADER = ("line", "reason")


def _write(
    out: Path | IO[str], header: Sequence[str], rows: Iterable[Sequence[str]], *, overwrite: bool = True
) -> None:
    if isinstance(out, Path):
        with atomic_text(out, overwrite=overwrite, encoding="utf-8-sig", newline="") as file:
            _write(file, header, rows)
        return
    writer = csv.writer(out)
    writer.writerow(header)
    writer.writerows([neutralise(cell) for cell in row] for row in rows)  # a stream: never all rows at once


def result_cells(clinic_id: str, result: MagnesiumResult) -> tuple[str, ...]:
    return (
        clinic_id,
        result.collected_on.isoformat(),
        result.collected_at.isoformat() if result.collected_at is not None else "",
        result.measurement.text,
        result.unit_as_written,
        result.specimen.value,
        result.lab or "",
        result.comment,
        result.source,
    )


def course_cells(clinic_id: str, course: MedicationCourse) -> tuple[str, ...]:
    return (
        clinic_id,
        course.drug_class.value,
        course.drug,
        course.start.isoformat(),
        course.stop.isoformat() if course.stop is not None else "",
        f"{course.daily_dose_mg:f}" if course.daily_dose_mg is not None else "",
    )


def write_results_csv(
    out: Path | TextIO, results: Iterable[tuple[str, MagnesiumResult]], *, overwrite: bool = True
) -> int:
    """Write (clinic id, result) pairs in the results import format; return how many.

    A path is written atomically (``mgdesk.domain.files``); ``results`` may
    be a stream, so memory stays bounded by what the caller holds at once.
    """
    counted = _Counted(result_cells(c, r) for c, r in results)
    _write(out, RESULT_HEADER, counted, overwrite=overwrite)
    return counted.count


def write_courses_csv(
    out: Path | TextIO, courses: Iterable[tuple[str, MedicationCourse]], *, overwrite: bool = True
) -> int:
    """Write (clinic id, course) pairs in the medication import format; return how many."""
    counted = _Counted(course_cells(c, m) for c, m in courses)
    _write(out, COURSE_HEADER, counted, overwrite=overwrite)
    return counted.count


def write_rejections_csv(out: Path | TextIO, rejected: Iterable[Rejection], *, overwrite: bool = True) -> None:
    """The rejection report: line number and reason of every row not imported."""
    _write(out, REJECTION_HEADER, ((str(r.line), r.reason) for r in rejected), overwrite=overwrite)


class _Counted:
    """An iterator of rows that counts what went through it."""

    def __init__(self, rows: Iterator[tuple[str, ...]]) -> None:
        self._rows = rows
        self.count = 0

    def __iter__(self) -> Iterator[tuple[str, ...]]:
        for row in self._rows:
            self.count += 1
            yield row

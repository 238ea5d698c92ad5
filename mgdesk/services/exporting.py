"""Exporting results or medication courses to CSV in the import format."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mgdesk.domain.errors import InputError, RecordNotFoundError
from mgdesk.domain.files import check_target
from mgdesk.interchange import write_courses_csv, write_results_csv

if TYPE_CHECKING:
    from mgdesk.store import Records


@dataclass(frozen=True, slots=True)
class ExportReport:
    """How many records of which kind went to which file."""

    count: int
    kind: str  # "results" or "medication courses"
    out: Path


def export_csv(
    records: Records, out: Path, *, patient: str | None = None, medications: bool = False, overwrite: bool = True
) -> ExportReport:
    """Write every live result (or course), or one patient's, to ``out``; errors are InputError.

    The file is written atomically and never over the open database
    (``mgdesk.domain.files``); rows stream from the database to the file.
    """
    check_target(out, overwrite=overwrite)  # refuse before reading anything
    if patient is not None and records.patient_by_clinic_id(patient) is None:
        raise RecordNotFoundError(f"No patient with the clinic identifier {patient!r}.")
    try:
        if medications:
            count = write_courses_csv(out, records.stream_courses(patient), overwrite=overwrite)
            return ExportReport(count, "medication courses", out)
        count = write_results_csv(out, records.stream_results(patient), overwrite=overwrite)
        return ExportReport(count, "results", out)
    except OSError as error:
        raise InputError(f"Cannot write {out}: {error.strerror or error}.") from None

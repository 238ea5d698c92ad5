"""Exporting results or medication courses to CSV in the import format, or every record as FHIR R4.

The FHIR export is written to a temporary file beside the target and renamed
over it, so a failed write never leaves half a Bundle.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from mgdesk.domain.errors import InputError, RecordNotFoundError
from mgdesk.domain.files import atomic_text, check_target
from mgdesk.domain.profile import LabProfile, default_profile
from mgdesk.domain.records import MagnesiumResult, MedicationCourse
from mgdesk.interchange import PatientBundle, bundle_json, fhir_bundle, write_courses_csv, write_results_csv

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


def export_fhir(
    records: Records,
    out: Path,
    *,
    patient: str | None = None,
    profile: LabProfile | None = None,
    overwrite: bool = True,
) -> ExportReport:
    """Write every live patient (or one) with their results and courses as a FHIR Bundle to ``out``.

    Written atomically and never over the open database (``mgdesk.domain.files``).
    """
    check_target(out, overwrite=overwrite)  # refuse before reading anything
    chosen = records.patient_by_clinic_id(patient) if patient is not None else None
    if patient is not None and chosen is None:
        raise RecordNotFoundError(f"No patient with the clinic identifier {patient!r}.")
    results: defaultdict[str, list[MagnesiumResult]] = defaultdict(list)
    courses: defaultdict[str, list[MedicationCourse]] = defaultdict(list)
    for clinic_id, result in records.export_results(patient):
        results[clinic_id].append(result)
    for clinic_id, course in records.export_courses(patient):
        courses[clinic_id].append(course)
    people = [chosen] if chosen is not None else records.list_patients()
    parts = [PatientBundle(p, results[p.clinic_id], courses[p.clinic_id]) for p in people]
    text = bundle_json(fhir_bundle(parts, profile or default_profile()))
    with atomic_text(out, overwrite=overwrite) as file:
        file.write(text)
    count = sum(len(p.results) for p in parts)
    return ExportReport(count, "results (FHIR)", out)

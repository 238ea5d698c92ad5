"""Every patient's history in a handful of queries, for the clinic view and the cohort plot.

``load_histories`` reads all live patients, courses and results through the
``Records`` API's bulk exports (three queries, not one per patient) and
groups them into the domain's ``PatientHistory`` values, patients in clinic
identifier order.  ``load_history`` does the same for one patient found by
clinic identifier, raising ``RecordNotFoundError`` when there is none.
``load_courses`` gives the same histories without their results (two cheap
queries): with ``cohort_arrays.load_cohort_points`` it is all the cohort plot
needs.
"""

from __future__ import annotations

from collections import defaultdict

from mgdesk.domain.cohort import PatientHistory
from mgdesk.domain.errors import RecordNotFoundError
from mgdesk.domain.records import MagnesiumResult, MedicationCourse
from mgdesk.store.records import Records


def load_histories(records: Records) -> list[PatientHistory]:
    """All live patients with their live courses and results, oldest first."""
    courses: defaultdict[str, list[MedicationCourse]] = defaultdict(list)
    results: defaultdict[str, list[MagnesiumResult]] = defaultdict(list)
    for clinic_id, course in records.export_courses():
        courses[clinic_id].append(course)
    for clinic_id, result in records.export_results():
        results[clinic_id].append(result)
    return [
        PatientHistory(patient, tuple(courses.get(patient.clinic_id, ())), tuple(results.get(patient.clinic_id, ())))
        for patient in records.list_patients()
    ]


def load_courses(records: Records) -> list[PatientHistory]:
    """All live patients with their live courses and no results, in clinic identifier order."""
    courses: defaultdict[str, list[MedicationCourse]] = defaultdict(list)
    for clinic_id, course in records.export_courses():
        courses[clinic_id].append(course)
    return [PatientHistory(patient, tuple(courses.get(patient.clinic_id, ()))) for patient in records.list_patients()]


def load_history(records: Records, clinic_id: str) -> PatientHistory:
    """One patient's history by clinic identifier."""
    patient = records.patient_by_clinic_id(clinic_id)
    if patient is None or patient.id is None:
        raise RecordNotFoundError(f"No patient with the clinic identifier {clinic_id.strip()!r}.")
    return records.patient_record(patient.id)

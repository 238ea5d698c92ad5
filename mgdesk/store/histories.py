"""Every patient's history in a handful of queries, for the clinic view and the cohort plot.

``load_histories`` reads all live patients, courses and results through the
``Records`` API's bulk exports (three queries, not one per patient) and
groups them into the domain's ``PatientHistory`` values, patients in clinic
identifier order.  ``load_history`` does the same for one patient found by
clinic identifier, raising ``RecordNotFoundError`` when there is none.
``load_courses`` gives the same histories without their results (two cheap
queries).  ``load_latest_histories`` gives them with only the serum and plasma
results of each patient's latest collection day (one grouped query, about one
row per patient): the candidates for the latest result, which alone decide
whether a patient is critical or low (``domain.worklist``), so the Clinic
place can show those patients first while every result is still being read.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Select, and_, func, select

from mgdesk.domain.cohort import PatientHistory
from mgdesk.domain.errors import RecordNotFoundError
from mgdesk.domain.records import MagnesiumResult, MedicationCourse, Specimen
from mgdesk.store import rows
from mgdesk.store.database import Database
from mgdesk.store.records import Records
from mgdesk.store.schema import mg_results, patients

SERUM_LIKE = tuple(s.value for s in Specimen if s.is_serum_like)  # stored spellings of serum and plasma


def load_histories(records: Records, database: Database | None = None) -> list[PatientHistory]:
    """All live patients with their live courses and results, oldest first.

    Given ``database`` (the one ``records`` reads), the results come from one
    query of only the columns a result needs, each distinct written value
    made into a ``Measurement`` once: the same histories, about twice as fast
    for a big clinic.
    """
    courses: defaultdict[str, list[MedicationCourse]] = defaultdict(list)
    results: defaultdict[str, list[MagnesiumResult]] = defaultdict(list)
    for clinic_id, course in records.export_courses():
        courses[clinic_id].append(course)
    if database is None:
        for clinic_id, result in records.export_results():
            results[clinic_id].append(result)
    else:
        r = mg_results
        query = (
            select(patients.c.clinic_id, *_RESULT_COLUMNS)
            .join(patients, patients.c.id == r.c.patient_id)
            .where(patients.c.deleted_at.is_(None), r.c.deleted_at.is_(None))
            .order_by(patients.c.clinic_id, r.c.collected_on, r.c.collected_at, r.c.id)
        )
        _read_results(database, query, results)
    return [
        PatientHistory(patient, tuple(courses.get(patient.clinic_id, ())), tuple(results.get(patient.clinic_id, ())))
        for patient in records.list_patients()
    ]


_RESULT_COLUMNS = tuple(mg_results.c[name] for name in rows.RESULT_COLUMNS)


def _read_results(database: Database, query: Select[Any], into: defaultdict[str, list[MagnesiumResult]]) -> None:
    """Every result ``query`` gives (the clinic identifier, then ``rows.RESULT_COLUMNS``), by clinic identifier."""
    measurements: rows.Measurements = {}
    with database.reading() as conn:
        for clinic_id, *values in conn.execute(query):
            into[clinic_id].append(rows.result_from_columns(values, measurements))


def load_courses(records: Records) -> list[PatientHistory]:
    """All live patients with their live courses and no results, in clinic identifier order."""
    courses: defaultdict[str, list[MedicationCourse]] = defaultdict(list)
    for clinic_id, course in records.export_courses():
        courses[clinic_id].append(course)
    return [PatientHistory(patient, tuple(courses.get(patient.clinic_id, ()))) for patient in records.list_patients()]


def load_latest_histories(records: Records, database: Database) -> list[PatientHistory]:
    """All live patients with their live courses and the serum/plasma results of their latest collection day.

    The latest result (``trend.serum_results``) is always among them: it is
    the last in collection order, and that order starts with the day.  Same
    order and patients as ``load_histories``.
    """
    r = mg_results
    serum = and_(r.c.deleted_at.is_(None), r.c.specimen.in_(SERUM_LIKE))
    last_day = (
        select(r.c.patient_id, func.max(r.c.collected_on).label("day")).where(serum).group_by(r.c.patient_id).subquery()
    )
    query = (
        select(patients.c.clinic_id, *_RESULT_COLUMNS)
        .join(patients, patients.c.id == r.c.patient_id)
        .join(last_day, and_(last_day.c.patient_id == r.c.patient_id, last_day.c.day == r.c.collected_on))
        .where(patients.c.deleted_at.is_(None), serum)
    )
    results: defaultdict[str, list[MagnesiumResult]] = defaultdict(list)
    _read_results(database, query, results)
    return [
        PatientHistory(history.patient, history.courses, tuple(results.get(history.patient.clinic_id, ())))
        for history in load_courses(records)
    ]


def load_history(records: Records, clinic_id: str) -> PatientHistory:
    """One patient's history by clinic identifier."""
    patient = records.patient_by_clinic_id(clinic_id)
    if patient is None or patient.id is None:
        raise RecordNotFoundError(f"No patient with the clinic identifier {clinic_id.strip()!r}.")
    return records.patient_record(patient.id)

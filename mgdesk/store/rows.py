"""Conversion between database rows and the domain's record dataclasses.

Values go in as the domain holds them: a result's value as written (with its
decimals; its ``<``/``>`` qualifier in a column of its own), its unit as
written and its canonical unit; a dose as decimal text.  Coming out, results are rebuilt through the
domain's ``Measurement``, so a stored row obeys the same rules as typed input.
"""

from __future__ import annotations

import datetime as dt
import operator
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from mgdesk.domain.measurement import Measurement, parse_number
from mgdesk.domain.records import (
    DrugClass,
    MagnesiumResult,
    MedicationCourse,
    Patient,
    ResultStatus,
    Sex,
    Specimen,
    check_record_date,
)
from mgdesk.domain.units import MgUnit

Row = Mapping[Any, Any]


def patient_values(patient: Patient) -> dict[str, Any]:
    return {
        "clinic_id": patient.clinic_id.strip(),
        "name": patient.name,
        "birth_year": patient.birth_year,
        "sex": patient.sex.value if patient.sex is not None else None,
        "notes": patient.notes,
    }


def patient_from_row(row: Row) -> Patient:
    return Patient(
        clinic_id=row["clinic_id"],
        name=row["name"],
        birth_year=row["birth_year"],
        sex=Sex(row["sex"]) if row["sex"] is not None else None,
        notes=row["notes"],
        id=row["id"],
        version=row.get("version"),
    )


def course_values(patient_id: int, course: MedicationCourse) -> dict[str, Any]:
    check_record_date(course.start, "start date")
    if course.stop is not None:
        check_record_date(course.stop, "stop date")
    return {
        "patient_id": patient_id,
        "drug_class": course.drug_class.value,
        "drug": course.drug,
        "start": course.start,
        "stop": course.stop,
        "daily_dose_mg": f"{course.daily_dose_mg:f}" if course.daily_dose_mg is not None else None,
    }


def course_from_row(row: Row) -> MedicationCourse:
    dose = row["daily_dose_mg"]
    return MedicationCourse(
        drug_class=DrugClass(row["drug_class"]),
        drug=row["drug"],
        start=row["start"],
        stop=row["stop"],
        daily_dose_mg=Decimal(dose) if dose is not None else None,
        id=row["id"],
        version=row.get("version"),
    )


def result_values(patient_id: int, result: MagnesiumResult) -> dict[str, Any]:
    check_record_date(result.collected_on, "collection date")
    return {
        "patient_id": patient_id,
        "collected_on": result.collected_on,
        "collected_at": result.collected_at,
        "value_as_written": f"{result.measurement.value:f}",  # the qualifier has its own column
        "unit_as_written": result.unit_as_written,
        "unit": result.measurement.unit.value,
        "specimen": result.specimen.value,
        "source": result.source,
        "lab": result.lab,
        "comment": result.comment,
        "qualifier": result.measurement.qualifier,
        "status": result.status.value,
        "reference_range": result.reference_range,
        "lab_flag": result.lab_flag,
        "lab_ref": result.lab_ref,
    }


# Stored spellings to members without the Enum call machinery (a patient's record reads hundreds).
_UNITS = {unit.value: unit for unit in MgUnit}
_SPECIMENS = {specimen.value: specimen for specimen in Specimen}
_STATUSES = {status.value: status for status in ResultStatus}


def stored_measurement(value_as_written: str, unit: str, qualifier: str) -> Measurement:
    """The measurement a result row stores (its value as written, unit and qualifier columns)."""
    _, value, _ = parse_number(value_as_written)
    return Measurement(value=value, unit=_UNITS.get(unit) or MgUnit(unit), qualifier=qualifier)


def stored_specimen(specimen: str) -> Specimen:
    return _SPECIMENS.get(specimen) or Specimen(specimen)


# The columns ``result_from_row`` reads (a reader of many results selects only these).
RESULT_COLUMNS = (
    "id",
    "collected_on",
    "collected_at",
    "value_as_written",
    "qualifier",
    "unit",
    "unit_as_written",
    "specimen",
    "source",
    "lab",
    "comment",
    "status",
    "reference_range",
    "lab_flag",
    "lab_ref",
    "version",
)

_always_selected = operator.itemgetter(*RESULT_COLUMNS[:-1])  # every reader selects these; "version" may be missing
assert RESULT_COLUMNS[-1] == "version"

type Measurements = dict[tuple[str, str, str], Measurement]


def result_from_row(row: Row, measurements: Measurements | None = None) -> MagnesiumResult:
    """The stored result in ``row`` (a mapping by column name)."""
    return result_from_columns((*_always_selected(row), row.get("version")), measurements)


def result_from_columns(values: Sequence[Any], measurements: Measurements | None = None) -> MagnesiumResult:
    """The stored result from the values of ``RESULT_COLUMNS``, in that order.

    ``measurements`` remembers each distinct written value: a clinic's
    results repeat a few hundred values, and a ``Measurement`` is immutable,
    so results written alike share one.
    """
    (
        id_,
        collected_on,
        collected_at,
        text,
        qualifier,
        unit,
        unit_as_written,
        specimen,
        source,
        lab,
        comment,
        status,
        reference_range,
        lab_flag,
        lab_ref,
        version,
    ) = values
    written = (text, unit, qualifier)
    measurement = measurements.get(written) if measurements is not None else None
    if measurement is None:
        measurement = stored_measurement(text, unit, qualifier)
        if measurements is not None:
            measurements[written] = measurement
    return MagnesiumResult(
        collected_on=collected_on,
        measurement=measurement,
        unit_as_written=unit_as_written,
        specimen=stored_specimen(specimen),
        collected_at=collected_at,
        source=source,
        lab=lab,
        comment=comment,
        id=id_,
        status=_STATUSES.get(status) or ResultStatus(status),
        reference_range=reference_range,
        lab_flag=lab_flag,
        lab_ref=lab_ref,
        version=version,
    )


def json_ready(values: Row) -> dict[str, Any]:
    """Column values as JSON can hold them (dates and times as ISO text)."""
    ready: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, dt.date | dt.time):
            ready[key] = value.isoformat()
        elif isinstance(value, Decimal):
            ready[key] = f"{value:f}"
        else:
            ready[key] = value
    return ready

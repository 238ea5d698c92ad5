"""Writing patients, their results and medication courses as a FHIR R4 Bundle (type collection).

One Patient per patient; one Observation per result: the LOINC code the
unit's property and the specimen call for, the value exactly as written in
its UCUM unit (the ``<``/``>`` qualifier as ``comparator``), the
interpretation code from mgdesk's classification (``mgdesk.domain.classify``,
never re-derived here), the profile's normal range, the specimen, and a note
when the written precision cannot tell the side of a band edge; one
MedicationStatement per course with its ATC (and, for metformin, RxNorm)
code, period and daily dose.  Identifiers are UUIDs derived from the record's
content and its patient's clinic identifier, so a second export of the same
records gives the same ids and a receiving system updates instead of
duplicating.  What mgdesk keeps beyond FHIR's fields (the lab's own flag and
range, the source, the unit as written, the drug class) travels in
extensions, and the resources are tagged as mgdesk's, so that reading the
file back gives the same records (``fhir_import``).
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from mgdesk.domain.classify import classify
from mgdesk.domain.lab import (
    ATC_GROUPS,
    ATC_SYSTEM,
    INTERPRETATION_SYSTEM,
    LOINC_SYSTEM,
    RXNORM_METFORMIN,
    RXNORM_SYSTEM,
    UCUM_SYSTEM,
    loinc_for,
)
from mgdesk.domain.profile import LabProfile
from mgdesk.domain.records import DrugClass, MagnesiumResult, MedicationCourse, Patient, Sex
from mgdesk.domain.units import MgUnit
from mgdesk.interchange.fhir_import import (
    CLINIC_ID_SYSTEM,
    COURSE_ID_SYSTEM,
    EXPORT_TAG,
    EXT_DRUG_CLASS,
    EXT_LAB_FLAG,
    EXT_LAB_RANGE,
    EXT_PATIENT_NOTES,
    EXT_SOURCE,
    EXT_UNIT_AS_WRITTEN,
    LAB_REF_SYSTEM,
    NOTE_AUTHOR,
    RESULT_ID_SYSTEM,
)

_NAMESPACE = uuid.UUID("6f1c2d0e-4b7a-5c3e-9a61-3d2f8e0b7c41")  # mgdesk's own, fixed forever
_GENDERS = {Sex.FEMALE: "female", Sex.MALE: "male", Sex.OTHER: "other"}
_STATUS = {"final": "final", "corrected": "corrected", "preliminary": "preliminary"}
_DECIMAL_MARK = "\x00dec:"  # stands for a JSON number until the text is written


@dataclass(frozen=True, slots=True)
class PatientBundle:
    """One patient's part of an export."""

    patient: Patient
    results: Sequence[MagnesiumResult]
    courses: Sequence[MedicationCourse]


def stable_id(*parts: object) -> str:
    """A UUID from the parts' text: the same record gives the same id in every export."""
    return str(uuid.uuid5(_NAMESPACE, "\x1f".join("" if p is None else str(p) for p in parts)))


def _number(value: Decimal) -> str:
    """A placeholder that ``bundle_json`` turns into a JSON number written with these decimals."""
    return f"{_DECIMAL_MARK}{value:f}"


def _extension(url: str, value: str | None) -> list[dict[str, Any]]:
    return [{"url": url, "valueString": value}] if value else []


def _meta() -> dict[str, Any]:
    return {"tag": [dict(EXPORT_TAG)]}


def patient_resource(patient: Patient) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Patient",
        "id": stable_id("patient", patient.clinic_id),
        "meta": _meta(),
        "identifier": [
            {
                "use": "usual",
                "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                "system": CLINIC_ID_SYSTEM,
                "value": patient.clinic_id,
            }
        ],
    }
    extensions = _extension(EXT_PATIENT_NOTES, patient.notes)
    if extensions:
        resource["extension"] = extensions
    if patient.name:
        resource["name"] = [{"text": patient.name}]
    if patient.sex is not None:
        resource["gender"] = _GENDERS[patient.sex]
    if patient.birth_year is not None:
        resource["birthDate"] = f"{patient.birth_year:04d}"
    return resource


def observation_resource(
    clinic_id: str, patient_ref: str, result: MagnesiumResult, profile: LabProfile
) -> dict[str, Any]:
    measurement = result.measurement
    code = loinc_for(measurement.unit, result.specimen)
    identity = stable_id(
        "result",
        clinic_id,
        result.collected_on,
        result.collected_at,
        measurement.text,
        measurement.unit,
        result.specimen,
    )
    quantity: dict[str, Any] = {
        "value": _number(measurement.value),
        "unit": measurement.unit.ucum,
        "system": UCUM_SYSTEM,
        "code": measurement.unit.ucum,
    }
    if measurement.qualifier:
        quantity = {"value": quantity["value"], "comparator": measurement.qualifier, **dict(list(quantity.items())[1:])}
    effective = result.collected_on.isoformat()
    if result.collected_at is not None:
        effective = dt.datetime.combine(result.collected_on, result.collected_at).astimezone().isoformat()
    identifiers = [{"system": RESULT_ID_SYSTEM, "value": identity}]
    if result.lab_ref:
        identifiers.append({"system": LAB_REF_SYSTEM, "value": result.lab_ref})
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "id": identity,
        "meta": _meta(),
        "extension": [
            *_extension(EXT_SOURCE, result.source),
            *_extension(EXT_UNIT_AS_WRITTEN, result.unit_as_written),
            *_extension(EXT_LAB_FLAG, result.lab_flag),
            *_extension(EXT_LAB_RANGE, result.reference_range),
        ],
        "identifier": identifiers,
        "status": _STATUS[result.status.value],
        "category": [
            {
                "coding": [
                    {
                        "system": "http://terminology.hl7.org/CodeSystem/observation-category",
                        "code": "laboratory",
                    }
                ]
            }
        ],
        "code": {"coding": [{"system": LOINC_SYSTEM, "code": code}], "text": f"Magnesium ({result.specimen.value})"},
        "subject": {"reference": patient_ref},
        "effectiveDateTime": effective,
        "valueQuantity": quantity,
        "specimen": {"display": result.specimen.value},
    }
    if result.lab:
        resource["performer"] = [{"display": result.lab}]
    notes = [{"text": result.comment}] if result.comment else []
    if result.on_serum_trend:
        classification = classify(measurement, profile)
        resource["interpretation"] = [
            {
                "coding": [
                    {
                        "system": INTERPRETATION_SYSTEM,
                        "code": classification.category.interpretation,
                        "display": classification.category.label,
                    }
                ]
            }
        ]
        low, high = profile.low_below, profile.high_above
        resource["referenceRange"] = [
            {
                "low": _quantity(low),
                "high": _quantity(high),
                "text": f"{profile.name}: normal {low:f} to {high:f} mmol/L",
            }
        ]
        if classification.borderline:
            edges = ", ".join(sorted({f"{edge.mmol_per_l:f} mmol/L" for edge in classification.straddled_edges}))
            notes.append(
                {
                    "authorString": NOTE_AUTHOR,
                    "text": f"borderline: the written precision spans the band edge at {edges}",
                }
            )
    if notes:
        resource["note"] = notes
    if not resource["extension"]:
        del resource["extension"]
    return resource


def _quantity(mmol_per_l: Decimal) -> dict[str, Any]:
    return {"value": _number(mmol_per_l), "unit": "mmol/L", "system": UCUM_SYSTEM, "code": MgUnit.MMOL_L.ucum}


def medication_resource(clinic_id: str, patient_ref: str, course: MedicationCourse) -> dict[str, Any]:
    identity = stable_id(
        "course", clinic_id, course.drug_class, course.drug, course.start, course.stop, course.daily_dose_mg
    )
    codings = []
    if course.drug_class is DrugClass.METFORMIN:
        codings.append({"system": RXNORM_SYSTEM, "code": RXNORM_METFORMIN, "display": "metformin"})
    if course.drug_class in ATC_GROUPS:
        codings.append({"system": ATC_SYSTEM, "code": ATC_GROUPS[course.drug_class]})
    period = {"start": course.start.isoformat()}
    if course.stop is not None:
        period["end"] = course.stop.isoformat()
    resource: dict[str, Any] = {
        "resourceType": "MedicationStatement",
        "id": identity,
        "meta": _meta(),
        "extension": _extension(EXT_DRUG_CLASS, course.drug_class.value),
        "identifier": [{"system": COURSE_ID_SYSTEM, "value": identity}],
        "status": "completed" if course.stop is not None else "active",
        "medicationCodeableConcept": {"coding": codings, "text": course.drug} if codings else {"text": course.drug},
        "subject": {"reference": patient_ref},
        "effectivePeriod": period,
    }
    if course.daily_dose_mg is not None:
        resource["dosage"] = [
            {
                "text": f"{course.daily_dose_mg:f} mg a day",
                "timing": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "d"}},
                "doseAndRate": [
                    {
                        "doseQuantity": {
                            "value": _number(course.daily_dose_mg),
                            "unit": "mg",
                            "system": UCUM_SYSTEM,
                            "code": "mg",
                        }
                    }
                ],
            }
        ]
    return resource


def bundle(patients: Sequence[PatientBundle], profile: LabProfile) -> dict[str, Any]:
    """The Bundle (type collection) of every patient's Patient, Observations and MedicationStatements."""
    entries: list[dict[str, Any]] = []
    for part in patients:
        patient = patient_resource(part.patient)
        patient_ref = f"urn:uuid:{patient['id']}"
        entries.append({"fullUrl": patient_ref, "resource": patient})
        clinic_id = part.patient.clinic_id
        for result in part.results:
            resource = observation_resource(clinic_id, patient_ref, result, profile)
            entries.append({"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource})
        for course in part.courses:
            resource = medication_resource(clinic_id, patient_ref, course)
            entries.append({"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource})
    identity = stable_id("bundle", *(e["resource"]["id"] for e in entries))
    return {"resourceType": "Bundle", "id": identity, "meta": _meta(), "type": "collection", "entry": entries}


def bundle_json(document: dict[str, Any]) -> str:
    """The Bundle as JSON text, decimals written with exactly their decimals (FHIR keeps precision)."""
    text = json.dumps(document, ensure_ascii=False, indent=1)
    marker = json.dumps(_DECIMAL_MARK)[1:-1]
    pieces = text.split(f'"{marker}')
    out = [pieces[0]]
    for piece in pieces[1:]:
        number, _, rest = piece.partition('"')
        out.append(number + rest)
    return "".join(out) + "\n"

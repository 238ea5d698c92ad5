"""FHIR R4 in and out: the specification's own examples, hand-made magnesium resources, the round trip."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B.bundle import Bundle

from mgdesk.domain.classify import classify
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.profile import default_profile
from mgdesk.domain.records import DrugClass, MagnesiumResult, MedicationCourse, Patient, ResultStatus, Sex, Specimen
from mgdesk.interchange import FileFormatError, PatientBundle, bundle_json, fhir_bundle, read_fhir

DATA = Path(__file__).parent / "data"
LOINC = "http://loinc.org"
UCUM = "http://unitsofmeasure.org"


def observation(code: str = "2601-3", **fields: Any) -> dict[str, Any]:
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "id": "mg1",
        "status": "final",
        "code": {"coding": [{"system": LOINC, "code": code}]},
        "subject": {"reference": "Patient/p1"},
        "effectiveDateTime": "2024-03-05",
        "valueQuantity": {"value": 0.680, "unit": "mmol/L", "system": UCUM, "code": "mmol/L"},
    }
    resource.update(fields)
    return {k: v for k, v in resource.items() if v is not None}


PATIENT = {
    "resourceType": "Patient",
    "id": "p1",
    "identifier": [
        {"system": "urn:hosp", "value": "H-1"},
        {
            "type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
            "system": "urn:clinic",
            "value": "P-7",
        },
    ],
    "name": [{"family": "Doe", "given": ["Jane"]}],
    "gender": "female",
    "birthDate": "1958-04-12",
}


def bundle_of(*resources: dict[str, Any], kind: str = "collection") -> bytes:
    entries = [{"fullUrl": f"urn:uuid:{n}", "resource": r} for n, r in enumerate(resources)]
    text = json.dumps({"resourceType": "Bundle", "type": kind, "entry": entries})
    return text.replace('"value": 0.68,', '"value": 0.680,').encode()


def test_the_specifications_examples_are_counted_and_skipped() -> None:
    for name in ("observation-example-f001-glucose.json", "bundle-example-searchset.json"):
        parsed = read_fhir((DATA / name).read_bytes(), name)
        assert parsed.results == []
        assert parsed.courses == []
        assert parsed.rejected == []
        assert parsed.not_magnesium >= 1


@pytest.mark.parametrize("kind", ["collection", "transaction", "batch", "searchset"])
def test_a_bundle_with_a_patient_and_a_magnesium_observation(kind: str) -> None:
    parsed = read_fhir(
        bundle_of(
            PATIENT,
            observation(
                interpretation=[{"coding": [{"code": "L"}]}],
                referenceRange=[{"low": {"value": 0.70, "unit": "mmol/L"}, "high": {"value": 1.05, "unit": "mmol/L"}}],
            ),
            kind=kind,
        ),
        "b.json",
    )
    assert parsed.rejected == []
    [(clinic_id, result)] = parsed.results
    assert clinic_id == "P-7"
    assert result.measurement.text == "0.680"  # the written decimals survive JSON
    assert (result.lab_flag, result.reference_range) == ("L", "0.7-1.05 mmol/L")
    assert result.lab_ref == "Observation/mg1"
    patient = parsed.patients["P-7"]
    assert (patient.name, patient.birth_year, patient.sex) == ("Jane Doe", 1958, Sex.FEMALE)


def test_values_comparators_strings_periods_specimens_and_statuses() -> None:
    parsed = read_fhir(
        bundle_of(
            PATIENT,
            observation(id="a", valueQuantity={"value": 0.4, "comparator": "<", "unit": "mmol/L", "code": "mmol/L"}),
            observation(id="b", valueQuantity=None, valueString="<0.4 mmol/L"),
            observation(
                id="c",
                code="19123-9",
                effectiveDateTime=None,
                effectivePeriod={"start": "2024-03-05T08:15:00+00:00"},
                valueQuantity={"value": 1.62, "unit": "mg/dL", "system": UCUM, "code": "mg/dL"},
            ),
            observation(id="d", code="2598-1", specimen={"display": "urine"}),
            observation(id="e", valueQuantity={"value": 740, "unit": "umol/L", "code": "umol/L"}, status="amended"),
            observation(id="f", valueQuantity={"value": 1.5, "unit": "meq/L", "code": "meq/L"}, status="preliminary"),
            observation(id="g", status="entered-in-error"),
            observation(id="h", status="registered"),
        ),
        "b.json",
    )
    texts = [(r.measurement.text, r.measurement.unit.value, r.specimen, r.status) for _, r in parsed.results]
    assert texts == [
        ("<0.4", "mmol/L", Specimen.SERUM, ResultStatus.FINAL),
        ("<0.4", "mmol/L", Specimen.SERUM, ResultStatus.FINAL),
        ("1.62", "mg/dL", Specimen.SERUM, ResultStatus.FINAL),
        ("0.680", "mmol/L", Specimen.URINE, ResultStatus.FINAL),
        ("740", "umol/L", Specimen.SERUM, ResultStatus.CORRECTED),
        ("1.5", "mEq/L", Specimen.SERUM, ResultStatus.PRELIMINARY),
    ]
    timed = parsed.results[2][1]
    local = dt.datetime(2024, 3, 5, 8, 15, tzinfo=dt.UTC).astimezone().replace(tzinfo=None)
    assert (timed.collected_on, timed.collected_at) == (local.date(), local.time())
    assert [w.reason for w in parsed.warnings] == ["entry 8: status entered-in-error: not stored"]
    assert len(parsed.rejected) == 1
    assert "registered" in parsed.rejected[0].reason


def test_an_invalid_resource_is_rejected_with_its_path_and_the_rest_is_read() -> None:
    parsed = read_fhir(
        bundle_of(
            PATIENT,
            observation(id="bad", valueQuantity={"value": "abc", "unit": "mmol/L"}),
            observation(id="worse", effectiveDateTime="2024-13-45"),
            observation(id="good"),
            {"resourceType": "Observation", "status": "final"},
        ),
        "b.json",
    )
    assert [r.lab_ref for _, r in parsed.results] == ["Observation/good"]
    reasons = {r.line: r.reason for r in parsed.rejected}
    assert reasons[2].startswith("entry 2: invalid FHIR: Observation.valueQuantity.value:")
    assert reasons[3].startswith("entry 3: invalid FHIR: Observation.effectiveDateTime:")
    assert reasons[5].startswith("entry 5: invalid FHIR: Observation.code:")


def test_ndjson_and_a_single_resource() -> None:
    lines = [json.dumps(PATIENT), "", json.dumps(observation(id="x")), "{not json", json.dumps(observation(id="y"))]
    parsed = read_fhir("\n".join(lines).encode(), "bulk.ndjson")
    assert [r.lab_ref for _, r in parsed.results] == ["Observation/x", "Observation/y"]
    assert [r.line for r in parsed.rejected] == [4]
    single = read_fhir(json.dumps(observation(subject={"identifier": {"value": "P-9"}})).encode(), "one.json")
    assert single.results[0][0] == "P-9"


def test_medications_give_courses_with_a_daily_dose() -> None:
    statement = {
        "resourceType": "MedicationStatement",
        "status": "active",
        "medicationCodeableConcept": {
            "coding": [{"system": "http://www.nlm.nih.gov/research/umls/rxnorm", "code": "860975"}],
            "text": "metformin 500 MG Extended Release Oral Tablet",
        },
        "subject": {"reference": "Patient/p1"},
        "effectivePeriod": {"start": "2020-01-01", "end": "2023-06-30"},
        "dosage": [
            {
                "timing": {"repeat": {"frequency": 2, "period": 1, "periodUnit": "d"}},
                "doseAndRate": [{"doseQuantity": {"value": 1, "unit": "tablet"}}],
            }
        ],
    }
    request = {
        "resourceType": "MedicationRequest",
        "status": "active",
        "intent": "order",
        "medicationCodeableConcept": {
            "coding": [{"system": "http://www.whocc.no/atc", "code": "A02BC01"}],
            "text": "omeprazole",
        },
        "subject": {"reference": "Patient/p1"},
        "authoredOn": "2021-02-03",
        "dosageInstruction": [
            {
                "timing": {"repeat": {"frequency": 1, "period": 1, "periodUnit": "d"}},
                "doseAndRate": [{"doseQuantity": {"value": 20, "unit": "mg"}}],
            }
        ],
    }
    other = {**request, "medicationCodeableConcept": {"text": "paracetamol"}}
    parsed = read_fhir(bundle_of(PATIENT, statement, request, other), "m.json")
    assert [
        (c, course.drug_class, course.start, course.stop, course.daily_dose_mg) for c, course in parsed.courses
    ] == [
        ("P-7", DrugClass.METFORMIN, dt.date(2020, 1, 1), dt.date(2023, 6, 30), Decimal(1000)),
        ("P-7", DrugClass.PROTON_PUMP_INHIBITOR, dt.date(2021, 2, 3), None, Decimal(20)),
    ]
    assert parsed.not_magnesium == 1  # the untracked drug


def test_not_json_is_refused() -> None:
    with pytest.raises(FileFormatError, match="not JSON"):
        read_fhir(b"{oops", "x.json")
    with pytest.raises(FileFormatError, match="of type 'document'"):
        read_fhir(b'{"resourceType": "Bundle", "type": "document"}', "x.json")


def _records() -> list[PatientBundle]:
    m = parse_measurement
    results = [
        MagnesiumResult(dt.date(2024, 1, 5), m("1.70 mg/dL"), "mg/dl", comment="fasting"),
        MagnesiumResult(
            dt.date(2024, 2, 5), m("<0.2 mmol/L"), "mmol/L", Specimen.URINE, dt.time(7, 30), "typed", "North Lab"
        ),
        MagnesiumResult(
            dt.date(2024, 3, 5),
            m("0.680 mmol/L"),
            "mmol/L",
            status=ResultStatus.PRELIMINARY,
            reference_range="0.70-1.05",
            lab_flag="N",
            lab_ref="HL7:F1|2601-3|",
        ),
        MagnesiumResult(dt.date(2024, 4, 5), m("1.7 mg/dL"), "mg/dL"),
    ]
    courses = [
        MedicationCourse(DrugClass.METFORMIN, "metformin", dt.date(2020, 1, 1), None, Decimal("850")),
        MedicationCourse(DrugClass.OTHER, "something", dt.date(2021, 1, 1), dt.date(2021, 3, 1)),
    ]
    return [PatientBundle(Patient("P-1", "Ann Roe", 1950, Sex.FEMALE, notes="n"), results, courses)]


def test_the_export_is_valid_fhir_and_says_what_mgdesk_concluded() -> None:
    document = fhir_bundle(_records(), default_profile())
    Bundle.model_validate(json.loads(bundle_json(document), parse_float=Decimal))
    observations = [e["resource"] for e in document["entry"] if e["resource"]["resourceType"] == "Observation"]
    first, urine, prelim, borderline = observations
    assert first["code"]["coding"][0]["code"] == "19123-9"
    assert urine["code"]["coding"][0]["code"] == "2598-1"
    assert "interpretation" not in urine  # never classed against serum bands
    assert urine["valueQuantity"]["comparator"] == "<"
    assert prelim["code"]["coding"][0]["code"] == "2601-3"
    assert prelim["status"] == "preliminary"
    expected = classify(parse_measurement("0.680 mmol/L")).category.interpretation
    assert prelim["interpretation"][0]["coding"][0]["code"] == expected
    assert borderline["note"] == [
        {"authorString": "mgdesk", "text": "borderline: the written precision spans the band edge at 0.70 mmol/L"}
    ]
    text = bundle_json(document)
    assert '"value": 0.680,' in text  # the written precision, as a JSON number
    assert '"value": 1.70,' in text


def test_export_import_export_is_the_same() -> None:
    first = bundle_json(fhir_bundle(_records(), default_profile()))
    parsed = read_fhir(first.encode(), "export.json")
    assert parsed.rejected == []
    [original] = _records()
    assert [r for _, r in parsed.results] == list(original.results)
    assert [c for _, c in parsed.courses] == list(original.courses)
    assert parsed.patients["P-1"] == original.patient
    again = [PatientBundle(parsed.patients["P-1"], [r for _, r in parsed.results], [c for _, c in parsed.courses])]
    assert bundle_json(fhir_bundle(again, default_profile())) == first

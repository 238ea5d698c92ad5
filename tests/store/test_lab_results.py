"""The lab's fields are stored; a corrected or final result replaces the earlier one and the audit keeps it."""

from __future__ import annotations

from dataclasses import replace

from record_fixtures import result

from mgdesk.domain.records import Patient, ResultStatus, Sex
from mgdesk.store import Records


def test_lab_fields_round_trip_and_new_patients_get_their_details(records: Records) -> None:
    stored = result(
        "0.68 mmol/L",
        status=ResultStatus.PRELIMINARY,
        reference_range="0.70-1.05",
        lab_flag="L",
        lab_ref="HL7:F1|2601-3|",
    )
    outcome = records.import_records([("P-1", stored)], patients={"P-1": Patient("P-1", "Ann Roe", 1950, Sex.FEMALE)})
    assert (outcome.imported, outcome.patients_created) == (1, 1)
    patient = records.patient_by_clinic_id("P-1")
    assert patient is not None
    assert patient.id is not None
    assert (patient.name, patient.birth_year, patient.sex) == ("Ann Roe", 1950, Sex.FEMALE)
    [back] = records.patient_record(patient.id).results
    assert replace(back, id=None) == stored


def test_a_stored_patient_keeps_their_details(records: Records) -> None:
    records.add_patient(Patient("P-1", "Ann Roe"))
    records.import_records([("P-1", result("0.8 mmol/L"))], patients={"P-1": Patient("P-1", "Someone Else")})
    patient = records.patient_by_clinic_id("P-1")
    assert patient is not None
    assert patient.name == "Ann Roe"


def test_a_correction_replaces_the_earlier_result_and_the_audit_keeps_it(records: Records) -> None:
    first = result("0.68 mmol/L", status=ResultStatus.PRELIMINARY, lab_ref="L1")
    records.import_records([("P-1", first)])
    again = records.import_records([("P-1", first)])
    assert (again.imported, again.duplicates, again.replaced) == (0, 1, 0)
    corrected = result("0.78 mmol/L", status=ResultStatus.CORRECTED, lab_ref="L1")
    outcome = records.import_records([("P-1", corrected)])
    assert (outcome.imported, outcome.replaced) == (1, 1)
    patient = records.patient_by_clinic_id("P-1")
    assert patient is not None
    assert patient.id is not None
    [live] = records.patient_record(patient.id).results
    assert live.measurement.text == "0.78"
    assert live.status is ResultStatus.CORRECTED
    deletes = [e for e in records.audit_log("mg_results") if e.action == "delete"]
    assert len(deletes) == 1
    assert deletes[0].old_values is not None
    assert deletes[0].old_values["value_as_written"] == "0.68"
    assert deletes[0].old_values["status"] == "preliminary"
    assert deletes[0].new_values is not None
    assert "replaced by the lab's corrected result L1" in str(deletes[0].new_values["deleted_reason"])


def test_preliminary_then_final_in_one_batch(records: Records) -> None:
    batch = [
        ("P-1", result("0.68 mmol/L", status=ResultStatus.PRELIMINARY, lab_ref="L1")),
        ("P-1", result("0.90 mmol/L", lab_ref="L2")),
        ("P-1", result("0.68 mmol/L", status=ResultStatus.FINAL, lab_ref="L1")),
    ]
    outcome = records.import_records(batch)
    assert (outcome.imported, outcome.replaced, outcome.duplicates) == (3, 1, 0)
    patient = records.patient_by_clinic_id("P-1")
    assert patient is not None
    assert patient.id is not None
    live = records.patient_record(patient.id).results
    assert sorted((r.measurement.text, r.status.value) for r in live) == [("0.68", "final"), ("0.90", "final")]

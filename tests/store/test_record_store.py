"""The records API: add, edit, soft delete and undelete, search, duplicates, audit, bulk import."""

import datetime as dt
from decimal import Decimal

import pytest
from record_fixtures import result

from mgdesk.domain.cohort import PatientHistory
from mgdesk.domain.errors import DuplicatePatientError, ImportCancelledError, InputError, RecordNotFoundError
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.records import DrugClass, MagnesiumResult, MedicationCourse, Patient, Sex, Specimen
from mgdesk.store import Records

D = dt.date


def test_result_keeps_value_as_written_units_and_details(records: Records) -> None:
    p = records.add_patient(Patient("P-1", "Ann Smith", 1950, Sex.FEMALE, "notes"))
    assert p.id is not None
    typed = MagnesiumResult(
        D(2024, 3, 1),
        parse_measurement("<0,20 mmol/l"),
        "mmol/l",
        Specimen.URINE,
        dt.time(8, 15),
        "lab.csv",
        "City lab",
        "haemolysed",
    )
    stored = records.add_result(p.id, typed)
    got = records.patient_record(p.id)
    assert isinstance(got, PatientHistory)  # the one patient type, the domain's
    assert got.patient == p
    assert got.results == (stored,)
    assert stored.measurement.text == "<0.20"
    assert stored.unit_as_written == "mmol/l"
    assert stored.measurement.value.as_tuple().exponent == -2


def test_courses_round_trip_with_decimal_doses(records: Records) -> None:
    p = records.add_patient(Patient("P-1"))
    assert p.id is not None
    course = records.add_course(
        p.id, MedicationCourse(DrugClass.METFORMIN, "metformin", D(2020, 1, 1), None, Decimal("850.5"))
    )
    assert records.patient_record(p.id).courses == (course,)
    assert records.metformin_patients(D(2024, 1, 1)) == [p]
    assert records.metformin_patients(D(2019, 1, 1)) == []


def test_search_by_clinic_id_or_name_any_case(records: Records) -> None:
    records.add_patient(Patient("MRN-100", "Ann Smith"))
    records.add_patient(Patient("MRN-200", "Bob Jones"))
    records.add_patient(Patient("X_1", None))
    assert [p.clinic_id for p in records.list_patients("smith")] == ["MRN-100"]
    assert [p.clinic_id for p in records.list_patients("mrn")] == ["MRN-100", "MRN-200"]
    assert [p.clinic_id for p in records.list_patients("_")] == ["X_1"]  # no LIKE wildcard
    assert len(records.list_patients()) == 3


def test_clinic_id_is_unique(records: Records) -> None:
    records.add_patient(Patient("P-1"))
    with pytest.raises(DuplicatePatientError, match="P-1"):
        records.add_patient(Patient(" P-1 "))


def test_edit_delete_undelete_are_audited(records: Records) -> None:
    p = records.add_patient(Patient("P-1"))
    assert p.id is not None
    r = records.add_result(p.id, result("1.8 mg/dL"))
    assert r.id is not None
    edited = records.edit_result(result("1.9 mg/dL", id=r.id))
    assert records.patient_record(p.id).results == (edited,)
    with pytest.raises(InputError, match="why"):
        records.delete_result(r.id, "  ")
    records.delete_result(r.id, "entered twice")
    assert records.patient_record(p.id).results == ()
    with pytest.raises(RecordNotFoundError, match="deleted"):
        records.edit_result(edited)
    records.undelete_result(r.id)
    assert records.patient_record(p.id).results == (edited,)
    log = records.audit_log("mg_results", r.id)
    assert [e.action for e in log] == ["insert", "update", "delete", "undelete"]
    assert (log[1].old_values or {})["value_as_written"] == "1.8"
    assert (log[1].new_values or {})["value_as_written"] == "1.9"
    assert (log[2].new_values or {})["deleted_reason"] == "entered twice"
    assert all(e.os_user for e in log)
    assert all(e.at.tzinfo is dt.UTC for e in log)


def test_deleted_patient_is_hidden_and_can_come_back(records: Records) -> None:
    p = records.add_patient(Patient("P-1"))
    assert p.id is not None
    records.delete_patient(p.id, "test patient")
    assert records.list_patients() == []
    assert records.patient_by_clinic_id("P-1") is None
    with pytest.raises(DuplicatePatientError, match="restore"):
        records.add_patient(Patient("P-1"))
    records.undelete_patient(p.id)
    assert records.list_patients() == [p]


def test_the_same_sample_is_found_whatever_its_unit_or_decimals(records: Records) -> None:
    p = records.add_patient(Patient("P-1"))
    assert p.id is not None
    stored = records.add_result(p.id, result("1.80 mg/dL"))
    assert records.find_duplicate_result(p.id, result("1.80 mg/dl")) == stored
    assert records.find_duplicate_result(p.id, result("1.8 mg/dL")) == stored  # 1.75-1.85 holds 1.80
    assert records.find_duplicate_result(p.id, result("0.74 mmol/L")) == stored  # the same draw in mmol/L
    assert records.find_duplicate_result(p.id, result("1.90 mg/dL")) is None  # another value
    assert records.find_duplicate_result(p.id, result("1.80 mg/dL", D(2024, 3, 2))) is None
    assert records.find_duplicate_result(p.id, result("1.80 mg/dL", specimen=Specimen.URINE)) is None
    assert records.find_duplicate_result(p.id, result("1.80 mg/dL", collected_at=dt.time(14))) is None
    assert records.find_duplicate_result(p.id, stored) is None  # a result is no duplicate of itself


def test_import_keeps_one_result_per_sample_and_every_real_sample(records: Records) -> None:
    outcome = records.import_records(
        [
            ("P-1", result("0.74 mmol/L")),
            ("P-1", result("1.80 mg/dL")),  # the same draw in mg/dL
            ("P-1", result("1.48 mEq/L")),  # and in mEq/L
            ("P-2", result("0.8 mmol/L", collected_at=dt.time(8))),
            ("P-2", result("0.8 mmol/L", collected_at=dt.time(14))),  # a second draw that day
            ("P-3", result("0.8 mmol/L", specimen=Specimen.URINE)),
            ("P-3", result("0.8 mmol/L")),  # serum: another sample
            ("P-4", result("0.8 mmol/L")),
            ("P-4", result("0.80 mmol/L")),  # the same value written with two decimals
        ]
    )
    assert (outcome.imported, outcome.duplicates) == (6, 3)
    assert [(s.index, s.unit_differs, s.kept.measurement.text) for s in outcome.same_sample] == [
        (1, True, "0.74"),
        (2, True, "0.74"),
        (8, False, "0.8"),
    ]
    assert "reported in mg/dL instead of mmol/L" in outcome.same_sample[0].sentence()
    by_patient = {p.clinic_id: p for p in records.list_patients()}
    counts = {c: len(records.patient_record(p.id or 0).results) for c, p in by_patient.items()}
    assert counts == {"P-1": 1, "P-2": 2, "P-3": 2, "P-4": 1}
    again = records.import_records([("P-1", result("1.8 mg/dL"))])  # against the stored sample
    assert (again.imported, again.duplicates) == (0, 1)
    assert again.same_sample[0].kept.id is not None


def test_unknown_ids_say_so(records: Records) -> None:
    with pytest.raises(RecordNotFoundError, match="No patient with id 42"):
        records.patient_record(42)
    with pytest.raises(RecordNotFoundError):
        records.add_result(42, result("1.8 mg/dL"))


def test_bulk_import_counts_creates_and_skips(records: Records) -> None:
    p = records.add_patient(Patient("P-1"))
    assert p.id is not None
    records.add_result(p.id, result("1.8 mg/dL"))
    gone = records.add_patient(Patient("GONE"))
    assert gone.id is not None
    records.delete_patient(gone.id, "left the clinic")
    outcome = records.import_records(
        [
            ("P-1", result("1.8 mg/dL")),  # duplicate of a stored result
            ("P-2", result("0.70 mmol/L")),
            ("P-2", result("0.70 mmol/L")),  # duplicate within the batch
            ("GONE", result("0.70 mmol/L")),
        ],
        [("P-3", MedicationCourse(DrugClass.INSULIN, "glargine", D(2020, 1, 1)))],
    )
    assert (outcome.imported, outcome.duplicates, outcome.patients_created) == (2, 2, 2)
    assert outcome.rejected == ((3, "patient 'GONE' was deleted (left the clinic); restore the patient first"),)
    assert [x.clinic_id for x in records.list_patients()] == ["P-1", "P-2", "P-3"]
    actions = [e.action for e in records.audit_log("patients")]
    assert actions == ["insert", "insert", "delete", "insert", "insert"]  # the last two: created by the import


def test_cancelled_bulk_import_leaves_nothing(records: Records) -> None:
    batch = [(f"P-{n}", result("1.8 mg/dL")) for n in range(5000)]
    seen: list[tuple[int, int]] = []
    with pytest.raises(ImportCancelledError):
        records.import_records(
            batch, progress=lambda done, total: seen.append((done, total)), cancelled=lambda: len(seen) > 2
        )
    assert seen[-1][0] < 5000
    assert seen[-1][1] == 5000
    assert records.list_patients() == []
    assert records.audit_log() == []

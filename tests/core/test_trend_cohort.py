"""Cohort maths: alignment at metformin start, 6-month medians, co-medication filters, the clinic list."""

import datetime as dt
from decimal import Decimal

import numpy as np
import pytest

from mgdesk.domain.cohort import (
    ALL_METFORMIN,
    METFORMIN_ONLY,
    METFORMIN_WITH_PPI,
    METFORMIN_WITH_SULFONYLUREA,
    PatientHistory,
    align_cohort,
    bin_medians,
    clinic_rows,
    select,
    treatment_group,
)
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.profile import Category, default_profile
from mgdesk.domain.records import DrugClass, MagnesiumResult, MedicationCourse, Patient, Specimen

D = dt.date


def course(drug_class: DrugClass, start: dt.date, stop: dt.date | None = None) -> MedicationCourse:
    return MedicationCourse(drug_class, drug_class.value, start, stop)


def result(start: dt.date, days: int, text: str, specimen: Specimen = Specimen.SERUM) -> MagnesiumResult:
    measurement = parse_measurement(text)
    return MagnesiumResult(start + dt.timedelta(days=days), measurement, str(measurement.unit), specimen)


A_START, B_START, C_START = D(2020, 1, 1), D(2021, 1, 1), D(2019, 1, 1)
A = PatientHistory(
    Patient("A"),
    (course(DrugClass.METFORMIN, A_START), course(DrugClass.SULFONYLUREA, D(2020, 6, 1))),
    (
        result(A_START, 0, "0.90 mmol/L"),
        result(A_START, 91, "1.6 mEq/L"),  # 0.80 mmol/L at 3.0 months
        result(A_START, 213, "0.70 mmol/L"),  # 7.0 months
    ),
)
B = PatientHistory(
    Patient("B"),
    (course(DrugClass.METFORMIN, B_START), course(DrugClass.PROTON_PUMP_INHIBITOR, D(2018, 1, 1))),
    (
        result(B_START, 243, "0.76 mmol/L"),  # given out of order: 8.0 months
        result(B_START, 0, "0.86 mmol/L"),
        result(B_START, 122, "0.84 mmol/L"),  # 4.0 months
        result(B_START, 60, "4.0 mmol/L", Specimen.URINE),
        result(B_START, 150, "<0.50 mmol/L"),
    ),
)
C = PatientHistory(
    Patient("C"),
    (course(DrugClass.SULFONYLUREA, D(2017, 1, 1), D(2018, 12, 31)), course(DrugClass.METFORMIN, C_START)),
    (result(C_START, -61, "2.3 mg/dL"),),  # 0.9463 mmol/L, 2.0 months before metformin
)
DIET = PatientHistory(Patient("D"), (), (result(D(2020, 1, 1), 0, "0.85 mmol/L"),))


def test_alignment_at_metformin_start() -> None:
    cohort = align_cohort([A, DIET, B, C])
    assert [h.patient.clinic_id for h in cohort.patients] == ["A", "B", "C"]
    assert cohort.patient_index.tolist() == [0, 0, 0, 1, 1, 1, 2]
    assert cohort.months == pytest.approx([0, 2.99, 7.0, 0, 4.01, 7.98, -2.0], abs=0.02)
    assert cohort.mmol_per_l == pytest.approx([0.90, 0.80, 0.70, 0.86, 0.84, 0.76, 2.3 * 0.411438], abs=1e-6)
    assert cohort.connect.tolist() == [True, True, False, True, True, False, False]


def test_six_month_medians_of_a_tiny_cohort() -> None:
    cohort = align_cohort([A, B, C])
    medians = bin_medians(cohort.months, cohort.mmol_per_l)
    assert medians.start.tolist() == [-6.0, 0.0, 6.0]
    assert medians.middle.tolist() == [-3.0, 3.0, 9.0]
    # [-6, 0): 0.946; [0, 6): 0.80 0.84 0.86 0.90 -> 0.85; [6, 12): 0.70 0.76 -> 0.73
    assert medians.median == pytest.approx([2.3 * 0.411438, 0.85, 0.73], abs=1e-6)
    assert medians.count.tolist() == [1, 4, 2]


def test_bin_medians_agree_with_a_plain_loop() -> None:
    rng = np.random.default_rng(5)
    months = rng.uniform(-24, 120, 5_000)
    values = rng.normal(0.8, 0.1, 5_000)
    medians = bin_medians(months, values)
    for start, median, count in zip(medians.start, medians.median, medians.count, strict=True):
        inside = (months >= start) & (months < start + 6)
        assert count == inside.sum()
        assert median == pytest.approx(np.median(values[inside]))


def test_bin_medians_edges_and_errors() -> None:
    assert bin_medians([], []).median.size == 0
    assert bin_medians([6.0], [0.8]).start.tolist() == [6.0]  # a bin includes its start
    with pytest.raises(ValueError, match="same length"):
        bin_medians([1.0], [])
    with pytest.raises(ValueError, match="greater than zero"):
        bin_medians([1.0], [0.8], bin_months=0)


def test_co_medication_filters() -> None:
    everyone = [A, B, C, DIET]
    assert [h.patient.clinic_id for h in select(everyone, ALL_METFORMIN)] == ["A", "B", "C"]
    assert [h.patient.clinic_id for h in select(everyone, METFORMIN_WITH_SULFONYLUREA)] == ["A"]
    assert [h.patient.clinic_id for h in select(everyone, METFORMIN_WITH_PPI)] == ["B"]
    # C's sulfonylurea stopped the day before metformin started: not taken alongside it.
    assert [h.patient.clinic_id for h in select(everyone, METFORMIN_ONLY)] == ["B", "C"]


def test_treatment_groups_as_in_the_fremantle_study() -> None:
    assert treatment_group(DIET.courses) == "diet only"
    assert treatment_group(B.courses) == "metformin only"
    assert treatment_group(A.courses) == "metformin + sulfonylurea"
    assert treatment_group([course(DrugClass.SULFONYLUREA, A_START)]) == "sulfonylurea only"
    assert treatment_group([*A.courses, course(DrugClass.INSULIN, A_START)]) == "other"


def test_clinic_rows_reuse_the_trend() -> None:
    stopped = PatientHistory(
        Patient("E"),
        (MedicationCourse(DrugClass.METFORMIN, "metformin", A_START, D(2021, 1, 1), Decimal(500)),),
        (result(A_START, 30, "0.65 mmol/L"),),
    )
    today = D(2021, 6, 1)
    rows = clinic_rows([A, B, C, DIET, stopped], default_profile(), today)
    assert [r.clinic_id for r in rows] == ["A", "B", "C"]
    b = rows[1]
    assert b.latest_date == D(2021, 9, 1)
    assert b.latest_mmol_per_l == pytest.approx(0.76)
    assert b.category is Category.NORMAL
    assert b.slope is not None
    assert b.slope < 0
    assert b.retest_due == D(2022, 9, 1)
    assert rows[0].category is Category.NORMAL  # 0.70 is not below 0.70
    every = clinic_rows([A, stopped], default_profile(), today, include_stopped=True)
    assert [r.clinic_id for r in every] == ["A", "E"]
    assert every[1].retest_due == D(2020, 4, 30)  # 3 months after the low result of 31 January
    assert not every[1].falling_alert

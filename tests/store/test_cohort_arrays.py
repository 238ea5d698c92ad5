"""The cohort plot's float arrays read straight from the store, against the exact domain path."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import numpy as np
from trend_fixtures import DEMO_TODAY, falling_patient, never_on_metformin, small_database

from mgdesk.domain.cohort import METFORMIN_WITH_PPI, AlignedCohort, PatientHistory, align_cohort, align_points, select
from mgdesk.domain.demo import demo_clinic
from mgdesk.domain.measurement import Measurement
from mgdesk.domain.records import DrugClass, MagnesiumResult, MedicationCourse, Patient, Specimen
from mgdesk.domain.units import MgUnit
from mgdesk.store import Records, open_database
from mgdesk.store.cohort_arrays import load_cohort_points
from mgdesk.store.demo_database import create_demo_database
from mgdesk.store.histories import load_courses, load_histories


def mixed_patient() -> PatientHistory:
    """Every specimen, a '<' and a '>' result, three units, and two results on one day."""
    day = dt.date(2022, 3, 1)

    def result(text: str, unit: MgUnit, specimen: Specimen = Specimen.SERUM, days: int = 0) -> MagnesiumResult:
        qualifier = text[0] if text[0] in "<>" else ""
        value = Decimal(text.lstrip("<>"))
        return MagnesiumResult(day + dt.timedelta(days=days), Measurement(value, unit, qualifier), str(unit), specimen)

    results = (
        result("0.71", MgUnit.MMOL_L),
        result("1.83", MgUnit.MG_DL, days=30),
        result("1.52", MgUnit.MEQ_L, Specimen.PLASMA, days=60),
        result("3.9", MgUnit.MMOL_L, Specimen.URINE, days=90),
        result("2.10", MgUnit.MMOL_L, Specimen.RED_CELL, days=120),
        result("<0.40", MgUnit.MMOL_L, days=150),
        result(">2.5", MgUnit.MMOL_L, days=180),
        result("0.8", MgUnit.MMOL_L, days=210),
        result("0.90", MgUnit.MMOL_L, days=210),  # another value, so another sample (0.80 would be the same one)
    )
    courses = (MedicationCourse(DrugClass.METFORMIN, "metformin", dt.date(2021, 1, 1), None, Decimal(850)),)
    return PatientHistory(Patient("P-MIX"), courses, results)


def both_paths(path: Path | str) -> tuple[AlignedCohort, AlignedCohort]:
    with open_database(path) as database:
        records = Records(database)
        exact = align_cohort(load_histories(records))
        fast = align_points(load_courses(records), load_cohort_points(database))
    return exact, fast


def assert_same(exact: AlignedCohort, fast: AlignedCohort) -> None:
    assert [h.patient.clinic_id for h in fast.patients] == [h.patient.clinic_id for h in exact.patients]
    np.testing.assert_array_equal(fast.patient_index, exact.patient_index)
    np.testing.assert_allclose(fast.months, exact.months, rtol=0, atol=1e-9)
    np.testing.assert_allclose(fast.mmol_per_l, exact.mmol_per_l, rtol=0, atol=1e-9)


def test_only_numeric_serum_and_plasma_results_of_live_records(database_target: Path | str) -> None:
    path = small_database(database_target, mixed_patient(), falling_patient(), never_on_metformin())
    with open_database(path) as database:
        records = Records(database)
        gone = records.add_patient(Patient("P-GONE"))
        assert gone.id is not None
        records.add_result(
            gone.id, MagnesiumResult(dt.date(2022, 1, 1), Measurement(Decimal("0.5"), MgUnit.MMOL_L), "mmol/L")
        )
        records.delete_patient(gone.id, "test")
        mix = records.patient_by_clinic_id("P-MIX")
        assert mix is not None
        assert mix.id is not None
        deleted = records.patient_record(mix.id).results[0]
        assert deleted.id is not None
        records.delete_result(deleted.id, "entered twice")
        points = load_cohort_points(database)
    assert points.clinic_ids == ("P-DIET", "P-FALL", "P-MIX")
    per_patient = np.bincount(points.patient_index, minlength=3)
    # P-MIX: 0.71 deleted; urine, red-cell, '<' and '>' left out; 1.83 mg/dL, 1.52 mEq/L plasma, 0.8, 0.90 kept.
    assert per_patient.tolist() == [3, 6, 4]
    mix_values = points.mmol_per_l[points.patient_index == 2]
    expected = [
        float(Measurement(Decimal(v), u).mmol_per_l)
        for v, u in (("1.83", MgUnit.MG_DL), ("1.52", MgUnit.MEQ_L), ("0.8", MgUnit.MMOL_L), ("0.90", MgUnit.MMOL_L))
    ]
    np.testing.assert_allclose(mix_values, expected, rtol=0, atol=1e-9)
    assert not np.any(points.mmol_per_l > 3)  # the urine value 3.9 is not there
    fall_days = points.day[points.patient_index == 1]
    assert fall_days[0] == (dt.date(2019, 7, 1) - dt.date(1970, 1, 1)).days
    assert np.all(np.diff(fall_days) >= 0)


def test_aligned_arrays_match_the_exact_path(database_target: Path | str) -> None:
    exact, fast = both_paths(small_database(database_target, mixed_patient(), falling_patient(), never_on_metformin()))
    assert_same(exact, fast)


def test_demo_clinic_matches_the_exact_path_and_filters_the_same(tmp_path: Path) -> None:
    path = create_demo_database(tmp_path / "demo.sqlite3", today=DEMO_TODAY)
    exact, fast = both_paths(path)
    assert len(fast.months) > 100
    assert_same(exact, fast)
    with open_database(path) as database:
        records = Records(database)
        histories = load_histories(records)
        exact_ppi = align_cohort(select(histories, METFORMIN_WITH_PPI))
        fast_ppi = align_points(select(load_courses(records), METFORMIN_WITH_PPI), load_cohort_points(database))
    assert 0 < len(fast_ppi.patients) < len(fast.patients)
    assert_same(exact_ppi, fast_ppi)
    assert len(histories) == len(demo_clinic(DEMO_TODAY))


def test_empty_database_gives_empty_arrays(database_target: Path | str) -> None:
    with open_database(database_target) as database:
        points = load_cohort_points(database)
    assert points.clinic_ids == ()
    assert points.patient_index.size == points.day.size == points.mmol_per_l.size == 0
    assert align_points([], points).months.size == 0

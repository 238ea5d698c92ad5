"""The synthetic demo clinic: deterministic, labelled, and shaped like the Fremantle groups."""

import collections
import datetime as dt
import statistics

import pytest

from mgdesk.domain.cohort import METFORMIN_WITH_PPI, PatientHistory, clinic_rows, select, treatment_group
from mgdesk.domain.demo import GROUP_MEANS_MMOL_PER_L, demo_clinic, is_synthetic
from mgdesk.domain.profile import default_profile
from mgdesk.domain.records import DrugClass, Specimen

CLINIC = demo_clinic()


def serum_mean(history: PatientHistory) -> float:
    return statistics.fmean(float(r.measurement.mmol_per_l) for r in history.results if r.on_serum_trend)


def test_deterministic_for_a_seed() -> None:
    assert demo_clinic() == CLINIC
    assert demo_clinic(seed=1) != CLINIC


def test_every_patient_is_marked_synthetic() -> None:
    assert all(is_synthetic(h.patient) for h in CLINIC)
    assert CLINIC[0].patient.clinic_id == "DEMO-0001"
    assert all("synthetic" in (h.patient.name or "").lower() for h in CLINIC)
    assert len({h.patient.clinic_id for h in CLINIC}) == len(CLINIC)


def test_about_200_on_metformin_in_the_four_fremantle_groups() -> None:
    groups = collections.Counter(treatment_group(h.courses) for h in CLINIC)
    assert set(groups) == set(GROUP_MEANS_MMOL_PER_L)
    assert groups["metformin only"] + groups["metformin + sulfonylurea"] == 200


# Peters et al., PLoS One 2013 (Fremantle), as quoted in clinical.md; written out
# here so a wrong constant in the generator cannot agree with itself.
@pytest.mark.parametrize(
    ("group", "fremantle_mean"),
    [("diet only", 0.85), ("metformin only", 0.81), ("sulfonylurea only", 0.83), ("metformin + sulfonylurea", 0.74)],
)
def test_group_means_are_close_to_the_fremantle_study(group: str, fremantle_mean: float) -> None:
    means = [serum_mean(h) for h in CLINIC if treatment_group(h.courses) == group]
    assert statistics.fmean(means) == pytest.approx(fremantle_mean, abs=0.015)


def test_the_combined_group_is_lowest_and_ppi_users_are_lower() -> None:
    by_group = {
        group: statistics.fmean(serum_mean(h) for h in CLINIC if treatment_group(h.courses) == group)
        for group in GROUP_MEANS_MMOL_PER_L
    }
    assert min(by_group, key=by_group.__getitem__) == "metformin + sulfonylurea"
    on_metformin = [h for h in CLINIC if h.metformin_start is not None]
    ppi = {h.patient.clinic_id for h in select(on_metformin, METFORMIN_WITH_PPI)}
    assert statistics.fmean(serum_mean(h) for h in on_metformin if h.patient.clinic_id in ppi) < statistics.fmean(
        serum_mean(h) for h in on_metformin if h.patient.clinic_id not in ppi
    )


def test_metformin_patients_decline_on_average() -> None:
    rows = clinic_rows(CLINIC, default_profile(), dt.date(2025, 12, 31))
    slopes = [r.slope for r in rows if r.slope is not None]
    assert len(slopes) > 150
    assert statistics.fmean(slopes) < 0
    assert any(r.falling_alert for r in rows)


def test_realistic_records() -> None:
    results = [r for h in CLINIC for r in h.results]
    assert {r.unit_as_written for r in results} >= {"mmol/L", "mg/dL", "mEq/L", "mmol/l", "mg/dl"}
    assert any(r.specimen is Specimen.URINE for r in results)
    assert any(
        len([c for c in h.courses if c.drug_class is DrugClass.METFORMIN]) >= 2 for h in CLINIC
    )  # dose steps as separate courses
    classes = {c.drug_class for h in CLINIC for c in h.courses}
    assert {DrugClass.PROTON_PUMP_INHIBITOR, DrugClass.MAGNESIUM_SUPPLEMENT} <= classes
    assert max(r.collected_on for r in results) <= dt.date(2025, 12, 31)
    assert max(c.start for h in CLINIC for c in h.courses) <= dt.date(2025, 12, 31)

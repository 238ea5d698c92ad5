"""The synthetic demo clinic: deterministic, labelled, and shaped like the Fremantle groups."""

import collections
import datetime as dt
import math
import statistics

import pytest
from trend_fixtures import DEMO_TODAY

from mgdesk.domain.classify import Classification, classify
from mgdesk.domain.cohort import METFORMIN_WITH_PPI, PatientHistory, clinic_rows, select, treatment_group
from mgdesk.domain.demo import TOLERANCE, demo_clinic, is_synthetic
from mgdesk.domain.profile import default_profile
from mgdesk.domain.records import DrugClass, Specimen
from mgdesk.domain.trend import serum_results

CLINIC = demo_clinic(DEMO_TODAY)


def serum_mean(history: PatientHistory) -> float:
    return statistics.fmean(float(r.measurement.mmol_per_l) for r in history.results if r.on_serum_trend)


def test_deterministic_for_a_seed() -> None:
    assert demo_clinic(DEMO_TODAY) == CLINIC
    assert demo_clinic(DEMO_TODAY, seed=1) != CLINIC


def test_every_patient_is_marked_synthetic() -> None:
    assert all(is_synthetic(h.patient) for h in CLINIC)
    assert CLINIC[0].patient.clinic_id == "DEMO-0001"
    assert all("synthetic" in (h.patient.name or "").lower() for h in CLINIC)
    assert len({h.patient.clinic_id for h in CLINIC}) == len(CLINIC)


# Peters et al., PLoS One 2013;8(9):e74355 (Fremantle), Table 1, written out here so a wrong
# constant in the generator cannot agree with itself: n, mean, SD (mmol/L), % below 0.70.
TABLE_1 = {
    "diet only": (350, 0.85, 0.16, 11.1),
    "metformin only": (148, 0.81, 0.15, 17.6),
    "sulfonylurea only": (258, 0.83, 0.14, 14.7),
    "metformin + sulfonylurea": (184, 0.74, 0.17, 41.3),
}


def latest_by_group() -> dict[str, list[Classification]]:
    groups: dict[str, list[Classification]] = collections.defaultdict(list)
    for history in CLINIC:
        latest = serum_results(history.results)[-1]
        groups[treatment_group(history.courses)].append(classify(latest.measurement, default_profile()))
    return groups


def test_the_groups_have_the_study_s_shares() -> None:
    groups = collections.Counter(treatment_group(h.courses) for h in CLINIC)
    assert set(groups) == set(TABLE_1)
    study_total = sum(n for n, *_ in TABLE_1.values())
    for group, (n, *_) in TABLE_1.items():
        assert groups[group] / len(CLINIC) == pytest.approx(n / study_total, abs=0.002)


@pytest.mark.parametrize("group", list(TABLE_1))
def test_each_group_reproduces_table_1_within_the_stated_tolerance(group: str) -> None:
    _, mean, sd, percent_low = TABLE_1[group]
    latest = latest_by_group()[group]
    values = [float(c.mmol_per_l) for c in latest]
    assert statistics.fmean(values) == pytest.approx(mean, abs=TOLERANCE.mean)
    assert statistics.pstdev(values) == pytest.approx(sd, abs=TOLERANCE.sd)
    below = sum(c.below_threshold is True for c in latest)  # the class the Clinic list shows
    assert 100 * below / len(latest) == pytest.approx(percent_low, abs=TOLERANCE.percent_low)


def test_the_stated_tolerance_is_tight() -> None:
    assert (TOLERANCE.mean, TOLERANCE.sd, TOLERANCE.percent_low) <= (0.01, 0.01, 1.5)


def test_the_combined_group_is_lowest_and_ppi_users_are_lower() -> None:
    by_group = {
        group: statistics.fmean(serum_mean(h) for h in CLINIC if treatment_group(h.courses) == group)
        for group in TABLE_1
    }
    assert min(by_group, key=by_group.__getitem__) == "metformin + sulfonylurea"
    on_metformin = [h for h in CLINIC if h.metformin_start is not None]
    ppi = {h.patient.clinic_id for h in select(on_metformin, METFORMIN_WITH_PPI)}
    assert statistics.fmean(serum_mean(h) for h in on_metformin if h.patient.clinic_id in ppi) < statistics.fmean(
        serum_mean(h) for h in on_metformin if h.patient.clinic_id not in ppi
    )


def test_metformin_patients_decline_on_average() -> None:
    rows = clinic_rows(CLINIC, default_profile(), DEMO_TODAY)
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
    assert max(r.collected_on for r in results) <= DEMO_TODAY
    assert max(c.start for h in CLINIC for c in h.courses) <= DEMO_TODAY


def test_the_demo_is_dated_relative_to_today() -> None:
    later = demo_clinic(DEMO_TODAY + dt.timedelta(days=400))
    shift = [(b.results[-1].collected_on - a.results[-1].collected_on).days for a, b in zip(CLINIC, later, strict=True)]
    assert set(shift) == {400}
    last = [serum_results(h.results)[-1].collected_on for h in CLINIC]
    assert all(DEMO_TODAY - dt.timedelta(days=460) <= day <= DEMO_TODAY for day in last)
    retest = [r.retest_due for r in clinic_rows(CLINIC, default_profile(), DEMO_TODAY)]
    assert any(day is not None and day <= DEMO_TODAY for day in retest)  # some are overdue
    assert any(day is not None and day > DEMO_TODAY for day in retest)


def test_some_patients_took_a_break_from_metformin() -> None:
    breaks = [h for h in CLINIC if len(h.exposure.periods) > 1]
    assert len(breaks) >= 10
    assert all(h.exposure.taking(serum_results(h.results)[-1].collected_on) for h in breaks)


def test_each_group_is_drawn_at_the_study_s_diuretic_share() -> None:
    # Peters et al. 2013, Table 1: % on diuretics per group.  Each demo patient takes a thiazide
    # with that probability, so a group's share lies within three binomial standard deviations.
    diuretic = {"diet only": 18.3, "metformin only": 22.3, "sulfonylurea only": 26.4, "metformin + sulfonylurea": 17.9}
    for group, percent in diuretic.items():
        members = [h for h in CLINIC if treatment_group(h.courses) == group]
        share = sum(any(c.drug_class is DrugClass.THIAZIDE_DIURETIC for c in h.courses) for h in members) / len(members)
        p = percent / 100
        assert abs(share - p) <= 3 * math.sqrt(p * (1 - p) / len(members))


def _change_while_taking(drug_class: DrugClass, other: DrugClass) -> list[float]:
    """Per patient never on metformin (no decline is modelled) taking ``drug_class`` but not ``other``:
    mean serum mmol/L while taking it minus before it."""
    changes = []
    for history in CLINIC:
        courses = [c for c in history.courses if c.drug_class is drug_class]
        if history.metformin_start is not None or not courses or any(c.drug_class is other for c in history.courses):
            continue
        serum = [r for r in history.results if r.on_serum_trend]
        taking = [float(r.measurement.mmol_per_l) for r in serum if r.collected_on >= courses[0].start]
        before = [float(r.measurement.mmol_per_l) for r in serum if r.collected_on < courses[0].start]
        if taking and before:
            changes.append(statistics.fmean(taking) - statistics.fmean(before))
    return changes


def test_a_patient_s_results_are_lower_while_on_a_ppi_and_higher_while_on_a_supplement() -> None:
    # The direction Kurstjens et al. 2017 report for PPIs; the sizes are the demo's own (invented).
    ppi = _change_while_taking(DrugClass.PROTON_PUMP_INHIBITOR, DrugClass.MAGNESIUM_SUPPLEMENT)
    supplement = _change_while_taking(DrugClass.MAGNESIUM_SUPPLEMENT, DrugClass.PROTON_PUMP_INHIBITOR)
    assert len(ppi) >= 20
    assert len(supplement) >= 5
    assert statistics.fmean(ppi) < -0.025
    assert statistics.fmean(supplement) > 0.025

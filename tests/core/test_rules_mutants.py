"""Numbers, classes and dates the 0.3 mutation run of mgdesk/domain found untested (README, "Mutation testing").

Each test pins an answer that a one-token change in the domain got wrong
without any core test noticing: whole months and spans at their edges, the
sentence about a duplicate without a collection time, mix-up warnings past a
unit that cannot hold the number, and the cohort drawn from the store's
arrays (patients never on metformin, points of patients not drawn).
"""

from __future__ import annotations

import datetime as dt
import importlib.resources
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mgdesk.domain.classify import classify
from mgdesk.domain.cohort import (
    CoMedicationFilter,
    PatientHistory,
    align_cohort,
    bin_medians,
    classes_with_metformin,
)
from mgdesk.domain.errors import ProfileError
from mgdesk.domain.exposure import TIME_MEANING
from mgdesk.domain.groups import group_table
from mgdesk.domain.measurement import Measurement, parse_measurement
from mgdesk.domain.profile import MAX_PROFILE_BYTES, Category, LabProfile, default_profile, load_profile
from mgdesk.domain.records import DrugClass, MagnesiumResult, MedicationCourse, Patient, parse_dose
from mgdesk.domain.samples import SameSample, SampleIndex, ranges_overlap
from mgdesk.domain.timing import Span, span_between, whole_months
from mgdesk.domain.trend import TrendSummary, latest_json, metformin_json, summarize, summary_json
from mgdesk.domain.units import MgUnit
from mgdesk.domain.worklist import WorkState, needs_review, work_state, worklist_key

D = dt.date
EPOCH = D(1970, 1, 1)


def result(day: dt.date, text: str, at: dt.time | None = None) -> MagnesiumResult:
    measurement = parse_measurement(text)
    return MagnesiumResult(day, measurement, str(measurement.unit), collected_at=at)


# -- time as a clinician reads it -------------------------------------------------------


def test_no_months_pass_within_a_day() -> None:
    assert whole_months(D(2023, 5, 17), D(2023, 5, 17)) == 0
    assert span_between(D(2023, 5, 17), D(2023, 5, 17)) == Span(0, 0, 0)


@pytest.mark.parametrize(
    ("start", "end", "span"),
    [
        (D(2023, 1, 15), D(2023, 2, 14), Span(0, 0, 30)),  # a day short of a month: days
        (D(2023, 1, 15), D(2023, 2, 15), Span(0, 1, 0)),  # one whole month
        (D(2022, 1, 15), D(2023, 1, 15), Span(1, 0, 0)),
        (D(2022, 1, 15), D(2023, 2, 15), Span(1, 1, 0)),  # 13 months: a year and a month
        (D(2021, 1, 15), D(2023, 1, 14), Span(1, 11, 0)),  # 23 months
        (D(2021, 1, 15), D(2023, 1, 15), Span(2, 0, 0)),
        (D(2010, 3, 1), D(2023, 3, 1), Span(13, 0, 0)),  # 156 months
    ],
)
def test_a_span_is_whole_years_and_months_or_days_under_a_month(start: dt.date, end: dt.date, span: Span) -> None:
    assert span_between(start, end) == span
    assert span.total_months == whole_months(start, end)


# -- one sample, one result -------------------------------------------------------------


def test_a_duplicate_of_a_result_without_a_time_names_only_its_day() -> None:
    kept = result(D(2023, 1, 5), "0.74 mmol/L")
    duplicate = SameSample(3, result(D(2023, 1, 5), "1.80 mg/dL"), kept)
    assert duplicate.sentence() == (
        "1.80 mg/dL is the same sample as 0.74 mmol/L (serum, 2023-01-05), reported in mg/dL instead of mmol/L"
    )
    timed = SameSample(
        3, result(D(2023, 1, 5), "0.74 mmol/L", dt.time(8)), result(D(2023, 1, 5), "0.74 mmol/L", dt.time(8))
    )
    assert timed.sentence() == "0.74 mmol/L is the same sample as 0.74 mmol/L (serum, 2023-01-05 08:00)"


# -- mix-up warnings --------------------------------------------------------------------


def test_mix_up_warnings_go_on_past_a_unit_that_cannot_hold_the_number() -> None:
    # A lab whose normal band starts low (its own threshold 0.25 mmol/L): 300 mg/L is
    # 12.3 mmol/L, critical high.  As mg/dL or mmol/L the number is implausible, as
    # umol/L it is 0.300 mmol/L, normal: that unit is still named.
    profile = LabProfile(
        name="low-normal lab",
        critical_low_below=Decimal("0.15"),
        low_below=Decimal("0.25"),
        high_above=Decimal("1.05"),
        critical_high_above=Decimal("2.00"),
        hypomagnesemia_below=Decimal("0.25"),
    )
    result = classify(Measurement(Decimal(300), MgUnit.MG_L), profile)
    assert result.category is Category.CRITICAL_HIGH
    assert [(w.unit, w.mmol_per_l, w.shown) for w in result.mix_ups] == [(MgUnit.UMOL_L, Decimal("0.300"), "0.300")]


def test_a_critical_low_value_in_the_first_unit_still_warns() -> None:
    # mg/dL is the first unit: the search for mix-ups skips it and goes on.
    assert [w.unit for w in classify(parse_measurement("0.8 mg/dL")).mix_ups] == [MgUnit.MMOL_L]


# -- the cohort from the store's arrays -------------------------------------------------


def metformin(start: dt.date, stop: dt.date | None = None) -> MedicationCourse:
    return MedicationCourse(DrugClass.METFORMIN, "metformin", start, stop, Decimal(1000))


def sulfonylurea(start: dt.date) -> MedicationCourse:
    return MedicationCourse(DrugClass.SULFONYLUREA, "gliclazide", start, None, Decimal(80))


def test_a_days_results_are_drawn_in_collection_order() -> None:
    # Entered 14:00 first, then 08:00: the line runs 08:00 -> 14:00.
    history = PatientHistory(
        Patient("TWO-DRAWS"),
        (metformin(D(2020, 1, 1)),),
        (
            result(D(2021, 3, 1), "0.90 mmol/L", dt.time(14)),
            result(D(2021, 3, 1), "0.70 mmol/L", dt.time(8)),
            result(D(2021, 3, 1), "0.80 mmol/L"),  # no time: the start of the day
        ),
    )
    assert align_cohort([history]).mmol_per_l.tolist() == pytest.approx([0.80, 0.70, 0.90])


def test_a_drug_started_on_the_day_metformin_stopped_was_taken_with_it() -> None:
    stopped = metformin(D(2018, 1, 1), D(2019, 6, 30))
    on_stop_day = MedicationCourse(DrugClass.SULFONYLUREA, "gliclazide", D(2019, 6, 30), None, Decimal(80))
    ended_on_start_day = MedicationCourse(
        DrugClass.PROTON_PUMP_INHIBITOR, "omeprazole", D(2010, 1, 1), D(2018, 1, 1), None
    )
    day_after = MedicationCourse(DrugClass.LOOP_DIURETIC, "furosemide", D(2019, 7, 1), None, Decimal(40))
    assert classes_with_metformin([stopped, on_stop_day, ended_on_start_day, day_after]) == {
        DrugClass.METFORMIN,
        DrugClass.SULFONYLUREA,
        DrugClass.PROTON_PUMP_INHIBITOR,
    }


def test_a_filter_naming_exactly_the_classes_taken_matches() -> None:
    courses = [metformin(D(2018, 1, 1)), sulfonylurea(D(2019, 1, 1))]
    both = CoMedicationFilter("both", frozenset({DrugClass.METFORMIN, DrugClass.SULFONYLUREA}))
    assert both.matches(courses)
    assert not both.matches(courses[:1])


# -- the cohort's bin medians -----------------------------------------------------------


def test_bin_medians_of_nothing_are_four_empty_arrays() -> None:
    medians = bin_medians([], [])
    for array in (medians.start, medians.middle, medians.median, medians.count):
        assert isinstance(array, np.ndarray)
        assert array.shape == (0,)


@given(
    st.lists(
        st.tuples(
            st.one_of(st.floats(-120, 400), st.floats(-(10**7), 10**7)),  # absurd months take the other sort
            st.floats(0.2, 2.0),
        ),
        min_size=1,
        max_size=40,
    ),
    st.sampled_from([0.5, 1.0, 3.0, 6.0, 12.0]),
)
def test_bin_medians_are_the_median_of_each_bin(points: list[tuple[float, float]], width: float) -> None:
    months = np.array([m for m, _ in points])
    values = np.array([v for _, v in points])
    medians = bin_medians(months, values, bin_months=width)
    assert medians.count.sum() == len(points)
    for start, middle, median, count in zip(medians.start, medians.middle, medians.median, medians.count, strict=True):
        inside = np.floor(months / width) * width == start
        assert count == inside.sum()
        assert middle == pytest.approx(start + width / 2)
        assert median == pytest.approx(np.median(values[inside]))


# -- the worklist -----------------------------------------------------------------------

TODAY = D(2024, 6, 1)
ON_METFORMIN = (metformin(D(2020, 1, 1)),)


def summary_of(text: str | None, taken: dt.date, profile: LabProfile | None = None) -> TrendSummary:
    results = [] if text is None else [result(taken, text)]
    return summarize(ON_METFORMIN, results, profile or default_profile(), TODAY)


def test_what_waits_for_review() -> None:
    assert needs_review(summary_of("<0.8 mmol/L", D(2024, 5, 1)))  # indeterminate: a clinician decides
    assert needs_review(summary_of("0.60 mmol/L", D(2024, 5, 1)))  # low
    assert needs_review(summary_of("0.30 mmol/L", D(2024, 5, 1)))  # critical low
    assert not needs_review(summary_of("0.85 mmol/L", D(2024, 5, 1)))  # normal, re-test in 11 months
    assert not needs_review(summary_of("0.85 mmol/L", D(2023, 1, 1)))  # normal but overdue: a re-test, not a review
    assert not needs_review(summary_of(None, TODAY))  # no result to review


def test_a_value_below_the_threshold_is_low_on_the_worklist_whatever_its_band() -> None:
    # A clinic whose low band ends at 0.66 keeps the literature's 0.70 threshold: 0.68 is
    # in its normal band yet below the threshold; a clinic whose low band ends at 0.75
    # classes 0.72 low though it is above the threshold.  Both are "low" on the worklist.
    normal_band_below = LabProfile("low edge 0.66", Decimal("0.40"), Decimal("0.66"), Decimal("1.05"), Decimal("2.00"))
    low_band_above = LabProfile("low edge 0.75", Decimal("0.40"), Decimal("0.75"), Decimal("1.05"), Decimal("2.00"))
    below = summary_of("0.68 mmol/L", D(2024, 5, 1), normal_band_below)
    assert below.latest.value is not None
    assert below.latest.value.classification.category is Category.NORMAL
    assert work_state(below) is WorkState.LOW
    low = summary_of("0.72 mmol/L", D(2024, 5, 1), low_band_above)
    assert low.latest.value is not None
    assert low.latest.value.below_threshold is False
    assert work_state(low) is WorkState.LOW


def test_the_worklist_key_puts_unreviewed_first_then_the_longest_overdue() -> None:
    low = summary_of("0.60 mmol/L", D(2024, 5, 1))
    assert worklist_key(low, "A", reviewed=False) == (WorkState.LOW.rank, 0, 0, "A")
    assert worklist_key(low, "A", reviewed=True) == (WorkState.LOW.rank, 1, 0, "A")
    scheduled = summary_of("0.85 mmol/L", D(2024, 5, 1))  # due 2025-05-01, not overdue
    assert worklist_key(scheduled, "B", reviewed=False) == (WorkState.UP_TO_DATE.rank, 1, 0, "B")
    overdue = summary_of("0.85 mmol/L", D(2023, 1, 1))  # due 2024-01-01: 152 days overdue
    assert worklist_key(overdue, "C", reviewed=False) == (WorkState.OVERDUE.rank, 1, -152, "C")
    nothing = summarize([], [], default_profile(), TODAY)
    assert worklist_key(nothing, "D", reviewed=False) == (WorkState.UP_TO_DATE.rank, 1, 0, "D")


# -- the trend's JSON -------------------------------------------------------------------


def test_json_months_on_metformin_keep_one_decimal() -> None:
    # 2020-01-01 to 2024-06-01 is 1613 days: 52.99 months, shown 53.0; 100 days are 3.29 months, shown 3.3.
    summary = summary_of("0.85 mmol/L", D(2020, 4, 10))
    data = summary_json(summary)
    assert data["time_on_metformin"] == {"meaning": TIME_MEANING, "cumulative_months_to_today": 53.0}
    assert metformin_json(summary.exposure, D(2020, 4, 10)) == {"phase": "on", "cumulative_months": 3.3}
    partial = summarize(ON_METFORMIN, [], default_profile(), D(2020, 4, 10))
    assert summary_json(partial)["time_on_metformin"] == {"meaning": TIME_MEANING, "cumulative_months_to_today": 3.3}


def test_json_for_a_patient_never_on_metformin_has_no_time_on_it() -> None:
    summary = summarize([], [result(D(2024, 1, 1), "0.85 mmol/L")], default_profile(), TODAY)
    data = summary_json(summary)
    assert data["time_on_metformin"] == {"meaning": TIME_MEANING, "cumulative_months_to_today": None}
    latest = data["latest"]
    assert isinstance(latest, dict)
    assert latest["metformin"] is None
    assert summary.latest.value is not None
    assert latest_json(summary.latest.value)["metformin"] is None  # type: ignore[index]


# -- the treatment-group table ----------------------------------------------------------


def test_group_table_counts_each_latest_result_against_the_clinics_threshold() -> None:
    # A clinic threshold of 0.80 mmol/L: 0.75 is below it (not below the literature's 0.70),
    # "<0.85" and "<0.9" could lie on either side and count only in n.
    clinic = LabProfile(
        "clinic 0.80", Decimal("0.40"), Decimal("0.70"), Decimal("1.05"), Decimal("2.00"), Decimal("0.80")
    )
    on = (metformin(D(2020, 1, 1)),)

    def patient(name: str, courses: tuple[MedicationCourse, ...], *texts: str) -> PatientHistory:
        return PatientHistory(Patient(name), courses, tuple(result(D(2023, 1, 1 + k), t) for k, t in enumerate(texts)))

    histories = [
        patient("NO-RESULT", on),  # nothing to count, and the count goes on
        patient("M1", on, "0.90 mmol/L", "0.60 mmol/L"),  # the latest counts: 0.60
        patient("M2", on, "<0.85 mmol/L"),
        patient("M3", on, "0.65 mmol/L"),
        patient("M4", on, "<0.9 mmol/L"),
        patient("M5", on, "0.90 mmol/L"),
        patient("D1", (), "0.75 mmol/L"),
    ]
    rows = {row.group: row for row in group_table(histories, clinic)}
    metformin_only = rows["metformin only"]
    assert (metformin_only.n, metformin_only.uncertain) == (5, 2)
    assert metformin_only.mean_mmol_per_l == pytest.approx((0.60 + 0.65 + 0.90) / 3)
    assert metformin_only.sd_mmol_per_l == pytest.approx(0.1607, abs=1e-4)  # sample SD of 0.60, 0.65, 0.90
    assert metformin_only.percent_below == pytest.approx(200 / 3)
    diet = rows["diet only"]
    assert (diet.n, diet.uncertain, diet.sd_mmol_per_l, diet.percent_below) == (1, 0, None, 100.0)
    assert diet.mean_mmol_per_l == pytest.approx(0.75)
    empty = rows["sulfonylurea only"]
    assert (empty.n, empty.mean_mmol_per_l, empty.sd_mmol_per_l, empty.percent_below) == (0, None, None, None)


# -- doses and duplicates ---------------------------------------------------------------


def test_a_one_milligram_dose_is_a_dose() -> None:
    assert parse_dose("1 mg") == Decimal(1)  # glimepiride starts at 1 mg a day
    assert parse_dose("0.5") == Decimal("0.5")


def test_touching_ranges_are_two_readings_in_either_order() -> None:
    low, high = parse_measurement("0.74 mmol/L"), parse_measurement("0.75 mmol/L")
    assert not ranges_overlap(low, high)
    assert not ranges_overlap(high, low)


def test_a_result_added_to_the_index_is_found_again_in_another_unit() -> None:
    index = SampleIndex()
    kept = result(D(2023, 1, 5), "0.74 mmol/L", dt.time(8))
    index.add("patient 1", kept)
    assert index.keep_new("patient 1", result(D(2023, 1, 5), "1.80 mg/dL", dt.time(8))) == kept
    assert index.keep_new("patient 2", result(D(2023, 1, 5), "1.80 mg/dL", dt.time(8))) is None  # another patient
    assert index.keep_new("patient 1", result(D(2023, 1, 5), "0.74 mmol/L", dt.time(14))) is None  # another draw


def test_a_profile_of_exactly_the_size_limit_is_read(tmp_path: Path) -> None:
    # A clinic's profile with long source notes may use the whole 64 KB; one byte more is refused.
    text = (importlib.resources.files("mgdesk.domain") / "default_profile.toml").read_text("utf-8")
    padding = MAX_PROFILE_BYTES - len(text.encode("utf-8")) - 1
    path = tmp_path / "clinic.toml"
    path.write_bytes(("#" + "x" * (padding - 1) + "\n" + text).encode("utf-8"))
    assert path.stat().st_size == MAX_PROFILE_BYTES
    assert load_profile(path) == default_profile()
    path.write_bytes(("#" + "x" * padding + "\n" + text).encode("utf-8"))
    with pytest.raises(ProfileError, match="larger than 64 KB"):
        load_profile(path)

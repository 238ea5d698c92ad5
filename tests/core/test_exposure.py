"""Time on metformin is cumulative exposure: course durations summed, gaps not counted."""

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mgdesk.domain.cohort import PatientHistory, align_cohort
from mgdesk.domain.exposure import (
    MetforminExposure,
    MetforminPhase,
    months_on_metformin,
)
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.messages import english
from mgdesk.domain.profile import default_profile
from mgdesk.domain.records import DrugClass, MagnesiumResult, MedicationCourse, Patient
from mgdesk.domain.trend import summarize, summary_json

D = dt.date
EPOCH = D(1970, 1, 1)


def metformin(start: dt.date, stop: dt.date | None = None, dose: int = 1000) -> MedicationCourse:
    return MedicationCourse(DrugClass.METFORMIN, "metformin", start, stop, Decimal(dose))


# On metformin through 2015, off 2016-2019, back on since 2020.
STOP_AND_RESTART = (metformin(D(2015, 1, 1), D(2015, 12, 31)), metformin(D(2020, 1, 1)))


def result(day: dt.date, text: str) -> MagnesiumResult:
    measurement = parse_measurement(text)
    return MagnesiumResult(day, measurement, str(measurement.unit))


def test_a_four_year_gap_is_not_time_on_metformin() -> None:
    # 365 days in 2015 + 1096 days from 2020 to 2023: 1461 days, 48 months (not 96).
    assert months_on_metformin(STOP_AND_RESTART, D(2023, 1, 1)) == pytest.approx(48.0, abs=0.01)
    exposure = MetforminExposure.of(STOP_AND_RESTART)
    assert exposure.days(D(2023, 1, 1)) == 1461
    assert exposure.days(D(2017, 6, 1)) == 365  # nothing added while off
    assert exposure.days(D(2014, 12, 1)) == -31  # before the first start: calendar time, negative
    assert exposure.days(D(2015, 1, 1)) == 0


def test_phases_before_on_and_off() -> None:
    exposure = MetforminExposure.of(STOP_AND_RESTART)
    assert exposure.phase(D(2014, 12, 31)) is MetforminPhase.BEFORE
    assert exposure.phase(D(2015, 12, 31)) is MetforminPhase.ON  # the stop day is a day taken
    assert exposure.phase(D(2016, 1, 1)) is MetforminPhase.OFF
    assert exposure.phase(D(2020, 1, 1)) is MetforminPhase.ON
    assert MetforminExposure.of([]).phase(D(2020, 1, 1)) is None
    stopped = MetforminExposure.of([metformin(D(2020, 1, 1), D(2020, 6, 30))])
    assert stopped.phase(D(2021, 1, 1)) is MetforminPhase.OFF


def test_overlapping_and_back_to_back_courses_count_once() -> None:
    courses = [
        metformin(D(2020, 1, 1), D(2020, 12, 31), 500),
        metformin(D(2020, 6, 1), D(2020, 8, 31), 500),  # a second tablet taken alongside
        metformin(D(2021, 1, 1), D(2021, 12, 31), 1000),  # a dose step the next day
        MedicationCourse(DrugClass.SULFONYLUREA, "gliclazide", D(2019, 1, 1)),
    ]
    exposure = MetforminExposure.of(courses)
    assert exposure.periods == ((D(2020, 1, 1), D(2021, 12, 31)),)
    assert exposure.days(D(2022, 1, 1)) == 731
    ongoing = MetforminExposure.of([metformin(D(2020, 1, 1)), metformin(D(2020, 3, 1), D(2020, 4, 1))])
    assert ongoing.periods == ((D(2020, 1, 1), None),)


def test_slope_is_per_cumulative_year_and_leaves_out_results_off_the_drug() -> None:
    # 0.90 falling 0.05 per year *of exposure*; 2016-2019 off the drug with a recovered 1.00 in 2017.
    results = [
        result(D(2015, 1, 1), "0.90 mmol/L"),
        result(D(2015, 12, 31), "0.85 mmol/L"),
        result(D(2017, 6, 1), "1.00 mmol/L"),
        result(D(2021, 1, 1), "0.80 mmol/L"),
        result(D(2022, 1, 1), "0.75 mmol/L"),
    ]
    summary = summarize(STOP_AND_RESTART, results, default_profile(), today=D(2022, 6, 1))
    fit = summary.slope.value
    assert fit is not None
    assert fit.n == 4
    assert fit.slope == pytest.approx(-0.05, abs=0.002)
    assert "cumulative years on metformin" in english(summary.slope.how)
    assert "1 result taken off metformin is left out" in english(summary.slope.how)
    means = summary.means.value
    assert means is None  # no result before the first start
    assert summary.n_off_metformin == 1
    payload = summary_json(summary)
    assert payload["results_off_metformin"] == 1
    assert payload["time_on_metformin"] == {
        "meaning": "cumulative time on metformin (days off the drug not counted)",
        "cumulative_months_to_today": pytest.approx(41.0, abs=0.1),
    }
    latest = payload["latest"]
    assert isinstance(latest, dict)
    assert latest["metformin"] == {"phase": "on", "cumulative_months": pytest.approx(36.0, abs=0.1)}


def test_the_after_mean_leaves_out_results_off_the_drug() -> None:
    results = [
        result(D(2014, 6, 1), "0.95 mmol/L"),
        result(D(2015, 6, 1), "0.80 mmol/L"),
        result(D(2017, 6, 1), "1.10 mmol/L"),  # off metformin
        result(D(2021, 6, 1), "0.70 mmol/L"),
    ]
    summary = summarize(STOP_AND_RESTART, results, default_profile(), today=D(2022, 1, 1))
    means = summary.means.value
    assert means is not None
    assert (means.n_before, means.n_after) == (1, 2)
    assert means.after == pytest.approx(0.75)
    latest_off = summarize(STOP_AND_RESTART, results[:3], default_profile(), today=D(2018, 1, 1))
    latest = summary_json(latest_off)["latest"]
    assert isinstance(latest, dict)
    assert latest["metformin"] == {"phase": "off", "cumulative_months": pytest.approx(12.0, abs=0.05)}


def test_the_projected_crossing_assumes_treatment_goes_on_from_today() -> None:
    exposure = MetforminExposure.of(STOP_AND_RESTART)
    assert exposure.day_at_years(0.5, D(2023, 1, 1)) == D(2015, 1, 1) + dt.timedelta(days=183)
    # 3 years = 1095.75 days, rounded to 1096: 731 days after the restart.
    assert exposure.day_at_years(3.0, D(2023, 1, 1)) == D(2022, 1, 1)
    # 1461 days taken by 2023-01-01; 5 years = 1826 days, 365 more from today.
    assert exposure.day_at_years(5.0, D(2023, 1, 1)) == D(2024, 1, 1)


def test_cohort_alignment_uses_cumulative_time_and_leaves_out_gaps() -> None:
    history = PatientHistory(
        Patient("GAP"),
        STOP_AND_RESTART,
        (
            result(D(2014, 12, 1), "0.95 mmol/L"),
            result(D(2017, 1, 1), "1.00 mmol/L"),
            result(D(2023, 1, 1), "0.80 mmol/L"),
        ),
    )
    aligned = align_cohort([history])
    assert aligned.months == pytest.approx([-31 / (365.25 / 12), 48.0], abs=0.01)
    assert aligned.mmol_per_l == pytest.approx([0.95, 0.8])  # the result taken off metformin is left out


day_strategy = st.dates(min_value=D(2000, 1, 1), max_value=D(2030, 12, 31))


@st.composite
def course_lists(draw: st.DrawFn) -> list[MedicationCourse]:
    courses = []
    for _ in range(draw(st.integers(1, 5))):
        start = draw(day_strategy)
        length = draw(st.one_of(st.none(), st.integers(0, 2000)))
        stop = None if length is None else start + dt.timedelta(days=length)
        courses.append(metformin(start, stop))
    return courses


@given(course_lists(), day_strategy)
def test_exposure_is_the_number_of_distinct_days_taken_before_the_date(
    courses: list[MedicationCourse], day: dt.date
) -> None:
    exposure = MetforminExposure.of(courses)
    first = min(c.start for c in courses)
    taken = {
        first + dt.timedelta(days=i)
        for i in range(max((day - first).days, 0))
        if any(c.active_on(first + dt.timedelta(days=i)) for c in courses)
    }
    expected = len(taken) if day >= first else (day - first).days
    assert exposure.days(day) == expected
    assert exposure.taking(day) == any(c.active_on(day) for c in courses)

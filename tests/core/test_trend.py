"""One patient's trend numbers, checked against hand-computed cases."""

import datetime as dt
import json
from decimal import Decimal

import pytest

from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.messages import english
from mgdesk.domain.profile import Category, default_profile
from mgdesk.domain.records import DrugClass, MagnesiumResult, MedicationCourse, Specimen
from mgdesk.domain.trend import add_months, summarize, summary_json

D = dt.date
PROFILE = default_profile()
START = D(2020, 1, 1)
METFORMIN = [
    MedicationCourse(DrugClass.METFORMIN, "metformin", START, D(2020, 6, 30), Decimal(500)),
    MedicationCourse(DrugClass.METFORMIN, "metformin", D(2020, 7, 1), None, Decimal(1000)),
]


def result(day: dt.date, text: str, specimen: Specimen = Specimen.SERUM) -> MagnesiumResult:
    measurement = parse_measurement(text)
    return MagnesiumResult(day, measurement, str(measurement.unit), specimen)


def yearly(*values: str) -> list[MagnesiumResult]:
    """Results on 1 January of 2020, 2021, ... (mmol/L)."""
    return [result(D(2020 + i, 1, 1), f"{v} mmol/L") for i, v in enumerate(values)]


FALLING = yearly("0.90", "0.85", "0.80", "0.75")  # 0.05 mmol/L a year from 0.90


def test_falling_005_per_year_from_090_crosses_070_four_years_after_start() -> None:
    summary = summarize(METFORMIN, FALLING, PROFILE, today=D(2023, 6, 1))
    fit = summary.slope.value
    assert fit is not None
    # x is in 365.25-day years, so 1 January each year is within a day of whole years.
    assert fit.slope == pytest.approx(-0.05, abs=2e-4)
    crossing = summary.projected_crossing.value
    assert crossing is not None
    assert abs((crossing - D(2024, 1, 1)).days) <= 1
    assert summary.falling_alert.value
    assert "On:" in english(summary.falling_alert.how)


def test_no_alert_when_the_crossing_is_more_than_12_months_away() -> None:
    slow = yearly("0.95", "0.93", "0.91", "0.89")  # 0.02 a year: 0.70 after about 12.5 years
    summary = summarize(METFORMIN, slow, PROFILE, today=D(2023, 6, 1))
    crossing = summary.projected_crossing.value
    assert crossing is not None
    assert crossing.year in (2032, 2033)
    assert not summary.falling_alert.value


def test_no_alert_when_the_latest_value_is_already_below() -> None:
    summary = summarize(METFORMIN, yearly("0.90", "0.82", "0.74", "0.66"), PROFILE, today=D(2023, 6, 1))
    assert summary.projected_crossing.value is not None
    assert not summary.falling_alert.value
    assert "already below" in english(summary.falling_alert.how)


def test_a_crossing_already_passed_with_a_normal_latest_value_still_alerts() -> None:
    # Fitted line about 0.896 - 0.051 x reaches 0.70 at about 3.8 years; the last value, 0.70, is not below.
    values = yearly("0.90", "0.84", "0.78", "0.72", "0.70")
    summary = summarize(METFORMIN, values, PROFILE, today=D(2024, 2, 1))
    crossing = summary.projected_crossing.value
    assert crossing is not None
    assert D(2023, 9, 1) < crossing < D(2024, 1, 1)
    assert "already reached" in english(summary.projected_crossing.how)
    assert summary.falling_alert.value


def test_no_projection_when_the_interval_includes_zero() -> None:
    noisy = yearly("1.00", "0.90", "0.95", "0.80", "0.85")  # slope -0.04, 95% CI about [-0.095, 0.015]
    summary = summarize(METFORMIN, noisy, PROFILE, today=D(2024, 6, 1))
    fit = summary.slope.value
    assert fit is not None
    assert fit.slope_ci[0] < 0 < fit.slope_ci[1]
    assert summary.projected_crossing.value is None
    assert "excludes zero" in english(summary.projected_crossing.how)
    assert not summary.falling_alert.value


def test_too_few_results() -> None:
    summary = summarize(METFORMIN, FALLING[:2], PROFILE, today=D(2023, 6, 1))
    assert summary.slope.value is None
    assert english(summary.slope.how).startswith("Too few results")
    same_day = [result(D(2021, 3, 1), v) for v in ("0.80 mmol/L", "0.82 mmol/L", "0.81 mmol/L")]
    assert summarize(METFORMIN, same_day, PROFILE, today=D(2023, 6, 1)).slope.value is None
    payload = summary_json(summarize(METFORMIN, FALLING[:2], PROFILE, today=D(2023, 6, 1)))
    assert payload["slope_mmol_per_l_per_year"] is None
    assert payload["slope_ci95"] is None


def test_slope_uses_only_time_on_metformin() -> None:
    before = [result(D(2019, 1, 1), "0.50 mmol/L"), result(D(2019, 6, 1), "0.55 mmol/L")]
    with_before = summarize(METFORMIN, before + FALLING, PROFILE, today=D(2023, 6, 1)).slope.value
    alone = summarize(METFORMIN, FALLING, PROFILE, today=D(2023, 6, 1)).slope.value
    assert with_before is not None
    assert alone is not None
    assert with_before.slope == alone.slope
    assert with_before.n == 4


def test_mean_before_and_after_metformin_start() -> None:
    results = [
        result(D(2019, 6, 1), "0.90 mmol/L"),
        result(D(2019, 9, 1), "2.09 mg/dL"),  # 0.8599 mmol/L
        result(START, "0.80 mmol/L"),
        result(D(2021, 1, 1), "1.56 mEq/L"),  # 0.78 mmol/L
    ]
    means = summarize(METFORMIN, results, PROFILE, today=D(2022, 1, 1)).means.value
    assert means is not None
    assert means.before == pytest.approx((0.90 + 2.09 * 0.411438) / 2, abs=1e-5)
    assert (means.n_before, means.n_after) == (2, 2)
    assert means.after == pytest.approx(0.79)
    assert summarize(METFORMIN, FALLING, PROFILE, today=D(2023, 6, 1)).means.value is None


def test_urine_and_red_cell_results_are_left_out_of_everything() -> None:
    extra = [
        result(D(2023, 2, 1), "3.0 mmol/L", Specimen.URINE),
        result(D(2023, 3, 1), "0.30 mmol/L", Specimen.URINE),
        result(D(2023, 3, 2), "2.2 mmol/L", Specimen.RED_CELL),
    ]
    plain = summarize(METFORMIN, FALLING, PROFILE, today=D(2023, 6, 1))
    mixed = summarize(METFORMIN, FALLING + extra, PROFILE, today=D(2023, 6, 1))
    assert mixed.n.value == 4
    assert "3 urine or red-cell" in english(mixed.n.how)
    assert summary_json(mixed) == summary_json(plain)


def test_latest_value_days_since_and_share_below() -> None:
    results = [
        *yearly("0.80", "0.75"),
        result(D(2022, 3, 1), "1.70 mg/dL"),  # 0.6994 mmol/L: low, and borderline as written
        result(D(2021, 6, 1), "<0.50 mmol/L"),
    ]
    summary = summarize(METFORMIN, results, PROFILE, today=D(2022, 4, 1))
    assert summary.n.value == 4
    assert summary.days_since_last.value == 31
    assert summary.fraction_below.value == pytest.approx(0.5)
    latest = summary_json(summary)["latest"]
    assert latest == {
        "date": "2022-03-01",
        "value": "1.70",
        "unit": "mg/dL",
        "mmol_per_l": pytest.approx(0.69944, abs=1e-5),
        "category": "low",
        "below_threshold": True,
        "borderline": True,
        "metformin": {"phase": "on", "cumulative_months": 26.0},
    }


def test_qualified_results_count_but_are_not_fitted() -> None:
    results = [*FALLING, result(D(2022, 6, 1), "<0.80 mmol/L")]
    summary = summarize(METFORMIN, results, PROFILE, today=D(2023, 6, 1))
    fit = summary.slope.value
    assert fit is not None
    assert fit.n == 4
    assert summary.n.value == 5
    assert summary.fraction_below.value == 0  # "<0.80" may or may not be below 0.70


def test_retest_due_12_months_after_the_last_result_on_metformin() -> None:
    summary = summarize(METFORMIN, FALLING, PROFILE, today=D(2023, 6, 1))
    assert summary.retest_due.value == D(2024, 1, 1)
    assert "12 months" in english(summary.retest_due.how)


def test_retest_due_3_months_after_a_low_result() -> None:
    results = [*FALLING, result(D(2023, 11, 30), "0.65 mmol/L")]
    summary = summarize(METFORMIN, results, PROFILE, today=D(2023, 12, 5))
    assert summary.latest.value is not None
    assert summary.latest.value.classification.category is Category.LOW
    assert summary.retest_due.value == D(2024, 2, 29)  # clamped to the end of February


def test_an_indeterminate_latest_result_is_retested_as_soon_as_a_low_one() -> None:
    """ "<0.80 mmol/L" may be below 0.70: its re-test is the after-low interval (3 months), not the yearly one."""
    results = [*FALLING, result(D(2023, 11, 30), "<0.80 mmol/L")]
    summary = summarize(METFORMIN, results, PROFILE, today=D(2023, 12, 5))
    assert summary.latest.value is not None
    assert summary.latest.value.classification.category is Category.INDETERMINATE
    assert summary.retest_due.value == D(2024, 2, 29)
    assert "may be below the threshold" in english(summary.retest_due.how)
    not_on_metformin = [MedicationCourse(DrugClass.METFORMIN, "metformin", START, D(2022, 1, 1))]
    assert summarize(not_on_metformin, results, PROFILE, today=D(2023, 12, 5)).retest_due.value == D(2024, 2, 29)


def test_retest_due_follows_the_profile() -> None:
    profile = PROFILE.__class__(
        **{
            **{k: getattr(PROFILE, k) for k in PROFILE.__dataclass_fields__},
            "retest_months_on_metformin": 6,
        }
    )
    assert summarize(METFORMIN, FALLING, profile, today=D(2023, 6, 1)).retest_due.value == D(2023, 7, 1)


def test_retest_rules_without_metformin_or_without_results() -> None:
    stopped = [MedicationCourse(DrugClass.METFORMIN, "metformin", START, D(2022, 1, 1))]
    assert summarize(stopped, FALLING, PROFILE, today=D(2023, 6, 1)).retest_due.value is None
    no_results = summarize(METFORMIN, [], PROFILE, today=D(2023, 6, 1))
    assert no_results.retest_due.value == START
    assert summary_json(no_results) == {
        "n": 0,
        "latest": None,
        "slope_mmol_per_l_per_year": None,
        "slope_ci95": None,
        "fraction_below": None,
        "projected_crossing": None,
        "falling_alert": False,
        "retest_due": "2020-01-01",
        "time_on_metformin": {
            "meaning": "cumulative time on metformin (days off the drug not counted)",
            "cumulative_months_to_today": 41.0,
        },
        "results_off_metformin": 0,
    }


def test_never_on_metformin_has_no_slope() -> None:
    summary = summarize([], FALLING, PROFILE, today=D(2023, 6, 1))
    assert summary.slope.value is None
    assert "Never on metformin" in english(summary.slope.how)
    assert summary.means.value is None


def test_json_has_exactly_the_documented_keys_and_serialises() -> None:
    payload = summary_json(summarize(METFORMIN, FALLING, PROFILE, today=D(2023, 6, 1)))
    assert list(payload) == [
        "n",
        "latest",
        "slope_mmol_per_l_per_year",
        "slope_ci95",
        "fraction_below",
        "projected_crossing",
        "falling_alert",
        "retest_due",
        "time_on_metformin",
        "results_off_metformin",
    ]
    assert json.loads(json.dumps(payload))["slope_ci95"] == payload["slope_ci95"]
    assert payload["retest_due"] == "2024-01-01"
    assert isinstance(payload["projected_crossing"], str)


def test_every_figure_is_explained_in_one_sentence() -> None:
    summary = summarize(METFORMIN, FALLING, PROFILE, today=D(2023, 6, 1))
    figures = [
        summary.n,
        summary.latest,
        summary.days_since_last,
        summary.slope,
        summary.means,
        summary.fraction_below,
        summary.projected_crossing,
        summary.falling_alert,
        summary.retest_due,
    ]
    for figure in figures:
        assert english(figure.how).endswith(".")
        assert english(figure.how)[0].isupper()


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (D(2023, 1, 31), 1, D(2023, 2, 28)),
        (D(2023, 11, 15), 3, D(2024, 2, 15)),
        (D(2024, 2, 29), 12, D(2025, 2, 28)),
        (D(2023, 3, 31), -1, D(2023, 2, 28)),
    ],
)
def test_add_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected

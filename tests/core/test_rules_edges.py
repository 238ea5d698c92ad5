"""Edges the mutation run of mgdesk/domain found untested (README, "Mutation testing").

Each test pins a number, a class or a date that a one-token change in the
domain would get wrong: the display rule's minimum decimals and its last
resort, the trend JSON's interval and its null re-test date, the falling
alert's 12-month edge, a significantly rising slope, and qualified results
as the latest value.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from mgdesk.domain.classify import classify
from mgdesk.domain.measurement import Measurement, parse_measurement
from mgdesk.domain.messages import english
from mgdesk.domain.profile import Category, default_profile
from mgdesk.domain.records import DrugClass, MagnesiumResult, MedicationCourse
from mgdesk.domain.trend import Latest, _falling_alert, add_months, summarize, summary_json
from mgdesk.domain.units import MgUnit

D = dt.date
PROFILE = default_profile()
START = D(2020, 1, 1)
METFORMIN = [MedicationCourse(DrugClass.METFORMIN, "metformin", START, None, Decimal(500))]


def result(day: dt.date, text: str) -> MagnesiumResult:
    measurement = parse_measurement(text)
    return MagnesiumResult(day, measurement, str(measurement.unit))


def yearly(*values: str) -> list[MagnesiumResult]:
    return [result(D(2020 + i, 1, 1), f"{v} mmol/L") for i, v in enumerate(values)]


# -- the display rule -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("unit", "shown"),
    [
        (MgUnit.MG_DL, "2.4"),
        (MgUnit.MG_L, "24"),
        (MgUnit.MMOL_L, "1.00"),
        (MgUnit.UMOL_L, "1000"),
        (MgUnit.MEQ_L, "2.00"),
    ],
)
def test_minimum_decimals_of_every_unit(unit: MgUnit, shown: str) -> None:
    assert classify(parse_measurement("1 mmol/L")).shown(unit) == shown


def test_display_rule_last_resort_rounds_towards_the_values_own_side() -> None:
    # 1.7013490 mg/dL is 0.69999959 mmol/L, low: at six decimals it would round up to 0.700000
    # (normal), so it is rounded down instead.
    result = classify(Measurement(Decimal("1.7013490"), MgUnit.MG_DL))
    assert result.category is Category.LOW
    assert result.shown(MgUnit.MMOL_L) == "0.699999"
    # and upwards for a value just above an edge: 0.7000004 mmol/L is 1.701351 mg/dL, not 1.701350
    above = classify(Measurement(Decimal("0.7000004"), MgUnit.MMOL_L))
    assert above.shown(MgUnit.MG_DL) == "1.701351"


# -- the trend JSON ------------------------------------------------------------------------


def test_json_interval_has_both_ends_of_the_fit() -> None:
    summary = summarize(METFORMIN, yearly("0.90", "0.86", "0.79", "0.75"), PROFILE, today=D(2023, 6, 1))
    fit = summary.slope.value
    assert fit is not None
    data = summary_json(summary)
    low, high = data["slope_ci95"]  # type: ignore[misc]
    assert low == round(fit.slope_ci[0], 4)
    assert high == round(fit.slope_ci[1], 4)
    assert low < data["slope_mmol_per_l_per_year"] < high  # type: ignore[operator]


def test_json_retest_due_is_null_when_no_rule_applies() -> None:
    # Never on metformin and the latest value is normal: no re-test rule.
    summary = summarize([], [result(D(2023, 1, 1), "0.85 mmol/L")], PROFILE, today=D(2023, 6, 1))
    assert summary.retest_due.value is None
    assert summary_json(summary)["retest_due"] is None


def test_json_latest_of_a_qualified_result() -> None:
    summary = summarize(METFORMIN, [result(D(2023, 1, 1), "<0.70 mmol/L")], PROFILE, today=D(2023, 6, 1))
    latest = summary_json(summary)["latest"]
    assert isinstance(latest, dict)
    expected = {
        "date": "2023-01-01",
        "value": "<0.70",
        "unit": "mmol/L",
        "mmol_per_l": 0.7,
        "category": "low",
        "below_threshold": True,
        "borderline": True,
    }
    assert {key: latest[key] for key in expected} == expected
    cannot_tell = summarize(METFORMIN, [result(D(2023, 1, 1), "<0.8 mmol/L")], PROFILE, today=D(2023, 6, 1))
    latest = summary_json(cannot_tell)["latest"]
    assert isinstance(latest, dict)
    assert (latest["category"], latest["below_threshold"]) == ("indeterminate", None)
    assert cannot_tell.fraction_below.value == 0.0  # "cannot tell" is not counted as below


# -- the falling alert and the slope --------------------------------------------------------


def _latest(text: str) -> Latest:
    measurement = parse_measurement(text)
    c = classify(measurement, PROFILE)
    return Latest(MagnesiumResult(D(2023, 1, 1), measurement, str(measurement.unit)), c, c.below_threshold)


def test_falling_alert_is_on_up_to_twelve_months_ahead_and_off_after() -> None:
    today = D(2023, 6, 1)
    horizon = add_months(today, 12)
    assert horizon == D(2024, 6, 1)
    assert _falling_alert(horizon, _latest("0.80 mmol/L"), today).value is True
    assert _falling_alert(horizon + dt.timedelta(days=1), _latest("0.80 mmol/L"), today).value is False
    assert _falling_alert(horizon, _latest("0.60 mmol/L"), today).value is False
    # A latest value that cannot tell is not "already below": the alert stays on.
    assert _falling_alert(horizon, _latest("<0.8 mmol/L"), today).value is True
    assert _falling_alert(None, _latest("0.80 mmol/L"), today).value is False


def test_a_significantly_rising_slope_projects_no_crossing() -> None:
    summary = summarize(METFORMIN, yearly("0.75", "0.80", "0.86", "0.90"), PROFILE, today=D(2023, 6, 1))
    fit = summary.slope.value
    assert fit is not None
    assert fit.slope > 0
    assert fit.ci_excludes_zero
    assert summary.projected_crossing.value is None
    assert "only when the slope is negative" in english(summary.projected_crossing.how)
    assert summary.falling_alert.value is False

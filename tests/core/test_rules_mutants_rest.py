"""Numbers, classes and codes the 0.4 mutation run of mgdesk/domain found untested (README, "Mutation testing").

The modules the 0.3 run did not reach (display, lab, stats, units, the demo
clinic and the rest of profile, measurement and trend): each test pins an
answer that a one-token change in the domain got wrong without any core
test noticing, taken from the published source or the README's rule.
"""

from __future__ import annotations

import datetime as dt
import math
from decimal import Decimal

import numpy as np
import pytest

from mgdesk.domain.classify import classify
from mgdesk.domain.cohort import bin_medians
from mgdesk.domain.errors import ImplausibleValueError, InputError
from mgdesk.domain.lab import (
    ATC_SYSTEM,
    LOINC_SYSTEM,
    RXNORM_SYSTEM,
    drug_class_from_codes,
    flag_disagrees,
    names_magnesium,
)
from mgdesk.domain.measurement import Measurement, parse_measurement
from mgdesk.domain.records import DrugClass, MagnesiumResult
from mgdesk.domain.samples import SampleIndex
from mgdesk.domain.stats import fit_line, regularized_incomplete_beta, student_t_cdf
from mgdesk.domain.units import MgUnit, convert

# -- the display rule -------------------------------------------------------------------


def test_a_shown_value_exactly_half_way_is_rounded_half_up() -> None:
    # 1.000 mmol/L is exactly 2.4305 mg/dL (24.305 g/mol); its written
    # resolution (0.001 mmol/L = 0.0024 mg/dL) asks for 3 decimals, and the
    # half is rounded up as labs print it, never to the even 2.430.
    assert convert(Decimal("1.000"), MgUnit.MMOL_L, MgUnit.MG_DL) == Decimal("2.4305")
    assert classify(parse_measurement("1.000 mmol/L")).shown(MgUnit.MG_DL) == "2.431"
    assert classify(parse_measurement("1000 umol/L")).shown(MgUnit.MG_DL) == "2.431"


# -- lab codes --------------------------------------------------------------------------


def test_a_loinc_code_named_magnesium_is_never_offered_whatever_the_system_is_called() -> None:
    # LDH's LOINC 2532-0 sent with the name "Magnesium" (README, "The numbers").
    for system in ("LN", "LOINC", "loinc", " Loinc "):
        assert not names_magnesium("2532-0", system, "Magnesium")
    assert names_magnesium("MG", "L", "Magnesium")
    assert names_magnesium("2532-0", "99LAB", "Magnesium")
    assert not names_magnesium("", "99LAB", "Magnesium")


def test_the_first_coded_drug_class_wins_over_the_text() -> None:
    assert drug_class_from_codes([(ATC_SYSTEM, "A10BB09")], "Gliclazide 80 mg") is DrugClass.SULFONYLUREA
    assert drug_class_from_codes([(ATC_SYSTEM, "A02BC01")], "Omeprazole, with metformin") is (
        DrugClass.PROTON_PUMP_INHIBITOR
    )
    assert drug_class_from_codes([(LOINC_SYSTEM, "2601-3"), (RXNORM_SYSTEM, "860975")], "tablet") is DrugClass.METFORMIN
    assert drug_class_from_codes([(ATC_SYSTEM, "N02BE01")], "Paracetamol") is None


def test_a_normal_flag_disagrees_with_a_result_written_below_the_threshold() -> None:
    # "<0.70 mmol/L" lies in (0, 0.70): critical low or low, never normal,
    # although its written bound 0.70 is itself normal.
    below = classify(parse_measurement("<0.70 mmol/L"))
    assert flag_disagrees("N", below)
    assert not flag_disagrees("L", below)
    assert not flag_disagrees("LL", below)


def test_a_coarse_borderline_result_agrees_with_its_own_class_and_both_ends() -> None:
    # "1 mmol/L" is 0.5 to 1.5 mmol/L: normal, and low or high at its ends
    # (default bands 0.70 and 1.05); only the critical bands are out of reach.
    coarse = classify(parse_measurement("1 mmol/L"))
    assert {flag: flag_disagrees(flag, coarse) for flag in ("LL", "L", "N", "H", "HH")} == {
        "LL": True,
        "L": False,
        "N": False,
        "H": False,
        "HH": True,
    }


# -- the trend's statistics -------------------------------------------------------------


def test_the_fitted_line_gives_y_at_any_time_and_the_time_of_any_y() -> None:
    # y = 0.90 + 1.0 x exactly: a slope of one per year is a slope like any other.
    fit = fit_line([0.0, 0.5, 1.0, 2.0], [0.90, 1.40, 1.90, 2.90])
    assert fit is not None
    assert fit.slope == pytest.approx(1.0)
    assert fit.at(3.0) == pytest.approx(3.90)
    assert fit.at(0.25) == pytest.approx(1.15)
    assert fit.x_where(2.40) == pytest.approx(1.5)
    falling = fit_line([0.0, 1.0, 2.0], [0.90, 0.80, 0.70])
    assert falling is not None
    assert falling.at(4.0) == pytest.approx(0.50)
    assert falling.x_where(0.60) == pytest.approx(3.0)


def test_points_spread_over_exactly_one_year_give_a_line() -> None:
    fit = fit_line([0.0, 0.5, 1.0], [0.90, 0.85, 0.80])
    assert fit is not None
    assert fit.slope == pytest.approx(-0.10)
    assert fit.n == 3


def test_times_too_close_for_floating_point_give_no_line_rather_than_a_division_by_zero() -> None:
    # Their spread squared underflows to 0: as good as one time.
    assert fit_line([0.0, 1e-200, 2e-200], [0.9, 0.8, 0.7]) is None


def test_the_fit_keeps_its_confidence_level() -> None:
    points = ([0.0, 1.0, 2.0, 3.0, 4.0], [1.00, 0.90, 0.95, 0.80, 0.85])
    default, ninety = fit_line(*points), fit_line(*points, confidence=0.90)
    assert default is not None
    assert ninety is not None
    assert default.confidence == 0.95
    assert ninety.confidence == 0.90
    # t(0.95, 3) = 2.353363 (printed tables): the 90% interval is narrower.
    assert ninety.t_quantile == pytest.approx(2.353363, abs=1e-6)
    half_width = 2.353363 * math.sqrt(0.0003)
    assert ninety.slope_ci == pytest.approx((-0.04 - half_width, -0.04 + half_width), abs=1e-6)


def test_incomplete_beta_refuses_a_zero_parameter_even_at_the_ends() -> None:
    for x in (0.0, 0.5, 1.0):
        with pytest.raises(ValueError, match="positive"):
            regularized_incomplete_beta(2, 0, x)
        with pytest.raises(ValueError, match="positive"):
            regularized_incomplete_beta(0, 2, x)


def test_student_t_refuses_zero_degrees_of_freedom_even_at_zero() -> None:
    for t in (0.0, 1.0):
        with pytest.raises(ValueError, match="positive"):
            student_t_cdf(t, 0)
    assert student_t_cdf(0.0, 3) == 0.5


# -- one sample, one result -------------------------------------------------------------


def _drawn(text: str, at: dt.time) -> MagnesiumResult:
    measurement = parse_measurement(text)
    return MagnesiumResult(dt.date(2023, 1, 5), measurement, str(measurement.unit), collected_at=at)


def test_every_result_added_at_one_moment_is_kept_and_found_again() -> None:
    # Three different values drawn at the same moment (a re-run, a second
    # tube): the index keeps all three, and each is found again by its own
    # value in another unit (0.95 mmol/L is 2.31 mg/dL, 1.30 mmol/L is 2.60 mEq/L).
    index = SampleIndex()
    eight = dt.time(8)
    first, second, third = _drawn("0.74 mmol/L", eight), _drawn("0.95 mmol/L", eight), _drawn("1.30 mmol/L", eight)
    for kept in (first, second, third):
        index.add("patient 1", kept)
    assert index.keep_new("patient 1", _drawn("1.80 mg/dL", eight)) == first
    assert index.keep_new("patient 1", _drawn("2.31 mg/dL", eight)) == second
    assert index.keep_new("patient 1", _drawn("2.60 mEq/L", eight)) == third
    assert index.keep_new("patient 1", _drawn("0.50 mmol/L", eight)) is None  # a fourth value: new


# -- the cohort's bin medians -----------------------------------------------------------


def test_bin_medians_of_nothing_have_the_declared_types() -> None:
    medians = bin_medians([], [])
    assert [array.dtype for array in (medians.start, medians.middle, medians.median, medians.count)] == [
        np.float64,
        np.float64,
        np.float64,
        np.int64,
    ]


def test_bins_beyond_sixteen_bits_get_the_medians_of_their_own_points() -> None:
    # Bin 65,536 (one-month bins) shares its low 16 bits with bin 0: their
    # points must not be mixed (bin 0: 0.5 and 0.9; bin 65,536: 0.6 and 0.95).
    medians = bin_medians([0.0, 0.5, 65536.0, 65536.5], [0.5, 0.9, 0.6, 0.95], bin_months=1)
    assert medians.start.tolist() == [0.0, 65536.0]
    assert medians.median.tolist() == pytest.approx([0.70, 0.775])
    assert medians.count.tolist() == [2, 2]
    assert medians.count.dtype == np.int64  # whole counts, as declared


# -- values no living patient has -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("36.46 mg/dL", "15.001"),  # 15.0010... mmol/L: "15.00" would not be above 15
        ("364.6 mg/L", "15.001"),
        ("30.01 mEq/L", "15.005"),
        ("30.0001 mEq/L", "15.00005"),
        ("30.0019 mEq/L", "15.0009"),  # 15.00095 cut, never rounded up to 15.0010
    ],
)
def test_a_value_just_above_the_plausible_maximum_is_shown_above_it(text: str, shown: str) -> None:
    with pytest.raises(ImplausibleValueError) as refused:
        parse_measurement(text)
    assert refused.value.code == "implausible-converted"
    assert str(refused.value.fields["shown"]) == shown
    assert f"is {shown} mmol/L, above 15 mmol/L" in str(refused.value)


def test_a_result_above_a_bound_may_lie_anywhere_up_to_the_plausible_maximum() -> None:
    # README, "The numbers": ">x" is the range (x, plausible maximum), whatever x's decimals.
    assert parse_measurement(">1.10 mmol/L").range_mmol_per_l() == (Decimal("1.10"), Decimal(15))
    low, high = parse_measurement(">2.6 mg/dL").range_mmol_per_l()
    assert (low, high) == (convert(Decimal("2.6"), MgUnit.MG_DL, MgUnit.MMOL_L), Decimal(15))
    assert parse_measurement("1.10 mmol/L").range_mmol_per_l() == (Decimal("1.095"), Decimal("1.105"))


@pytest.mark.parametrize(
    ("value", "qualifier", "code"),
    [
        (Decimal(0), "", "not-positive"),  # zero is not a tiny value: it is no result
        (Decimal(-1), "", "not-positive"),
        (Decimal("NaN"), "", "not-finite"),
        (Decimal("Infinity"), "", "not-finite"),
        (Decimal("0.8"), "~", "qualifier-unknown"),
    ],
)
def test_a_measurement_made_directly_refuses_what_no_result_can_be(value: Decimal, qualifier: str, code: str) -> None:
    with pytest.raises(InputError) as refused:
        Measurement(value, MgUnit.MMOL_L, qualifier)
    assert refused.value.code == code
    assert not isinstance(refused.value, ImplausibleValueError)


def test_the_smallest_value_every_unit_can_show_is_accepted_and_anything_below_refused() -> None:
    # 1e-6 mmol/L: one unit in the last of the six decimals the display ever prints.
    smallest = parse_measurement("0.000001 mmol/L")
    assert smallest.mmol_per_l == Decimal("0.000001")
    with pytest.raises(ImplausibleValueError) as refused:
        parse_measurement("0.0000009 mmol/L")
    assert refused.value.code == "too-small"

"""Hypothesis properties of the core: round trips, order, display, parser."""

from decimal import Decimal

from hypothesis import assume, given
from hypothesis import strategies as st

from mgdesk.domain.classify import classify
from mgdesk.domain.errors import MgdeskError
from mgdesk.domain.measurement import Measurement, parse_measurement
from mgdesk.domain.profile import default_profile
from mgdesk.domain.units import MgUnit, convert

units = st.sampled_from(list(MgUnit))
# Written values: 1 to 6 significant digits, 0 to 4 decimals.
written = st.builds(
    lambda digits, exponent: Decimal(digits).scaleb(-exponent),
    st.integers(min_value=1, max_value=999_999),
    st.integers(min_value=0, max_value=4),
)


def plausible(value: Decimal, unit: MgUnit) -> Measurement | None:
    try:
        return Measurement(value, unit)
    except MgdeskError:
        return None


@given(written, units, units)
def test_round_trip(value: Decimal, source: MgUnit, target: MgUnit) -> None:
    back = convert(convert(value, source, target), target, source)
    assert abs(back - value) <= value * Decimal("1e-25")


@given(written, written, units, units)
def test_conversion_is_monotonic(a: Decimal, b: Decimal, source: MgUnit, target: MgUnit) -> None:
    assume(a < b)
    assert convert(a, source, target) < convert(b, source, target)


@given(written, units, units)
def test_class_does_not_depend_on_the_input_unit(value: Decimal, source: MgUnit, target: MgUnit) -> None:
    first = plausible(value, source)
    assume(first is not None)
    assert first is not None
    # The same amount written in another unit, with every digit kept.
    same = plausible(convert(value, source, target), target)
    assume(same is not None)
    assert same is not None
    assert classify(first).category is classify(same).category
    assert classify(first).below_threshold == classify(same).below_threshold


@given(written, units)
def test_shown_number_is_on_the_same_side_of_every_edge(value: Decimal, unit: MgUnit) -> None:
    measurement = plausible(value, unit)
    assume(measurement is not None)
    assert measurement is not None
    result = classify(measurement)
    profile = default_profile()
    for shown_unit in MgUnit:
        shown = Decimal(result.shown(shown_unit))
        back = convert(shown, shown_unit, MgUnit.MMOL_L)
        assert profile.category_of(back) is result.category, (shown_unit, shown)
        assert profile.is_below_threshold(back) == result.below_threshold
        # and the shown number carries at least the unit's usual decimals
        exponent = shown.as_tuple().exponent
        assert isinstance(exponent, int)
        assert -exponent >= shown_unit.usual_decimals


@given(st.text(max_size=80))
def test_parser_raises_only_project_errors(text: str) -> None:
    try:
        measurement = parse_measurement(text, MgUnit.MMOL_L)
    except MgdeskError:
        return
    assert measurement.value > 0
    assert measurement.mmol_per_l <= 15


@given(st.from_regex(r"\A\s*[<>]?\s*-?[0-9.,]{0,8}\s*(mg|mmol|umol|µmol|meq|mEq|Mg|mM|%|/|d|l|L|e|E){0,6}\s*\Z"))
def test_parser_raises_only_project_errors_on_value_like_text(text: str) -> None:
    try:
        measurement = parse_measurement(text)
    except MgdeskError:
        return
    assert measurement.value.is_finite()
    assert measurement.value > 0

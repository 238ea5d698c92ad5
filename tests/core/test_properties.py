"""Hypothesis properties of the core: round trips, order, display, parser."""

import re
from decimal import Decimal

import pytest
from hypothesis import assume, example, given, settings
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
    check_shown_number(measurement)


def check_shown_number(measurement: Measurement) -> None:
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


@pytest.mark.slow
@pytest.mark.parametrize("unit", list(MgUnit))
def test_shown_number_is_on_the_same_side_of_every_edge_exhaustive(unit: MgUnit) -> None:
    """Every value up to 4 mmol/L at each resolution down to 20,000 steps (outside CI: -m slow)."""
    top = convert(Decimal(4), MgUnit.MMOL_L, unit)
    checked = 0
    for decimals in range(5):
        step = Decimal(1).scaleb(-decimals)
        if top / step > 20_000:
            break
        for k in range(1, int(top / step) + 1):
            measurement = plausible(step * k, unit)
            if measurement is not None:
                check_shown_number(measurement)
                checked += 1
    assert checked > 1_000


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


def _outcome(parse: object, text: str) -> tuple[str, tuple[object, ...], str] | str:
    try:
        qualifier, value, unit = parse(text)  # type: ignore[operator]
    except MgdeskError as error:
        return f"{type(error).__name__}: {error}"
    return qualifier, tuple(value.as_tuple()), unit


# The grammar of a written value as one full pattern, kept here as the reference the
# program's single-pass ``parse_number`` is tested against (it was the program's slow path).
_REFERENCE_RE = re.compile(
    r"""^\s*
    (?P<qualifier>[<>])?\s*
    (?P<number>\d+(?:[.,]\d*)?|[.,]\d+)
    \s*(?P<unit>.*?)\s*$""",
    re.VERBOSE,
)


def _reference_parse_number(stripped: str) -> tuple[str, Decimal, str]:
    from mgdesk.domain.errors import InputError
    from mgdesk.domain.measurement import _EXPONENT_RE, _MAX_INPUT_LENGTH, _not_a_number

    if not stripped:
        raise InputError("Enter a value, e.g. 1.8 mg/dL or 0.74 mmol/L.")
    if len(stripped) > _MAX_INPUT_LENGTH:
        raise InputError(f"The entry is too long ({len(stripped)} characters) for one value.")
    match = _REFERENCE_RE.match(stripped)
    if match is None or match["unit"][:1] in tuple("0123456789.,"):
        raise _not_a_number(stripped)
    if _EXPONENT_RE.match(match["unit"]):
        raise InputError(
            f"{stripped!r} has an exponent: write the value as the lab printed it, without one "
            "(1.8 or 1,8), optionally followed by its unit."
        )
    return match["qualifier"] or "", Decimal(match["number"].replace(",", ".")), match["unit"]


number_like = st.text(alphabet=st.sampled_from(list("0123456789.,<> \t-+eE٣²")), max_size=12)
written_numbers = st.builds(
    lambda qualifier, whole, mark, fraction, space: f"{space}{qualifier}{whole}{mark}{fraction}{space}",
    st.sampled_from(["", "<", ">", "< ", "<<"]),
    st.sampled_from(["", "0", "1", "12", "007", "٣"]),
    st.sampled_from(["", ".", ",", ".."]),
    st.sampled_from(["", "5", "70", "0800", "2.3"]),
    st.sampled_from(["", " ", "\t"]),
)


@settings(max_examples=500)
@given(st.one_of(number_like, written_numbers, st.text(max_size=70)))
@example("+1")
@example("-1")
@example("1e3")
@example("٣.5")
@example("< 1")
@example(" <0,20 ")
@example("1" * 64)
@example("1" * 65)
@example("0.7\nmmol/L")
@example("0.7 mmol/\nL")
@example("0.7\u2028mmol/L")
def test_parse_number_equals_the_reference_pattern(text: str) -> None:
    """``parse_number`` (one anchored match) gives what the full pattern of the grammar gives, errors alike."""
    from mgdesk.domain.measurement import parse_number

    assert _outcome(parse_number, text) == _outcome(_reference_parse_number, text.strip())

"""Parsing typed and pasted values: precision kept, bad input refused clearly."""

from decimal import Decimal

import pytest

from mgdesk.domain.errors import ImplausibleValueError, InputError, MgdeskError, UnitError
from mgdesk.domain.measurement import Measurement, parse_measurement
from mgdesk.domain.units import MgUnit


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("1.8mg/dl", "1.8", MgUnit.MG_DL),
        ("1,8 mg/dL", "1.8", MgUnit.MG_DL),
        ("  0.74   mmol/L ", "0.74", MgUnit.MMOL_L),
        ("1.70 mg/dL", "1.70", MgUnit.MG_DL),
        (".7 mmol/l", "0.7", MgUnit.MMOL_L),
        ("740 µmol/L", "740", MgUnit.UMOL_L),
        ("1.48 meq/L", "1.48", MgUnit.MEQ_L),
    ],
)
def test_value_and_unit_in_one_string(text: str, value: str, unit: MgUnit) -> None:
    measurement = parse_measurement(text)
    assert measurement.value == Decimal(value)
    assert measurement.unit is unit


def test_written_decimals_are_kept() -> None:
    assert parse_measurement("1.70 mg/dL").text == "1.70"
    assert parse_measurement("1.70 mg/dL").resolution == Decimal("0.01")
    assert parse_measurement("1.7 mg/dL").resolution == Decimal("0.1")
    assert parse_measurement("17 mg/L").resolution == Decimal(1)
    assert parse_measurement("1,80", MgUnit.MG_DL).text == "1.80"


def test_default_unit_applies_only_when_the_text_has_none() -> None:
    assert parse_measurement("0.74", MgUnit.MMOL_L).unit is MgUnit.MMOL_L
    assert parse_measurement("1.8 mg/dL", MgUnit.MMOL_L).unit is MgUnit.MG_DL


def test_qualifier_is_kept() -> None:
    measurement = parse_measurement("<0.20 mmol/L")
    assert measurement.qualifier == "<"
    assert measurement.text == "<0.20"
    low, high = measurement.range_mmol_per_l()
    assert (low, high) == (Decimal(0), Decimal("0.20"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "Enter a value"),
        ("   ", "Enter a value"),
        ("abc", "is not a value"),
        ("nan mmol/L", "not a number"),
        ("NaN", "not a number"),
        ("inf mg/dL", "not a number"),
        ("-Infinity", "not a number"),
        ("-1 mmol/L", "greater than zero"),
        ("−0.7 mmol/L", "greater than zero"),
        ("0 mmol/L", "greater than zero"),
        ("0.00", "greater than zero"),
        ("1.2.3 mmol/L", "is not a value"),
        ("1,800.5 umol/L", "is not a value"),
        ("1e3 mmol/L", "has an exponent"),
        ("1.8e0 mg/dL", "has an exponent"),
        ("18E-1 mg/dL", "has an exponent"),
        ("1.8", "Give the unit"),
        ("1.8 Mg", "Unknown unit"),
        ("1.8 g/L", "Unknown unit"),
    ],
)
def test_bad_input_gets_a_clear_error(text: str, expected: str) -> None:
    with pytest.raises(InputError, match=expected):
        parse_measurement(text)


def test_missing_unit_is_a_unit_error_listing_units() -> None:
    with pytest.raises(UnitError, match="mmol/L"):
        parse_measurement("1.8")


@pytest.mark.parametrize("text", ["16 mmol/L", "40 mg/dL", "32 mEq/L", "20000 umol/L", "400 mg/L"])
def test_implausible_values_say_check_the_unit(text: str) -> None:
    with pytest.raises(ImplausibleValueError, match="check the unit"):
        parse_measurement(text)


def test_fifteen_mmol_is_the_plausible_limit() -> None:
    assert parse_measurement("15 mmol/L").value == 15
    with pytest.raises(ImplausibleValueError):
        parse_measurement("15.01 mmol/L")


def test_a_measurement_cannot_be_built_invalid() -> None:
    with pytest.raises(MgdeskError):
        Measurement(Decimal("NaN"), MgUnit.MMOL_L)
    with pytest.raises(MgdeskError):
        Measurement(Decimal(-1), MgUnit.MMOL_L)
    with pytest.raises(MgdeskError):
        Measurement(Decimal(1), MgUnit.MMOL_L, qualifier="~")


@pytest.mark.parametrize("text", ["0.0000001 mmol/L", "0.00000000000000000001 mg/dL", "0,0000004 mEq/L"])
def test_values_too_small_to_show_are_refused_like_too_large_ones(text: str) -> None:
    with pytest.raises(ImplausibleValueError, match="too small to show"):
        parse_measurement(text)

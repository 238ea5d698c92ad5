"""Classification against the default profile: classes, borderline, mix-ups."""

from decimal import Decimal

import pytest

from mgdesk.domain.classify import classify
from mgdesk.domain.measurement import Measurement, parse_measurement
from mgdesk.domain.profile import Category, default_profile
from mgdesk.domain.units import MgUnit


def category(text: str) -> Category:
    return classify(parse_measurement(text)).category


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("0.39 mmol/L", Category.CRITICAL_LOW),
        ("0.40 mmol/L", Category.LOW),
        ("0.69 mmol/L", Category.LOW),
        ("0.70 mmol/L", Category.NORMAL),
        ("1.05 mmol/L", Category.NORMAL),
        ("1.06 mmol/L", Category.HIGH),
        ("2.00 mmol/L", Category.HIGH),
        ("2.01 mmol/L", Category.CRITICAL_HIGH),
        ("1.8 mg/dL", Category.NORMAL),
        ("1.70 mg/dL", Category.LOW),
        ("1.4 mEq/L", Category.NORMAL),
        ("0.9 mg/dL", Category.CRITICAL_LOW),
    ],
)
def test_band_edges(text: str, expected: Category) -> None:
    assert category(text) is expected


def test_interpretation_codes_are_fhir() -> None:
    assert [c.interpretation for c in Category] == ["LL", "L", "N", "H", "HH", "IND"]


def test_class_is_decided_on_the_exact_value() -> None:
    # 1.70 mg/dL is 0.6994 mmol/L: below 0.70 even though it rounds to 0.70.
    result = classify(parse_measurement("1.70 mg/dL"))
    assert result.mmol_per_l < Decimal("0.70")
    assert result.category is Category.LOW
    assert result.below_threshold


@pytest.mark.parametrize("text", ["1.7 mg/dL", "0.70 mmol/L", "1.4 mEq/L", "0.7 mmol/L", "17 mg/L"])
def test_borderline_when_resolution_straddles_an_edge(text: str) -> None:
    assert classify(parse_measurement(text)).borderline


@pytest.mark.parametrize("text", ["1.69 mg/dL", "0.74 mmol/L", "1.8 mg/dL", "0.50 mmol/L", "<0.20 mmol/L"])
def test_not_borderline_when_resolution_is_clear(text: str) -> None:
    assert not classify(parse_measurement(text)).borderline


def test_borderline_names_the_edge_and_range() -> None:
    result = classify(parse_measurement("1.7 mg/dL"))
    assert {edge.key for edge in result.straddled_edges} == {"low_below", "hypomagnesemia_below"}
    low, high = result.range_mmol_per_l
    assert high is not None
    assert round(low, 2) == Decimal("0.68")
    assert round(high, 2) == Decimal("0.72")


def test_less_than_result_straddling_an_edge_is_borderline() -> None:
    # "<0.80 mmol/L" could be critical low, low or normal.
    assert classify(parse_measurement("<0.80 mmol/L")).borderline


def test_mix_up_warning_for_high_value_normal_in_another_unit() -> None:
    result = classify(parse_measurement("2.0 mmol/L"))
    assert result.category is Category.HIGH
    units = {warning.unit for warning in result.mix_ups}
    assert MgUnit.MG_DL in units
    as_mg_dl = next(w for w in result.mix_ups if w.unit is MgUnit.MG_DL)
    assert round(as_mg_dl.mmol_per_l, 2) == Decimal("0.82")


def test_mix_up_warning_for_critical_low_value_normal_as_mmol() -> None:
    result = classify(parse_measurement("0.8 mg/dL"))
    assert result.category is Category.CRITICAL_LOW
    assert [w.unit for w in result.mix_ups] == [MgUnit.MMOL_L]


@pytest.mark.parametrize("text", ["0.65 mmol/L", "1.5 mg/dL", "0.55 mmol/L", "0.85 mmol/L", "1.8 mg/dL"])
def test_plain_low_and_normal_values_never_warn(text: str) -> None:
    assert classify(parse_measurement(text)).mix_ups == ()


def test_result_names_its_profile() -> None:
    assert classify(parse_measurement("1.8 mg/dL")).profile.name == default_profile().name


def test_classification_is_independent_of_the_profile_unit() -> None:
    profile = default_profile()
    value = Measurement(Decimal("0.65"), MgUnit.MMOL_L)
    assert classify(value, profile).category is Category.LOW

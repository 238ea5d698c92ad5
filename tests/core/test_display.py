"""The display rule: usual decimals, honest resolution, never across an edge."""

from decimal import Decimal

import pytest

from mgdesk.domain.classify import classify
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.units import MgUnit


@pytest.mark.parametrize(
    ("text", "unit", "shown"),
    [
        ("1.8 mg/dL", MgUnit.MMOL_L, "0.74"),
        ("1.8 mg/dL", MgUnit.MEQ_L, "1.48"),
        ("0.74 mmol/L", MgUnit.MG_DL, "1.80"),
        ("0.85 mmol/L", MgUnit.MG_DL, "2.07"),
        ("0.9 mmol/L", MgUnit.MG_DL, "2.2"),
        ("1.70 mg/dL", MgUnit.MMOL_L, "0.699"),
        ("1.7 mg/dL", MgUnit.MMOL_L, "0.699"),
        ("2.1 mg/dL", MgUnit.MMOL_L, "0.86"),
        ("0.7412 mmol/L", MgUnit.MMOL_L, "0.7412"),
        ("<0.20 mmol/L", MgUnit.MG_DL, "<0.49"),
    ],
)
def test_shown_values(text: str, unit: MgUnit, shown: str) -> None:
    assert classify(parse_measurement(text)).shown(unit) == shown


def test_shown_value_never_contradicts_class_at_threshold() -> None:
    # 0.70 mmol/L is normal; 1.70 mg/dL would read back as 0.6994 (low), so
    # mg/dL must show more decimals.
    shown = classify(parse_measurement("0.70 mmol/L")).shown(MgUnit.MG_DL)
    assert Decimal(shown) * Decimal(10) / Decimal("24.305") >= Decimal("0.70")


def test_usual_decimals_are_a_minimum() -> None:
    assert classify(parse_measurement("1 mmol/L")).shown(MgUnit.MMOL_L) == "1.00"

"""The benchmark's bulk classification (bench/bulk_classify.py) agrees with the exact single-value path."""

import sys
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from mgdesk.domain.classify import classify
from mgdesk.domain.measurement import Measurement
from mgdesk.domain.profile import LabProfile, default_profile
from mgdesk.domain.units import MgUnit

sys.path.insert(0, str(Path(__file__).parents[2] / "bench"))
from bulk_classify import BULK_CATEGORIES, classify_bulk


def test_edges_fall_in_the_right_band() -> None:
    result = classify_bulk([0.39, 0.40, 0.69, 0.70, 1.05, 1.06, 2.00, 2.01], MgUnit.MMOL_L, default_profile())
    names = [BULK_CATEGORIES[code].value for code in result.category_codes]
    assert names == ["critical-low", "low", "low", "normal", "normal", "high", "high", "critical-high"]
    assert result.below_threshold.tolist() == [True, True, True, False, False, False, False, False]


def test_threshold_may_differ_from_low_edge() -> None:
    profile = LabProfile(
        name="t",
        critical_low_below=Decimal("0.4"),
        low_below=Decimal("0.66"),
        high_above=Decimal("1.07"),
        critical_high_above=Decimal(2),
        hypomagnesemia_below=Decimal("0.70"),
    )
    result = classify_bulk([0.68], MgUnit.MMOL_L, profile)
    assert BULK_CATEGORIES[result.category_codes[0]].value == "normal"
    assert bool(result.below_threshold[0])


@pytest.mark.parametrize("unit", list(MgUnit))
def test_conversion_matches_exact_path(unit: MgUnit) -> None:
    result = classify_bulk([1.0], unit, default_profile())
    exact = Measurement(Decimal(1), unit).mmol_per_l
    assert result.mmol_per_l[0] == pytest.approx(float(exact), rel=1e-15)


# Values written with 3 decimals keep clear of float rounding at the edges.
@given(st.lists(st.integers(min_value=1, max_value=6000), min_size=1, max_size=50), st.sampled_from(list(MgUnit)))
def test_bulk_agrees_with_classify(thousandths: list[int], unit: MgUnit) -> None:
    values = [Decimal(n).scaleb(-3) for n in thousandths]
    measurements = []
    for value in values:
        try:
            measurements.append(Measurement(value, unit))
        except ValueError:
            continue
    result = classify_bulk(np.array([float(m.value) for m in measurements]), unit, default_profile())
    for index, measurement in enumerate(measurements):
        exact = classify(measurement)
        assert BULK_CATEGORIES[result.category_codes[index]] is exact.category
        assert bool(result.below_threshold[index]) == exact.below_threshold

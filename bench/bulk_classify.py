"""Bulk conversion and classification of many values at once (numpy), for ``bench_core`` only.

The program classifies through ``mgdesk.domain.classify``, exactly; this is
the float-array equivalent the core benchmark times against a plain numpy
multiply-and-compare, kept in ``bench/`` because nothing in mgdesk uses it
(``tests/core/test_bulk.py`` holds it to ``classify``): one unit factor from
the registry, one multiply, and one pass of comparisons against the profile's
edges.  The
class codes are indexes into ``BULK_CATEGORIES``.  Floats are fine here
because each value's written precision is not needed; single results shown
to a person go through ``classify``, which is exact.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from mgdesk.domain.profile import Category, LabProfile
from mgdesk.domain.units import MgUnit, factor

BULK_CATEGORIES: tuple[Category, ...] = tuple(Category)


@dataclass(frozen=True, slots=True)
class BulkResult:
    """Values in mmol/L, class codes (indexes into BULK_CATEGORIES), below-threshold flags."""

    mmol_per_l: npt.NDArray[np.float64]
    category_codes: npt.NDArray[np.uint8]
    below_threshold: npt.NDArray[np.bool_]


def classify_bulk(values: npt.ArrayLike, unit: MgUnit, profile: LabProfile) -> BulkResult:
    """Convert ``values`` (in ``unit``) to mmol/L and classify every one."""
    mmol = np.multiply(np.asarray(values, dtype=np.float64), float(factor(unit, MgUnit.MMOL_L)))
    # The code is the number of edges a value is on the upper side of.  "Below"
    # edges put the edge itself in the upper band (>=), "above" edges in the
    # lower band (>).  Comparisons into one reused buffer are about 7x faster
    # than np.searchsorted for four edges.
    side = np.empty(mmol.shape, dtype=np.bool_)
    codes = np.greater_equal(mmol, float(profile.critical_low_below)).view(np.uint8)
    np.greater_equal(mmol, float(profile.low_below), out=side)
    codes += side.view(np.uint8)
    if profile.hypomagnesemia_below == profile.low_below:
        below = np.logical_not(side)
    else:
        below = np.less(mmol, float(profile.hypomagnesemia_below))
    np.greater(mmol, float(profile.high_above), out=side)
    codes += side.view(np.uint8)
    np.greater(mmol, float(profile.critical_high_above), out=side)
    codes += side.view(np.uint8)
    return BulkResult(mmol, codes, below)

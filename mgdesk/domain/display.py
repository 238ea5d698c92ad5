"""The display rule: how many decimals a converted value is shown with.

At least the unit's usual decimals (mmol/L 2, mEq/L 2, mg/dL 1); more where the
written value's resolution, carried into the target unit, is finer; and more
again until the shown number, read back as a result, is in the same class and
on the same side of the hypomagnesemia threshold as the exact value (for a
"<x" or ">x" result: until the shown bound names the same bands, class and
side as the written one).  So
1.70 mg/dL (0.6994 mmol/L) is shown as 0.699 mmol/L, never as "0.70 mmol/L -
low".  Past ``MAX_DECIMALS`` the value is rounded towards its own side.
The ends of a range in a sentence ("could be 0.697 to 0.702 mmol/L") start at
the unit's usual decimals and get more until they differ and the edge they
straddle lies between them (``shown_range``).
"""

from __future__ import annotations

import math
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from mgdesk.domain.units import MgUnit, convert, factor

if TYPE_CHECKING:
    from mgdesk.domain.measurement import Measurement
    from mgdesk.domain.profile import LabProfile

MAX_DECIMALS = 6


def decimals_for_resolution(resolution: Decimal, unit: MgUnit) -> int:
    """Decimals needed so one shown step is no coarser than ``resolution``."""
    needed = math.ceil(-resolution.log10()) if resolution < 1 else 0
    return min(max(unit.usual_decimals, needed), MAX_DECIMALS)


# Keyed by the written digits, as the classification cache: "0.8" and "0.80"
# are equal values with different resolutions, so shown differently.
_SHOWN: dict[tuple[object, ...], str] = {}
_SHOWN_LIMIT = 50_000


def shown_value(measurement: Measurement, profile: LabProfile, unit: MgUnit) -> str:
    """The value of ``measurement`` in ``unit`` as text, by the display rule; remembered.

    A ``<``/``>`` qualifier written with the value is carried into the text.
    """
    key = (measurement.value.as_tuple(), measurement.unit, measurement.qualifier, profile, unit)
    shown = _SHOWN.get(key)
    if shown is None:
        if len(_SHOWN) >= _SHOWN_LIMIT:
            _SHOWN.clear()
        shown = _SHOWN[key] = measurement.qualifier + _shown_number(measurement, profile, unit)
    return shown


def _shown_number(measurement: Measurement, profile: LabProfile, unit: MgUnit) -> str:
    exact_mmol = measurement.mmol_per_l
    exact = convert(exact_mmol, MgUnit.MMOL_L, unit)
    resolution = measurement.resolution * factor(measurement.unit, unit)
    start = decimals_for_resolution(resolution, unit)

    qualifier = measurement.qualifier

    def agrees(shown: Decimal) -> bool:
        back = convert(shown, unit, MgUnit.MMOL_L)
        if qualifier:  # "<x" shown as "<y": y must name the same bands and side as x
            return profile.range_classes(qualifier, back) == profile.range_classes(qualifier, exact_mmol)
        return profile.category_of(back) is profile.category_of(exact_mmol) and (
            profile.is_below_threshold(back) == profile.is_below_threshold(exact_mmol)
        )

    for decimals in range(start, MAX_DECIMALS + 1):
        shown = exact.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
        if agrees(shown):
            return f"{shown:f}"
    step = Decimal(1).scaleb(-MAX_DECIMALS)
    for rounding in (ROUND_FLOOR, ROUND_CEILING):
        shown = exact.quantize(step, rounding)
        if agrees(shown):
            return f"{shown:f}"
    return f"{exact.normalize():f}"  # pragma: no cover - edges closer than 1e-6


def shown_range(low: Decimal, high: Decimal, unit: MgUnit, inside: tuple[Decimal, ...] = ()) -> tuple[str, str]:
    """The ends of a range in ``unit`` for a sentence: they differ, and each value of ``inside`` lies between them.

    Rounded half up from the unit's usual decimals, with more decimals until
    the shown ends are distinct and not rounded across any of ``inside``
    (the band edges the range straddles); at ``MAX_DECIMALS`` the ends are
    rounded outwards.
    """
    for decimals in range(unit.usual_decimals, MAX_DECIMALS + 1):
        step = Decimal(1).scaleb(-decimals)
        shown_low, shown_high = low.quantize(step, ROUND_HALF_UP), high.quantize(step, ROUND_HALF_UP)
        if shown_low < shown_high and all(shown_low < edge <= shown_high for edge in inside):
            return f"{shown_low:f}", f"{shown_high:f}"
    step = Decimal(1).scaleb(-MAX_DECIMALS)
    return f"{low.quantize(step, ROUND_FLOOR):f}", f"{high.quantize(step, ROUND_CEILING):f}"

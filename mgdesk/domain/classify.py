"""Classification of one result against a lab profile.

The class is decided on the exact converted value; ``borderline`` says when
the written resolution cannot tell which side of an edge the patient is on;
mix-up warnings say when a high or critical value would be normal had the lab
meant another unit.  Plain low values never warn: hypomagnesemia is the common
true finding, and warnings that fire on it would teach staff to ignore them.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from mgdesk.domain.display import shown_value
from mgdesk.domain.errors import InputError
from mgdesk.domain.measurement import Measurement
from mgdesk.domain.profile import Category, Edge, LabProfile, default_profile
from mgdesk.domain.units import MgUnit

_MIX_UP_CATEGORIES = frozenset({Category.CRITICAL_LOW, Category.HIGH, Category.CRITICAL_HIGH})


@dataclass(frozen=True, slots=True)
class MixUpWarning:
    """The same number in ``unit`` would be ``mmol_per_l``, a normal value."""

    unit: MgUnit
    mmol_per_l: Decimal


@dataclass(frozen=True, slots=True)
class Classification:
    """A result, its exact value in mmol/L, its class and what to say about it."""

    measurement: Measurement
    profile: LabProfile
    mmol_per_l: Decimal
    category: Category
    below_threshold: bool
    straddled_edges: tuple[Edge, ...]
    range_mmol_per_l: tuple[Decimal, Decimal | None]
    mix_ups: tuple[MixUpWarning, ...]

    @property
    def borderline(self) -> bool:
        """True when the written resolution cannot tell the side of an edge."""
        return bool(self.straddled_edges)

    def shown(self, unit: MgUnit) -> str:
        """The value in ``unit`` as the display rule prints it (no unit)."""
        return shown_value(self.measurement, self.profile, unit)


def classify(measurement: Measurement, profile: LabProfile | None = None) -> Classification:
    """Classify a result against ``profile`` (the default profile if None)."""
    profile = profile or default_profile()
    exact = measurement.mmol_per_l
    low, high = measurement.range_mmol_per_l()
    return Classification(
        measurement=measurement,
        profile=profile,
        mmol_per_l=exact,
        category=profile.category_of(exact),
        below_threshold=profile.is_below_threshold(exact),
        straddled_edges=tuple(edge for edge in profile.edges if _straddles(edge, low, high)),
        range_mmol_per_l=(low, high),
        mix_ups=_mix_ups(measurement, profile),
    )


def _straddles(edge: Edge, low: Decimal, high: Decimal | None) -> bool:
    """Whether values between ``low`` and ``high`` fall on both sides of ``edge``."""
    high_side = True if high is None else edge.side(high)
    return (not edge.side(low)) and high_side


def _mix_ups(measurement: Measurement, profile: LabProfile) -> tuple[MixUpWarning, ...]:
    if profile.category_of(measurement.mmol_per_l) not in _MIX_UP_CATEGORIES:
        return ()
    warnings = []
    for unit in MgUnit:
        if unit is measurement.unit:
            continue
        try:
            alternative = Measurement(measurement.value, unit, measurement.qualifier)
        except InputError:
            continue  # implausible in that unit: not a mix-up worth naming
        if profile.category_of(alternative.mmol_per_l) is Category.NORMAL:
            warnings.append(MixUpWarning(unit, alternative.mmol_per_l))
    return tuple(warnings)

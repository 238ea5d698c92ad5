"""Classification of one result against a lab profile: the one entry point.

``classify`` is the only place a result gets its class, its side of the
hypomagnesemia threshold and its borderline flag; every surface (the command
line, the converter, the tables, the trend, the clinic list, the report)
calls it, and it remembers its answers (the profile is hashable), so calling
it again is a dictionary look-up.

A plain result is classed on its exact converted value; ``borderline`` says
when the written resolution cannot tell which side of an edge the patient is
on.  A qualified result is the range of every value it can take: ``<x`` is
(0, x) and ``>x`` is (x, the plausibility maximum).  One band holds the whole
range: that class, not borderline.  Several bands on one side of the
threshold: the class nearest normal, borderline, naming the others it could
be.  Both sides of the threshold: ``INDETERMINATE`` (IND), below unknown
(None).  Mix-up warnings say when a high or critical value would be normal
had the lab meant another unit.  Plain low values never warn:
hypomagnesemia is the common true finding, and warnings that fire on it
would teach staff to ignore them.  The rules are set out in the README ("How
mgdesk decides") and ``docs/clinical.md``.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from mgdesk.domain.display import shown_value
from mgdesk.domain.errors import InputError
from mgdesk.domain.measurement import PLAUSIBLE_MAX_MMOL_PER_L, Measurement
from mgdesk.domain.profile import Category, Edge, LabProfile, default_profile
from mgdesk.domain.units import MgUnit

_MIX_UP_CATEGORIES = frozenset({Category.CRITICAL_LOW, Category.HIGH, Category.CRITICAL_HIGH})


@dataclass(frozen=True, slots=True)
class MixUpWarning:
    """The same number in ``unit`` would be ``mmol_per_l`` (``shown`` by the display rule), a normal value."""

    unit: MgUnit
    mmol_per_l: Decimal
    shown: str


@dataclass(frozen=True, slots=True)
class Classification:
    """A result, its exact value in mmol/L, its class and what to say about it.

    ``below_threshold`` is None when the result cannot tell (an indeterminate
    qualified result).  ``possible`` lists every band the result could be in,
    lowest first (one band for a plain result).
    """

    measurement: Measurement
    profile: LabProfile
    mmol_per_l: Decimal
    category: Category
    below_threshold: bool | None
    straddled_edges: tuple[Edge, ...]
    range_mmol_per_l: tuple[Decimal, Decimal]
    mix_ups: tuple[MixUpWarning, ...]
    possible: tuple[Category, ...] = ()

    @property
    def borderline(self) -> bool:
        """True when the written value cannot tell the side of an edge."""
        return bool(self.straddled_edges)

    @property
    def indeterminate(self) -> bool:
        """True when the result could lie on either side of the threshold."""
        return self.category is Category.INDETERMINATE

    @property
    def also_possible(self) -> tuple[Category, ...]:
        """The other bands a qualified result could be in ("could be critical low")."""
        if not self.measurement.qualifier:
            return ()
        return tuple(category for category in self.possible if category is not self.category)

    def shown(self, unit: MgUnit) -> str:
        """The value in ``unit`` as the display rule prints it (no unit)."""
        return shown_value(self.measurement, self.profile, unit)


# Keyed by the written digits, not the value: Decimal("0.8") == Decimal("0.80")
# but their resolutions, and so their borderline flags, differ.
_CACHE: dict[tuple[object, ...], Classification] = {}
_CACHE_LIMIT = 50_000


def classify(measurement: Measurement, profile: LabProfile | None = None) -> Classification:
    """Classify a result against ``profile`` (the default profile if None); remembered."""
    profile = profile or default_profile()
    key = (measurement.value.as_tuple(), measurement.unit, measurement.qualifier, profile)
    hit = _CACHE.get(key)
    if hit is not None:
        return hit
    result = _classify(measurement, profile)
    if len(_CACHE) >= _CACHE_LIMIT:
        _CACHE.clear()
    _CACHE[key] = result
    return result


def is_below(measurement: Measurement, profile: LabProfile | None = None) -> bool | None:
    """Whether a result is below the hypomagnesemia threshold; None when it cannot tell."""
    return classify(measurement, profile).below_threshold


def _classify(measurement: Measurement, profile: LabProfile, *, with_mix_ups: bool = True) -> Classification:
    exact = measurement.mmol_per_l
    low, high = measurement.range_mmol_per_l()
    if measurement.qualifier:
        category, below, possible, straddled = _qualified(measurement.qualifier, exact, profile)
    else:
        category = profile.category_of(exact)
        below = profile.is_below_threshold(exact)
        possible = (category,)
        straddled = tuple(edge for edge in profile.edges if _straddles(edge, low, high))
    return Classification(
        measurement=measurement,
        profile=profile,
        mmol_per_l=exact,
        category=category,
        below_threshold=below,
        straddled_edges=straddled,
        range_mmol_per_l=(low, high),
        mix_ups=_mix_ups(measurement, profile, category) if with_mix_ups else (),
        possible=possible,
    )


def _straddles(edge: Edge, low: Decimal, high: Decimal) -> bool:
    """Whether values between ``low`` and ``high`` (inclusive) fall on both sides of ``edge``."""
    return (not edge.side(low)) and edge.side(high)


def _qualified(
    qualifier: str, bound: Decimal, profile: LabProfile
) -> tuple[Category, bool | None, tuple[Category, ...], tuple[Edge, ...]]:
    """Class, side, possible bands and straddled edges of "<bound" or ">bound" (open at the bound).

    A value just below a bound x is on the upper side of an edge e exactly
    when x > e; a value just above it, exactly when x >= e (for "below" and
    "above" edges alike), so one comparison per edge decides.
    """
    category, below, possible = profile.range_classes(qualifier, bound)
    if qualifier == "<":
        straddled = tuple(edge for edge in profile.edges if edge.mmol_per_l < bound)
    else:
        top = PLAUSIBLE_MAX_MMOL_PER_L
        straddled = tuple(edge for edge in profile.edges if bound < edge.mmol_per_l and edge.side(top))
    return category, below, possible, straddled


def _mix_ups(measurement: Measurement, profile: LabProfile, category: Category) -> tuple[MixUpWarning, ...]:
    if category not in _MIX_UP_CATEGORIES:
        return ()
    warnings = []
    for unit in MgUnit:
        if unit is measurement.unit:
            continue
        try:
            alternative = Measurement(measurement.value, unit, measurement.qualifier)
        except InputError:
            continue  # implausible in that unit: not a mix-up worth naming
        if _classify(alternative, profile, with_mix_ups=False).possible == (Category.NORMAL,):
            shown = shown_value(alternative, profile, MgUnit.MMOL_L)
            warnings.append(MixUpWarning(unit, alternative.mmol_per_l, shown))
    return tuple(warnings)

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

from mgdesk.domain.display import shown_range, shown_value
from mgdesk.domain.errors import InputError
from mgdesk.domain.measurement import PLAUSIBLE_MAX_MMOL_PER_L, Measurement
from mgdesk.domain.messages import AllOf, AnyOf, Message, Number, Quoted
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


def side_message(result: Classification) -> Message:
    """Below, not below, or cannot tell whether below the profile's hypomagnesemia threshold."""
    code = {True: "side-below", False: "side-not-below", None: "side-cannot-tell"}[result.below_threshold]
    return Message.of(code, threshold=result.profile.threshold_message())


def borderline_message(result: Classification) -> Message | None:
    """Why a borderline or indeterminate result is one (the range it could be in), or None."""
    if not result.borderline:
        return None
    measurement = result.measurement
    written = {"value": Number(measurement.text), "unit": measurement.unit}
    if measurement.qualifier:
        bound = Number(result.shown(MgUnit.MMOL_L)[1:])
        span = Message.of("span-below" if measurement.qualifier == "<" else "span-above", bound=bound)
        if result.indeterminate:
            return Message.of(
                "qualified-indeterminate",
                **written,
                span=span,
                threshold=result.profile.threshold_message(),
                classes=AnyOf(result.possible),
            )
        return Message.of(
            "qualified-borderline", **written, span=span, category=result.category, classes=AnyOf(result.also_possible)
        )
    low, high = result.range_mmol_per_l
    edges = sorted({edge.mmol_per_l: edge.key for edge in result.straddled_edges}.items())
    shown_low, shown_high = shown_range(low, high, MgUnit.MMOL_L, tuple(value for value, _ in edges))
    threshold_crossed = any(edge.key == "hypomagnesemia_below" for edge in result.straddled_edges)
    return Message.of(
        "borderline-threshold" if threshold_crossed else "borderline",
        **written,
        low=Number(shown_low),
        high=Number(shown_high),
        edges=AllOf(tuple(result.profile.shown_edge(key, MgUnit.MMOL_L) for _, key in edges)),
    )


def mix_up_messages(result: Classification) -> tuple[Message, ...]:
    """'2.0 mmol/L is high; as 2.0 mg/dL it would be 0.82 mmol/L, normal - check the unit', one per unit."""
    measurement = result.measurement
    return tuple(
        Message.of(
            "mix-up",
            value=Number(measurement.text),
            unit=measurement.unit,
            category=result.category,
            other_unit=warning.unit,
            mmol=Number(warning.shown),
        )
        for warning in result.mix_ups
    )


def class_reason_message(result: Classification) -> Message:
    """Why a result has its class: the band holding its value, or the classes an indeterminate one could be."""
    measurement = result.measurement
    if result.indeterminate:
        return Message.of(
            "class-indeterminate",
            value=Number(measurement.text),
            unit=measurement.unit,
            classes=AnyOf(result.possible),
        )
    band = next(b for b in result.profile.bands(MgUnit.MMOL_L) if b.category is result.category)
    return Message.of(
        "class-band",
        mmol=Number(result.shown(MgUnit.MMOL_L)),
        band=Number(band.text()),
        category=result.category,
        profile=Quoted(result.profile.name),
    )


def note_message(result: Classification) -> Message:
    """The sentence for the clinical note: 'Serum Mg 1.8 mg/dL = 0.74 mmol/L (normal; hypomagnesemia threshold ...)'."""
    measurement = result.measurement
    details: object = result.category
    if result.borderline and not result.indeterminate:  # an indeterminate result says "cannot tell" already
        details = Message.of("class-borderline", category=result.category)
    fields = {
        "value": Number(measurement.text),
        "unit": measurement.unit,
        "details": details,
        "threshold": result.profile.threshold_message(),
    }
    if measurement.unit is MgUnit.MMOL_L:
        return Message("note", fields)
    return Message("note-converted", {**fields, "mmol": Number(result.shown(MgUnit.MMOL_L))})


def warning_messages(result: Classification) -> tuple[Message, ...]:
    """Everything to say beside a result's class: why it is borderline, then each unit mix-up."""
    borderline = borderline_message(result)
    return (*([] if borderline is None else [borderline]), *mix_up_messages(result))


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

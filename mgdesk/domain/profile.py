"""Lab profiles: the band edges a result is classified against, with sources.

A profile is data, not code: the default ships as ``default_profile.toml``
beside this module and a clinic may load its own TOML file with the same
keys, in any supported unit.  Edges are held in mmol/L as exact decimals.
This module also owns the five bands and their FHIR interpretation codes
(LL, L, N, H, HH), plus "indeterminate" (IND) for a qualified result whose
possible values lie on both sides of the hypomagnesemia threshold; the rule
that decides a band from an exact value; the band table as shown in each unit
(``LabProfile.bands``), whose written ends classify as the table says; and
the clinic's re-test intervals (policy settings, in whole months).  The
threshold is 0.70 mmol/L (``LITERATURE_THRESHOLD_MMOL_PER_L``, see
``docs/clinical.md``) unless a profile sets ``hypomagnesemia_below`` itself.
"""

from __future__ import annotations

import functools
import importlib.resources
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal
from enum import Enum
from pathlib import Path
from typing import NoReturn, cast

from mgdesk.domain.display import MAX_DECIMALS, decimals_for_resolution
from mgdesk.domain.errors import MgdeskError, ProfileError
from mgdesk.domain.measurement import PLAUSIBLE_MAX_MMOL_PER_L
from mgdesk.domain.messages import Message, Quoted, english
from mgdesk.domain.units import MgUnit, convert, factor, parse_unit


class Category(Enum):
    """A result's class; the value is its slug as used in JSON output."""

    CRITICAL_LOW = "critical-low"
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    CRITICAL_HIGH = "critical-high"
    # Not a band: a "<x" or ">x" result that could lie on either side of the threshold.
    INDETERMINATE = "indeterminate"

    @property
    def interpretation(self) -> str:
        """The FHIR Observation.interpretation code."""
        return _INTERPRETATION[self]

    @property
    def label(self) -> str:
        """Plain English words for the class."""
        return self.value.replace("-", " ")


_INTERPRETATION = {
    Category.CRITICAL_LOW: "LL",
    Category.LOW: "L",
    Category.NORMAL: "N",
    Category.HIGH: "H",
    Category.CRITICAL_HIGH: "HH",
    Category.INDETERMINATE: "IND",
}

# The five bands, lowest first (every Category but INDETERMINATE).
BAND_CATEGORIES: tuple[Category, ...] = (
    Category.CRITICAL_LOW,
    Category.LOW,
    Category.NORMAL,
    Category.HIGH,
    Category.CRITICAL_HIGH,
)

# Hypomagnesemia is serum Mg below 0.70 mmol/L (Gommers et al., Diabetes
# 2016;65:3-13; Peters et al. 2013; Kurstjens et al. 2017; docs/clinical.md).
LITERATURE_THRESHOLD_MMOL_PER_L = Decimal("0.70")
# The resolution of edges written in mmol/L with two decimals, as labs print them.
DEFAULT_EDGE_RESOLUTION_MMOL_PER_L = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class Edge:
    """A band edge in mmol/L.

    ``strict_below`` edges ("below X") put X itself in the band above; the
    others ("above X") put X in the band below.
    """

    key: str
    mmol_per_l: Decimal
    strict_below: bool

    def side(self, mmol_per_l: Decimal) -> bool:
        """True when ``mmol_per_l`` lies on the upper side of this edge."""
        if self.strict_below:
            return mmol_per_l >= self.mmol_per_l
        return mmol_per_l > self.mmol_per_l


_EDGE_KEYS = ("critical_low_below", "low_below", "high_above", "critical_high_above")
_ALL_KEYS = (*_EDGE_KEYS, "hypomagnesemia_below")

# Clinic policy, not literature (docs/clinical.md, "Rules").  A clinic
# profile that leaves them out gets these.
DEFAULT_RETEST_MONTHS_ON_METFORMIN = 12
DEFAULT_RETEST_MONTHS_AFTER_LOW = 3
_RETEST_KEYS = ("retest_months_on_metformin", "retest_months_after_low")
MAX_RETEST_MONTHS = 120


@dataclass(frozen=True)  # no slots: __post_init__ keeps the hash beside the fields
class LabProfile:
    """Band edges (mmol/L, exact) and where each number comes from."""

    name: str
    critical_low_below: Decimal
    low_below: Decimal
    high_above: Decimal
    critical_high_above: Decimal
    hypomagnesemia_below: Decimal = LITERATURE_THRESHOLD_MMOL_PER_L
    # Left out of the hash (a dict cannot be hashed) but not out of equality:
    # equal profiles still hash alike, so a profile can key a cache.
    sources: Mapping[str, str] = field(default_factory=dict, hash=False)
    retest_months_on_metformin: int = DEFAULT_RETEST_MONTHS_ON_METFORMIN
    retest_months_after_low: int = DEFAULT_RETEST_MONTHS_AFTER_LOW
    # The finest step, in mmol/L, at which the profile's edges were written
    # (0.01 mmol/L is 0.0041 mmol/L when they were written as 1.70 mg/dL); it
    # sets how many decimals the band table shows.
    edge_resolution_mmol_per_l: Decimal = DEFAULT_EDGE_RESOLUTION_MMOL_PER_L

    def __hash__(self) -> int:
        # Hashed once, in __post_init__, and kept outside the fields: a profile keys the
        # classification cache on every look-up.
        return cast(int, self.__dict__["_hash"])

    def __post_init__(self) -> None:
        for key in _RETEST_KEYS:
            months = getattr(self, key)
            if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= MAX_RETEST_MONTHS:
                self._refuse("profile-months-range", key=key, most=MAX_RETEST_MONTHS, value=repr(months))
        if self.retest_months_after_low > self.retest_months_on_metformin:
            self._refuse(
                "profile-retest-order",
                after_low=self.retest_months_after_low,
                on_metformin=self.retest_months_on_metformin,
            )
        edges = [getattr(self, key) for key in _EDGE_KEYS]
        if not all(edge.is_finite() for edge in (*edges, self.hypomagnesemia_below, self.edge_resolution_mmol_per_l)):
            self._refuse("profile-edges-finite")
        if any(edge <= 0 for edge in (*edges, self.hypomagnesemia_below)):
            self._refuse("profile-edges-positive")
        if self.hypomagnesemia_below >= PLAUSIBLE_MAX_MMOL_PER_L:
            self._refuse("profile-threshold-too-high", limit=PLAUSIBLE_MAX_MMOL_PER_L)
        if edges != sorted(edges) or len(set(edges)) != len(edges):
            self._refuse("profile-edges-rise")
        numbers = (*(getattr(self, key) for key in (*_ALL_KEYS, *_RETEST_KEYS)), self.edge_resolution_mmol_per_l)
        object.__setattr__(self, "_hash", hash((self.name, *numbers)))

    def _refuse(self, code: str, **fields: object) -> NoReturn:
        raise ProfileError(code="profile-named", name=Quoted(self.name), reason=Message(code, fields))

    @property
    def edges(self) -> tuple[Edge, ...]:
        """The band edges and the hypomagnesemia threshold, lowest first."""
        return (
            Edge("critical_low_below", self.critical_low_below, strict_below=True),
            Edge("low_below", self.low_below, strict_below=True),
            Edge("hypomagnesemia_below", self.hypomagnesemia_below, strict_below=True),
            Edge("high_above", self.high_above, strict_below=False),
            Edge("critical_high_above", self.critical_high_above, strict_below=False),
        )

    def category_of(self, mmol_per_l: Decimal) -> Category:
        """The class of an exact value in mmol/L."""
        if mmol_per_l < self.critical_low_below:
            return Category.CRITICAL_LOW
        if mmol_per_l < self.low_below:
            return Category.LOW
        if mmol_per_l <= self.high_above:
            return Category.NORMAL
        if mmol_per_l <= self.critical_high_above:
            return Category.HIGH
        return Category.CRITICAL_HIGH

    def category_just_below(self, mmol_per_l: Decimal) -> Category:
        """The band of values just below ``mmol_per_l`` (the top band a "<x" result reaches)."""
        for edge, category in zip(self._band_edges, BAND_CATEGORIES, strict=False):
            if mmol_per_l <= edge:
                return category
        return Category.CRITICAL_HIGH

    def category_just_above(self, mmol_per_l: Decimal) -> Category:
        """The band of values just above ``mmol_per_l`` (the bottom band a ">x" result reaches)."""
        for edge, category in zip(self._band_edges, BAND_CATEGORIES, strict=False):
            if mmol_per_l < edge:
                return category
        return Category.CRITICAL_HIGH

    def range_classes(self, qualifier: str, bound: Decimal) -> tuple[Category, bool | None, tuple[Category, ...]]:
        """Class, side of the threshold and possible bands of "<bound" or ">bound" (mmol/L, open at the bound).

        "<x" is every value from 0 to x, ">x" every value from x to the
        plausibility maximum.  One band: that class.  Several bands on one
        side of the threshold: the class nearest normal.  Both sides:
        INDETERMINATE, and the side is None (README, "How mgdesk decides").
        """
        if qualifier == "<":
            first, last = Category.CRITICAL_LOW, self.category_just_below(bound)
            below: bool | None = True if bound <= self.hypomagnesemia_below else None
        else:
            # The threshold is below the plausibility maximum (checked when the profile is made).
            first, last = self.category_just_above(bound), self.category_of(PLAUSIBLE_MAX_MMOL_PER_L)
            below = False if bound >= self.hypomagnesemia_below else None
        possible = BAND_CATEGORIES[BAND_CATEGORIES.index(first) : BAND_CATEGORIES.index(last) + 1]
        if below is None:
            return Category.INDETERMINATE, None, possible
        normal = BAND_CATEGORIES.index(Category.NORMAL)
        nearest = min(possible, key=lambda category: abs(BAND_CATEGORIES.index(category) - normal))
        return nearest, below, possible

    @property
    def _band_edges(self) -> tuple[Decimal, ...]:
        return (self.critical_low_below, self.low_below, self.high_above, self.critical_high_above)

    def is_below_threshold(self, mmol_per_l: Decimal) -> bool:
        """Whether an exact value is below the hypomagnesemia threshold."""
        return mmol_per_l < self.hypomagnesemia_below

    @property
    def threshold_is_literature(self) -> bool:
        """Whether the threshold is the literature's 0.70 mmol/L (else it is the clinic's own)."""
        return self.hypomagnesemia_below == LITERATURE_THRESHOLD_MMOL_PER_L

    def bands(self, unit: MgUnit) -> tuple[Band, ...]:
        """The five bands as shown in ``unit``: ends written so that they classify as shown."""
        return _band_table(self, unit)

    def shown_edge(self, key: str, unit: MgUnit) -> Decimal:
        """An edge in ``unit`` at the band table's decimals, on the band table's side.

        A "below X" edge is shown as the lowest written value not below it,
        an "above X" edge as the highest written value not above it, so a
        sentence such as "below 1.71 mg/dL" agrees with the class of every
        value written with those decimals (1.70 mg/dL is 0.6994 mmol/L, low).
        """
        edge = next(edge for edge in self.edges if edge.key == key)
        decimals = self.bands(unit)[0].decimals
        last = _last_on_lower_side(edge, unit, decimals)
        return last + _step(decimals) if edge.strict_below else last

    def shown_threshold(self, unit: MgUnit = MgUnit.MMOL_L) -> Decimal:
        """The hypomagnesemia threshold in ``unit`` as it is written everywhere."""
        return self.shown_edge("hypomagnesemia_below", unit)

    def threshold_words(self, unit: MgUnit = MgUnit.MMOL_L) -> str:
        """'0.70 mmol/L', or '0.66 mmol/L (clinic threshold; literature 0.70 mmol/L)' for a clinic's own."""
        return english(self.threshold_message(unit))

    def threshold_message(self, unit: MgUnit = MgUnit.MMOL_L) -> Message:
        """The threshold as a message: the literature's, or the clinic's own beside the literature's."""
        shown = self.shown_threshold(unit)
        if self.threshold_is_literature:
            return Message.of("threshold", value=shown, unit=unit)
        literature = convert(LITERATURE_THRESHOLD_MMOL_PER_L, MgUnit.MMOL_L, unit)
        decimals = self.bands(unit)[0].decimals
        return Message.of("threshold-clinic", value=shown, unit=unit, literature=literature.quantize(_step(decimals)))


@dataclass(frozen=True, slots=True)
class Band:
    """One band of the table in one unit.

    ``lowest`` and ``highest`` are the smallest and largest values written
    with ``decimals`` decimals that this band holds; None is an open end.
    """

    category: Category
    unit: MgUnit
    decimals: int
    lowest: Decimal | None
    highest: Decimal | None

    def text(self) -> str:
        """'≤ 0.97', '0.98' en dash '1.70', or '≥ 4.87' (no unit; '.' as decimal mark)."""
        if self.lowest is None:
            return f"≤ {self.highest:f}"
        if self.highest is None:
            return f"≥ {self.lowest:f}"
        return f"{self.lowest:f}–{self.highest:f}"

    def holds(self, value: Decimal) -> bool:
        """Whether a value in this unit lies between the shown ends (inclusive)."""
        return (self.lowest is None or value >= self.lowest) and (self.highest is None or value <= self.highest)


def _step(decimals: int) -> Decimal:
    return Decimal(1).scaleb(-decimals)


def _last_on_lower_side(edge: Edge, unit: MgUnit, decimals: int) -> Decimal:
    """The largest value with ``decimals`` decimals in ``unit`` that lies on the lower side of ``edge``."""
    step = _step(decimals)
    candidate = convert(edge.mmol_per_l, MgUnit.MMOL_L, unit).quantize(step, ROUND_FLOOR)
    while edge.side(convert(candidate, unit, MgUnit.MMOL_L)):
        candidate -= step
    while not edge.side(convert(candidate + step, unit, MgUnit.MMOL_L)):
        candidate += step  # pragma: no cover - the floor of an edge is never two steps below it
    return candidate


@functools.cache
def _band_table(profile: LabProfile, unit: MgUnit) -> tuple[Band, ...]:
    # Edges in band order; the threshold is not a band edge.
    edges = [edge for edge in profile.edges if edge.key in _EDGE_KEYS]
    start = decimals_for_resolution(profile.edge_resolution_mmol_per_l * factor(MgUnit.MMOL_L, unit), unit)
    for decimals in range(start, MAX_DECIMALS + 1):
        step = _step(decimals)
        tops = [_last_on_lower_side(edge, unit, decimals) for edge in edges]
        lowests: list[Decimal | None] = [None, *(top + step for top in tops)]
        highests: list[Decimal | None] = [*tops, None]
        if all(low is None or high is None or low <= high for low, high in zip(lowests, highests, strict=True)) and (
            tops[0] >= step
        ):
            break
    return tuple(
        Band(category, unit, decimals, low, high)
        for category, low, high in zip(BAND_CATEGORIES, lowests, highests, strict=True)
    )


def profile_from_mapping(data: Mapping[str, object], origin: str) -> LabProfile:
    """Build a profile from parsed TOML; ``origin`` names the file in errors."""
    try:
        unit = parse_unit(str(data.get("unit", "mmol/L")))
    except MgdeskError as error:
        raise _located(origin, error.message) from None
    missing = [key for key in _EDGE_KEYS if key not in data]
    if missing:
        raise _located(origin, Message.of("profile-missing", keys=", ".join(missing)))
    check_profile_numbers(data, unit, origin)
    values: dict[str, Decimal] = {}
    resolution = DEFAULT_EDGE_RESOLUTION_MMOL_PER_L
    for key in _ALL_KEYS:
        if key == "hypomagnesemia_below" and key not in data:
            continue  # the literature's 0.70 mmol/L, never the low band's edge
        raw = data[key]
        if isinstance(raw, bool) or not isinstance(raw, (int, Decimal)):
            raise _located(origin, Message.of("profile-not-a-number", key=key, value=repr(raw)))
        written = Decimal(raw)
        values[key] = convert(written, unit, MgUnit.MMOL_L)
        if written.is_finite():
            written_step = Decimal(1).scaleb(written.as_tuple().exponent)  # type: ignore[arg-type]
            resolution = min(resolution, written_step * factor(unit, MgUnit.MMOL_L))
    sources = data.get("sources", {})
    if not isinstance(sources, Mapping):
        raise _located(origin, Message.of("profile-sources"))
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _located(origin, Message.of("profile-no-name"))
    on_metformin = _months(data, "retest_months_on_metformin", origin)
    after_low = _months(data, "retest_months_after_low", origin)
    try:
        return LabProfile(
            name=name.strip(),
            sources={str(k): str(v) for k, v in sources.items()},
            retest_months_on_metformin=DEFAULT_RETEST_MONTHS_ON_METFORMIN if on_metformin is None else on_metformin,
            retest_months_after_low=DEFAULT_RETEST_MONTHS_AFTER_LOW if after_low is None else after_low,
            edge_resolution_mmol_per_l=resolution,
            **values,
        )
    except ProfileError as error:
        raise _located(origin, error.message) from None


def _located(origin: str, reason: Message) -> ProfileError:
    """A profile error that names the file (or "default profile") it is about."""
    return ProfileError(code="profile-located", origin=origin, reason=reason)


# Plausibility bounds of a profile's numbers, checked before any arithmetic on them.
# Not clinical constants: no lab prints a serum Mg band edge outside 0.1-10 mmol/L
# (the critical values of clinical.md lie near 0.4 and 2.1); a number written with
# an exponent beyond +-6 is a typing accident, refused before it is converted.
EDGE_MIN_MMOL_PER_L = Decimal("0.1")
EDGE_MAX_MMOL_PER_L = Decimal(10)
_MAX_EXPONENT = 6
MAX_PROFILE_BYTES = 64 * 1024  # the shipped profile is under 2 KB


def check_profile_numbers(data: Mapping[str, object], unit: MgUnit, origin: str) -> None:
    """Refuse, in one line naming the key, any profile number that is not bounded and plausible.

    Runs before anything is computed from the numbers: NaN, infinities and
    huge exponents (``1e99999999``) never reach ``Decimal`` arithmetic or
    ``int()``.  Edges must lie within 0.1-10 mmol/L (in the profile's unit)
    and the hypomagnesemia threshold between the critical low and the high
    edge; re-test months are whole numbers from 1 to ``MAX_RETEST_MONTHS``.
    """
    mmol: dict[str, Decimal] = {}
    for key in _ALL_KEYS:
        if key not in data:
            continue
        raw = data[key]
        if isinstance(raw, bool) or not isinstance(raw, (int, Decimal)):
            raise _located(origin, Message.of("profile-not-a-number", key=key, value=_short(raw)))
        written = _bounded(raw, key, origin)
        value = convert(written, unit, MgUnit.MMOL_L)
        if not EDGE_MIN_MMOL_PER_L <= value <= EDGE_MAX_MMOL_PER_L:
            edge = Message.of(
                "profile-edge-implausible",
                key=key,
                value=written,
                unit=unit,
                low=EDGE_MIN_MMOL_PER_L,
                high=EDGE_MAX_MMOL_PER_L,
            )
            raise _located(origin, edge)
        mmol[key] = value
    threshold = mmol.get("hypomagnesemia_below", LITERATURE_THRESHOLD_MMOL_PER_L)
    edges = [mmol[key] for key in _EDGE_KEYS]
    ordered = edges == sorted(edges)  # if not, LabProfile says the edges must rise
    if ordered and not mmol["critical_low_below"] <= threshold <= mmol["high_above"]:
        between = Message.of(
            "profile-threshold-between", low=mmol["critical_low_below"], high=mmol["high_above"], value=threshold
        )
        raise _located(origin, between)
    for key in _RETEST_KEYS:
        raw = data.get(key)
        if raw is None:
            continue
        if isinstance(raw, bool) or not isinstance(raw, (int, Decimal)):
            raise _located(origin, Message.of("profile-months-whole", key=key, value=_short(raw)))
        months = _bounded(raw, key, origin)
        if months != months.to_integral_value() or not 1 <= months <= MAX_RETEST_MONTHS:
            raise _located(
                origin, Message.of("profile-months-range", key=key, most=MAX_RETEST_MONTHS, value=str(months))
            )


def _bounded(raw: int | Decimal, key: str, origin: str) -> Decimal:
    """``raw`` as a Decimal, refused when not finite or written with a huge exponent (no arithmetic yet)."""
    if isinstance(raw, int):
        if not -(10**_MAX_EXPONENT) < raw < 10**_MAX_EXPONENT:
            raise _located(origin, Message.of("profile-too-large", key=key))
        return Decimal(raw)
    if not raw.is_finite():
        raise _located(origin, Message.of("profile-not-finite", key=key, value=str(raw)))
    if raw and not -_MAX_EXPONENT <= raw.adjusted() <= _MAX_EXPONENT:
        raise _located(origin, Message.of("profile-out-of-scale", key=key))
    return raw


def _short(raw: object) -> str:
    text = repr(raw)
    return text if len(text) <= 40 else f"{text[:37]}..."


def _months(data: Mapping[str, object], key: str, origin: str) -> int | None:
    """A whole number of months from parsed TOML ("12" or "12.0"), None when absent."""
    raw = data.get(key)
    if raw is None:
        return None
    if isinstance(raw, Decimal) and raw.is_finite() and raw == raw.to_integral_value():
        return int(raw)
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise _located(origin, Message.of("profile-months-whole", key=key, value=repr(raw)))
    return raw


def load_profile(path: Path) -> LabProfile:
    """Read a clinic's profile TOML file; every problem is a ProfileError."""
    try:
        if not path.is_file():
            raise ProfileError(code="profile-not-a-file", path=path)
        with path.open("rb") as file:
            data = file.read(MAX_PROFILE_BYTES + 1)
        if len(data) > MAX_PROFILE_BYTES:
            raise ProfileError(code="profile-too-big", path=path, kb=MAX_PROFILE_BYTES // 1024)
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ProfileError(code="profile-unreadable", path=path, detail=str(error)) from None
    return _profile_from_text(text, str(path))


def _profile_from_text(text: str, origin: str) -> LabProfile:
    try:
        data = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(code="profile-not-toml", origin=origin, detail=str(error)) from None
    except RecursionError:
        raise ProfileError(code="profile-too-deep", origin=origin) from None
    return profile_from_mapping(data, origin)


@functools.cache
def default_profile() -> LabProfile:
    """The profile shipped with mgdesk (0.70 mmol/L threshold, with sources)."""
    text = (importlib.resources.files("mgdesk.domain") / "default_profile.toml").read_text("utf-8")
    return _profile_from_text(text, "default profile")

"""Lab profiles: the band edges a result is classified against, with sources.

A profile is data, not code: the default ships as ``default_profile.toml``
beside this module and a clinic may load its own TOML file with the same
keys, in any supported unit.  Edges are held in mmol/L as exact decimals.
This module also owns the five categories and their FHIR interpretation
codes (LL, L, N, H, HH), the rule that decides a category from an exact
value, and the clinic's re-test intervals (policy settings, in whole months).
"""

from __future__ import annotations

import functools
import importlib.resources
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import Enum
from pathlib import Path

from mgdesk.domain.errors import MgdeskError, ProfileError
from mgdesk.domain.units import MgUnit, convert, parse_unit


class Category(Enum):
    """A result's class; the value is its slug as used in JSON output."""

    CRITICAL_LOW = "critical-low"
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"
    CRITICAL_HIGH = "critical-high"

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
}


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

# Clinic policy, not literature: the example intervals of issue 5.  A clinic
# profile that leaves them out gets these.
DEFAULT_RETEST_MONTHS_ON_METFORMIN = 12
DEFAULT_RETEST_MONTHS_AFTER_LOW = 3
_RETEST_KEYS = ("retest_months_on_metformin", "retest_months_after_low")
MAX_RETEST_MONTHS = 120


@dataclass(frozen=True, slots=True)
class LabProfile:
    """Band edges (mmol/L, exact) and where each number comes from."""

    name: str
    critical_low_below: Decimal
    low_below: Decimal
    high_above: Decimal
    critical_high_above: Decimal
    hypomagnesemia_below: Decimal
    sources: Mapping[str, str] = field(default_factory=dict)
    retest_months_on_metformin: int = DEFAULT_RETEST_MONTHS_ON_METFORMIN
    retest_months_after_low: int = DEFAULT_RETEST_MONTHS_AFTER_LOW

    def __post_init__(self) -> None:
        for key in _RETEST_KEYS:
            months = getattr(self, key)
            if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= MAX_RETEST_MONTHS:
                raise ProfileError(
                    f"Profile {self.name!r}: {key} must be a whole number of months from 1 to "
                    f"{MAX_RETEST_MONTHS}, not {months!r}."
                )
        if self.retest_months_after_low > self.retest_months_on_metformin:
            raise ProfileError(
                f"Profile {self.name!r}: retest_months_after_low ({self.retest_months_after_low}) must not be "
                f"longer than retest_months_on_metformin ({self.retest_months_on_metformin}): a low result "
                "is re-tested sooner, not later."
            )
        edges = [getattr(self, key) for key in _EDGE_KEYS]
        if any(edge <= 0 for edge in (*edges, self.hypomagnesemia_below)):
            raise ProfileError(f"Profile {self.name!r}: every edge must be greater than zero.")
        if edges != sorted(edges) or len(set(edges)) != len(edges):
            raise ProfileError(
                f"Profile {self.name!r}: edges must rise: critical_low_below < low_below "
                "< high_above < critical_high_above."
            )

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

    def is_below_threshold(self, mmol_per_l: Decimal) -> bool:
        """Whether an exact value is below the hypomagnesemia threshold."""
        return mmol_per_l < self.hypomagnesemia_below


def profile_from_mapping(data: Mapping[str, object], origin: str) -> LabProfile:
    """Build a profile from parsed TOML; ``origin`` names the file in errors."""
    try:
        unit = parse_unit(str(data.get("unit", "mmol/L")))
    except MgdeskError as error:
        raise ProfileError(f"{origin}: {error}") from None
    missing = [key for key in _EDGE_KEYS if key not in data]
    if missing:
        raise ProfileError(f"{origin}: missing {', '.join(missing)}.")
    values: dict[str, Decimal] = {}
    for key in _ALL_KEYS:
        raw = data.get(key, data.get("low_below"))
        if isinstance(raw, bool) or not isinstance(raw, (int, Decimal)):
            raise ProfileError(f"{origin}: {key} must be a number, not {raw!r}.")
        values[key] = convert(Decimal(raw), unit, MgUnit.MMOL_L)
    sources = data.get("sources", {})
    if not isinstance(sources, Mapping):
        raise ProfileError(f"{origin}: [sources] must be a table of texts.")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ProfileError(f"{origin}: the profile needs a name.")
    on_metformin = _months(data, "retest_months_on_metformin", origin)
    after_low = _months(data, "retest_months_after_low", origin)
    try:
        return LabProfile(
            name=name.strip(),
            sources={str(k): str(v) for k, v in sources.items()},
            retest_months_on_metformin=DEFAULT_RETEST_MONTHS_ON_METFORMIN if on_metformin is None else on_metformin,
            retest_months_after_low=DEFAULT_RETEST_MONTHS_AFTER_LOW if after_low is None else after_low,
            **values,
        )
    except ProfileError as error:
        raise ProfileError(f"{origin}: {error}") from None


def _months(data: Mapping[str, object], key: str, origin: str) -> int | None:
    """A whole number of months from parsed TOML ("12" or "12.0"), None when absent."""
    raw = data.get(key)
    if raw is None:
        return None
    if isinstance(raw, Decimal) and raw.is_finite() and raw == raw.to_integral_value():
        return int(raw)
    if isinstance(raw, bool) or not isinstance(raw, int):
        raise ProfileError(f"{origin}: {key} must be a whole number of months, not {raw!r}.")
    return raw


def load_profile(path: Path) -> LabProfile:
    """Read a clinic's profile TOML file; every problem is a ProfileError."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ProfileError(f"Cannot read profile {path}: {error}") from None
    return _profile_from_text(text, str(path))


def _profile_from_text(text: str, origin: str) -> LabProfile:
    try:
        data = tomllib.loads(text, parse_float=Decimal)
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(f"{origin} is not valid TOML: {error}") from None
    return profile_from_mapping(data, origin)


@functools.cache
def default_profile() -> LabProfile:
    """The profile shipped with mgdesk (0.70 mmol/L threshold, with sources)."""
    text = (importlib.resources.files("mgdesk.domain") / "default_profile.toml").read_text("utf-8")
    return _profile_from_text(text, "default profile")

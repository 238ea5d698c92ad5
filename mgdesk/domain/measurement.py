"""A magnesium result as written: its number, decimals, unit and qualifier.

``parse_measurement`` turns what people type or paste ("1,8 mg/dl", "0.70",
"<0.2 mmol/L") into a ``Measurement``; every way the text can be wrong ends in
an ``InputError`` that says what is accepted.  A ``Measurement`` cannot hold an
impossible value: zero, negative, non-finite, implausibly high and too small
to show values are refused when it is made, so no later layer has to check again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

from mgdesk.domain.display import MAX_DECIMALS
from mgdesk.domain.errors import ImplausibleValueError, InputError, UnitError
from mgdesk.domain.messages import Number, Quoted
from mgdesk.domain.units import MgUnit, convert, parse_unit

# No living patient has serum magnesium above this; a value that converts
# above it almost always carries the wrong unit.
PLAUSIBLE_MAX_MMOL_PER_L = Decimal(15)
# The smallest value every unit can show honestly: one unit in the last of the
# MAX_DECIMALS decimals the display ever prints, in mmol/L, the unit with the
# smallest numbers (mEq/L, mg/dL, mg/L and umol/L all show larger ones).  Below
# it a conversion would print "0.000000 mg/dL"; such a value is refused like an
# implausibly high one.
PLAUSIBLE_MIN_MMOL_PER_L = Decimal(1).scaleb(-MAX_DECIMALS)

QUALIFIERS = ("<", ">", "")

# The start of a value: optionally a qualifier, then a number with at most
# one decimal mark (point or comma); whatever follows is the unit.  Thousands
# separators are not accepted: "1,800" would otherwise be ambiguous with a
# decimal comma.
_NUMBER_RE = re.compile(r"(?P<qualifier>[<>]?)\s*(?P<number>\d+(?:[.,]\d*)?|[.,]\d+)")
_MAX_INPUT_LENGTH = 64
# 15 mmol/L is 15,000 umol/L, the largest number a plausible value has in any unit;
# a number of a million or more is refused before it is converted.
_MAX_MAGNITUDE = 5
# Scientific notation right after the number: "1.8e0", "18E-1", "1.8e+0".
_EXPONENT_RE = re.compile(r"^[eE][+-]?\d")


@dataclass(frozen=True, slots=True)
class Measurement:
    """A result as the lab wrote it; ``value`` keeps its written decimals."""

    value: Decimal
    unit: MgUnit
    qualifier: str = ""

    def __post_init__(self) -> None:
        if self.qualifier not in QUALIFIERS:
            raise InputError(code="qualifier-unknown", qualifier=Quoted(self.qualifier))
        if not self.value.is_finite():
            raise InputError(code="not-finite")
        if self.value <= 0:
            raise InputError(code="not-positive")
        if self.value.adjusted() < -2 * MAX_DECIMALS:  # 1e-42: refused before any arithmetic
            raise ImplausibleValueError(
                code="too-small",
                value=Number(self.text),
                unit=self.unit,
                limit_mmol_per_l=PLAUSIBLE_MIN_MMOL_PER_L,
            )
        if self.value.adjusted() > _MAX_MAGNITUDE:  # a million or more in any unit: refused before arithmetic
            raise ImplausibleValueError(
                code="implausible-far",
                value=Number(self.text),
                unit=self.unit,
                limit_mmol_per_l=PLAUSIBLE_MAX_MMOL_PER_L,
            )
        mmol = self.mmol_per_l
        if mmol > PLAUSIBLE_MAX_MMOL_PER_L:
            raise _implausible(self)
        if mmol < PLAUSIBLE_MIN_MMOL_PER_L:
            raise ImplausibleValueError(
                code="too-small",
                value=Number(self.text),
                unit=self.unit,
                limit_mmol_per_l=PLAUSIBLE_MIN_MMOL_PER_L,
            )

    @property
    def text(self) -> str:
        """The number as written, with '.' as decimal mark and its qualifier."""
        return f"{self.qualifier}{self.value:f}"

    @property
    def resolution(self) -> Decimal:
        """One unit in the last written decimal (0.1 for "1.7", 0.01 for "1.70")."""
        return Decimal(1).scaleb(self.value.as_tuple().exponent)  # type: ignore[arg-type]

    @property
    def mmol_per_l(self) -> Decimal:
        """The exact value converted to mmol/L."""
        return convert(self.value, self.unit, MgUnit.MMOL_L)

    def to(self, unit: MgUnit) -> Decimal:
        """The exact value converted to ``unit``."""
        return convert(self.value, self.unit, unit)

    def range_mmol_per_l(self) -> tuple[Decimal, Decimal]:
        """Where the true value may lie, in mmol/L, given the written resolution.

        Half a unit of the last decimal either side; a ``<`` result may be
        anything from zero up to its number, a ``>`` result anything above it
        up to ``PLAUSIBLE_MAX_MMOL_PER_L`` (both ends open at the number).
        """
        if self.qualifier == "<":
            return Decimal(0), self.mmol_per_l
        if self.qualifier == ">":
            return self.mmol_per_l, PLAUSIBLE_MAX_MMOL_PER_L
        half = self.resolution / 2
        return (
            convert(self.value - half, self.unit, MgUnit.MMOL_L),
            convert(self.value + half, self.unit, MgUnit.MMOL_L),
        )


def _implausible(measurement: Measurement) -> ImplausibleValueError:
    """'15.01 mmol/L is above 15 mmol/L ...', with the converted value shown above the limit in other units."""
    value, unit, limit = Number(measurement.text), measurement.unit, PLAUSIBLE_MAX_MMOL_PER_L
    if unit is MgUnit.MMOL_L:
        return ImplausibleValueError(code="implausible", value=value, unit=unit, limit_mmol_per_l=limit)
    mmol = measurement.mmol_per_l
    decimals = MgUnit.MMOL_L.usual_decimals
    shown = mmol.quantize(Decimal(1).scaleb(-decimals), ROUND_FLOOR)
    while shown <= PLAUSIBLE_MAX_MMOL_PER_L:  # never "is 15.00 mmol/L, above 15"
        decimals += 1
        shown = mmol.quantize(Decimal(1).scaleb(-decimals), ROUND_FLOOR)
    return ImplausibleValueError(
        code="implausible-converted", value=value, unit=unit, limit_mmol_per_l=limit, shown=shown
    )


def split_value_unit(text: str) -> tuple[str, MgUnit] | None:
    """Split "1,8 mg/dl" or "<0.2mmol/L" into the number as typed ("1,8", "<0.2") and its unit.

    None when the text carries no unit, or one that is not supported, or is
    no value at all: the caller keeps the text as it is and reports it when
    it parses the whole.  The converter and the result dialog move a typed
    unit into their unit selector with this.
    """
    try:
        _qualifier, _value, unit_text = parse_number(text)
        unit = parse_unit(unit_text) if unit_text else None
    except InputError:
        return None
    if unit is None:
        return None
    stripped = text.strip()  # the qualifier, when there is one, is its first character
    return stripped[: len(stripped) - len(unit_text)].strip(), unit


def parse_number(text: str) -> tuple[str, Decimal, str]:
    """Split typed text into (qualifier, number, unit text); raise InputError.

    One pass for every case: a single anchored match finds the qualifier and
    the number, and the rest, stripped, is the unit text ("" for a plain
    number, the common case, so reading stored values stays cheap).
    """
    stripped = text.strip()
    if not stripped:
        raise InputError(code="empty")
    if len(stripped) > _MAX_INPUT_LENGTH:
        raise InputError(code="too-long", length=len(stripped))
    match = _NUMBER_RE.match(stripped)
    if match is None:
        raise _not_a_number(stripped)
    qualifier, number = match.groups()
    end = match.end()
    unit = stripped[end:].lstrip() if end < len(stripped) else ""
    if unit:
        # "1.2.3" is no number with a unit, nor is a unit broken over lines.
        if unit[0] in "0123456789.," or "\n" in unit:
            raise _not_a_number(stripped)
        if _EXPONENT_RE.match(unit):  # "1.8e0 mg/dL" is not the unit "e0 mg/dL"
            raise InputError(code="exponent", text=Quoted(stripped))
    return qualifier, Decimal(number.replace(",", ".")), unit


def _not_a_number(text: str) -> InputError:
    lowered = text.lower()
    if lowered.lstrip("+-<> ").startswith(("nan", "inf")) or "∞" in lowered:
        return InputError(code="not-finite", text=Quoted(text))
    if text.lstrip().startswith(("-", "−")):
        return InputError(code="not-positive", text=Quoted(text))
    return InputError(code="not-a-number", text=Quoted(text))


def parse_measurement(text: str, default_unit: MgUnit | None = None) -> Measurement:
    """Parse "1,8 mg/dl", "0.74" (with ``default_unit``) or "<0.2 mmol/L".

    A unit written in the text wins over ``default_unit``; with neither, a
    ``UnitError`` lists the accepted units.
    """
    qualifier, value, unit_text = parse_number(text)
    if value <= 0:
        raise InputError(code="not-positive")
    if unit_text:
        unit = parse_unit(unit_text)
    elif default_unit is not None:
        unit = default_unit
    else:
        raise UnitError(code="unit-missing", text=Quoted(text.strip()))
    return Measurement(value=value, unit=unit, qualifier=qualifier)

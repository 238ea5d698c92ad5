"""A magnesium result as written: its number, decimals, unit and qualifier.

``parse_measurement`` turns what people type or paste ("1,8 mg/dl", "0.70",
"<0.2 mmol/L") into a ``Measurement``; every way the text can be wrong ends in
an ``InputError`` that says what is accepted.  A ``Measurement`` cannot hold an
impossible value: zero, negative, non-finite and implausibly high values are
refused when it is made, so no later layer has to check again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal, InvalidOperation

from mgdesk.domain.errors import ImplausibleValueError, InputError, UnitError
from mgdesk.domain.units import ACCEPTED_UNITS_TEXT, MgUnit, convert, parse_unit

# No living patient has serum magnesium above this; a value that converts
# above it almost always carries the wrong unit.
PLAUSIBLE_MAX_MMOL_PER_L = Decimal(15)

QUALIFIERS = ("<", ">", "")

# A value with at most one decimal mark (point or comma), optionally a
# qualifier before it and a unit after it.  Thousands separators are not
# accepted: "1,800" would otherwise be ambiguous with a decimal comma.
_VALUE_RE = re.compile(
    r"""^\s*
    (?P<qualifier>[<>])?\s*
    (?P<number>\d+(?:[.,]\d*)?|[.,]\d+)
    \s*(?P<unit>.*?)\s*$""",
    re.VERBOSE,
)
_MAX_INPUT_LENGTH = 64
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
            raise InputError(f"Unknown qualifier {self.qualifier!r}: use '<', '>' or nothing.")
        if not self.value.is_finite():
            raise InputError("The value is not a number.")
        if self.value <= 0:
            raise InputError("The value must be greater than zero.")
        if self.mmol_per_l > PLAUSIBLE_MAX_MMOL_PER_L:
            raise ImplausibleValueError(_implausible_message(self))

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


def _implausible_message(measurement: Measurement) -> str:
    """'15.01 mmol/L is above 15 mmol/L ...' with the converted value shown above the limit."""
    limit = f"{PLAUSIBLE_MAX_MMOL_PER_L} mmol/L"
    written = f"{measurement.text} {measurement.unit}"
    if measurement.unit is MgUnit.MMOL_L:
        return f"{written} is above {limit}, which no living patient has: check the unit."
    mmol = measurement.mmol_per_l
    decimals = MgUnit.MMOL_L.usual_decimals
    shown = mmol.quantize(Decimal(1).scaleb(-decimals), ROUND_FLOOR)
    while shown <= PLAUSIBLE_MAX_MMOL_PER_L:  # never "is 15.00 mmol/L, above 15"
        decimals += 1
        shown = mmol.quantize(Decimal(1).scaleb(-decimals), ROUND_FLOOR)
    return f"{written} is {shown:f} mmol/L, above {limit}, which no living patient has: check the unit."


def split_value_unit(text: str) -> tuple[str, MgUnit] | None:
    """Split "1,8 mg/dl" or "<0.2mmol/L" into the number as typed ("1,8", "<0.2") and its unit.

    None when the text carries no unit, or one that is not supported, or is
    no value at all: the caller keeps the text as it is and reports it when
    it parses the whole.  The converter and the result dialog move a typed
    unit into their unit selector with this.
    """
    try:
        qualifier, _value, unit_text = parse_number(text)
        unit = parse_unit(unit_text) if unit_text else None
    except InputError:
        return None
    if unit is None:
        return None
    stripped = text.strip()
    number = stripped[: len(stripped) - len(unit_text)].strip()
    if not number.startswith(qualifier):  # pragma: no cover - the qualifier is always written first
        number = qualifier + number
    return number, unit


def parse_number(text: str) -> tuple[str, Decimal, str]:
    """Split typed text into (qualifier, number, unit text); raise InputError."""
    stripped = text.strip()
    return _plain_number(stripped) or _parse_number(stripped)


def _plain_number(stripped: str) -> tuple[str, Decimal, str] | None:
    """The common case without the pattern: ASCII digits with at most one mark, maybe a qualifier.

    "0.74", "1,8", "<0.2", ">2", ".5", "12."; anything else (white space
    after a qualifier, a unit, other digits, a second mark) is None and goes
    to ``_parse_number``, whose answer this must equal (a property test
    holds the two together).
    """
    number = stripped[1:] if stripped.startswith(("<", ">")) else stripped
    if not number.isascii() or len(stripped) > _MAX_INPUT_LENGTH:
        return None
    whole, _, fraction = number.replace(",", ".", 1).partition(".")
    if not (whole.isdigit() or (not whole and fraction)) or not (fraction.isdigit() or not fraction):
        return None
    return stripped[: len(stripped) - len(number)], Decimal(f"{whole}.{fraction}"), ""


def _parse_number(stripped: str) -> tuple[str, Decimal, str]:
    """``parse_number`` through the pattern (every case, every message)."""
    if not stripped:
        raise InputError("Enter a value, e.g. 1.8 mg/dL or 0.74 mmol/L.")
    if len(stripped) > _MAX_INPUT_LENGTH:
        raise InputError(f"The entry is too long ({len(stripped)} characters) for one value.")
    match = _VALUE_RE.match(stripped)
    if match is None:
        raise InputError(_not_a_number_message(stripped))
    if match["unit"][:1] in tuple("0123456789.,"):  # "1.2.3" is no number with a unit
        raise InputError(_not_a_number_message(stripped))
    if _EXPONENT_RE.match(match["unit"]):  # "1.8e0 mg/dL" is not the unit "e0 mg/dL"
        raise InputError(
            f"{stripped!r} has an exponent: write the value as the lab printed it, without one "
            "(1.8 or 1,8), optionally followed by its unit."
        )
    number = match["number"].replace(",", ".")
    try:
        value = Decimal(number)
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise InputError(_not_a_number_message(stripped)) from None
    return match["qualifier"] or "", value, match["unit"]


def _not_a_number_message(text: str) -> str:
    lowered = text.lower()
    if lowered.lstrip("+-<> ").startswith(("nan", "inf")) or "∞" in lowered:
        return "The value is not a number (NaN or infinity): enter a measured value."
    if text.lstrip().startswith(("-", "−")):
        return "The value must be greater than zero."
    return (
        f"{text!r} is not a value: write a number with a decimal point or comma "
        "(1.8 or 1,8), optionally followed by its unit."
    )


def parse_measurement(text: str, default_unit: MgUnit | None = None) -> Measurement:
    """Parse "1,8 mg/dl", "0.74" (with ``default_unit``) or "<0.2 mmol/L".

    A unit written in the text wins over ``default_unit``; with neither, a
    ``UnitError`` lists the accepted units.
    """
    qualifier, value, unit_text = parse_number(text)
    if value <= 0:
        raise InputError("The value must be greater than zero.")
    if unit_text:
        unit = parse_unit(unit_text)
    elif default_unit is not None:
        unit = default_unit
    else:
        raise UnitError(f"Give the unit of {text.strip()!r}. Accepted units: {ACCEPTED_UNITS_TEXT}.")
    return Measurement(value=value, unit=unit, qualifier=qualifier)

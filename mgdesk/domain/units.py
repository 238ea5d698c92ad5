"""Magnesium units: the supported set, their spellings, and exact conversion.

This module owns the program's one pint registry, built from
``magnesium_units.txt`` (molar mass 24.305 g/mol, charge 2) with ``Decimal``
magnitudes so conversions keep every written digit.  Lab spellings are mapped
here by hand: pint would read ``Mg/dL`` as megagram per decilitre and, case
insensitive, ``mg/dL`` as milligauss.  Conversion factors are asked of pint
once per unit pair and cached, so converting a value is one multiplication.
The unit names alone import nothing more (no ``decimal``, no errors, no
``importlib.resources``): the window's first frame shows them before
anything converts (README, "Measured").
"""

from __future__ import annotations

import functools
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal

    import pint


class MgUnit(StrEnum):
    """A supported magnesium concentration unit; the value is its display spelling."""

    MG_DL = "mg/dL"
    MG_L = "mg/L"
    MMOL_L = "mmol/L"
    UMOL_L = "umol/L"
    MEQ_L = "mEq/L"

    @property
    def usual_decimals(self) -> int:
        """Decimals labs usually print in this unit (the display minimum)."""
        return _USUAL_DECIMALS[self]

    @property
    def ucum(self) -> str:
        """The UCUM code of this unit, for interchange."""
        return _UCUM[self]


_USUAL_DECIMALS = {
    MgUnit.MG_DL: 1,
    MgUnit.MG_L: 0,
    MgUnit.MMOL_L: 2,
    MgUnit.UMOL_L: 0,
    MgUnit.MEQ_L: 2,
}

_UCUM = {
    MgUnit.MG_DL: "mg/dL",
    MgUnit.MG_L: "mg/L",
    MgUnit.MMOL_L: "mmol/L",
    MgUnit.UMOL_L: "umol/L",
    MgUnit.MEQ_L: "meq/L",
}

# The units a clinician reads every result in, in the order they are shown.
DISPLAY_UNITS: tuple[MgUnit, ...] = (MgUnit.MMOL_L, MgUnit.MG_DL, MgUnit.MEQ_L)

# Spellings seen in real lab data, keyed after white space is removed and the
# text lower-cased ("mM" is the one spelling whose case matters: "MM" or "mm"
# would be millimetres, so it is matched exactly, before lower-casing).
_SPELLINGS_EXACT = {"mM": MgUnit.MMOL_L}
_SPELLINGS_FOLDED = {
    "mg/dl": MgUnit.MG_DL,
    "mg/100ml": MgUnit.MG_DL,
    "mg%": MgUnit.MG_DL,
    "mg/l": MgUnit.MG_L,
    "mmol/l": MgUnit.MMOL_L,
    "umol/l": MgUnit.UMOL_L,
    "µmol/l": MgUnit.UMOL_L,  # U+00B5 MICRO SIGN
    "μmol/l": MgUnit.UMOL_L,  # U+03BC GREEK SMALL LETTER MU
    "meq/l": MgUnit.MEQ_L,
}

ACCEPTED_UNITS_TEXT = (
    "mg/dL (also mg/dl, mg/100mL, mg%), mg/L, mmol/L (also mmol/l, mM), umol/L (also µmol/L), mEq/L (also meq/L, mEq/l)"
)


def parse_unit(text: str) -> MgUnit:
    """Map a unit as written by a lab to a supported unit, or raise UnitError."""
    compact = "".join(text.split())
    if not compact:
        from mgdesk.domain.errors import UnitError  # on the error path only (module docstring)

        raise UnitError(code="unit-none")
    unit = _SPELLINGS_EXACT.get(compact) or _SPELLINGS_FOLDED.get(compact.lower())
    if unit is None:
        from mgdesk.domain.errors import UnitError
        from mgdesk.domain.messages import Quoted  # messages reads this module's accepted spellings

        raise UnitError(code="unit-unknown", unit=Quoted(text.strip()))
    return unit


# pint spellings of our units, parsed once when the registry is built.
_PINT_SPELLING = {
    MgUnit.MG_DL: "mg/dL",
    MgUnit.MG_L: "mg/L",
    MgUnit.MMOL_L: "mmol/L",
    MgUnit.UMOL_L: "umol/L",
    MgUnit.MEQ_L: "mEq/L",
}


@functools.cache
def registry() -> pint.UnitRegistry[Decimal]:
    """The program's one pint registry (built on first use, then shared)."""
    import importlib.resources
    from decimal import Decimal

    import pint

    definitions = importlib.resources.files("mgdesk.domain") / "magnesium_units.txt"
    with importlib.resources.as_file(definitions) as path:
        return pint.UnitRegistry(str(path), non_int_type=Decimal)


@functools.cache
def pint_unit(unit: MgUnit) -> pint.Unit:
    """The registry's unit object for a supported unit."""
    return registry().Unit(_PINT_SPELLING[unit])


@functools.cache
def factor(source: MgUnit, target: MgUnit) -> Decimal:
    """Exact factor that turns a value in ``source`` into ``target`` (via pint)."""
    from decimal import Decimal

    if source is target:
        return Decimal(1)
    ureg = registry()
    one = ureg.Quantity(Decimal(1), pint_unit(source))
    magnitude = one.to(pint_unit(target), "Mg2").magnitude
    return Decimal(magnitude)


def convert(value: Decimal, source: MgUnit, target: MgUnit) -> Decimal:
    """Convert a concentration between supported units, exactly (28 digits)."""
    return value * factor(source, target)

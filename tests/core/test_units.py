"""Conversion factors and unit spellings against docs/clinical.md (CIAAW molar mass, Merck Manual unit conversions)."""

from decimal import Decimal

import pytest

from mgdesk.domain.errors import MgdeskError, UnitError
from mgdesk.domain.units import MgUnit, convert, factor, parse_unit, registry


def test_one_mmol_per_litre_is_2_4305_mg_per_dl() -> None:
    assert convert(Decimal(1), MgUnit.MMOL_L, MgUnit.MG_DL) == Decimal("2.4305")


def test_one_mg_per_dl_is_0_41144_mmol_per_litre() -> None:
    assert round(convert(Decimal(1), MgUnit.MG_DL, MgUnit.MMOL_L), 5) == Decimal("0.41144")
    assert round(convert(Decimal(1), MgUnit.MG_DL, MgUnit.MEQ_L), 5) == Decimal("0.82288")


def test_meq_to_mmol_is_two_to_one_for_magnesium() -> None:
    # UCUM (and ucumvert) define eq = mol, which would make this 1:1: wrong for Mg2+.
    assert convert(Decimal(1), MgUnit.MMOL_L, MgUnit.MEQ_L) == Decimal(2)
    assert convert(Decimal(1), MgUnit.MEQ_L, MgUnit.MMOL_L) == Decimal("0.5")


def test_generic_ucum_equivalent_would_be_wrong() -> None:
    # The trap this project avoids: treating 1 mEq as 1 mmol.  Our registry's
    # equivalent is half a mole, so the two units must not be equal.
    ureg = registry()
    assert ureg.Quantity(1, "mEq/L").to("mmol/L").magnitude == Decimal("0.5")
    assert ureg.Quantity(1, "mEq/L").to("mmol/L").magnitude != 1


def test_mass_units_and_micromoles() -> None:
    assert convert(Decimal(1), MgUnit.MG_DL, MgUnit.MG_L) == Decimal(10)
    assert convert(Decimal(1), MgUnit.MMOL_L, MgUnit.UMOL_L) == Decimal(1000)
    assert convert(Decimal("24.305"), MgUnit.MG_L, MgUnit.MMOL_L) == Decimal(1)


def test_factor_is_exact_inverse() -> None:
    for source in MgUnit:
        for target in MgUnit:
            product = factor(source, target) * factor(target, source)
            assert abs(product - 1) < Decimal("1e-25"), (source, target)


@pytest.mark.parametrize(
    ("written", "unit"),
    [
        ("mg/dL", MgUnit.MG_DL),
        ("mg/dl", MgUnit.MG_DL),
        ("mg/100mL", MgUnit.MG_DL),
        ("mg%", MgUnit.MG_DL),
        ("mg / dl", MgUnit.MG_DL),
        ("mg/L", MgUnit.MG_L),
        ("mmol/L", MgUnit.MMOL_L),
        ("mmol/l", MgUnit.MMOL_L),
        ("mM", MgUnit.MMOL_L),
        ("umol/L", MgUnit.UMOL_L),
        ("µmol/L", MgUnit.UMOL_L),
        ("μmol/L", MgUnit.UMOL_L),
        ("umol/l", MgUnit.UMOL_L),
        ("mEq/L", MgUnit.MEQ_L),
        ("meq/L", MgUnit.MEQ_L),
        ("mEq/l", MgUnit.MEQ_L),
    ],
)
def test_lab_spellings(written: str, unit: MgUnit) -> None:
    assert parse_unit(written) is unit


def test_megagram_spelling_is_never_megagram() -> None:
    # pint would read "Mg/dL" as megagram per decilitre (10**9 times too much).
    assert parse_unit("Mg/dL") is MgUnit.MG_DL
    assert convert(Decimal("1.8"), parse_unit("Mg/dL"), MgUnit.MMOL_L) < 1


@pytest.mark.parametrize("written", ["", "  ", "g/L", "mmol", "MM", "mm", "mg/dL/L", "mol/L", "milligauss", "%"])
def test_unknown_units_are_refused_with_the_accepted_list(written: str) -> None:
    with pytest.raises(UnitError) as raised:
        parse_unit(written)
    assert isinstance(raised.value, MgdeskError)
    assert "mg/dL" in str(raised.value)
    assert "mEq/L" in str(raised.value)


def test_ucum_codes() -> None:
    assert [unit.ucum for unit in MgUnit] == ["mg/dL", "mg/L", "mmol/L", "umol/L", "meq/L"]

"""The interchange rules' one home: LOINC codes, units, lab flags and drug codes."""

from __future__ import annotations

import pytest

from mgdesk.domain.classify import classify
from mgdesk.domain.lab import (
    ATC_SYSTEM,
    RXNORM_SYSTEM,
    code_disagrees_with_unit,
    drug_class_from_code,
    drug_class_from_codes,
    flag_disagrees,
    loinc_for,
    magnesium_code,
)
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.records import DrugClass, Specimen
from mgdesk.domain.units import MgUnit


@pytest.mark.parametrize(
    ("unit", "specimen", "code"),
    [
        (MgUnit.MG_DL, Specimen.SERUM, "19123-9"),
        (MgUnit.MG_L, Specimen.PLASMA, "19123-9"),
        (MgUnit.MMOL_L, Specimen.SERUM, "2601-3"),
        (MgUnit.UMOL_L, Specimen.SERUM, "2601-3"),
        (MgUnit.MEQ_L, Specimen.SERUM, "2601-3"),
        (MgUnit.MMOL_L, Specimen.URINE, "2598-1"),
        (MgUnit.MG_DL, Specimen.RED_CELL, "2597-3"),
    ],
)
def test_loinc_by_the_units_property_and_the_specimen(unit: MgUnit, specimen: Specimen, code: str) -> None:
    assert loinc_for(unit, specimen) == code
    found = magnesium_code(code)
    assert found is not None
    assert not code_disagrees_with_unit(found, unit)


def test_a_code_disagreeing_with_its_unit_and_codes_that_are_not_magnesium() -> None:
    moles, mass = magnesium_code("2601-3"), magnesium_code("19123-9")
    assert moles is not None
    assert mass is not None
    assert code_disagrees_with_unit(moles, MgUnit.MG_DL)
    assert code_disagrees_with_unit(mass, MgUnit.MMOL_L)
    assert magnesium_code("2532-0") is None  # LDH, a common miscoding for magnesium


@pytest.mark.parametrize(
    ("text", "flag", "disagrees"),
    [
        ("0.75 mmol/L", "L", True),
        ("0.75 mmol/L", "N", False),
        ("0.65 mmol/L", "L", False),
        ("0.65 mmol/L", "", False),
        ("0.65 mmol/L", "A", False),  # abnormal names no class
        ("1.7 mg/dL", "L", False),  # borderline: 0.68 to 0.72 mmol/L
        ("1.7 mg/dL", "N", False),
        ("1.7 mg/dL", "HH", True),
        ("<0.9 mmol/L", "L", False),  # indeterminate: could be low or normal
        ("<0.9 mmol/L", "N", False),
        ("<0.9 mmol/L", "H", True),
    ],
)
def test_a_lab_flag_disagrees_only_with_a_class_the_result_cannot_be_in(text: str, flag: str, disagrees: bool) -> None:
    assert flag_disagrees(flag, classify(parse_measurement(text))) is disagrees


def test_drug_codes() -> None:
    assert drug_class_from_code(RXNORM_SYSTEM, "6809") is DrugClass.METFORMIN
    assert drug_class_from_code(RXNORM_SYSTEM, "860981") is DrugClass.METFORMIN
    assert drug_class_from_code(ATC_SYSTEM, "A10BA02") is DrugClass.METFORMIN
    assert drug_class_from_code(ATC_SYSTEM, "A10BB09") is DrugClass.SULFONYLUREA
    assert drug_class_from_code(ATC_SYSTEM, "A10AB01") is DrugClass.INSULIN
    assert drug_class_from_code(ATC_SYSTEM, "A02BC01") is DrugClass.PROTON_PUMP_INHIBITOR
    assert drug_class_from_code(ATC_SYSTEM, "C03CA01") is DrugClass.LOOP_DIURETIC
    assert drug_class_from_code(ATC_SYSTEM, "C03AA03") is DrugClass.THIAZIDE_DIURETIC
    assert drug_class_from_code(ATC_SYSTEM, "A12CC05") is DrugClass.MAGNESIUM_SUPPLEMENT
    assert drug_class_from_code(ATC_SYSTEM, "N02BE01") is None
    assert drug_class_from_codes([], "Metformin 500 mg ER") is DrugClass.METFORMIN
    assert drug_class_from_codes([("urn:other", "x")], "paracetamol") is None

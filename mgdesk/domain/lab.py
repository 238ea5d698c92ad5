"""What a laboratory's codes mean to mgdesk: LOINC, result status, flags and drug codes.

The one home of the interchange rules that HL7 v2 and FHIR readers and the
FHIR writer share: which LOINC codes are magnesium and on which specimen
(19123-9 mass and 2601-3 moles per volume in serum or plasma; 2598-1 urine;
2597-3 red cells), which LOINC code a unit's property calls for, when a code
disagrees with the unit that travels with the value (the unit is trusted, the
code only warned about), the lab's result status, whether the lab's abnormal
flag disagrees with mgdesk's class, and which RxNorm / ATC codes name the drug
classes mgdesk tracks (WHO ATC index; RxNorm ingredient 6809 metformin and its
products 860975 and 860981).  Sources: README "The numbers" and docs/clinical.md.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from mgdesk.domain.classify import Classification
from mgdesk.domain.records import DrugClass, ResultStatus, Specimen
from mgdesk.domain.units import MgUnit

LOINC_SYSTEM = "http://loinc.org"
RXNORM_SYSTEM = "http://www.nlm.nih.gov/research/umls/rxnorm"
ATC_SYSTEM = "http://www.whocc.no/atc"
UCUM_SYSTEM = "http://unitsofmeasure.org"
INTERPRETATION_SYSTEM = "http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"

SERUM_MASS_LOINC = "19123-9"  # Magnesium [Mass/volume] in Serum or Plasma
SERUM_MOLES_LOINC = "2601-3"  # Magnesium [Moles/volume] in Serum or Plasma
URINE_LOINC = "2598-1"  # Magnesium in Urine
RED_CELL_LOINC = "2597-3"  # Magnesium in Red Blood Cells

MASS_UNITS = frozenset({MgUnit.MG_DL, MgUnit.MG_L})


@dataclass(frozen=True, slots=True)
class MagnesiumCode:
    """A LOINC magnesium code: the specimen it names and, for serum, the property (mass or moles)."""

    code: str
    specimen: Specimen
    mass: bool | None  # None: the property is not checked against the unit


MAGNESIUM_LOINC: dict[str, MagnesiumCode] = {
    SERUM_MASS_LOINC: MagnesiumCode(SERUM_MASS_LOINC, Specimen.SERUM, mass=True),
    SERUM_MOLES_LOINC: MagnesiumCode(SERUM_MOLES_LOINC, Specimen.SERUM, mass=False),
    URINE_LOINC: MagnesiumCode(URINE_LOINC, Specimen.URINE, mass=None),
    RED_CELL_LOINC: MagnesiumCode(RED_CELL_LOINC, Specimen.RED_CELL, mass=None),
}


def magnesium_code(code: str) -> MagnesiumCode | None:
    """The magnesium LOINC code ``code`` names, or None (not magnesium)."""
    return MAGNESIUM_LOINC.get(code.strip())


# The words a lab may name magnesium by, as a code or a test name.
MAGNESIUM_WORDS = re.compile(r"\b(?:mg|magnesium)\b", re.IGNORECASE)


def names_magnesium(code: str, system: str, text: str) -> bool:
    """Whether a lab's own test code (not LOINC) may be magnesium: its code or name is "MG" or "Magnesium".

    Such a code is only offered to the user to map ("LAB code MG = serum
    magnesium"), never read as magnesium unasked.  A LOINC code is never
    offered: a LOINC code that is not a magnesium code (``magnesium_code``) is
    another test, whatever its name says (public samples send LDH's 2532-0
    named "Magnesium").
    """
    if system.strip().upper() in ("LN", "LOINC") or not code.strip():
        return False
    return any(MAGNESIUM_WORDS.search(part) for part in (code, text))


def loinc_for(unit: MgUnit, specimen: Specimen) -> str:
    """The LOINC code of a result in ``unit`` on ``specimen`` (serum: by the unit's property).

    mEq/L counts as an amount of substance (UCUM's equivalent is a mole), so
    it takes the moles-per-volume code like mmol/L.
    """
    if specimen is Specimen.URINE:
        return URINE_LOINC
    if specimen is Specimen.RED_CELL:
        return RED_CELL_LOINC
    return SERUM_MASS_LOINC if unit in MASS_UNITS else SERUM_MOLES_LOINC


def code_disagrees_with_unit(code: MagnesiumCode, unit: MgUnit) -> bool:
    """Whether a serum code's property (mass or moles) contradicts the unit sent with the value.

    Public samples often send 2601-3 with mg/dL; the value is read in its own
    unit and this is only warned about, never converted on the code.
    """
    if code.mass is None:
        return False
    return code.mass != (unit in MASS_UNITS)


# HL7 v2 table 0085; None: not stored (X cancelled, D deleted, W wrong patient / entered in error).
HL7_STATUS: dict[str, ResultStatus | None] = {
    "F": ResultStatus.FINAL,
    "C": ResultStatus.CORRECTED,
    "P": ResultStatus.PRELIMINARY,
    "X": None,
    "D": None,
    "W": None,
}
# FHIR R4 ObservationStatus; None: not stored.
FHIR_STATUS: dict[str, ResultStatus | None] = {
    "final": ResultStatus.FINAL,
    "amended": ResultStatus.CORRECTED,
    "corrected": ResultStatus.CORRECTED,
    "preliminary": ResultStatus.PRELIMINARY,
    "entered-in-error": None,
    "cancelled": None,
}

# Flags (HL7 v2 table 0078 / v3 ObservationInterpretation) that claim a class.
_CLASS_FLAGS = frozenset({"LL", "L", "N", "H", "HH"})


def flag_disagrees(lab_flag: str | None, classification: Classification) -> bool:
    """Whether the lab's abnormal flag names a class the result cannot be in, for mgdesk.

    Only the class flags (LL, L, N, H, HH) are compared; an empty flag, or
    one such as A (abnormal) that names no class, never disagrees.  A flag
    agrees with the class, with any band a qualified result could be in, and,
    for a borderline result, with the band on either side of its written
    precision (the lab may have classed the other end of it).
    """
    flag = (lab_flag or "").strip().upper()
    if flag not in _CLASS_FLAGS:
        return False
    profile = classification.profile
    low, high = classification.range_mmol_per_l
    possible = {classification.category, *classification.possible}
    if classification.borderline and not classification.measurement.qualifier:
        possible |= {profile.category_of(low), profile.category_of(high)}
    return flag not in {category.interpretation for category in possible}


# Drug codes: RxNorm for metformin (ingredient and the two ER products), ATC
# groups for every class mgdesk tracks.
RXNORM_METFORMIN = "6809"
RXNORM_PRODUCT_STRENGTH_MG: dict[str, Decimal] = {"860975": Decimal(500), "860981": Decimal(750)}
_RXNORM_CLASSES = {RXNORM_METFORMIN: DrugClass.METFORMIN} | dict.fromkeys(
    RXNORM_PRODUCT_STRENGTH_MG, DrugClass.METFORMIN
)
ATC_GROUPS: dict[DrugClass, str] = {
    DrugClass.METFORMIN: "A10BA02",
    DrugClass.SULFONYLUREA: "A10BB",
    DrugClass.INSULIN: "A10A",
    DrugClass.PROTON_PUMP_INHIBITOR: "A02BC",
    DrugClass.LOOP_DIURETIC: "C03C",
    DrugClass.THIAZIDE_DIURETIC: "C03A",
    DrugClass.MAGNESIUM_SUPPLEMENT: "A12CC",
}


def drug_class_from_code(system: str, code: str) -> DrugClass | None:
    """The drug class an RxNorm or ATC code names, or None."""
    code = code.strip().upper()
    if system == RXNORM_SYSTEM:
        return _RXNORM_CLASSES.get(code)
    if system == ATC_SYSTEM:
        # The longest matching ATC group wins (A10BA02 before any A10B group).
        matches = [(len(group), c) for c, group in ATC_GROUPS.items() if code.startswith(group)]
        return max(matches, key=lambda m: m[0])[1] if matches else None
    return None


def drug_class_from_codes(codings: Iterable[tuple[str, str]], text: str) -> DrugClass | None:
    """The class named by any (system, code), else by the drug's text ("Metformin 500 mg"), else None."""
    for system, code in codings:
        found = drug_class_from_code(system, code)
        if found is not None:
            return found
    words = text.lower()
    if "metformin" in words:
        return DrugClass.METFORMIN
    return None

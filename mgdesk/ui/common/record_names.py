"""The window's names for the record vocabularies of the domain: drug classes and specimens.

The domain's enum values (``DrugClass``, ``Specimen``) are what the
database stores and the files carry, so they never change; these tables give
each one the words the window and the report show, through Qt's translation
(``QT_TRANSLATE_NOOP`` marks each for ``pyside6-lupdate``).  A value with no
entry is shown as stored.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from mgdesk.domain.records import DrugClass, Specimen

_DRUG_CLASSES: dict[DrugClass, object] = {
    DrugClass.METFORMIN: QT_TRANSLATE_NOOP("records", "metformin"),
    DrugClass.SULFONYLUREA: QT_TRANSLATE_NOOP("records", "sulfonylurea"),
    DrugClass.INSULIN: QT_TRANSLATE_NOOP("records", "insulin"),
    DrugClass.DPP4_INHIBITOR: QT_TRANSLATE_NOOP("records", "DPP-4 inhibitor"),
    DrugClass.SGLT2_INHIBITOR: QT_TRANSLATE_NOOP("records", "SGLT2 inhibitor"),
    DrugClass.GLP1_AGONIST: QT_TRANSLATE_NOOP("records", "GLP-1 agonist"),
    DrugClass.PROTON_PUMP_INHIBITOR: QT_TRANSLATE_NOOP("records", "proton-pump inhibitor"),
    DrugClass.LOOP_DIURETIC: QT_TRANSLATE_NOOP("records", "loop diuretic"),
    DrugClass.THIAZIDE_DIURETIC: QT_TRANSLATE_NOOP("records", "thiazide diuretic"),
    DrugClass.MAGNESIUM_SUPPLEMENT: QT_TRANSLATE_NOOP("records", "magnesium supplement"),
    DrugClass.OTHER: QT_TRANSLATE_NOOP("records", "other"),
}

_SPECIMENS: dict[Specimen, object] = {
    Specimen.SERUM: QT_TRANSLATE_NOOP("records", "serum"),
    Specimen.PLASMA: QT_TRANSLATE_NOOP("records", "plasma"),
    Specimen.URINE: QT_TRANSLATE_NOOP("records", "urine"),
    Specimen.RED_CELL: QT_TRANSLATE_NOOP("records", "red-cell"),
}


def drug_class_name(drug_class: DrugClass) -> str:
    text = _DRUG_CLASSES.get(drug_class)
    return drug_class.value if text is None else QCoreApplication.translate("records", str(text))


def specimen_name(specimen: Specimen) -> str:
    text = _SPECIMENS.get(specimen)
    return specimen.value if text is None else QCoreApplication.translate("records", str(text))

"""A synthetic demo clinic: deterministic, plainly labelled, resembling the Fremantle groups.

``demo_clinic`` draws about 270 patients (200 on metformin) from a seeded
numpy ``Generator``, so the same seed and end date always give the same
clinic.  Every patient is synthetic and says so: clinic ids ``DEMO-0001``...,
the name "Synthetic patient 0001" and notes starting ``SYNTHETIC_NOTE``.

Where the numbers come from:

- From ``clinical.md`` (Peters et al., PLoS One 2013;8(9):e74355, Fremantle
  Diabetes Study): the four treatment groups and their mean serum Mg,
  ``GROUP_MEANS_MMOL_PER_L``; the direction of the proton-pump inhibitor
  effect (lower, Kurstjens et al. 2017); the lab units and their usual
  decimals; urine results existing beside serum ones.
- Invented for the demo, illustrative only and not to be read as clinical
  facts: group sizes, the spread between and within patients, the yearly
  decline on metformin, the size of the PPI and supplement effects, the
  shares of patients with each co-medication, doses and dose steps, test
  intervals, lab unit mix, and the urine values.  They were chosen so the
  screens show falling patients, some alerts and a realistic unit mix.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from mgdesk.domain.cohort import PatientHistory
from mgdesk.domain.exposure import DAYS_PER_YEAR
from mgdesk.domain.measurement import Measurement
from mgdesk.domain.records import (
    DrugClass,
    MagnesiumResult,
    MedicationCourse,
    Patient,
    Sex,
    Specimen,
)
from mgdesk.domain.units import MgUnit, convert

DEMO_SEED = 20130917
DEMO_END = dt.date(2025, 12, 31)
SYNTHETIC_NOTE = "synthetic demo patient"

# clinical.md: Peters et al. 2013 (Fremantle), mean serum Mg by treatment group.
GROUP_MEANS_MMOL_PER_L: dict[str, float] = {
    "diet only": 0.85,
    "metformin only": 0.81,
    "sulfonylurea only": 0.83,
    "metformin + sulfonylurea": 0.74,
}

# Everything below is invented for the demo (illustrative).
GROUP_SIZES: dict[str, int] = {
    "diet only": 40,
    "metformin only": 110,
    "sulfonylurea only": 30,
    "metformin + sulfonylurea": 90,
}
BETWEEN_PATIENT_SD = 0.07
WITHIN_PATIENT_SD = 0.035
DECLINE_MEAN_PER_YEAR = -0.015  # on metformin only; no decline is modelled otherwise
DECLINE_SD_PER_YEAR = 0.012
PPI_SHARE, PPI_EFFECT = 0.20, -0.05
SUPPLEMENT_SHARE, SUPPLEMENT_EFFECT = 0.08, 0.06
THIAZIDE_SHARE = 0.10  # drawn in the medication lanes; no effect modelled
URINE_SHARE = 0.06
LOWEST_MMOL_PER_L = 0.30


@dataclass(frozen=True, slots=True)
class _LabUnit:
    spelling: str
    unit: MgUnit
    decimals: int
    weight: float


# How labs write their units (spellings from clinical.md), with invented shares.
_LAB_UNITS = (
    _LabUnit("mmol/L", MgUnit.MMOL_L, 2, 0.40),
    _LabUnit("mmol/l", MgUnit.MMOL_L, 2, 0.10),
    _LabUnit("mg/dL", MgUnit.MG_DL, 1, 0.20),
    _LabUnit("mg/dl", MgUnit.MG_DL, 2, 0.10),
    _LabUnit("mEq/L", MgUnit.MEQ_L, 2, 0.12),
    _LabUnit("meq/L", MgUnit.MEQ_L, 1, 0.08),
)
_LAB_WEIGHTS = np.array([lab.weight for lab in _LAB_UNITS]) / sum(lab.weight for lab in _LAB_UNITS)
_LABS = ("North Pathology", "City Hospital Lab", "Coastal Diagnostics")


def is_synthetic(patient: Patient) -> bool:
    """Whether a patient was made by this generator."""
    return patient.clinic_id.startswith("DEMO-") and patient.notes.startswith(SYNTHETIC_NOTE)


def demo_clinic(seed: int = DEMO_SEED, end: dt.date = DEMO_END) -> list[PatientHistory]:
    """The demo clinic as of ``end``: deterministic for a given seed and end date."""
    rng = np.random.default_rng(seed)
    histories: list[PatientHistory] = []
    for group, size in GROUP_SIZES.items():
        offsets = rng.normal(0, BETWEEN_PATIENT_SD, size)
        offsets -= offsets.mean()  # so each group's patient levels average exactly its Fremantle mean
        for offset in offsets:
            number = len(histories) + 1
            level = GROUP_MEANS_MMOL_PER_L[group] + float(offset)
            histories.append(_patient(rng, number, group, level, end))
    return histories


def _days(years: float) -> dt.timedelta:
    return dt.timedelta(days=round(years * DAYS_PER_YEAR))


def _patient(rng: np.random.Generator, number: int, group: str, level: float, end: dt.date) -> PatientHistory:
    on_metformin = "metformin" in group
    first_result = end - _days(float(rng.uniform(3, 10)))
    courses: list[MedicationCourse] = []
    metformin_start: dt.date | None = None
    if on_metformin:
        before = float(rng.uniform(0.25, 1.5)) if rng.random() < 0.4 else 0.0
        metformin_start = first_result + _days(before)
        courses += _metformin_courses(rng, metformin_start, end)
    if "sulfonylurea" in group:
        anchor = metformin_start or first_result
        start = anchor + _days(float(rng.uniform(0, 1.5)))
        gliclazide_mg = Decimal(int(rng.choice([40, 80, 160])))
        courses.append(MedicationCourse(DrugClass.SULFONYLUREA, "gliclazide", start, None, gliclazide_mg))
    effects: list[tuple[MedicationCourse, float]] = []
    for drug_class, drug, dose, share, effect in (
        (DrugClass.PROTON_PUMP_INHIBITOR, "omeprazole", 20, PPI_SHARE, PPI_EFFECT),
        (DrugClass.MAGNESIUM_SUPPLEMENT, "magnesium oxide", 400, SUPPLEMENT_SHARE, SUPPLEMENT_EFFECT),
        (DrugClass.THIAZIDE_DIURETIC, "hydrochlorothiazide", 25, THIAZIDE_SHARE, 0.0),
    ):
        if rng.random() < share:
            start = first_result + (end - first_result) * float(rng.uniform(-0.3, 0.8))
            medication = MedicationCourse(drug_class, drug, start, None, Decimal(dose))
            courses.append(medication)
            effects.append((medication, effect))

    decline = float(rng.normal(DECLINE_MEAN_PER_YEAR, DECLINE_SD_PER_YEAR)) if on_metformin else 0.0
    days = _result_days(rng, first_result, end)
    years_on = np.array(
        [max(0.0, (day - metformin_start).days / DAYS_PER_YEAR) if metformin_start else 0.0 for day in days]
    )
    # Centre the decline on the patient's own follow-up so their mean stays at ``level``.
    drift = decline * (years_on - years_on.mean())
    noise = rng.normal(0, WITHIN_PATIENT_SD, len(days))
    home_lab = int(rng.choice(len(_LAB_UNITS), p=_LAB_WEIGHTS))
    results = []
    for day, change, jitter in zip(days, drift, noise, strict=True):
        mmol = level + float(change) + float(jitter)
        mmol += sum(effect for medication, effect in effects if medication.active_on(day))
        lab = home_lab if rng.random() < 0.85 else int(rng.choice(len(_LAB_UNITS), p=_LAB_WEIGHTS))
        results.append(_result(day, max(mmol, LOWEST_MMOL_PER_L), _LAB_UNITS[lab], Specimen.SERUM, _LABS[lab % 3]))
    if rng.random() < URINE_SHARE:
        day = days[int(rng.integers(len(days)))]
        urine_lab = _LabUnit("mmol/L", MgUnit.MMOL_L, 1, 0)
        results.append(_result(day, float(rng.uniform(1.5, 5.0)), urine_lab, Specimen.URINE, _LABS[home_lab % 3]))

    patient = Patient(
        clinic_id=f"DEMO-{number:04d}",
        name=f"Synthetic patient {number:04d}",
        birth_year=int(rng.integers(1940, 1976)),
        sex=Sex.FEMALE if rng.random() < 0.45 else Sex.MALE,
        notes=f"{SYNTHETIC_NOTE} (group: {group}); generated by mgdesk.domain.demo, not a real person",
    )
    return PatientHistory(patient, tuple(sorted(courses, key=lambda c: c.start)), tuple(results))


def _metformin_courses(rng: np.random.Generator, start: dt.date, end: dt.date) -> list[MedicationCourse]:
    """Metformin from ``start``, stepped up from 500 mg/day: one course per dose."""
    doses = [500, 1000, 2000]
    starts = [start]
    for months in (float(rng.uniform(1, 6)), float(rng.uniform(6, 36))):
        step = starts[-1] + _days(months / 12)
        if step >= end or rng.random() < 0.3:
            break
        starts.append(step)
    courses = []
    for i, course_start in enumerate(starts):
        stop = starts[i + 1] - dt.timedelta(days=1) if i + 1 < len(starts) else None
        courses.append(MedicationCourse(DrugClass.METFORMIN, "metformin", course_start, stop, Decimal(doses[i])))
    return courses


def _result_days(rng: np.random.Generator, first: dt.date, end: dt.date) -> list[dt.date]:
    """Test dates every 3 to 12 months from ``first``; the last one up to 15 months before ``end``."""
    last = end - _days(float(rng.uniform(0, 1.25)))
    days = [first]
    while True:
        day = days[-1] + _days(float(rng.uniform(0.25, 1.0)))
        if day > last:
            return days
        days.append(day)


def _result(day: dt.date, mmol: float, lab: _LabUnit, specimen: Specimen, lab_name: str) -> MagnesiumResult:
    exact = convert(Decimal(repr(mmol)), MgUnit.MMOL_L, lab.unit)
    value = exact.quantize(Decimal(1).scaleb(-lab.decimals))
    return MagnesiumResult(
        collected_on=day,
        measurement=Measurement(value, lab.unit),
        unit_as_written=lab.spelling,
        specimen=specimen,
        source="demo",
        lab=lab_name,
    )

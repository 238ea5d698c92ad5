"""A synthetic demo clinic: deterministic, plainly labelled, reproducing the Fremantle Table 1.

``demo_clinic(today)`` draws 470 patients from a seeded numpy ``Generator``,
so the same seed and ``today`` always give the same clinic, dated so that its
last results fall in the months before ``today`` (some patients are due or
overdue).  Every patient is synthetic and says so: clinic ids
``DEMO-0001``..., the name "Synthetic patient 0001" and notes starting
``SYNTHETIC_NOTE``.

What it reproduces (Peters et al., PLoS One 2013;8(9):e74355, Fremantle
Diabetes Study, Table 1, by treatment group; ``FREMANTLE_TABLE_1``), checked by
a test within ``TOLERANCE``: each group's share of the patients (half the
study's 940: 175, 74, 129, 92), and the mean, standard deviation and share
below 0.70 mmol/L of the groups' serum magnesium, taking one result per
patient as the study did: the patient's latest serum result, which is what
the Clinic list classes.  The diuretic shares of Table 1 are used too.

What it does not reproduce (invented, illustrative only, not clinical
facts): everything over time.  Earlier results are built backwards from the
latest one: a decline per cumulative year on metformin, within-patient noise,
and the effects of proton-pump inhibitors (lower, the direction Kurstjens et
al. 2017 report) and magnesium supplements while they are taken.  PPI and
supplement shares are far above the study's (0.4-1.4% PPI users) so the
Clinic's filters have patients; doses, dose steps, breaks in metformin,
test intervals, the lab unit mix and urine values are invented as well.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import numpy as np
import numpy.typing as npt

from mgdesk.domain.cohort import PatientHistory
from mgdesk.domain.exposure import DAYS_PER_YEAR, MetforminExposure
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
SYNTHETIC_NOTE = "synthetic demo patient"
HYPOMAGNESEMIA_BELOW = 0.70  # mmol/L, the study's definition


@dataclass(frozen=True, slots=True)
class StudyGroup:
    """One row of Peters et al. 2013, Table 1: n, serum Mg mean and SD (mmol/L), % below 0.70, % on diuretics."""

    n: int
    mean: float
    sd: float
    percent_low: float
    percent_diuretic: float


FREMANTLE_TABLE_1: dict[str, StudyGroup] = {
    "diet only": StudyGroup(350, 0.85, 0.16, 11.1, 18.3),
    "metformin only": StudyGroup(148, 0.81, 0.15, 17.6, 22.3),
    "sulfonylurea only": StudyGroup(258, 0.83, 0.14, 14.7, 26.4),
    "metformin + sulfonylurea": StudyGroup(184, 0.74, 0.17, 41.3, 17.9),
}
DEMO_SHARE_OF_STUDY = 0.5
GROUP_SIZES: dict[str, int] = {group: round(row.n * DEMO_SHARE_OF_STUDY) for group, row in FREMANTLE_TABLE_1.items()}


@dataclass(frozen=True, slots=True)
class Tolerance:
    """How close the demo's latest results come to Table 1, per group (the test checks these)."""

    mean: float = 0.01  # mmol/L
    sd: float = 0.01  # mmol/L
    percent_low: float = 1.5  # percentage points (one patient is 0.6 to 1.4 points)


TOLERANCE = Tolerance()

# Everything below is invented for the demo (illustrative).
WITHIN_PATIENT_SD = 0.035
DECLINE_MEAN_PER_YEAR = -0.015  # per cumulative year on metformin; no decline is modelled otherwise
DECLINE_SD_PER_YEAR = 0.012
PPI_SHARE, PPI_EFFECT = 0.20, -0.05
SUPPLEMENT_SHARE, SUPPLEMENT_EFFECT = 0.08, 0.06
RANK_WEIGHT = 0.8  # how strongly PPI (lower) and supplements (higher) pull a patient's latest value
METFORMIN_BREAK_SHARE = 0.12  # patients who stopped metformin for a while and started again
URINE_SHARE = 0.06
LOWEST_MMOL_PER_L = 0.30
# Latest values keep this far from 0.70 mmol/L, so rounding to a lab's decimals (0.1 mg/dL is 0.041
# mmol/L, 0.1 mEq/L is 0.05) never moves one across the threshold.
THRESHOLD_MARGIN = 0.03


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


def demo_clinic(today: dt.date, seed: int = DEMO_SEED) -> list[PatientHistory]:
    """The demo clinic as of ``today``: deterministic for a given seed and ``today``."""
    rng = np.random.default_rng(seed)
    histories: list[PatientHistory] = []
    for group, size in GROUP_SIZES.items():
        row = FREMANTLE_TABLE_1[group]
        plans = [_plan(rng, group, row, today) for _ in range(size)]
        # Lower latest values go preferably to PPI users, higher ones to supplement users.
        pull = np.array([p.pull for p in plans]) * RANK_WEIGHT + rng.normal(0, 1, size)
        latest = np.sort(_latest_values(rng, size, row))[np.argsort(np.argsort(pull))]
        for plan, value in zip(plans, latest, strict=True):
            histories.append(_patient(rng, len(histories) + 1, plan, float(value), today))
    return histories


def _latest_values(rng: np.random.Generator, n: int, row: StudyGroup) -> npt.NDArray[np.float64]:
    """N values whose mean, SD and share below 0.70 are the study's (before lab rounding).

    ``round(n * percent_low)`` values lie below 0.70 and the rest above, each
    side spread like half a normal distribution (plus ``THRESHOLD_MARGIN``);
    the two spreads are solved so the mean and population SD come out exact.
    The right-skewed result is what Table 1 implies: with a normal
    distribution 0.85 +/- 0.16 would put 17% below 0.70, not 11.1%.
    """
    k = round(n * row.percent_low / 100)
    below = np.abs(rng.normal(0, 1, k))
    above = np.abs(rng.normal(0, 1, n - k))
    c = THRESHOLD_MARGIN
    d = n * (row.mean - HYPOMAGNESEMIA_BELOW)  # sum of (value - 0.70)
    m = n * (row.sd**2 + (row.mean - HYPOMAGNESEMIA_BELOW) ** 2)  # sum of (value - 0.70) ** 2
    # value - 0.70 is -(c + u * below) or c + v * above; the sum fixes v = alpha + beta * u.
    sb, sa = below.sum(), above.sum()
    alpha, beta = (d + k * c - (n - k) * c) / sa, sb / sa
    # k c^2 + 2 c u sb + u^2 sum(below^2) + (n-k) c^2 + 2 c v sa + v^2 sum(above^2) = m
    qa, qb = (below**2).sum(), (above**2).sum()
    a2 = qa + beta**2 * qb
    a1 = 2 * c * sb + 2 * c * beta * sa + 2 * alpha * beta * qb
    a0 = n * c**2 + 2 * c * alpha * sa + alpha**2 * qb - m
    u = (-a1 + np.sqrt(a1**2 - 4 * a2 * a0)) / (2 * a2)
    v = alpha + beta * u
    values = np.concatenate([HYPOMAGNESEMIA_BELOW - c - u * below, HYPOMAGNESEMIA_BELOW + c + v * above])
    floored: npt.NDArray[np.float64] = np.maximum(values, LOWEST_MMOL_PER_L)
    return floored


def _days(years: float) -> dt.timedelta:
    return dt.timedelta(days=round(years * DAYS_PER_YEAR))


@dataclass(frozen=True, slots=True)
class _Plan:
    """A patient's group and medication before their values are drawn."""

    group: str
    result_days: tuple[dt.date, ...]
    courses: tuple[MedicationCourse, ...]
    effects: tuple[tuple[MedicationCourse, float], ...]

    @property
    def pull(self) -> float:
        return sum(1.0 if effect > 0 else -1.0 for _, effect in self.effects if effect)


def _plan(rng: np.random.Generator, group: str, row: StudyGroup, today: dt.date) -> _Plan:
    first_result = today - _days(float(rng.uniform(3, 10)))
    days = _result_days(rng, first_result, today)
    courses: list[MedicationCourse] = []
    metformin_start: dt.date | None = None
    if "metformin" in group:
        before = float(rng.uniform(0.25, 1.5)) if rng.random() < 0.4 else 0.0
        metformin_start = first_result + _days(before)
        metformin = _metformin_courses(rng, metformin_start, today)
        if rng.random() < METFORMIN_BREAK_SHARE:
            metformin = _with_break(rng, metformin, days[-1])
        courses += metformin
    if "sulfonylurea" in group:
        anchor = metformin_start or first_result
        start = anchor + _days(float(rng.uniform(0, 1.5)))
        gliclazide_mg = Decimal(int(rng.choice([40, 80, 160])))
        courses.append(MedicationCourse(DrugClass.SULFONYLUREA, "gliclazide", start, None, gliclazide_mg))
    effects: list[tuple[MedicationCourse, float]] = []
    for drug_class, drug, dose, share, effect in (
        (DrugClass.PROTON_PUMP_INHIBITOR, "omeprazole", 20, PPI_SHARE, PPI_EFFECT),
        (DrugClass.MAGNESIUM_SUPPLEMENT, "magnesium oxide", 400, SUPPLEMENT_SHARE, SUPPLEMENT_EFFECT),
        (DrugClass.THIAZIDE_DIURETIC, "hydrochlorothiazide", 25, row.percent_diuretic / 100, 0.0),
    ):
        if rng.random() < share:
            start = first_result + (days[-1] - first_result) * float(rng.uniform(-0.3, 0.8))
            medication = MedicationCourse(drug_class, drug, start, None, Decimal(dose))
            courses.append(medication)
            effects.append((medication, effect))
    return _Plan(group, tuple(days), tuple(courses), tuple(effects))


def _patient(rng: np.random.Generator, number: int, plan: _Plan, latest: float, today: dt.date) -> PatientHistory:
    """Results built backwards from the latest value: earlier ones differ by drift, medication effects and noise."""
    days = plan.result_days
    exposure = MetforminExposure.of(plan.courses)
    decline = float(rng.normal(DECLINE_MEAN_PER_YEAR, DECLINE_SD_PER_YEAR)) if exposure.ever else 0.0
    years_on = np.array([max(exposure.years(day) or 0.0, 0.0) for day in days])
    drift = decline * (years_on - years_on[-1])
    noise = rng.normal(0, WITHIN_PATIENT_SD, len(days))
    noise[-1] = 0.0  # the latest value is the one drawn for the group
    effect_now = sum(effect for medication, effect in plan.effects if medication.active_on(days[-1]))
    home_lab = int(rng.choice(len(_LAB_UNITS), p=_LAB_WEIGHTS))
    results = []
    for day, change, jitter in zip(days, drift, noise, strict=True):
        effect = sum(effect for medication, effect in plan.effects if medication.active_on(day)) - effect_now
        mmol = latest + float(change) + float(jitter) + effect
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
        notes=f"{SYNTHETIC_NOTE} (group: {plan.group}); generated by mgdesk.domain.demo, not a real person",
    )
    return PatientHistory(patient, tuple(sorted(plan.courses, key=lambda c: c.start)), tuple(results))


def _with_break(
    rng: np.random.Generator, courses: list[MedicationCourse], last_result: dt.date
) -> list[MedicationCourse]:
    """The same courses with a break of 6 to 24 months, ending at least a year before the last result."""
    first = courses[0].start
    latest_restart = last_result - _days(1.0)
    length = _days(float(rng.uniform(0.5, 2.0)))
    if latest_restart - length <= first + _days(0.5):
        return courses
    span = (latest_restart - length - (first + _days(0.5))).days
    stop = first + _days(0.5) + dt.timedelta(days=int(rng.integers(0, span + 1)))
    restart = stop + length
    kept: list[MedicationCourse] = []
    for course in courses:
        if course.start < stop:
            end = stop - dt.timedelta(days=1)
            kept.append(_course(course, course.start, end if course.stop is None else min(course.stop, end)))
        if course.stop is None or course.stop >= restart:
            kept.append(_course(course, max(course.start, restart), course.stop))
    return kept


def _course(course: MedicationCourse, start: dt.date, stop: dt.date | None) -> MedicationCourse:
    return MedicationCourse(course.drug_class, course.drug, start, stop, course.daily_dose_mg)


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
    """Test dates every 3 to 12 months back from the last one, up to 15 months before ``end``, to ``first``."""
    days = [end - _days(float(rng.uniform(0, 1.25)))]
    while True:
        day = days[-1] - _days(float(rng.uniform(0.25, 1.0)))
        if day < first:
            return days[::-1]
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

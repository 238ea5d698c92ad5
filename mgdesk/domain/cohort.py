"""Many patients at once: alignment on time on metformin, bin medians, filters, the clinic list.

``align_cohort`` turns every metformin patient's numeric serum/plasma results
into flat numpy arrays (cumulative months on metformin from
``domain.exposure``, negative before the first start; mmol/L as floats;
patient index) ready for one plot item; results taken off the drug after its
first start are left out, as they are of the trend's fit; ``bin_medians``
takes the median per 6-month bin without a Python loop over bins or patients.
``CoMedicationFilter`` selects patients by what they took with metformin (a
course overlapping a metformin course), and ``clinic_rows`` gives one
sortable row per metformin patient by reusing ``trend.summarize``.  Results
written with "<"/">" are left out of the arrays, as they are of the trend
regression.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from mgdesk.domain.exposure import MetforminExposure, MetforminPhase
from mgdesk.domain.profile import Category, LabProfile
from mgdesk.domain.records import (
    DAYS_PER_MONTH,
    DrugClass,
    MagnesiumResult,
    MedicationCourse,
    Patient,
)
from mgdesk.domain.trend import TrendSummary, summarize
from mgdesk.domain.units import MgUnit, factor

BIN_MONTHS = 6.0

# Glucose-lowering drug classes: "metformin only" means none of the others.
DIABETES_DRUG_CLASSES = frozenset(
    {
        DrugClass.METFORMIN,
        DrugClass.SULFONYLUREA,
        DrugClass.INSULIN,
        DrugClass.DPP4_INHIBITOR,
        DrugClass.SGLT2_INHIBITOR,
        DrugClass.GLP1_AGONIST,
    }
)


@dataclass(frozen=True, slots=True)
class PatientHistory:
    """One patient with everything the trend and cohort maths need."""

    patient: Patient
    courses: tuple[MedicationCourse, ...] = ()
    results: tuple[MagnesiumResult, ...] = ()

    @property
    def exposure(self) -> MetforminExposure:
        """The patient's time on metformin (``domain.exposure``)."""
        return MetforminExposure.of(self.courses)

    @property
    def metformin_start(self) -> dt.date | None:
        return self.exposure.first_start


def _overlap(a: MedicationCourse, b: MedicationCourse) -> bool:
    return a.start <= (b.stop or dt.date.max) and b.start <= (a.stop or dt.date.max)


def classes_with_metformin(courses: Iterable[MedicationCourse]) -> frozenset[DrugClass]:
    """Drug classes taken at some time together with metformin (metformin itself included)."""
    courses = list(courses)
    metformin = [c for c in courses if c.drug_class is DrugClass.METFORMIN]
    return frozenset(c.drug_class for c in courses if any(_overlap(c, m) for m in metformin))


@dataclass(frozen=True, slots=True)
class CoMedicationFilter:
    """Patients on metformin who also took every class in ``with_classes`` alongside it.

    ``no_other_diabetes_drugs`` keeps only patients who never took another
    glucose-lowering class alongside metformin (as the Fremantle study's
    "metformin only" group); proton-pump inhibitors, diuretics and supplements
    do not count against it.
    """

    name: str
    with_classes: frozenset[DrugClass] = field(default_factory=frozenset)
    no_other_diabetes_drugs: bool = False

    def matches(self, courses: Iterable[MedicationCourse]) -> bool:
        taken = classes_with_metformin(courses)
        if DrugClass.METFORMIN not in taken or not self.with_classes <= taken:
            return False
        return not (self.no_other_diabetes_drugs and (taken & DIABETES_DRUG_CLASSES) - {DrugClass.METFORMIN})


ALL_METFORMIN = CoMedicationFilter("all on metformin")
METFORMIN_ONLY = CoMedicationFilter("metformin only", no_other_diabetes_drugs=True)
METFORMIN_WITH_SULFONYLUREA = CoMedicationFilter("metformin with a sulfonylurea", frozenset({DrugClass.SULFONYLUREA}))
METFORMIN_WITH_PPI = CoMedicationFilter(
    "metformin with a proton-pump inhibitor", frozenset({DrugClass.PROTON_PUMP_INHIBITOR})
)
METFORMIN_WITH_MAGNESIUM = CoMedicationFilter(
    "metformin with a magnesium supplement", frozenset({DrugClass.MAGNESIUM_SUPPLEMENT})
)
COHORT_FILTERS: tuple[CoMedicationFilter, ...] = (
    ALL_METFORMIN,
    METFORMIN_ONLY,
    METFORMIN_WITH_SULFONYLUREA,
    METFORMIN_WITH_PPI,
    METFORMIN_WITH_MAGNESIUM,
)


def select(histories: Iterable[PatientHistory], which: CoMedicationFilter) -> list[PatientHistory]:
    """The patients ``which`` matches, in their given order."""
    return [h for h in histories if which.matches(h.courses)]


def treatment_group(courses: Iterable[MedicationCourse]) -> str:
    """The Fremantle study's treatment group of a patient's ever-taken diabetes drugs.

    "diet only", "metformin only", "sulfonylurea only", "metformin + sulfonylurea",
    or "other" for any other combination (insulin, DPP-4 inhibitors, ...).
    """
    taken = frozenset(c.drug_class for c in courses) & DIABETES_DRUG_CLASSES
    return _GROUPS.get(taken, "other")


_GROUPS = {
    frozenset(): "diet only",
    frozenset({DrugClass.METFORMIN}): "metformin only",
    frozenset({DrugClass.SULFONYLUREA}): "sulfonylurea only",
    frozenset({DrugClass.METFORMIN, DrugClass.SULFONYLUREA}): "metformin + sulfonylurea",
}


@dataclass(frozen=True, slots=True)
class AlignedCohort:
    """Flat arrays of every point, grouped by patient and in time order within each.

    ``patient_index[i]`` indexes ``patients``; ``connect[i]`` is True when point
    i and i + 1 belong to the same patient (pyqtgraph's ``connect`` array, so
    one curve item draws every patient's faint line).
    """

    patients: tuple[PatientHistory, ...]
    patient_index: npt.NDArray[np.int32]
    months: npt.NDArray[np.float64]
    mmol_per_l: npt.NDArray[np.float64]

    @property
    def connect(self) -> npt.NDArray[np.bool_]:
        same = np.zeros(len(self.patient_index), dtype=np.bool_)
        np.equal(self.patient_index[:-1], self.patient_index[1:], out=same[:-1])
        return same


_UNITS = tuple(MgUnit)


def _moment(result: MagnesiumResult) -> tuple[dt.date, dt.time]:
    """Sort key of a result's collection moment (cheaper than building a datetime)."""
    return result.collected_on, result.collected_at or dt.time()


def align_cohort(histories: Iterable[PatientHistory]) -> AlignedCohort:
    """Every metformin patient's numeric serum/plasma results at cumulative months on metformin (off-drug ones out)."""
    patients: list[PatientHistory] = []
    index: list[int] = []
    days: list[int] = []
    values: list[float] = []
    units: list[int] = []
    unit_code = {unit: code for code, unit in enumerate(_UNITS)}
    for history in histories:
        exposure = history.exposure
        if not exposure.ever:
            continue
        number = len(patients)
        patients.append(history)
        points = [
            r
            for r in history.results
            if r.on_serum_trend and not r.measurement.qualifier and exposure.phase(r.collected_on) is not _OFF
        ]
        points.sort(key=_moment)
        index.extend([number] * len(points))
        days.extend([exposure.days(r.collected_on) or 0 for r in points])
        values.extend([float(r.measurement.value) for r in points])
        units.extend([unit_code[r.measurement.unit] for r in points])
    factors = np.array([float(factor(unit, MgUnit.MMOL_L)) for unit in _UNITS], dtype=np.float64)
    return AlignedCohort(
        patients=tuple(patients),
        patient_index=np.array(index, dtype=np.int32),
        months=np.array(days, dtype=np.float64) / DAYS_PER_MONTH,
        mmol_per_l=np.array(values, dtype=np.float64) * factors[np.array(units, dtype=np.intp)],
    )


_OFF = MetforminPhase.OFF


@dataclass(frozen=True, slots=True)
class BinMedians:
    """Median mmol/L per bin; ``start`` and ``middle`` are in months, ``count`` is points per bin."""

    start: npt.NDArray[np.float64]
    middle: npt.NDArray[np.float64]
    median: npt.NDArray[np.float64]
    count: npt.NDArray[np.int64]


def bin_medians(months: npt.ArrayLike, mmol_per_l: npt.ArrayLike, bin_months: float = BIN_MONTHS) -> BinMedians:
    """The median of all points in each ``bin_months``-wide bin, [k * width, (k + 1) * width).

    Only bins holding points are returned, in time order; bins before
    metformin start have negative starts.  Every point counts, so a patient
    tested twice in a bin weighs twice.
    """
    x = np.asarray(months, dtype=np.float64)
    y = np.asarray(mmol_per_l, dtype=np.float64)
    if x.shape != y.shape:
        raise ValueError("months and mmol_per_l must have the same length.")
    if bin_months <= 0:
        raise ValueError("The bin width must be greater than zero.")
    if x.size == 0:
        empty = np.empty(0, dtype=np.float64)
        return BinMedians(empty, empty, empty, np.empty(0, dtype=np.int64))
    bins = np.floor(x / bin_months).astype(np.int64)
    # Order by bin, then by value within each bin.  A stable sort of 16-bit bin
    # numbers after sorting the values is a radix sort, about 3x faster than
    # np.lexsort; bin numbers always fit unless the months are absurd.
    if bins.min() >= np.iinfo(np.int16).min and bins.max() <= np.iinfo(np.int16).max:
        by_value = np.argsort(y)
        order = by_value[np.argsort(bins[by_value].astype(np.int16), kind="stable")]
    else:
        order = np.lexsort((y, bins))
    bins_sorted = bins[order]
    y_sorted = y[order]
    keys, first, count = np.unique(bins_sorted, return_index=True, return_counts=True)
    lower = y_sorted[first + (count - 1) // 2]
    upper = y_sorted[first + count // 2]
    start = keys.astype(np.float64) * bin_months
    return BinMedians(start, start + bin_months / 2, (lower + upper) / 2, count.astype(np.int64))


@dataclass(frozen=True, slots=True)
class ClinicRow:
    """One line of the clinic list: a metformin patient and their trend numbers."""

    history: PatientHistory
    summary: TrendSummary

    @property
    def clinic_id(self) -> str:
        return self.history.patient.clinic_id

    @property
    def latest_date(self) -> dt.date | None:
        latest = self.summary.latest.value
        return None if latest is None else latest.date

    @property
    def latest_mmol_per_l(self) -> float | None:
        latest = self.summary.latest.value
        return None if latest is None else float(latest.classification.mmol_per_l)

    @property
    def category(self) -> Category | None:
        latest = self.summary.latest.value
        return None if latest is None else latest.classification.category

    @property
    def slope(self) -> float | None:
        fit = self.summary.slope.value
        return None if fit is None else fit.slope

    @property
    def falling_alert(self) -> bool:
        return self.summary.falling_alert.value

    @property
    def retest_due(self) -> dt.date | None:
        return self.summary.retest_due.value


def clinic_rows(
    histories: Sequence[PatientHistory],
    profile: LabProfile,
    today: dt.date,
    *,
    include_stopped: bool = False,
) -> list[ClinicRow]:
    """One row per patient on metformin today (or ever, with ``include_stopped``), in the given order."""
    rows = []
    for history in histories:
        metformin = [c for c in history.courses if c.drug_class is DrugClass.METFORMIN]
        if not metformin or not (include_stopped or any(c.active_on(today) for c in metformin)):
            continue
        rows.append(ClinicRow(history, summarize(history.courses, history.results, profile, today)))
    return rows

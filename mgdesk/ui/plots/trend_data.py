"""What the trend plot draws, prepared from the domain without Qt: points, lanes, x positions.

Owns the plot's data rules, none of them clinical: which time axis a day maps
to (seconds since 1970 UTC for the date axis, cumulative months on metformin
from ``domain.exposure`` for the other), each serum/plasma result as a
``TrendPoint`` (its class from ``domain.classify``, its value in the display
unit, its metformin phase, the medications active that day), and the medication lanes drawn under the plot:
one lane per group of drug classes the patient has taken, one span per
course, labelled with drug and daily dose so metformin's dose steps show.
Tested without a window; the widgets in ``trend_plot`` only draw this.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from mgdesk.domain.classify import Classification, classify
from mgdesk.domain.cohort import PatientHistory
from mgdesk.domain.exposure import MetforminExposure, MetforminPhase
from mgdesk.domain.profile import LabProfile
from mgdesk.domain.records import (
    DrugClass,
    MagnesiumResult,
    MedicationCourse,
    active_courses,
)
from mgdesk.domain.trend import serum_results
from mgdesk.domain.units import MgUnit, factor

_EPOCH = dt.date(1970, 1, 1)
SECONDS_PER_DAY = 86_400


class TimeAxis(StrEnum):
    DATE = "date"
    MONTHS = "months"


def x_of(day: dt.date, axis: TimeAxis, exposure: MetforminExposure) -> float:
    """Where ``day`` sits on ``axis``: UTC seconds (date axis) or cumulative months on metformin."""
    if axis is TimeAxis.MONTHS:
        months = exposure.months(day)
        if months is not None:
            return months
    return float((day - _EPOCH).days * SECONDS_PER_DAY)


def effective_axis(axis: TimeAxis, exposure: MetforminExposure) -> TimeAxis:
    """Months on metformin need a metformin start; without one the date axis is used."""
    return axis if exposure.ever else TimeAxis.DATE


@dataclass(frozen=True, slots=True)
class TrendPoint:
    """One serum/plasma result as the plot shows it."""

    result: MagnesiumResult
    classification: Classification
    months_on_metformin: float | None  # cumulative (``domain.exposure``); None if never on metformin
    phase: MetforminPhase | None  # before / on / off metformin; None if never on it
    value: float  # in the display unit (exact value converted, then made a float)
    medications: tuple[MedicationCourse, ...]

    @property
    def day(self) -> dt.date:
        return self.result.collected_on

    @property
    def off_metformin(self) -> bool:
        """Taken off the drug after its first start: drawn apart and left out of the fit."""
        return self.phase is MetforminPhase.OFF


def trend_points(history: PatientHistory, profile: LabProfile, unit: MgUnit) -> list[TrendPoint]:
    """Every serum/plasma result, oldest first; urine and red-cell results are left out."""
    exposure = MetforminExposure.of(history.courses)
    to_unit = factor(MgUnit.MMOL_L, unit)
    points = []
    for result in serum_results(history.results):
        classification = classify(result.measurement, profile)
        points.append(
            TrendPoint(
                result=result,
                classification=classification,
                months_on_metformin=exposure.months(result.collected_on),
                phase=exposure.phase(result.collected_on),
                value=float(classification.mmol_per_l * to_unit),
                medications=tuple(active_courses(history.courses, result.collected_on)),
            )
        )
    return points


@dataclass(frozen=True, slots=True)
class LaneSpan:
    course: MedicationCourse
    start: dt.date
    stop: dt.date  # the course's stop, or the plot's end for a course still taken
    ongoing: bool

    @property
    def label(self) -> str:
        return course_label(self.course)


@dataclass(frozen=True, slots=True)
class Lane:
    key: str  # a key of LANE_CLASSES; the widget translates it into a title
    spans: tuple[LaneSpan, ...]


# Lanes in the order drawn from the top, and the drug classes each holds.
LANE_CLASSES: dict[str, frozenset[DrugClass]] = {
    "metformin": frozenset({DrugClass.METFORMIN}),
    "diabetes": frozenset(
        {
            DrugClass.SULFONYLUREA,
            DrugClass.INSULIN,
            DrugClass.DPP4_INHIBITOR,
            DrugClass.SGLT2_INHIBITOR,
            DrugClass.GLP1_AGONIST,
        }
    ),
    "ppi": frozenset({DrugClass.PROTON_PUMP_INHIBITOR}),
    "diuretic": frozenset({DrugClass.LOOP_DIURETIC, DrugClass.THIAZIDE_DIURETIC}),
    "magnesium": frozenset({DrugClass.MAGNESIUM_SUPPLEMENT}),
    "other": frozenset({DrugClass.OTHER}),
}


def _dose_text(dose: Decimal) -> str:
    return f"{dose.normalize():f}"


def course_label(course: MedicationCourse) -> str:
    """'metformin 1000 mg/day' or just the drug when no dose is recorded."""
    if course.daily_dose_mg is None:
        return course.drug
    return f"{course.drug} {_dose_text(course.daily_dose_mg)} mg/day"


def medication_lanes(courses: Sequence[MedicationCourse], end: dt.date) -> list[Lane]:
    """Lanes for the classes the patient has taken (empty lanes are left out); open courses run to ``end``."""
    lanes = []
    for key, classes in LANE_CLASSES.items():
        spans = tuple(
            LaneSpan(c, c.start, c.stop if c.stop is not None else max(end, c.start), c.stop is None)
            for c in sorted(courses, key=lambda c: c.start)
            if c.drug_class in classes
        )
        if spans:
            lanes.append(Lane(key, spans))
    return lanes


def plot_end(history: PatientHistory, today: dt.date) -> dt.date:
    """The right end of the time axis: today, or a later result or course edge if there is one."""
    days = [today]
    days += [r.collected_on for r in history.results]
    days += [c.stop or c.start for c in history.courses]
    return max(days)

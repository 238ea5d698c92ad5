"""One patient's magnesium trend: the numbers a clinician acts on, each explained.

``summarize`` takes a patient's medication courses, magnesium results, a lab
profile and "today", and returns a ``TrendSummary`` whose every figure is an
``Explained`` value carrying a one-sentence account of how it was computed
(the window's hover text).  ``summary_json`` is the ``mgdesk trend --json``
object.  Rules decided here:

- Only serum and plasma results count; urine and red-cell results are left out
  of everything (LOINC 2598-1 / 2597-3 are not serum, clinical.md).
- Results written with ``<`` or ``>`` are counted, can be the latest, and are
  classed by ``classify`` like everywhere else; they count as below the
  threshold only when their whole possible range is below it ("<0.5 mmol/L"
  yes, "<0.8 mmol/L" cannot tell, so no); they are left out of the regression
  and the means, which need a number.
- Classes use the exact ``Decimal`` mmol/L value; the regression uses floats.
- Time on metformin is cumulative exposure (``domain.exposure``): the slope
  is fitted over the results taken while on metformin, x in cumulative years
  on it (365.25-day years).  Results taken off the drug after its first start
  (a gap, or after stopping) are counted and can be the latest, but are kept
  out of the fit and out of the "after" mean; "before" means before the first
  start.
- The projected crossing is the date the fitted line meets the threshold,
  given only when the slope is negative and its 95% interval excludes zero.
  When that date has already passed it is still given (the fitted line is
  below the threshold), and it still raises the falling alert if the latest
  value is not below: a line already under the threshold with a last value
  just above it is the strongest "falling" signal, not a reason for silence.
  A crossing more than ``MAX_PROJECTION_YEARS`` ahead is not given.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass

from mgdesk.domain.classify import Classification, classify, is_below
from mgdesk.domain.exposure import DAYS_PER_YEAR, TIME_MEANING, MetforminExposure, MetforminPhase
from mgdesk.domain.messages import Message, Number, Quoted, number
from mgdesk.domain.profile import Category, LabProfile
from mgdesk.domain.records import DrugClass, MagnesiumResult, MedicationCourse
from mgdesk.domain.samples import collection_order
from mgdesk.domain.stats import LineFit, fit_line
from mgdesk.domain.units import MgUnit

# The falling alert looks 12 months ahead: product policy, documented in docs/clinical.md
# ("Rules": re-test intervals and the falling alert are policy, not literature).
FALLING_ALERT_MONTHS = 12
MAX_PROJECTION_YEARS = 100
_LOW_CATEGORIES = frozenset({Category.LOW, Category.CRITICAL_LOW})


@dataclass(frozen=True, slots=True)
class Explained[T]:
    """A computed figure and one sentence saying how it was computed (a typed message, built at the edge)."""

    value: T
    how: Message


@dataclass(frozen=True, slots=True)
class Latest:
    """The most recent serum/plasma result and its class."""

    result: MagnesiumResult
    classification: Classification
    below_threshold: bool | None

    @property
    def date(self) -> dt.date:
        return self.result.collected_on


@dataclass(frozen=True, slots=True)
class MeansBeforeAfter:
    """Mean mmol/L before the first metformin start and while on metformin (off-drug results in neither)."""

    before: float
    n_before: int
    after: float | None
    n_after: int


@dataclass(frozen=True, slots=True)
class TrendSummary:
    """Everything the trend panel, the clinic list and ``trend --json`` show."""

    profile: LabProfile
    today: dt.date
    metformin_start: dt.date | None
    exposure: MetforminExposure
    n_off_metformin: int  # serum/plasma results taken off metformin after its first start
    n: Explained[int]
    latest: Explained[Latest | None]
    days_since_last: Explained[int | None]
    slope: Explained[LineFit | None]
    means: Explained[MeansBeforeAfter | None]
    fraction_below: Explained[float | None]
    projected_crossing: Explained[dt.date | None]
    falling_alert: Explained[bool]
    retest_due: Explained[dt.date | None]


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole calendar months, clamped to the month's end (31 Jan + 1 = 28/29 Feb)."""
    year, month_index = divmod(day.month - 1 + months, 12)
    year += day.year
    month = month_index + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def serum_results(results: Sequence[MagnesiumResult]) -> list[MagnesiumResult]:
    """Serum and plasma results in ``samples.collection_order``: the last is the latest."""
    return collection_order([r for r in results if r.on_serum_trend])


def summarize(
    courses: Sequence[MedicationCourse],
    results: Sequence[MagnesiumResult],
    profile: LabProfile,
    today: dt.date,
) -> TrendSummary:
    """Compute the trend numbers for one patient as of ``today``."""
    serum = serum_results(results)
    excluded = len(results) - len(serum)
    exposure = MetforminExposure.of(courses)
    start = exposure.first_start
    threshold = _threshold_message(profile)
    # Each result's phase once (a clinic list summarizes thousands of patients).
    phases = [exposure.phase(r.collected_on) for r in serum]
    off = phases.count(MetforminPhase.OFF)
    on_numeric = [r for r, phase in zip(serum, phases, strict=True) if phase is _ON and not r.measurement.qualifier]

    n = Explained(len(serum), _count_sentence(len(serum), excluded))
    latest = _latest(serum, profile)
    days_since = _days_since(latest.value, today)
    slope = _slope(on_numeric, off, exposure)
    means = _means(serum, on_numeric, off, exposure)
    below = sum(is_below(r.measurement, profile) is True for r in serum)  # "cannot tell" is not below
    fraction = Explained(
        below / len(serum) if serum else None,
        Message.of("trend-below", threshold=threshold, below=below, n=len(serum))
        if serum
        else Message.of("trend-below-none", threshold=threshold),
    )
    crossing = _crossing(slope.value, exposure, profile, today, threshold)
    alert = _falling_alert(crossing.value, latest.value, today)
    retest = _retest_due(courses, latest.value, start, profile, today)
    return TrendSummary(
        profile=profile,
        today=today,
        metformin_start=start,
        exposure=exposure,
        n_off_metformin=off,
        n=n,
        latest=latest,
        days_since_last=days_since,
        slope=slope,
        means=means,
        fraction_below=fraction,
        projected_crossing=crossing,
        falling_alert=alert,
        retest_due=retest,
    )


_ON = MetforminPhase.ON


@functools.lru_cache(maxsize=16)
def _threshold_message(profile: LabProfile) -> Message:
    """``profile.threshold_message()``, worked out once per profile (it sizes the band table)."""
    return profile.threshold_message()


def exposure_message(summary: TrendSummary) -> Message | None:
    """How the cumulative time on metformin is counted, or None when never on it."""
    start = summary.exposure.first_start
    return None if start is None else Message.of("trend-exposure", start=start)


def _count_sentence(n: int, excluded: int) -> Message:
    if excluded:
        return Message.of("trend-count-excluded", n=n, excluded=excluded)
    return Message.of("trend-count", n=n)


def _latest(serum: list[MagnesiumResult], profile: LabProfile) -> Explained[Latest | None]:
    if not serum:
        return Explained(None, Message.of("trend-no-result"))
    result = serum[-1]
    classification = classify(result.measurement, profile)
    latest = Latest(result, classification, classification.below_threshold)
    measurement = result.measurement
    return Explained(
        latest,
        Message.of(
            "trend-latest",
            date=result.collected_on,
            value=Number(measurement.text),
            unit=measurement.unit,
            mmol=Number(classification.shown(MgUnit.MMOL_L)),
            profile=Quoted(profile.name),
        ),
    )


def _days_since(latest: Latest | None, today: dt.date) -> Explained[int | None]:
    if latest is None:
        return Explained(None, Message.of("trend-no-result"))
    days = (today - latest.date).days
    return Explained(days, Message.of("trend-days-since", date=latest.date, today=today))


def _mmol(result: MagnesiumResult) -> float:
    return float(result.measurement.mmol_per_l)


def _off_note(off: int) -> Message | str:
    """'; 2 results taken off metformin are left out', or nothing when none was."""
    return Message.of("off-note", n=off) if off else ""


def _slope(on_numeric: list[MagnesiumResult], off: int, exposure: MetforminExposure) -> Explained[LineFit | None]:
    """The fit over ``on_numeric``: the numeric results taken while on metformin, x in cumulative years."""
    start = exposure.first_start
    if start is None:
        return Explained(None, Message.of("trend-slope-never"))
    x = [float(exposure.days(r.collected_on) or 0) / DAYS_PER_YEAR for r in on_numeric]
    y = [_mmol(r) for r in on_numeric]
    fit = fit_line(x, y)
    if fit is None:
        return Explained(None, Message.of("trend-slope-too-few", start=start, n=len(x), off_note=_off_note(off)))
    return Explained(
        fit,
        Message.of(
            "trend-slope",
            n=fit.n,
            off_note=_off_note(off),
            df=fit.n - 2,
            t=number(fit.t_quantile, 3),
            se=number(fit.slope_standard_error, 4),
        ),
    )


def _means(
    serum: list[MagnesiumResult], on_numeric: list[MagnesiumResult], off: int, exposure: MetforminExposure
) -> Explained[MeansBeforeAfter | None]:
    start = exposure.first_start
    if start is None:
        return Explained(None, Message.of("trend-means-never"))
    before = [_mmol(r) for r in serum if not r.measurement.qualifier and r.collected_on < start]
    after = [_mmol(r) for r in on_numeric]
    if not before:
        return Explained(None, Message.of("trend-means-none-before", start=start))
    means = MeansBeforeAfter(
        before=sum(before) / len(before),
        n_before=len(before),
        after=sum(after) / len(after) if after else None,
        n_after=len(after),
    )
    return Explained(
        means,
        Message.of(
            "trend-means",
            n_before=len(before),
            start=start,
            n_after=len(after),
            off_note=_off_note(off),
        ),
    )


def _crossing(
    fit: LineFit | None, exposure: MetforminExposure, profile: LabProfile, today: dt.date, threshold: Message
) -> Explained[dt.date | None]:
    start = exposure.first_start
    if fit is None or start is None:
        return Explained(None, Message.of("crossing-no-slope"))
    if fit.slope >= 0 or not fit.ci_excludes_zero:
        return Explained(None, Message.of("crossing-not-significant", threshold=threshold))
    x = fit.x_where(float(profile.hypomagnesemia_below))
    if x is None:  # pragma: no cover - a negative slope is never flat
        return Explained(None, Message.of("crossing-none"))
    if x - exposure.total_days(today) / DAYS_PER_YEAR > MAX_PROJECTION_YEARS:
        return Explained(None, Message.of("crossing-too-far", threshold=threshold, years=MAX_PROJECTION_YEARS))
    day = exposure.day_at_years(x, today)
    code = "crossing-reached" if day <= today else "crossing-ahead"
    return Explained(day, Message.of(code, threshold=threshold, x=number(x, 1), start=start))


def _falling_alert(crossing: dt.date | None, latest: Latest | None, today: dt.date) -> Explained[bool]:
    horizon = add_months(today, FALLING_ALERT_MONTHS)
    rule = Message.of("alert-rule", horizon=horizon, months=FALLING_ALERT_MONTHS)
    if crossing is None or latest is None:
        return Explained(False, Message.of("alert-off-no-crossing", rule=rule))
    if latest.below_threshold:
        return Explained(False, Message.of("alert-off-below", rule=rule))
    if crossing <= horizon:
        return Explained(True, Message.of("alert-on", rule=rule))
    return Explained(False, Message.of("alert-off-later", horizon=horizon, rule=rule))


def _retest_due(
    courses: Sequence[MedicationCourse],
    latest: Latest | None,
    start: dt.date | None,
    profile: LabProfile,
    today: dt.date,
) -> Explained[dt.date | None]:
    on_metformin = any(c.drug_class is DrugClass.METFORMIN and c.active_on(today) for c in courses)
    if latest is None:
        if start is not None:
            return Explained(start, Message.of("retest-first"))
        return Explained(None, Message.of("retest-no-rule"))
    low = latest.below_threshold or latest.classification.category in _LOW_CATEGORIES
    if low:
        months = profile.retest_months_after_low
        code = "retest-after-low"
    elif latest.classification.category is Category.INDETERMINATE:
        # "<0.8" may be below the threshold: re-tested as soon as a low result
        # would be, so that a possible hypomagnesemia is not left for a year
        # (README, "How mgdesk decides").
        months = profile.retest_months_after_low
        code = "retest-after-indeterminate"
    elif on_metformin:
        months = profile.retest_months_on_metformin
        code = "retest-on-metformin"
    else:
        return Explained(None, Message.of("retest-not-needed"))
    due = add_months(latest.date, months)
    return Explained(due, Message.of(code, months=months, date=latest.date))


def _round(value: float | None, digits: int = 4) -> float | None:
    return None if value is None else round(value, digits)


def metformin_json(exposure: MetforminExposure, day: dt.date) -> dict[str, object] | None:
    """Where ``day`` falls in the treatment: ``{"phase": "before" | "on" | "off", "cumulative_months": float}``."""
    phase = exposure.phase(day)
    months = exposure.months(day)
    if phase is None or months is None:
        return None
    return {"phase": phase.value, "cumulative_months": round(months, 1)}


def latest_json(latest: Latest | None, exposure: MetforminExposure | None = None) -> dict[str, object] | None:
    """The ``latest`` object of ``summary_json`` (None when there is no result)."""
    if latest is None:
        return None
    measurement = latest.result.measurement
    classification = latest.classification
    return {
        "date": latest.date.isoformat(),
        "value": measurement.text,
        "unit": str(measurement.unit),
        "mmol_per_l": float(classification.mmol_per_l),
        "category": classification.category.value,
        "below_threshold": latest.below_threshold,
        "borderline": classification.borderline,
        "metformin": None if exposure is None else metformin_json(exposure, latest.date),
    }


def summary_json(summary: TrendSummary) -> dict[str, object]:
    """The ``mgdesk trend --json`` object; its keys are a documented interface.

    - ``n``: int, serum/plasma results counted (urine, red-cell left out).
    - ``latest``: null, or {"date": ISO date, "value": the number as written
      with any "<"/">" (string), "unit": as written ("mg/dL"), "mmol_per_l":
      exact value as float, "category": "critical-low" | "low" | "normal" |
      "high" | "critical-high" | "indeterminate", "below_threshold": bool,
      or null when a qualified result cannot tell, "borderline": bool,
      "metformin": null when never on it, else {"phase": "before" | "on" |
      "off" (taken off the drug after its first start), "cumulative_months":
      cumulative months on metformin at that date, negative before the start}}.
    - ``time_on_metformin``: {"meaning": what the time is, "cumulative_months_to_today":
      float or null when never on metformin}.
    - ``results_off_metformin``: int, results taken off the drug, left out of the slope.
    - ``slope_mmol_per_l_per_year``: float (4 decimals) or null when too few
      results; per year of cumulative time on metformin.
    - ``slope_ci95``: [low, high] floats (4 decimals) or null.
    - ``fraction_below``: float in [0, 1] (4 decimals) or null with no result.
    - ``projected_crossing``: ISO date or null.
    - ``falling_alert``: bool.
    - ``retest_due``: ISO date, or null when no re-test rule applies.
    """
    fit = summary.slope.value
    crossing = summary.projected_crossing.value
    retest = summary.retest_due.value
    return {
        "n": summary.n.value,
        "latest": latest_json(summary.latest.value, summary.exposure),
        "slope_mmol_per_l_per_year": None if fit is None else _round(fit.slope),
        "slope_ci95": None if fit is None else [_round(fit.slope_ci[0]), _round(fit.slope_ci[1])],
        "fraction_below": _round(summary.fraction_below.value),
        "projected_crossing": None if crossing is None else crossing.isoformat(),
        "falling_alert": summary.falling_alert.value,
        "retest_due": None if retest is None else retest.isoformat(),
        "time_on_metformin": {
            "meaning": TIME_MEANING,
            "cumulative_months_to_today": None
            if not summary.exposure.ever
            else round(summary.exposure.total_months(summary.today), 1),
        },
        "results_off_metformin": summary.n_off_metformin,
    }

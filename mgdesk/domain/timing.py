"""Time as a clinician reads it: whole months elapsed, overdue re-tests, crossings already past.

The trend summary (``domain.trend``) gives dates; this module says what they
mean today, once, for every face: how many calendar months have passed since
a date (shown as months, or years and months), whether a re-test is overdue
(and by how long) or due within a month, and whether a projected crossing of
the threshold already lies in the past.  The Patients place, the Clinic
worklist and the command line all call these, so "overdue" and "due soon"
cannot mean different things in different places.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from mgdesk.domain.trend import add_months

DUE_SOON_MONTHS = 1  # "due within a month": the worklist's step before "the rest"


def whole_months(start: dt.date, end: dt.date) -> int:
    """Calendar months from ``start`` to ``end``, counting only completed months (negative if reversed)."""
    if end < start:
        return -whole_months(end, start)
    months = (end.year - start.year) * 12 + end.month - start.month
    if end.day < start.day:
        months -= 1
    return months


@dataclass(frozen=True, slots=True)
class Span:
    """A duration as whole years and months (``months`` < 12), or days when under a month."""

    years: int
    months: int
    days: int

    @property
    def total_months(self) -> int:
        return self.years * 12 + self.months


def span_between(start: dt.date, end: dt.date) -> Span:
    """The time from ``start`` to ``end`` (``end`` on or after ``start``) as years, months, or days under a month."""
    months = whole_months(start, end)
    if months <= 0:
        return Span(0, 0, max((end - start).days, 0))
    return Span(months // 12, months % 12, 0)


class RetestState(enum.Enum):
    """Where today falls against a patient's re-test date."""

    OVERDUE = "overdue"
    DUE_SOON = "due soon"
    SCHEDULED = "scheduled"
    NONE = "none"


def retest_state(due: dt.date | None, today: dt.date) -> RetestState:
    """Overdue when the re-test date is today or past; due soon within ``DUE_SOON_MONTHS`` months."""
    if due is None:
        return RetestState.NONE
    if due <= today:
        return RetestState.OVERDUE
    if due <= add_months(today, DUE_SOON_MONTHS):
        return RetestState.DUE_SOON
    return RetestState.SCHEDULED


def crossing_reached(crossing: dt.date | None, today: dt.date) -> bool:
    """True when a projected crossing of the threshold lies on or before ``today`` (already reached)."""
    return crossing is not None and crossing <= today

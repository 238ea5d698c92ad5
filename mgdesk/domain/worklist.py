"""The clinic worklist's rules: each patient's most urgent state, the order of the list, what needs review.

A patient on metformin is in the first of these states that applies, most
urgent first (the Clinic place's default order):

1. **critical** - the latest serum result is critically low or high;
2. **low** - it is low, or below the hypomagnesemia threshold;
3. **falling** - the trend's falling alert is on (``domain.trend``);
4. **overdue** - the re-test date has passed (``domain.timing``);
5. **due soon** - the re-test falls within a month;
6. **up to date** - none of these.

A result *needs review* by a clinician when it is the patient's latest serum
result and the patient is critical, low or falling, or the result could not
be placed on either side of the threshold (indeterminate); once reviewed
(``store`` keeps who and when) it no longer counts.  Within a state,
unreviewed patients come first, then the longest overdue, then by clinic
identifier, so the order is stable.

The first two states are decided by the latest serum result alone
(``DECIDED_BY_THE_LATEST``): ``work_state`` looks at nothing else for them,
and their place in the list needs only that result, the courses (for the
re-test date) and the review.  So the patients in them, in their final
order, can be listed from each patient's latest result before the other
results are read.
"""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from mgdesk.domain.profile import Category
from mgdesk.domain.timing import RetestState, retest_state
from mgdesk.domain.trend import TrendSummary

_CRITICAL = frozenset({Category.CRITICAL_LOW, Category.CRITICAL_HIGH})


@dataclass(frozen=True, slots=True)
class Review:
    """A clinician's sign-off of one result: who (the OS user), when, and an optional comment."""

    result_id: int
    reviewed_at: dt.datetime
    os_user: str
    comment: str = ""
    id: int | None = None


class WorkState(enum.Enum):
    """A patient's most urgent state; the declaration order is the worklist's order."""

    CRITICAL = "critical"
    LOW = "low"
    FALLING = "falling"
    OVERDUE = "overdue"
    DUE_SOON = "due soon"
    UP_TO_DATE = "up to date"

    @property
    def rank(self) -> int:
        return list(WorkState).index(self)


DECIDED_BY_THE_LATEST = frozenset({WorkState.CRITICAL, WorkState.LOW})


def work_state(summary: TrendSummary) -> WorkState:
    """The most urgent state that applies to the patient ``summary`` describes (as of ``summary.today``)."""
    latest = summary.latest.value
    if latest is not None:
        category = latest.classification.category
        if category in _CRITICAL:
            return WorkState.CRITICAL
        if category is Category.LOW or latest.below_threshold:
            return WorkState.LOW
    if summary.falling_alert.value:
        return WorkState.FALLING
    state = retest_state(summary.retest_due.value, summary.today)
    if state is RetestState.OVERDUE:
        return WorkState.OVERDUE
    if state is RetestState.DUE_SOON:
        return WorkState.DUE_SOON
    return WorkState.UP_TO_DATE


def needs_review(summary: TrendSummary) -> bool:
    """Whether the patient's latest serum result waits for a clinician's review (see the module text)."""
    latest = summary.latest.value
    if latest is None:
        return False
    if latest.classification.category is Category.INDETERMINATE:
        return True
    return work_state(summary) in (WorkState.CRITICAL, WorkState.LOW, WorkState.FALLING)


def worklist_key(summary: TrendSummary, clinic_id: str, *, reviewed: bool) -> tuple[int, int, int, str]:
    """The sort key of the worklist's default order: state, unreviewed first, longest overdue, identifier."""
    waiting = needs_review(summary) and not reviewed
    due = summary.retest_due.value
    overdue_days = (summary.today - due).days if due is not None and due <= summary.today else 0
    return (work_state(summary).rank, 0 if waiting else 1, -overdue_days, clinic_id)

"""The Clinic place's worklist: every metformin patient in order of urgency, with their review state.

Pairs each ``cohort.ClinicRow`` with the review of its latest serum result
(``store.Records.live_reviews``) and orders them by the domain's rule
(``domain.worklist``): critical, low, falling, overdue, due within a month,
then the rest, unreviewed first within each state.  The window and the
command line both show this order; neither sorts on its own.
``urgent_worklist`` gives the first part of that list from each patient's
latest collection day only (``store.load_latest_histories``): the critical
and low patients, whose state and place that day decides alone
(``domain.worklist.DECIDED_BY_THE_LATEST``), so a big clinic's most urgent
patients are listed while every result is still being read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from mgdesk.domain.cohort import ClinicRow
from mgdesk.domain.worklist import (
    DECIDED_BY_THE_LATEST,
    Review,
    WorkState,
    needs_review,
    work_state,
    worklist_key,
)


@dataclass(frozen=True, slots=True)
class WorklistItem:
    """One patient of the worklist: their row, state, and the review of the result waiting for one."""

    row: ClinicRow
    state: WorkState
    needs_review: bool
    review: Review | None
    # False while the row's summary was computed from the latest collection day
    # only (``urgent_worklist``): its state and place are final, its slope and
    # falling alert not yet known.
    trend_known: bool = True

    @property
    def waiting(self) -> bool:
        """True while the patient's latest result needs a review nobody has given."""
        return self.needs_review and self.review is None

    @property
    def result_id(self) -> int | None:
        latest = self.row.summary.latest.value
        return None if latest is None else latest.result.id


def latest_result_id(row: ClinicRow) -> int | None:
    latest = row.summary.latest.value
    return None if latest is None else latest.result.id


def build_worklist(rows: Sequence[ClinicRow], reviews: Mapping[int, Review]) -> list[WorklistItem]:
    """The rows as worklist items in the default order (most urgent first)."""
    items = []
    for row in rows:
        result_id = latest_result_id(row)
        review = reviews.get(result_id) if result_id is not None else None
        items.append(WorklistItem(row, work_state(row.summary), needs_review(row.summary), review))
    items.sort(key=lambda item: worklist_key(item.row.summary, item.row.clinic_id, reviewed=item.review is not None))
    return items


def urgent_worklist(latest_rows: Sequence[ClinicRow], reviews: Mapping[int, Review]) -> list[WorklistItem]:
    """The head of the worklist from rows summarized on each patient's latest collection day only.

    Only the patients whose state that day decides alone (critical, low),
    in the order ``build_worklist`` gives them among all the clinic's
    patients; their slope and falling alert are not known yet.
    """
    items = build_worklist(latest_rows, reviews)
    return [replace(item, trend_known=False) for item in items if item.state in DECIDED_BY_THE_LATEST]


def waiting_count(items: Sequence[WorklistItem]) -> int:
    """How many patients' latest results wait for review (the count the navigation shows)."""
    return sum(1 for item in items if item.waiting)

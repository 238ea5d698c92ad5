"""The worklist's rules on the synthetic demo clinic: states, their order, what waits for review."""

from __future__ import annotations

import datetime as dt

from mgdesk.domain.cohort import clinic_rows
from mgdesk.domain.demo import demo_clinic
from mgdesk.domain.profile import Category, default_profile
from mgdesk.domain.timing import RetestState, retest_state
from mgdesk.domain.worklist import WorkState, needs_review, work_state
from mgdesk.services import build_worklist, waiting_count

TODAY = dt.date(2026, 6, 30)
ROWS = clinic_rows(demo_clinic(TODAY), default_profile(), TODAY)


def test_each_state_follows_its_rule() -> None:
    for row in ROWS:
        latest = row.summary.latest.value
        state = work_state(row.summary)
        category = None if latest is None else latest.classification.category
        if category in (Category.CRITICAL_LOW, Category.CRITICAL_HIGH):
            assert state is WorkState.CRITICAL
        elif latest is not None and (category is Category.LOW or latest.below_threshold):
            assert state is WorkState.LOW
        elif row.falling_alert:
            assert state is WorkState.FALLING
        elif retest_state(row.retest_due, TODAY) is RetestState.OVERDUE:
            assert state is WorkState.OVERDUE
        elif retest_state(row.retest_due, TODAY) is RetestState.DUE_SOON:
            assert state is WorkState.DUE_SOON
        else:
            assert state is WorkState.UP_TO_DATE


def test_default_order_is_most_urgent_first_and_unreviewed_first() -> None:
    items = build_worklist(ROWS, {})
    assert len(items) == len(ROWS) > 100
    ranks = [item.state.rank for item in items]
    assert ranks == sorted(ranks)
    states = {item.state for item in items}
    assert {WorkState.LOW, WorkState.FALLING, WorkState.OVERDUE} <= states, states
    waiting = [item for item in items if item.waiting]
    assert waiting, "the demo clinic has low and falling patients to review"
    assert waiting_count(items) == len(waiting) == sum(needs_review(r.summary) for r in ROWS)


def test_overdue_patients_are_ordered_longest_overdue_first() -> None:
    items = [item for item in build_worklist(ROWS, {}) if item.state is WorkState.OVERDUE]
    waiting_flags = [item.waiting for item in items]
    assert waiting_flags == sorted(waiting_flags, reverse=True)
    dues = [item.row.retest_due for item in items if not item.waiting]
    assert all(d is not None for d in dues)
    assert dues == sorted(dues)  # the oldest due date (longest overdue) first

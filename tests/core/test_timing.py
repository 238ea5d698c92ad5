"""Time as a clinician reads it: whole months, overdue and due-soon re-tests, crossings already past."""

from __future__ import annotations

import datetime as dt

from mgdesk.domain.timing import RetestState, Span, crossing_reached, retest_state, span_between, whole_months

D = dt.date


def test_whole_months_count_only_completed_months() -> None:
    assert whole_months(D(2024, 1, 31), D(2024, 2, 29)) == 0
    assert whole_months(D(2024, 1, 15), D(2024, 2, 15)) == 1
    assert whole_months(D(2023, 11, 20), D(2026, 1, 19)) == 25
    assert whole_months(D(2026, 1, 19), D(2023, 11, 20)) == -25


def test_span_is_days_under_a_month_then_years_and_months() -> None:
    assert span_between(D(2026, 1, 1), D(2026, 1, 13)) == Span(0, 0, 12)
    assert span_between(D(2025, 4, 2), D(2025, 11, 2)) == Span(0, 7, 0)
    assert span_between(D(2023, 11, 20), D(2026, 1, 20)) == Span(2, 2, 0)
    assert span_between(D(2023, 11, 20), D(2026, 1, 20)).total_months == 26


def test_retest_state_overdue_due_soon_scheduled() -> None:
    today = D(2026, 3, 15)
    assert retest_state(None, today) is RetestState.NONE
    assert retest_state(today, today) is RetestState.OVERDUE
    assert retest_state(D(2024, 2, 1), today) is RetestState.OVERDUE
    assert retest_state(D(2026, 4, 15), today) is RetestState.DUE_SOON
    assert retest_state(D(2026, 4, 16), today) is RetestState.SCHEDULED


def test_crossing_in_the_past_is_already_reached() -> None:
    today = D(2026, 3, 15)
    assert crossing_reached(D(2025, 6, 1), today)
    assert crossing_reached(today, today)
    assert not crossing_reached(D(2027, 1, 1), today)
    assert not crossing_reached(None, today)

"""A patient's trend: the history read from the store and the numbers over it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from mgdesk.domain.cohort import PatientHistory
from mgdesk.domain.profile import LabProfile
from mgdesk.domain.trend import TrendSummary, summarize


@dataclass(frozen=True, slots=True)
class PatientTrend:
    """One patient's history and its trend summary as of ``summary.today``."""

    history: PatientHistory
    summary: TrendSummary


def trend_of(history: PatientHistory, profile: LabProfile, today: dt.date) -> PatientTrend:
    """The trend numbers of a history already read."""
    return PatientTrend(history, summarize(history.courses, history.results, profile, today))


def patient_trend(database: Path | str | None, clinic_id: str, profile: LabProfile, today: dt.date) -> PatientTrend:
    """Read one patient by clinic identifier and compute the trend numbers."""
    from mgdesk.store import Records, load_history, open_database

    with open_database(database, create=False) as opened:
        history = load_history(Records(opened), clinic_id)
    return trend_of(history, profile, today)

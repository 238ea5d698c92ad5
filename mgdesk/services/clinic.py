"""The Clinic place's data: each patient's latest results, every patient's history, the cohort plot's arrays.

In steps, because the window shows the most urgent patients from their
latest results before every history is read, and the whole list before the
cohort plot (README, "Measured").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mgdesk.domain.cohort import CohortPoints, PatientHistory

if TYPE_CHECKING:
    from mgdesk.store import Database, Records


def cohort_overview(records: Records, database: Database) -> tuple[list[PatientHistory], CohortPoints]:
    """Every patient's courses (no results) and every serum result as float arrays."""
    from mgdesk.store import load_cohort_points, load_courses

    return load_courses(records), load_cohort_points(database)


def clinic_latest(records: Records, database: Database) -> list[PatientHistory]:
    """Every live patient with their live courses and the serum results of their latest collection day."""
    from mgdesk.store import load_latest_histories

    return load_latest_histories(records, database)


def clinic_histories(records: Records, database: Database | None = None) -> list[PatientHistory]:
    """Every live patient with their live courses and results (faster given the database ``records`` reads)."""
    from mgdesk.store import load_histories

    return load_histories(records, database)

"""The Clinic place's data: the cohort plot's arrays and every patient's history.

Two steps, because the window shows the cohort plot from numeric arrays
before the exact per-patient list is ready (README, "Speed").
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


def clinic_histories(records: Records) -> list[PatientHistory]:
    """Every live patient with their live courses and results."""
    from mgdesk.store import load_histories

    return load_histories(records)

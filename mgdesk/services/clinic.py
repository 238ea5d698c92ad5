"""The Clinic place's data: each patient's latest collection day, then every patient's history.

In steps, because the window shows the most urgent patients from their
latest results before every history is read, and the whole list before the
cohort plot (README, "Measured").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mgdesk.domain.cohort import PatientHistory

if TYPE_CHECKING:
    from mgdesk.store import Database, Records


def clinic_latest(records: Records, database: Database) -> list[PatientHistory]:
    """Every live patient with their live courses and the serum results of their latest collection day."""
    from mgdesk.store import load_latest_histories

    return load_latest_histories(records, database)


def clinic_histories(records: Records, database: Database | None = None) -> list[PatientHistory]:
    """Every live patient with their live courses and results (faster given the database ``records`` reads)."""
    from mgdesk.store import load_histories

    return load_histories(records, database)

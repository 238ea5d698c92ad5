"""The patient database: schema, migrations, opening safely, and the records API.

The only package that knows the database is SQLite (through SQLAlchemy 2
Core, so the same code can later run on PostgreSQL).  ``open_database``
checks, backs up and migrates a file; ``Records`` is what the window and the
command line call to read and change patients, medication courses and
magnesium results, every change landing in the audit log.
"""

from mgdesk.store.cohort_arrays import load_cohort_points
from mgdesk.store.database import Database, open_database
from mgdesk.store.demo_database import create_demo_database
from mgdesk.store.histories import load_courses, load_histories, load_history
from mgdesk.store.paths import default_database_path
from mgdesk.store.records import AuditEntry, ImportOutcome, Provenance, Records

__all__ = [
    "AuditEntry",
    "Database",
    "ImportOutcome",
    "Provenance",
    "Records",
    "create_demo_database",
    "default_database_path",
    "load_cohort_points",
    "load_courses",
    "load_histories",
    "load_history",
    "open_database",
]

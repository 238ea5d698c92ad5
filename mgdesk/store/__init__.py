"""The patient database: schema, migrations, opening safely, and the records API.

The only package that knows which database engine it talks to: an SQLite
file on one workstation, or PostgreSQL on a clinic server (SQLAlchemy 2 Core,
the same Alembic migrations for both).  ``open_database`` checks, backs up
and migrates a file, or opens and migrates a server database; ``Records`` is
what the window and the command line call to read and change patients,
medication courses and magnesium results, every change landing in the audit
log; ``Outbox`` keeps results entered while the server is out of reach;
``ChangeFeed`` tells a workstation what the others changed (live views).
"""

from mgdesk.store.copying import CopyReport, TableCheck, TargetNotEmptyError, copy_database
from mgdesk.store.database import Database, open_database
from mgdesk.store.demo_database import create_demo_database
from mgdesk.store.histories import load_courses, load_histories, load_history, load_latest_histories
from mgdesk.store.importer import ImportChunk
from mgdesk.store.live import ChangeFeed, Changes
from mgdesk.store.outbox import Outbox, OutboxItem, SendReport
from mgdesk.store.paths import default_database_path
from mgdesk.store.records import AuditEntry, ImportOutcome, Provenance, Records
from mgdesk.store.server import server_url

__all__ = [
    "AuditEntry",
    "ChangeFeed",
    "Changes",
    "CopyReport",
    "Database",
    "ImportChunk",
    "ImportOutcome",
    "Outbox",
    "OutboxItem",
    "Provenance",
    "Records",
    "SendReport",
    "TableCheck",
    "TargetNotEmptyError",
    "copy_database",
    "create_demo_database",
    "default_database_path",
    "load_courses",
    "load_histories",
    "load_history",
    "load_latest_histories",
    "open_database",
    "server_url",
]

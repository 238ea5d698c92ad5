"""The demo clinic as a database file of its own, never the user's.

``create_demo_database`` writes ``domain.demo.demo_clinic()`` (synthetic
patients, every one labelled so) into a fresh file through the ``Records``
machinery (audited like any insert): the patients with their names and
"synthetic" notes in one transaction, then every result and medication
course in one ``import_records`` transaction.  The file
is built under a temporary name beside the target and moved into place only
when complete, so a half-written demo is never opened.  The default place is
the user's cache folder (``demo_database_path``); the user's own database
path is refused.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sys
from pathlib import Path

from mgdesk.domain import files
from mgdesk.domain.cohort import PatientHistory
from mgdesk.domain.demo import demo_clinic
from mgdesk.domain.errors import StoreError
from mgdesk.store import rows
from mgdesk.store.database import Database, open_database
from mgdesk.store.paths import APP_NAME, default_database_path
from mgdesk.store.records import Records
from mgdesk.store.schema import patients

DEMO_FILE_NAME = "demo-clinic.sqlite3"


def _cache_folder() -> Path:
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA")
        return (Path(local) if local else Path.home() / "AppData" / "Local") / APP_NAME / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / APP_NAME
    xdg = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".cache") / APP_NAME


def demo_database_path() -> Path:
    """Where the demo clinic is written unless told otherwise (the user's cache folder)."""
    return _cache_folder() / DEMO_FILE_NAME


def create_demo_database(
    path: Path | str | None = None,
    histories: list[PatientHistory] | None = None,
    *,
    today: dt.date | None = None,
) -> Path:
    """Write the demo clinic as of ``today`` (or ``histories``) into a fresh database at ``path``; return its path.

    ``today`` defaults to the system date, so the demo's last results are
    always recent.  An existing file at ``path`` is replaced, unless it is
    the user's own database, which is refused with a ``StoreError``.
    """
    target = Path(path).expanduser().absolute() if path is not None else demo_database_path()
    if target.resolve() == default_database_path().resolve():
        raise StoreError(f"Refusing to write the demo clinic over your own database {target}.")
    files.check_not_database(target)  # an open demo is closed first (the window does)
    files.private_folder(target.parent)
    building = target.with_name(f".{target.name}.building-{os.getpid()}")
    _remove(building)
    try:
        with open_database(building) as database:
            records = Records(database)
            clinic = demo_clinic(today or dt.date.today()) if histories is None else histories
            _fill(database, records, clinic)
        files.fsync_file(building)
        _remove(target, only_journals=True)
        building.replace(target)
        files.fsync_folder(target.parent)
    finally:
        _remove(building)
    return target


def _fill(database: Database, records: Records, histories: list[PatientHistory]) -> None:
    # The patients (with their names and "synthetic" notes, which import_records
    # would not carry) in one audited transaction, as add_patient would write
    # them one by one; 270 separate transactions take about a second.
    with database.writing() as conn:
        for history in histories:
            records._insert(conn, patients, rows.patient_values(history.patient))  # a store-internal helper
    records.import_records(
        [(h.patient.clinic_id, r) for h in histories for r in h.results],
        [(h.patient.clinic_id, c) for h in histories for c in h.courses],
    )


def _remove(path: Path, *, only_journals: bool = False) -> None:
    for suffix in ("-wal", "-shm") if only_journals else ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            Path(f"{path}{suffix}").unlink()

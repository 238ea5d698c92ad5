"""A process killed with SIGKILL in the middle of a large import leaves the file as it was."""

import os
import signal
import subprocess
import sys
from pathlib import Path

from mgdesk.domain.records import Patient
from mgdesk.store import Records, open_database

CHILD = r"""
import datetime as dt, sys, time
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.records import MagnesiumResult
from mgdesk.store import Records, open_database

result = MagnesiumResult(dt.date(2024, 1, 1), parse_measurement("1.8 mg/dL"), "mg/dL")
batch = [(f"P-{n:05d}", result) for n in range(20000)]

def progress(done, total):
    if done >= total // 2:
        print("HALF", done, flush=True)
        time.sleep(600)

Records(open_database(sys.argv[1])).import_records(batch, progress=progress)
"""


def test_sigkill_midway_leaves_the_database_readable_without_the_import(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with open_database(path) as db:
        Records(db).add_patient(Patient("BEFORE"))
    with subprocess.Popen([sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, text=True) as child:
        try:
            assert child.stdout is not None
            line = child.stdout.readline()
            assert line.startswith("HALF"), line
            # Half the batch is written inside the open transaction (the WAL may hold it already).
            os.kill(child.pid, signal.SIGKILL)
        finally:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL
    with open_database(path) as db:
        records = Records(db)
        assert [p.clinic_id for p in records.list_patients()] == ["BEFORE"]
        assert len(records.audit_log()) == 1
        assert records.export_results() == []

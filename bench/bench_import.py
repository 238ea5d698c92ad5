"""Benchmark of CSV import (issue: patient records).

Generates a CSV of 100,000 magnesium results for 2,000 patients, imports it
with mgdesk's importer (read, check every row with the domain, one
transaction with audit log) into a fresh database, and in the same run with
the ``sqlite3`` command line's ``.import`` into a plain table (goal: at most
3x).  Needs the ``sqlite3`` program (Debian: ``apt-get install sqlite3``).

Run: ``.venv/bin/python bench/bench_import.py``.  Exit status 1 if a goal is missed.
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
from pathlib import Path

from common import alternate, report, time_call, time_process

from mgdesk.interchange import read_records_csv
from mgdesk.store import Records, open_database

PATIENTS = 2_000
RESULTS = 100_000


def make_csv(path: Path) -> None:
    rng = random.Random(2026)
    units = [("mmol/L", 0.45, 1.10, 2), ("mg/dL", 1.1, 2.7, 1), ("mEq/L", 0.9, 2.2, 2)]
    lines = ["patient,date,value,unit,specimen,comment"]
    for n in range(RESULTS):
        unit, low, high, decimals = units[n % 3]
        day = f"20{10 + n % 15:02d}-{1 + n % 12:02d}-{1 + n % 28:02d}"
        lines.append(f"MRN{n % PATIENTS:05d},{day},{rng.uniform(low, high):.{decimals}f},{unit},serum,")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main() -> int:
    sqlite3 = shutil.which("sqlite3")
    if sqlite3 is None:
        print("bench_import: the sqlite3 command line is missing; install it (Debian: apt-get install sqlite3).")
        return 1
    work = Path(tempfile.mkdtemp(prefix="mgdesk-bench-"))
    try:
        csv = work / "results.csv"
        make_csv(csv)
        runs = iter(range(1_000_000))

        def ours() -> float:
            db_path = work / f"mgdesk-{next(runs)}.sqlite3"

            def run() -> None:
                parsed = read_records_csv(csv)
                with open_database(db_path) as db:
                    outcome = Records(db).import_records(parsed.results)
                assert outcome.imported + outcome.duplicates == RESULTS, outcome

            return time_call(run)

        def baseline() -> float:
            db_path = work / f"plain-{next(runs)}.sqlite3"
            return time_process([sqlite3, str(db_path), f".import --csv {csv} results"])

        mine, base = alternate(ours, baseline, rounds=3)
        ok = report(
            f"import {RESULTS:,} results for {PATIENTS:,} patients (mgdesk vs sqlite3 .import)",
            mine,
            base,
            goal=3.0,
        )
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

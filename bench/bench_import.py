"""Benchmark of CSV import (issue: patient records).

Generates a CSV of 100,000 magnesium results for 2,000 patients, imports it
with mgdesk's importer (the file read in parts of 10,000 rows inside one
transaction, every row checked with the domain; the import audited once,
every row keeping its file line) into a fresh database, and in the same run with
the ``sqlite3`` command line's ``.import`` into a plain table (goal: at most
3x).  Needs the ``sqlite3`` program (Debian: ``apt-get install sqlite3``).

It also prints the floor: the time to insert the rows mgdesk stored, already
built, into a fresh database with ``executemany`` (no Python per row), against
the same baseline, which is what mgdesk's table with its indexes and foreign
keys costs by itself; and the medians of mgdesk's steps (checking the encoding and
the header; creating the new database, which runs its migrations; reading the rows in parts
and storing them), and the median time ``Records.patient_record`` takes to
open a patient with 200 results in the imported database.

Run: ``.venv/bin/python bench/bench_import.py``.  Exit status 1 if a goal is missed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from common import alternate, report, time_call, time_process

from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.records import MagnesiumResult
from mgdesk.interchange import open_records_csv
from mgdesk.store import ImportChunk, Records, open_database

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


def open_patient_ms(db_path: Path) -> float:
    """Median milliseconds of ``Records.patient_record`` for a patient with 200 results."""
    units = [("mmol/L", 2), ("mg/dL", 1), ("mEq/L", 2)]
    rng = random.Random(7)
    batch = []
    for n in range(200):
        unit, decimals = units[n % 3]
        text = f"{rng.uniform(0.6, 2.0):.{decimals}f} {unit}"
        day = dt.date(2010, 1, 1) + dt.timedelta(days=9 * n)
        batch.append(
            ("BENCH-200", MagnesiumResult(day, parse_measurement(text), unit, collected_at=dt.time(8, n % 60)))
        )
    with open_database(db_path) as db:
        records = Records(db)
        records.import_records(batch)
        patient = records.patient_by_clinic_id("BENCH-200")
        assert patient is not None
        patient_id = patient.id
        assert patient_id is not None
        assert len(records.patient_record(patient_id).results) == 200
        times = [time_call(lambda: records.patient_record(patient_id)) for _ in range(101)]
    return statistics.median(times) * 1e3


def table_floor(imported: Path, work: Path) -> Callable[[], float]:
    """Seconds to insert the rows of ``imported`` as they are, with no Python per row: what the table costs.

    The patients, the import and the results stored by mgdesk are read back,
    and each round inserts them with ``executemany`` into a fresh database
    (made, untimed, by ``open_database``) in one transaction.
    """
    tables = ("patients", "imports", "mg_results")
    with contextlib.closing(sqlite3.connect(imported)) as source:
        stored = {t: source.execute(f"SELECT * FROM {t}").fetchall() for t in tables}
    rounds = iter(range(1_000_000))

    def run() -> float:
        target = work / f"floor-{next(rounds)}.sqlite3"
        with open_database(target):
            pass
        connection = sqlite3.connect(target, isolation_level=None)
        try:
            connection.execute("PRAGMA foreign_keys = ON")
            start = time.perf_counter()
            connection.execute("BEGIN IMMEDIATE")
            for table in tables:
                marks = ",".join("?" * len(stored[table][0]))
                connection.executemany(f"INSERT INTO {table} VALUES ({marks})", stored[table])
            connection.execute("COMMIT")
            return time.perf_counter() - start
        finally:
            connection.close()

    return run


def main() -> int:
    sqlite3_program = shutil.which("sqlite3")
    if sqlite3_program is None:
        print("bench_import: the sqlite3 command line is missing; install it (Debian: apt-get install sqlite3).")
        return 1
    work = Path(tempfile.mkdtemp(prefix="mgdesk-bench-"))
    try:
        csv = work / "results.csv"
        make_csv(csv)
        runs = iter(range(1_000_000))
        steps: dict[str, list[float]] = {"check": [], "create": [], "store": []}
        db_path = work / "none"

        def ours() -> float:
            nonlocal db_path
            db_path = work / f"mgdesk-{next(runs)}.sqlite3"

            def run() -> None:
                start = time.perf_counter()
                stream = open_records_csv(csv)
                header = stream.file

                def parts() -> Iterator[ImportChunk]:
                    for part in stream.parts():
                        yield ImportChunk(
                            part.result_columns or part.results, part.courses, part.lines, part.lines, part.rows_read
                        )

                read = time.perf_counter()
                with open_database(db_path) as db:
                    opened = time.perf_counter()
                    outcome = Records(db).import_parts(
                        parts, stream.rows_expected, file_name=header.name, sha256=header.sha256
                    )
                steps["check"].append(read - start)
                steps["create"].append(opened - read)
                steps["store"].append(time.perf_counter() - opened)
                assert outcome.imported + outcome.duplicates == RESULTS, outcome

            return time_call(run)

        def baseline() -> float:
            db_path = work / f"plain-{next(runs)}.sqlite3"
            return time_process([sqlite3_program, str(db_path), f".import --csv {csv} results"])

        mine, base = alternate(ours, baseline, rounds=3)
        ok = report(
            f"import {RESULTS:,} results for {PATIENTS:,} patients (mgdesk vs sqlite3 .import)",
            mine,
            base,
            goal=3.0,
        )
        print(
            f"  mgdesk steps (medians): encoding and header {statistics.median(steps['check']) * 1e3:.1f} ms, "
            f"create the new database (its migrations) {statistics.median(steps['create']) * 1e3:.1f} ms, "
            f"read the rows in parts and store them {statistics.median(steps['store']) * 1e3:.1f} ms"
        )
        floor, floor_base = alternate(table_floor(db_path, work), baseline, rounds=3)
        print(
            f"  floor: the same {RESULTS:,} rows, already built, inserted into a fresh mgdesk database "
            f"(its indexes and foreign keys) {floor * 1e3:.1f} ms vs sqlite3 .import {floor_base * 1e3:.1f} ms, "
            f"ratio {floor / floor_base:.2f}x"
        )
        print(f"  open a patient with 200 results: median {open_patient_ms(db_path):.2f} ms")
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

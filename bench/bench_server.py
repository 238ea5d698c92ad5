"""Benchmarks of the clinic server (PostgreSQL on loopback).

1. Workstations: 8 processes at once (and first as many as the machine has cores), each opening 200-result patients
   (``Records.patient_record``: the query and every result rebuilt through
   the domain) again and again while adding results of its own; the p95 of
   the opening times (goal: under 50 ms), and every added result stored
   exactly once (goal: 0 lost, 0 duplicated).
2. Import: 100,000 results for 2,000 patients (the file of
   ``bench_import.py``) imported by mgdesk into an empty server database,
   against ``psql``'s ``\\copy`` of the same file into a plain table of text
   columns, alternating (goal: at most 3x).  Then the floor: the rows mgdesk
   stored, already built, copied with ``COPY`` into a fresh mgdesk database
   (with its indexes and foreign keys, without the foreign keys, and
   without both), against the same baseline: what the table costs by itself.

Starts a throw-away cluster the way the tests do (``tests/pg_server.py``:
Debian's ``postgresql`` package; ``psql`` comes with it).  Run:
``.venv/bin/python bench/bench_server.py``.  Exit status 1 if a goal is missed.
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_import import PATIENTS, RESULTS, make_csv
from common import alternate, report, time_call, time_process

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from pg_server import SUPERUSER, PgServer

from mgdesk.services import import_file
from mgdesk.store import open_database

WORKSTATIONS = 8
OPENS = 60
ADDS = 60

WORKSTATION = r"""
import datetime as dt, json, sys, time
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.records import MagnesiumResult
from mgdesk.store import Records, open_database

url, number, opens, adds = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
db = open_database(url)
records = Records(db, user=f"nurse{number}", workstation=f"WS-{number}")
ids = [p.id for p in records.list_patients() if p.clinic_id.startswith("OPEN-")]
times, added = [], []
for i in range(max(opens, adds)):
    if i < opens:
        start = time.perf_counter()
        record = records.patient_record(ids[(number + i) % len(ids)])
        times.append(time.perf_counter() - start)
        assert len(record.results) >= 200
    if i < adds:
        marker = f"ws{number}-{i}"
        day = dt.date(2020, 1, 1) + dt.timedelta(days=i)  # after the opened history, never in the future
        value = MagnesiumResult(day, parse_measurement("0.80 mmol/L"), "mmol/L", comment=marker)
        records.add_result(ids[i % len(ids)], value)
        added.append(marker)
db.close()
print(json.dumps({"times": times, "added": added}))
"""


def workstations(server: PgServer, count: int) -> bool:
    from mgdesk.domain.measurement import parse_measurement
    from mgdesk.domain.records import MagnesiumResult
    from mgdesk.store import Records, open_database

    url = server.url(server.new_database())
    import datetime as dt

    batch = [
        (
            f"OPEN-{p}",
            MagnesiumResult(
                dt.date(2010, 1, 1) + dt.timedelta(days=9 * n),
                parse_measurement(f"{0.6 + n / 200:.3f} mmol/L"),
                "mmol/L",
                collected_at=dt.time(8, n % 60),
            ),
        )
        for p in range(count)
        for n in range(200)
    ]
    with open_database(url) as db:
        Records(db).import_records(batch)
    children = [
        subprocess.Popen(
            [sys.executable, "-c", WORKSTATION, url, str(n), str(OPENS), str(ADDS)], stdout=subprocess.PIPE, text=True
        )
        for n in range(count)
    ]
    times: list[float] = []
    added: list[str] = []
    for child in children:
        out, _ = child.communicate(timeout=900)
        if child.returncode != 0:
            raise RuntimeError("a workstation failed")
        got = json.loads(out)
        times += got["times"]
        added += got["added"]
    with open_database(url) as db:
        stored = [r.comment for _, r in Records(db).export_results() if r.comment.startswith("ws")]
    lost = len(set(added) - set(stored))
    duplicated = len(stored) - len(set(stored))
    p95 = statistics.quantiles(times, n=20)[-1] * 1e3
    ok = p95 < 50 and lost == 0 and duplicated == 0
    print(
        f"{count} workstations at once, {len(times)} opens of a 200-result patient: "
        f"median {statistics.median(times) * 1e3:.1f} ms, p95 {p95:.1f} ms (goal < 50 ms); "
        f"{len(added)} results added: {lost} lost, {duplicated} duplicated (goal 0) {'ok' if ok else 'OVER GOAL'}"
    )
    return ok


def imports(server: PgServer, work: Path) -> bool:
    csv = work / "results.csv"
    make_csv(csv)
    psql = shutil.which("psql") or str(server.bin / "psql")

    def ours() -> float:
        url = server.url(server.new_database())
        open_database(url).close()  # the tables exist before timing, as the baseline's does

        def run() -> None:
            report_ = import_file(csv, url)
            assert report_.imported + report_.duplicates == RESULTS, report_

        return time_call(run)

    def baseline() -> float:
        name = server.new_database()
        table = "CREATE TABLE results (patient text, date text, value text, unit text, specimen text, comment text)"
        subprocess.run(
            [psql, "-q", "-h", "127.0.0.1", "-p", str(server.port), "-U", SUPERUSER, "-d", name, "-c", table],
            check=True,
        )
        copy = f"\\copy results FROM '{csv}' CSV HEADER"
        return time_process(
            [psql, "-q", "-h", "127.0.0.1", "-p", str(server.port), "-U", SUPERUSER, "-d", name, "-c", copy]
        )

    mine, base = alternate(ours, baseline, rounds=3)
    ok = report(
        f"import {RESULTS:,} results for {PATIENTS:,} patients into PostgreSQL (mgdesk vs psql \\copy)",
        mine,
        base,
        goal=3.0,
    )
    stored = stored_rows(server, csv)
    for variant in FLOOR_VARIANTS:
        floor, floor_base = alternate(lambda v=variant: table_floor(server, stored, v), baseline, rounds=3)
        print(
            f"  floor, {variant}: the same {RESULTS:,} rows, already built, copied into a fresh mgdesk database "
            f"{floor * 1e3:.1f} ms vs psql \\copy {floor_base * 1e3:.1f} ms, ratio {floor / floor_base:.2f}x"
        )
    return ok


FLOOR_TABLES = ("patients", "imports", "mg_results")
# What the floor's table keeps: all of mgdesk's table, or less of it (to show what each part costs).
FLOOR_VARIANTS = ("its indexes and foreign keys", "its indexes, no foreign keys", "no indexes, no foreign keys")


def stored_rows(server: PgServer, csv: Path) -> dict[str, bytes]:
    """The rows mgdesk stores for the benchmark's file, as ``COPY`` text of each table."""
    import psycopg

    url = server.url(server.new_database())
    import_file(csv, url)
    stored: dict[str, bytes] = {}
    with psycopg.connect(url) as conn, conn.cursor() as cursor:
        for table in FLOOR_TABLES:
            with cursor.copy(f"COPY {table} TO STDOUT") as copy:
                stored[table] = b"".join(bytes(block) for block in copy)
    return stored


def table_floor(server: PgServer, stored: dict[str, bytes], variant: str) -> float:
    """Seconds to ``COPY`` the stored rows into a fresh mgdesk database (made untimed) in one transaction."""
    import time

    import psycopg

    url = server.url(server.new_database())
    open_database(url).close()
    with psycopg.connect(url) as conn:
        if variant != FLOOR_VARIANTS[0]:
            for (constraint,) in conn.execute(
                "SELECT conname FROM pg_constraint WHERE conrelid = 'mg_results'::regclass AND contype = 'f'"
            ).fetchall():
                conn.execute(f'ALTER TABLE mg_results DROP CONSTRAINT "{constraint}"')
        if variant == FLOOR_VARIANTS[2]:
            for (index,) in conn.execute(
                "SELECT indexname FROM pg_indexes WHERE tablename = 'mg_results' AND indexname <> 'mg_results_pkey'"
            ).fetchall():
                conn.execute(f'DROP INDEX "{index}"')
        conn.commit()
        start = time.perf_counter()
        with conn.cursor() as cursor:
            for table in FLOOR_TABLES:
                with cursor.copy(f"COPY {table} FROM STDIN") as copy:
                    copy.write(stored[table])
        conn.commit()
        return time.perf_counter() - start


def main() -> int:
    parts = set(sys.argv[1:]) or {"workstations", "import"}  # e.g. `bench_server.py import` runs only that
    work = Path(tempfile.mkdtemp(prefix="mgdesk-bench-server-"))
    work.chmod(0o755)
    try:
        with PgServer() as server:
            ok = True
            if "workstations" in parts:
                # As many workstations as this machine has cores, then the goal's 8 (sharing the cores with the server).
                workstations(server, os.cpu_count() or 2)
                ok = workstations(server, WORKSTATIONS)
            if "import" in parts:
                ok = imports(server, work) and ok
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark of HL7 v2 import against the same results as CSV (goal: at most 3x).

Generates 10,000 ORU^R01 messages (500 patients; each message a PID, an OBR
and three OBX segments: magnesium, sodium and potassium, so two are counted as
"not magnesium"), and the CSV file of the same 10,000 magnesium results.
Each is imported with ``mgdesk.services.import_file`` (read, check, store in
one transaction with audit) into a fresh database; the two runs alternate
and the ratio of medians is reported.  The HL7 results carry the lab's range,
flag, status and identity, which the CSV results do not: that extra work is
part of what is measured.

Run: ``.venv/bin/python bench/bench_lab_import.py``.  Exit status 1 if the goal is missed.
"""

from __future__ import annotations

import random
import shutil
import sys
import tempfile
from pathlib import Path

from common import alternate, report, time_call

from mgdesk.services import import_file

MESSAGES = 10_000
PATIENTS = 500


def make_files(folder: Path) -> tuple[Path, Path]:
    rng = random.Random(2026)
    hl7: list[str] = []
    csv = ["patient,date,time,value,unit,specimen"]
    for n in range(MESSAGES):
        patient = f"MRN{n % PATIENTS:05d}"
        day = f"20{10 + n % 15:02d}{1 + n % 12:02d}{1 + n % 28:02d}"
        when = f"{day}{8 + n % 10:02d}{n % 60:02d}"
        unit, value = (
            ("mmol/L", f"{rng.uniform(0.45, 1.10):.2f}") if n % 2 else ("mg/dL", f"{rng.uniform(1.1, 2.7):.1f}")
        )
        code = "2601-3" if unit == "mmol/L" else "19123-9"
        hl7.extend(
            [
                f"MSH|^~\\&|LAB|NORTH LAB|MGDESK|CLINIC|{when}||ORU^R01|MSG{n:06d}|P|2.5.1",
                f"PID|1||{patient}^^^CLINIC^MR||Roe^Ann||19500101|F",
                f"OBR|1|ORD{n}|FIL{n}|24323-8^Metabolic panel^LN|||{when}",
                f"OBX|1|NM|{code}^Magnesium^LN||{value}|{unit}^{unit}^UCUM|0.70-1.05|N|||F|||{when}",
                f"OBX|2|NM|2951-2^Sodium^LN||{rng.randint(130, 150)}|mmol/L|136-145|N|||F|||{when}",
                f"OBX|3|NM|2823-3^Potassium^LN||{rng.uniform(3.2, 5.4):.1f}|mmol/L|3.5-5.1|N|||F|||{when}",
            ]
        )
        csv.append(f"{patient},{day[:4]}-{day[4:6]}-{day[6:]},{when[8:10]}:{when[10:12]},{value},{unit},serum")
    hl7_path, csv_path = folder / "results.hl7", folder / "results.csv"
    hl7_path.write_text("\r".join(hl7) + "\r", encoding="utf-8", newline="")
    csv_path.write_text("\n".join(csv) + "\n", encoding="utf-8")
    return hl7_path, csv_path


def main() -> int:
    work = Path(tempfile.mkdtemp(prefix="mgdesk-bench-lab-"))
    try:
        hl7_path, csv_path = make_files(work)
        runs = iter(range(1_000_000))

        def imported(path: Path) -> float:
            db = work / f"db-{next(runs)}.sqlite3"

            def run() -> None:
                summary = import_file(path, db)
                assert summary.imported + summary.duplicates == MESSAGES, summary
                assert not summary.rejected, summary.rejected[:3]

            return time_call(run)

        mine, base = alternate(lambda: imported(hl7_path), lambda: imported(csv_path), rounds=5)
        ok = report(f"import {MESSAGES:,} ORU^R01 messages (HL7 v2 vs the same results as CSV)", mine, base, goal=3.0)
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

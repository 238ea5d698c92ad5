"""Peak memory of importing and exporting 1,000,000 results, command line and window (goal: at most 300 MB each).

Generates a CSV of 1,000,000 magnesium results for 20,000 patients, then
runs, each in its own process, ``mgdesk import`` into a fresh database,
``mgdesk export`` of it, and the window's File > Import of the same file
into another fresh database (an offscreen ``QApplication``, the real
``MainWindow`` and its import preview, driven by ``import_file(path,
confirm=False)``: the preview's check of the whole file, then the import),
and reports each process's peak resident memory: measured with
``/usr/bin/time -v`` when it is installed (Debian: ``apt-get install
time``), else from ``resource.getrusage(RUSAGE_CHILDREN)`` of a child
process, which is the same kernel figure.  The baselines printed beside them
are the peaks of a process that only imports mgdesk's modules (command line)
and of one that builds the same window and opens the same kind of database
without importing (window), so the ratios show what the data itself costs.
The window's process runs with a throw-away HOME and XDG folders: it never
reads or writes the user's settings or lab-import choices.

Run: ``.venv/bin/python bench/bench_memory.py [ROWS]``.  Exit status 1 if a goal is missed.
"""

from __future__ import annotations

import os
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import console_script

ROWS = 1_000_000
PATIENTS = 20_000
GOAL_MB = 300.0


def make_csv(path: Path, rows: int) -> None:
    rng = random.Random(2026)
    units = [("mmol/L", 0.45, 1.10, 2), ("mg/dL", 1.1, 2.7, 1), ("mEq/L", 0.9, 2.2, 2)]
    with path.open("w", encoding="utf-8") as file:
        file.write("patient,date,value,unit,specimen,comment\n")
        for n in range(rows):
            unit, low, high, decimals = units[n % 3]
            day = f"20{10 + n % 15:02d}-{1 + n % 12:02d}-{1 + n % 28:02d}"
            file.write(f"MRN{n % PATIENTS:05d},{day},{rng.uniform(low, high):.{decimals}f},{unit},serum,\n")


# The window's import in a process of its own (``sys.argv[1:]``: the CSV and the database, or the database
# alone for the baseline window that imports nothing).
WINDOW_IMPORT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.window import MainWindow

app = QApplication([])
window = MainWindow(Settings())
assert window.open_database(Path(sys.argv[-1])), window.session.last_error
if len(sys.argv) > 2:
    summary = window.import_file(Path(sys.argv[1]), confirm=False)
    assert summary is not None, "the window imported nothing"
    print(summary)
window.close()
"""


def window_env(home: Path) -> dict[str, str]:
    """An offscreen Qt and a throw-away home: the window never touches the user's settings."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(home))
    for name, sub in (("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"), ("XDG_CACHE_HOME", ".cache")):
        (home / sub).mkdir(parents=True, exist_ok=True)
        env[name] = str(home / sub)
    return env


def peak_mb(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float, str]:
    """(peak resident MB, seconds, how measured) of running ``argv`` to completion."""
    time_tool = Path("/usr/bin/time")
    start = time.perf_counter()
    if time_tool.exists():
        done = subprocess.run([str(time_tool), "-v", *argv], capture_output=True, text=True, check=True, env=env)
        match = re.search(r"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
        assert match is not None, done.stderr
        return int(match[1]) / 1024, time.perf_counter() - start, "/usr/bin/time -v"
    code = (
        "import resource, subprocess, sys\n"
        "subprocess.run(sys.argv[1:], check=True, capture_output=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    done = subprocess.run([sys.executable, "-c", code, *argv], capture_output=True, text=True, check=True, env=env)
    kb = int(done.stdout.split()[-1])
    assert resource.RUSAGE_CHILDREN  # Linux reports ru_maxrss in kilobytes
    return kb / 1024, time.perf_counter() - start, "getrusage(RUSAGE_CHILDREN)"


def main() -> int:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else ROWS
    mgdesk = console_script("mgdesk")
    work = Path(tempfile.mkdtemp(prefix="mgdesk-memory-"))
    try:
        csv, db, out = work / "results.csv", work / "clinic.sqlite3", work / "export.csv"
        make_csv(csv, rows)
        base, _, how = peak_mb([sys.executable, "-c", "import mgdesk.cli, mgdesk.services, mgdesk.store"])
        imported, import_s, _ = peak_mb([mgdesk, "import", str(csv), "--db", str(db)])
        exported, export_s, _ = peak_mb([mgdesk, "export", "--db", str(db), "--out", str(out)])
        env = window_env(work / "home")
        window = [sys.executable, "-c", WINDOW_IMPORT]
        window_base, _, _ = peak_mb([*window, str(work / "empty.sqlite3")], env)
        in_window, window_s, _ = peak_mb([*window, str(csv), str(work / "window.sqlite3")], env)
        size = csv.stat().st_size / 1e6
        print(f"{rows:,} results ({size:.0f} MB CSV), peak resident memory ({how})")
        print(f"  baselines: modules only {base:.0f} MB; the window with a database open {window_base:.0f} MB")
        ok = True
        for label, mb, seconds, baseline in (
            ("import", imported, import_s, base),
            ("export", exported, export_s, base),
            ("window import", in_window, window_s, window_base),
        ):
            met = mb <= GOAL_MB
            ok &= met
            verdict = "ok" if met else "OVER GOAL"
            print(
                f"  {label}: {mb:.0f} MB in {seconds:.1f} s, ratio {mb / baseline:.2f}x its baseline "
                f"(goal <= {GOAL_MB:.0f} MB) {verdict}"
            )
        return 0 if ok else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

"""Benchmark of the window's start (issue: the desktop window).

In one run, alternating, offscreen:
(a) mgdesk's ``startup_ms`` (process start to the first paint of a usable
    converter: its value field focused, ready for typing) against the same
    figure for a minimal PySide6 script showing an empty QMainWindow (goal <= 1.3x);
(b) the whole ``mgdesk --smoke-test`` process against a minimal script that
    shows a window and converts one value with pint (goal <= 1.3x);
(c) the peak memory (max RSS) of those two processes (goal <= 1.5x).

Run: ``.venv/bin/python bench/bench_window.py``.  Exit status 1 if a goal is missed.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import compile_bytecode, console_script, report

HERE = Path(__file__).parent
ROUNDS = 15


def run(argv: list[str], env: dict[str, str]) -> tuple[float, float, dict[str, object]]:
    """Wall seconds, peak RSS in MiB, and the last JSON line printed (if any)."""
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    assert process.stdout is not None
    output = process.stdout.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{argv} failed: {output}")
    lines = [line for line in output.splitlines() if line.startswith("{")]
    return elapsed, usage.ru_maxrss / 1024, json.loads(lines[-1]) if lines else {}


def main() -> int:
    compile_bytecode()
    home = tempfile.mkdtemp(prefix="mgdesk-bench-")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home, XDG_DATA_HOME=home)
    mgdesk = [console_script("mgdesk"), "--smoke-test"]
    empty = [sys.executable, str(HERE / "baseline_empty_window.py")]
    pint_window = [sys.executable, str(HERE / "baseline_window_and_pint.py")]
    for argv in (mgdesk, empty, pint_window):
        run(argv, env)  # warm the file cache
    ours_start, empty_start, ours_wall, pint_wall, ours_rss, pint_rss = [], [], [], [], [], []
    for _ in range(ROUNDS):
        wall, rss, result = run(mgdesk, env)
        ours_start.append(float(result["startup_ms"]))
        ours_wall.append(wall)
        ours_rss.append(rss)
        empty_start.append(float(run(empty, env)[2]["startup_ms"]))
        wall, rss, _ = run(pint_window, env)
        pint_wall.append(wall)
        pint_rss.append(rss)
    med = statistics.median
    results = [
        report("(a) process start to a usable converter painted", med(ours_start), med(empty_start), 1.3, scale=1),
        report("(b) whole smoke-test process vs window + pint conversion", med(ours_wall), med(pint_wall), 1.3),
        report("(c) peak memory (max RSS)", med(ours_rss), med(pint_rss), 1.5, unit="MiB", scale=1),
    ]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())

"""Helpers shared by the benchmarks: alternating timed runs and ratios.

Every benchmark measures mgdesk and its baseline in the same run, alternating
them, and reports the ratio of medians: absolute times on a shared 2-core
machine vary too much to compare across runs.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path


def console_script(name: str) -> str:
    """Path of a console script installed beside this interpreter."""
    return str(Path(sys.executable).with_name(name))


def compile_bytecode() -> None:
    """Write mgdesk's bytecode caches, as an installed program has them.

    pip compiles a package's modules when it installs it (and the installers
    ship them compiled), so PySide6 starts from bytecode; mgdesk in an
    editable checkout is compiled from source at every start when
    ``PYTHONDONTWRITEBYTECODE`` is set, which made start-up figures measured
    that way ~60 ms worse than any user's.  Benchmarks of the start call this
    first.
    """
    import compileall

    import mgdesk

    compileall.compile_dir(Path(mgdesk.__file__).parent, quiet=1)


def time_call(func: Callable[[], object]) -> float:
    start = time.perf_counter()
    func()
    return time.perf_counter() - start


def time_process(argv: Sequence[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def alternate(ours: Callable[[], float], baseline: Callable[[], float], rounds: int) -> tuple[float, float]:
    """Median seconds of ``ours`` and ``baseline``, run alternately ``rounds`` times."""
    mine: list[float] = []
    base: list[float] = []
    for _ in range(rounds):
        mine.append(ours())
        base.append(baseline())
    return statistics.median(mine), statistics.median(base)


def report(label: str, ours: float, baseline: float, goal: float, *, unit: str = "ms", scale: float = 1e3) -> bool:
    ratio = ours / baseline
    verdict = "ok" if ratio <= goal else "OVER GOAL"
    print(
        f"{label}: mgdesk {ours * scale:.1f} {unit}, baseline {baseline * scale:.1f} {unit}, "
        f"ratio {ratio:.2f}x (goal <= {goal}x) {verdict}"
    )
    return ratio <= goal

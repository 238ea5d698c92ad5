"""Benchmark of the magnesium core (issue: core).

1. Bulk conversion and classification of 1,000,000 values against a plain
   numpy multiply-and-compare of the same array (goal: at most 3x).
2. The whole process ``mgdesk convert 1.8 mg/dL`` against
   ``python -c "import pint; pint.UnitRegistry()"`` (goal: at most 1.0x).

Run: ``.venv/bin/python bench/bench_core.py``.  Exit status 1 if a goal is missed.
"""

from __future__ import annotations

import sys

import numpy as np
from bulk_classify import classify_bulk
from common import alternate, console_script, report, time_call, time_process

from mgdesk.domain.profile import default_profile
from mgdesk.domain.units import MgUnit, factor


def bulk() -> bool:
    values = np.random.default_rng(2026).uniform(0.5, 3.5, 1_000_000)
    profile = default_profile()
    mg_dl_to_mmol = float(factor(MgUnit.MG_DL, MgUnit.MMOL_L))
    threshold = float(profile.hypomagnesemia_below)
    classify_bulk(values, MgUnit.MG_DL, profile)  # warm caches
    ours, base = alternate(
        lambda: time_call(lambda: classify_bulk(values, MgUnit.MG_DL, profile)),
        lambda: time_call(lambda: values * mg_dl_to_mmol < threshold),
        rounds=41,
    )
    return report("bulk 1,000,000 values (convert + classify vs multiply-and-compare)", ours, base, goal=3.0)


def process() -> bool:
    mgdesk = [console_script("mgdesk"), "convert", "1.8", "mg/dL"]
    pint_only = [sys.executable, "-c", "import pint; pint.UnitRegistry()"]
    time_process(mgdesk)
    time_process(pint_only)
    ours, base = alternate(lambda: time_process(mgdesk), lambda: time_process(pint_only), rounds=15)
    return report("process `mgdesk convert 1.8 mg/dL` vs pint.UnitRegistry()", ours, base, goal=1.0)


if __name__ == "__main__":
    results = [bulk(), process()]
    sys.exit(0 if all(results) else 1)

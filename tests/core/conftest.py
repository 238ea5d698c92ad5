"""Under mutation testing only: every core test starts with the domain's caches empty.

The domain remembers answers (``classify``, the band table, the default
profile, conversion factors, t quantiles).  mutmut first runs the suite once
to learn which tests reach which function, then runs only those tests against
each mutant; a test whose answers an earlier test had already cached never
reaches the function and is left out of that map, so mutants it would kill
are reported as survivors (README, "Mutation testing").  mutmut sets
``MUTANT_UNDER_TEST`` while it runs; outside it the caches are left alone, so
the ordinary suite keeps its speed.  The pint registry itself is kept: it
holds definitions, not answers.
"""

from __future__ import annotations

import os

import pytest

from mgdesk.domain import classify, profile, stats, units


@pytest.fixture(autouse=True)
def _empty_domain_caches_under_mutmut() -> None:
    if "MUTANT_UNDER_TEST" not in os.environ:
        return
    classify._CACHE.clear()
    for cached in (
        profile._band_table,
        profile.default_profile,
        units.factor,
        units.pint_unit,
        stats.student_t_quantile,
    ):
        cached.cache_clear()

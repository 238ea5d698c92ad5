"""The sample index's moments: one integer per (specimen, date, time), equal exactly when the moments are.

``SampleIndex`` keys a patient's kept results by ``_moment``, an integer
packing the date, the time of day and the specimen (a time with a zone keeps
the tuple).  Packing must neither merge two moments (two draws taken for one)
nor split one (a repeat stored twice); the index must answer as the pairwise
rule ``same_sample`` does.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.records import MagnesiumResult, Specimen
from mgdesk.domain.samples import _SPECIMEN_BITS, SampleIndex, _moment, moment_key, same_sample

_times = st.one_of(
    st.none(),
    st.times(),  # naive, any microsecond and fold
    st.times(timezones=st.sampled_from([dt.UTC, dt.timezone(dt.timedelta(hours=2))])),
)
_results = st.builds(
    MagnesiumResult,
    collected_on=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(9999, 12, 31)),
    measurement=st.sampled_from(["0.74 mmol/L", "1.80 mg/dL", "0.8 mmol/L", "0.80 mmol/L", "<0.40 mmol/L"]).map(
        parse_measurement
    ),
    unit_as_written=st.just("mmol/L"),
    specimen=st.sampled_from(list(Specimen)),
    collected_at=_times,
)


def test_every_specimen_has_a_code_of_its_own() -> None:
    assert len(Specimen) <= 1 << _SPECIMEN_BITS


@given(_results, _results)
def test_moments_are_equal_exactly_when_the_keys_are(a: MagnesiumResult, b: MagnesiumResult) -> None:
    assert (_moment(*moment_key(a)) == _moment(*moment_key(b))) == (moment_key(a) == moment_key(b))


@given(st.lists(st.tuples(st.sampled_from("AB"), _results), max_size=12))
def test_the_index_answers_as_the_pairwise_rule(rows: list[tuple[str, MagnesiumResult]]) -> None:
    index = SampleIndex()
    kept: list[tuple[str, MagnesiumResult]] = []
    for patient, result in rows:
        found = index.keep_new(patient, result)
        earlier = next((k for p, k in kept if p == patient and same_sample(k, result)), None)
        assert (found is None) == (earlier is None)
        if earlier is None:
            kept.append((patient, result))
        else:
            assert found is not None
            assert (found.measurement, found.collected_on, found.specimen) == (
                earlier.measurement,
                earlier.collected_on,
                earlier.specimen,
            )

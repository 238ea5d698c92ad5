"""One blood sample, one result; two samples, two results; which of a day's results is the latest."""

import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from mgdesk.domain.measurement import Measurement, parse_measurement
from mgdesk.domain.profile import default_profile
from mgdesk.domain.records import MagnesiumResult, Specimen
from mgdesk.domain.samples import SameSample, SampleIndex, collection_order, ranges_overlap, same_sample
from mgdesk.domain.trend import summarize
from mgdesk.domain.units import MgUnit

DAY = dt.date(2023, 1, 5)


def result(text: str, at: dt.time | None = None, specimen: Specimen = Specimen.SERUM, **kw: object) -> MagnesiumResult:
    measurement = parse_measurement(text)
    return MagnesiumResult(DAY, measurement, str(measurement.unit), specimen, at, **kw)  # type: ignore[arg-type]


def test_one_draw_in_three_units_is_one_sample() -> None:
    mmol, mg, meq = result("0.74 mmol/L"), result("1.80 mg/dL"), result("1.48 mEq/L")
    assert same_sample(mmol, mg)
    assert same_sample(mmol, meq)
    assert same_sample(mg, meq)


def test_written_precision_decides_not_the_digits() -> None:
    assert same_sample(result("0.8 mmol/L"), result("0.80 mmol/L"))
    assert not same_sample(result("0.80 mmol/L"), result("0.82 mmol/L"))
    # Ranges that only touch are two readings: 0.74 is [0.735, 0.745], 0.75 is [0.745, 0.755].
    assert not same_sample(result("0.74 mmol/L"), result("0.75 mmol/L"))
    assert same_sample(result("<0.50 mmol/L"), result("0.4 mmol/L"))
    assert not same_sample(result(">2.00 mmol/L"), result("1.90 mmol/L"))


def test_two_times_or_two_specimens_are_two_samples() -> None:
    assert not same_sample(result("0.8 mmol/L", dt.time(8)), result("0.8 mmol/L", dt.time(14)))
    assert not same_sample(result("0.8 mmol/L", dt.time(8)), result("0.8 mmol/L"))  # a time on one side only
    assert same_sample(result("0.8 mmol/L", dt.time(8)), result("0.80 mmol/L", dt.time(8)))
    assert not same_sample(result("0.8 mmol/L", specimen=Specimen.URINE), result("0.8 mmol/L"))
    other_day = MagnesiumResult(DAY + dt.timedelta(days=1), parse_measurement("0.8 mmol/L"), "mmol/L")
    assert not same_sample(result("0.8 mmol/L"), other_day)


def test_the_index_keeps_the_first_of_each_sample_per_patient() -> None:
    index = SampleIndex()
    first = result("0.74 mmol/L")
    assert index.keep_new("A", first) is None
    assert index.keep_new("A", result("1.80 mg/dL")) == first  # rebuilt from its moment and measurement
    assert index.keep_new("B", result("1.80 mg/dL")) is None  # another patient
    assert index.keep_new("A", result("0.74 mmol/L", dt.time(14))) is None
    assert index.keep_new("A", result("0.80 mmol/L")) is None  # same moment, another reading
    assert index.keep_new("A", result("0.8 mmol/L")) == result("0.80 mmol/L")  # found among several
    stored = result("0.60 mmol/L", dt.time(9), id=41)
    index.add("A", stored)
    index.add("A", result("0.50 mmol/L", dt.time(9), id=42))
    kept = index.keep_new("A", result("0.5 mmol/L", dt.time(9)))
    assert kept is not None
    assert (kept.id, kept.measurement.text) == (42, "0.50")  # a stored result keeps its id


def test_the_sentence_names_the_unit_when_it_differs() -> None:
    kept = result("0.74 mmol/L", dt.time(8, 30))
    repeat = SameSample(3, result("1.80 mg/dL", dt.time(8, 30)), kept)
    assert repeat.unit_differs
    assert repeat.sentence() == (
        "1.80 mg/dL is the same sample as 0.74 mmol/L (serum, 2023-01-05 08:30), reported in mg/dL instead of mmol/L"
    )
    assert not SameSample(1, result("0.740 mmol/L"), result("0.74 mmol/L")).unit_differs


def test_latest_is_decided_by_collection_time_then_entry_order() -> None:
    morning = result("0.90 mmol/L", dt.time(8), id=7)
    afternoon = result("0.60 mmol/L", dt.time(14), id=3)  # entered earlier, collected later
    no_time = result("0.80 mmol/L", id=9)  # counts as the start of the day
    assert collection_order([afternoon, no_time, morning]) == [no_time, morning, afternoon]
    latest = summarize([], [afternoon, no_time, morning], default_profile(), DAY).latest.value
    assert latest is not None
    assert latest.result is afternoon
    # Same moment: the later entry (higher id; unsaved ones after saved ones, then by position) is the latest.
    first, second, unsaved = result("0.81 mmol/L", id=1), result("0.83 mmol/L", id=2), result("0.85 mmol/L")
    assert collection_order([second, unsaved, first]) == [first, second, unsaved]


values = st.decimals(min_value="0.01", max_value="9.99", places=2)


@given(values, st.sampled_from(list(MgUnit)), values, st.sampled_from(list(MgUnit)))
def test_overlap_is_symmetric_and_reflexive(a: Decimal, ua: MgUnit, b: Decimal, ub: MgUnit) -> None:
    first, second = Measurement(a, ua), Measurement(b, ub)
    assert ranges_overlap(first, second) == ranges_overlap(second, first)
    assert ranges_overlap(first, first)


@given(
    st.decimals(min_value="0.10", max_value="3.00", places=2),
    st.sampled_from(list(MgUnit)),
    st.sampled_from(list(MgUnit)),
)
def test_a_value_reported_again_in_another_unit_is_the_same_sample(mmol: Decimal, unit: MgUnit, other: MgUnit) -> None:
    """The lab's own conversion, written with more decimals than the original, lies inside its range."""
    original = Measurement(Measurement(mmol, MgUnit.MMOL_L).to(unit).quantize(Decimal("0.01")), unit)
    converted = Measurement(original.to(other).quantize(Decimal("0.0001")), other)
    assert same_sample(
        MagnesiumResult(DAY, original, str(unit)),
        MagnesiumResult(DAY, converted, str(other)),
    )

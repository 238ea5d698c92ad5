"""The classification rules with one home each: qualifiers, threshold, band table, numbers.

The rules are in the README ("How mgdesk decides") and docs/clinical.md.
Each wrong answer the earlier code gave has its example here.
"""

from __future__ import annotations

import dataclasses
import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from mgdesk.cli import main
from mgdesk.domain.classify import classify, is_below
from mgdesk.domain.display import shown_range
from mgdesk.domain.errors import ImplausibleValueError, InputError, ProfileError
from mgdesk.domain.measurement import PLAUSIBLE_MAX_MMOL_PER_L, Measurement, parse_measurement, split_value_unit
from mgdesk.domain.profile import (
    BAND_CATEGORIES,
    Category,
    LabProfile,
    default_profile,
    profile_from_mapping,
)
from mgdesk.domain.units import MgUnit, convert

LL, L, N, H, HH, IND = (
    Category.CRITICAL_LOW,
    Category.LOW,
    Category.NORMAL,
    Category.HIGH,
    Category.CRITICAL_HIGH,
    Category.INDETERMINATE,
)


def clinic_profile(**edges: str) -> LabProfile:
    data: dict[str, object] = {
        "name": "clinic",
        "critical_low_below": Decimal("0.40"),
        "low_below": Decimal("0.70"),
        "high_above": Decimal("1.05"),
        "critical_high_above": Decimal("2.00"),
    }
    data.update({key: Decimal(value) if key != "unit" else value for key, value in edges.items()})
    return profile_from_mapping(data, "test profile")


# -- qualified results ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "category", "below", "borderline", "others"),
    [
        ("<0.40 mmol/L", LL, True, False, ()),
        ("<0.30 mmol/L", LL, True, False, ()),
        ("<0.70 mmol/L", L, True, True, (LL,)),
        ("<0.65 mmol/L", L, True, True, (LL,)),
        ("<0.41 mmol/L", L, True, True, (LL,)),
        ("<0.8 mmol/L", IND, None, True, (LL, L, N)),
        ("<0.71 mmol/L", IND, None, True, (LL, L, N)),
        ("<1.10 mmol/L", IND, None, True, (LL, L, N, H)),
        (">2.00 mmol/L", HH, False, False, ()),
        (">1.05 mmol/L", H, False, True, (HH,)),
        (">1.99 mmol/L", H, False, True, (HH,)),
        (">0.70 mmol/L", N, False, True, (H, HH)),
        (">0.69 mmol/L", IND, None, True, (L, N, H, HH)),
        (">0.30 mmol/L", IND, None, True, (LL, L, N, H, HH)),
        ("<1.70 mg/dL", L, True, True, (LL,)),
        ("<1.71 mg/dL", IND, None, True, (LL, L, N)),
        ("<0.80 mEq/L", LL, True, False, ()),
        (">4.00 mEq/L", HH, False, False, ()),
        (">4.86 mg/dL", H, False, True, (HH,)),
    ],
)
def test_a_qualified_result_is_classed_by_every_value_it_can_take(
    text: str, category: Category, below: bool | None, borderline: bool, others: tuple[Category, ...]
) -> None:
    result = classify(parse_measurement(text))
    assert result.category is category
    assert result.below_threshold is below
    assert result.borderline is borderline
    if category is IND:
        assert result.possible == others
        assert result.category.interpretation == "IND"
    else:
        assert result.also_possible == others


@pytest.mark.parametrize(
    ("text", "category", "interpretation", "below"),
    [
        ("<0.70 mmol/L", "low", "L", True),
        ("<0.40 mmol/L", "critical-low", "LL", True),
        (">2.00 mmol/L", "critical-high", "HH", False),
        (">1.05 mmol/L", "high", "H", False),
        ("<0.8 mmol/L", "indeterminate", "IND", None),
    ],
)
def test_convert_json_of_qualified_results(
    capsys: pytest.CaptureFixture[str], text: str, category: str, interpretation: str, below: bool | None
) -> None:
    assert main(["convert", text, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["category"], data["interpretation"], data["below_threshold"]) == (category, interpretation, below)


def test_convert_line_names_what_else_a_qualified_result_could_be(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "<0.70 mmol/L"]) == 0
    line = capsys.readouterr().out
    assert "low (L), below the 0.70 mmol/L" in line
    assert "could be critical low" in line
    assert main(["convert", ">1.05 mmol/L"]) == 0
    assert "could be critical high" in capsys.readouterr().out
    assert main(["convert", "<0.8 mmol/L"]) == 0
    line = capsys.readouterr().out
    assert "indeterminate (IND), cannot tell whether below the 0.70 mmol/L" in line
    assert "could be critical low, low or normal" in line


bounds = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("14.99"), places=2)


def _sample_range(low: Decimal, high: Decimal) -> list[Decimal]:
    """Values strictly inside (low, high): near both ends and spread between."""
    tiny = Decimal("1e-9")
    span = high - low
    return [low + tiny, high - tiny, *(low + span * Decimal(k) / 64 for k in range(1, 64))]


@given(bounds, st.sampled_from(["<", ">"]))
@example(Decimal("0.70"), "<")
@example(Decimal("0.70"), ">")
@example(Decimal("1.05"), ">")
@example(Decimal("0.40"), "<")
def test_qualified_class_agrees_with_the_values_in_its_range(bound: Decimal, qualifier: str) -> None:
    profile = default_profile()
    result = classify(Measurement(bound, MgUnit.MMOL_L, qualifier))
    low, high = (Decimal(0), bound) if qualifier == "<" else (bound, PLAUSIBLE_MAX_MMOL_PER_L)
    values = _sample_range(low, high)
    categories = {profile.category_of(v) for v in values}
    sides = {profile.is_below_threshold(v) for v in values}
    # Every band a sampled value falls in is named; the named bands are contiguous and no more.
    assert categories <= set(result.possible)
    assert result.possible == tuple(c for c in BAND_CATEGORIES if c in result.possible)
    assert profile.category_of(values[0]) is result.possible[0]
    assert profile.category_of(values[1]) is result.possible[-1]
    if len(sides) == 2:
        assert result.category is IND
        assert result.below_threshold is None
    else:
        assert result.below_threshold is sides.pop()
        assert result.category in result.possible
        assert result.borderline is (len(result.possible) > 1)
        assert result.category is min(result.possible, key=lambda c: abs(BAND_CATEGORIES.index(c) - 2))
    if qualifier == "<":
        assert (result.below_threshold is True) is (bound <= profile.hypomagnesemia_below)


def test_is_below_is_the_classification() -> None:
    assert is_below(parse_measurement("<0.70 mmol/L")) is True
    assert is_below(parse_measurement("<0.8 mmol/L")) is None
    assert is_below(parse_measurement(">0.70 mmol/L")) is False
    assert is_below(parse_measurement("0.69 mmol/L")) is True


def test_non_default_profile_moves_low_band_and_threshold_apart() -> None:
    # Low band ends at 0.66 but the threshold stays 0.70: 0.68 is normal yet below the threshold.
    profile = clinic_profile(low_below="0.66")
    result = classify(parse_measurement("0.68 mmol/L"), profile)
    assert (result.category, result.below_threshold) == (N, True)
    assert {e.key for e in classify(parse_measurement("0.70 mmol/L"), profile).straddled_edges} == {
        "hypomagnesemia_below"
    }
    # "<0.69": every possible value is below 0.70, the nearest-normal class is normal.
    qualified = classify(parse_measurement("<0.69 mmol/L"), profile)
    assert (qualified.category, qualified.below_threshold, qualified.also_possible) == (N, True, (LL, L))
    # A clinic threshold of 0.75 above the low edge: ">0.72" crosses it.
    higher = clinic_profile(hypomagnesemia_below="0.75")
    assert classify(parse_measurement(">0.72 mmol/L"), higher).category is IND
    assert classify(parse_measurement(">0.75 mmol/L"), higher).below_threshold is False
    assert classify(parse_measurement("0.72 mmol/L"), higher).below_threshold is True


def test_profile_above_the_plausible_maximum() -> None:
    # Profile edges are bounded to 0.1-10 mmol/L, so no edge can lie above the plausible
    # maximum (15 mmol/L); the highest allowed edge still leaves ">14" high for certain.
    with pytest.raises(ProfileError, match="critical_high_above = 20 mmol/L is not plausible"):
        clinic_profile(critical_high_above="20")
    profile = clinic_profile(critical_high_above="10")
    result = classify(parse_measurement(">14 mmol/L"), profile)
    assert (result.category, result.borderline) == (HH, False)


def test_mix_up_warning_for_qualified_results_only_when_surely_normal() -> None:
    # ">2.0 mg/dL" could be anything above 0.82 mmol/L: no "would be normal" claim.
    assert classify(parse_measurement(">2.0 mmol/L")).mix_ups == ()
    assert classify(parse_measurement("<0.8 mg/dL")).mix_ups == ()
    mix_up = classify(parse_measurement("2.0 mmol/L")).mix_ups[0]
    assert mix_up.shown == "0.82"


def test_classify_remembers_and_keeps_written_decimals_apart() -> None:
    profile = default_profile()
    assert classify(parse_measurement("0.8 mmol/L"), profile) is classify(parse_measurement("0.8 mmol/L"), profile)
    # 1.7 and 1.70 mg/dL are equal Decimals but different results: not one cache entry.
    assert (
        classify(parse_measurement("1.7 mg/dL")).range_mmol_per_l
        != classify(parse_measurement("1.70 mg/dL")).range_mmol_per_l
    )
    copy = dataclasses.replace(default_profile(), sources=dict(default_profile().sources))
    assert copy is not default_profile()
    assert {default_profile(): 1}[copy] == 1  # equal profiles hash alike
    assert classify(parse_measurement("0.9 mmol/L"), copy) == classify(parse_measurement("0.9 mmol/L"))


# -- the threshold --------------------------------------------------------------


def test_default_threshold_is_literature_and_profiles_may_not_move_it_silently() -> None:
    assert default_profile().threshold_is_literature
    assert clinic_profile(low_below="0.66").hypomagnesemia_below == Decimal("0.70")
    own = clinic_profile(low_below="0.66", hypomagnesemia_below="0.66")
    assert own.threshold_words() == "0.66 mmol/L (clinic threshold; literature 0.70 mmol/L)"


def test_convert_names_a_clinic_threshold(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "p.toml"
    path.write_text(
        'name = "own"\ncritical_low_below = 0.4\nlow_below = 0.66\nhigh_above = 1.07\ncritical_high_above = 2.0\n'
        "hypomagnesemia_below = 0.66\n",
        encoding="utf-8",
    )
    assert main(["convert", "0.68 mmol/L", "--profile", str(path)]) == 0
    assert "not below the 0.66 mmol/L (clinic threshold; literature 0.70 mmol/L)" in capsys.readouterr().out


def test_a_threshold_written_in_mg_per_dl_is_not_shown_with_28_digits(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "p.toml"
    path.write_text(
        'name = "mg"\nunit = "mg/dL"\ncritical_low_below = 1.0\nlow_below = 1.70\nhigh_above = 2.6\n'
        "critical_high_above = 5.0\nhypomagnesemia_below = 1.70\n",
        encoding="utf-8",
    )
    assert main(["convert", "0.60 mmol/L", "--profile", str(path)]) == 0
    out = capsys.readouterr().out
    assert "0.6994445587" not in out
    # 1.70 mg/dL is 0.69944 mmol/L: written with three decimals (the profile's 0.01 mg/dL step), rounded
    # to its own side so that 0.699 is below and 0.700 is not.
    assert "below the 0.700 mmol/L (clinic threshold; literature 0.700 mmol/L)" in out


def test_an_edge_is_never_rounded_across() -> None:
    profile = clinic_profile(high_above="0.9052")
    assert profile.shown_edge("high_above", MgUnit.MMOL_L) == Decimal("0.9052")
    table = profile.bands(MgUnit.MMOL_L)
    assert [band.text() for band in table][2:4] == ["0.7000–0.9052", "0.9053–2.0000"]


# -- the band table ---------------------------------------------------------------


def test_default_band_table_in_mg_per_dl_agrees_with_the_class() -> None:
    table = default_profile().bands(MgUnit.MG_DL)
    assert [band.text() for band in table] == ["≤ 0.97", "0.98–1.70", "1.71–2.55", "2.56–4.86", "≥ 4.87"]
    assert classify(parse_measurement("1.70 mg/dL")).category is L
    assert classify(parse_measurement("1.71 mg/dL")).category is N
    assert default_profile().shown_threshold(MgUnit.MG_DL) == Decimal("1.71")


@pytest.mark.parametrize(
    ("unit", "texts"),
    [
        (MgUnit.MMOL_L, ["≤ 0.39", "0.40–0.69", "0.70–1.05", "1.06–2.00", "≥ 2.01"]),
        (MgUnit.MEQ_L, ["≤ 0.79", "0.80–1.39", "1.40–2.10", "2.11–4.00", "≥ 4.01"]),
        (MgUnit.UMOL_L, ["≤ 399", "400–699", "700–1050", "1051–2000", "≥ 2001"]),
        (MgUnit.MG_L, ["≤ 9.7", "9.8–17.0", "17.1–25.5", "25.6–48.6", "≥ 48.7"]),
    ],
)
def test_default_band_tables(unit: MgUnit, texts: list[str]) -> None:
    assert [band.text() for band in default_profile().bands(unit)] == texts


edge_values = st.decimals(min_value=Decimal("0.05"), max_value=Decimal("5"), places=4)


@st.composite
def profiles(draw: st.DrawFn) -> LabProfile:
    """Clinic profiles written in any unit, edges with 1 to 4 decimals, threshold set or not."""
    unit = draw(st.sampled_from(list(MgUnit)))
    places = draw(st.integers(min_value=1, max_value=4))
    edges = sorted(
        draw(st.lists(edge_values, min_size=4, max_size=4, unique_by=lambda d: round(d, places))),
    )
    written = [convert(edge, MgUnit.MMOL_L, unit).quantize(Decimal(1).scaleb(-places)) for edge in edges]
    if len(set(written)) < 4 or written[0] <= 0:
        written = [Decimal("0.40"), Decimal("0.70"), Decimal("1.05"), Decimal("2.00")]
        unit = MgUnit.MMOL_L
    data: dict[str, object] = {
        "name": "drawn",
        "unit": str(unit),
        **dict(zip(("critical_low_below", "low_below", "high_above", "critical_high_above"), written, strict=True)),
    }
    if draw(st.booleans()):
        data["hypomagnesemia_below"] = convert(draw(edge_values), MgUnit.MMOL_L, unit).quantize(
            Decimal(1).scaleb(-places)
        ) or Decimal(1)
    try:
        return profile_from_mapping(data, "drawn")
    except ProfileError:
        return default_profile()


@given(profiles(), st.sampled_from(list(MgUnit)), st.data())
def test_no_value_written_at_the_shown_decimals_falls_outside_its_table_band(
    profile: LabProfile, unit: MgUnit, data: st.DataObject
) -> None:
    table = profile.bands(unit)
    decimals = table[0].decimals
    step = Decimal(1).scaleb(-decimals)
    assert [band.category for band in table] == list(BAND_CATEGORIES)
    for band in table:
        assert band.lowest is None or band.highest is None or band.lowest <= band.highest
        ends = [end for end in (band.lowest, band.highest) if end is not None]
        # the ends, their neighbours, and a value drawn between them
        for end in ends:
            for value in (end - step, end, end + step):
                if value <= 0:
                    continue
                owner = next(b for b in table if b.holds(value))
                assert profile.category_of(convert(value, unit, MgUnit.MMOL_L)) is owner.category, (value, unit)
        low = band.lowest if band.lowest is not None else step
        high = band.highest if band.highest is not None else low * 3
        drawn = data.draw(st.integers(min_value=int(low / step), max_value=max(int(high / step), int(low / step))))
        value = Decimal(drawn).scaleb(-decimals)
        assert profile.category_of(convert(value, unit, MgUnit.MMOL_L)) is band.category, (value, unit)
    # The threshold as shown is on the band table's side: one step below it is below, it is not.
    threshold = profile.shown_threshold(unit)
    assert not profile.is_below_threshold(convert(threshold, unit, MgUnit.MMOL_L))
    if threshold - step > 0:
        assert profile.is_below_threshold(convert(threshold - step, unit, MgUnit.MMOL_L))


# -- numbers in sentences -----------------------------------------------------------


def test_borderline_range_ends_differ(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "1.70 mg/dL"]) == 0
    assert "could be 0.697 to 0.702 mmol/L, on the 0.70 mmol/L edge" in capsys.readouterr().out
    assert main(["convert", "1.7 mg/dL"]) == 0
    assert "could be 0.68 to 0.72 mmol/L" in capsys.readouterr().out


def test_shown_range_widens_until_the_edge_is_between_the_ends() -> None:
    assert shown_range(Decimal("1.045"), Decimal("1.055"), MgUnit.MMOL_L, (Decimal("1.05"),)) == ("1.045", "1.055")
    assert shown_range(Decimal("0.6788"), Decimal("0.7200"), MgUnit.MMOL_L, (Decimal("0.70"),)) == ("0.68", "0.72")
    # ends that agree at every allowed decimal are rounded outwards
    assert shown_range(Decimal("0.70000001"), Decimal("0.70000002"), MgUnit.MMOL_L) == ("0.700000", "0.700001")


def test_exponent_is_told_as_such() -> None:
    with pytest.raises(InputError, match="has an exponent") as caught:
        parse_measurement("1.8e0 mg/dL")
    assert "Unknown unit" not in str(caught.value)


def test_implausible_value_is_not_shown_as_the_limit() -> None:
    with pytest.raises(ImplausibleValueError) as caught:
        parse_measurement("15.01 mmol/L")
    assert str(caught.value).startswith("15.01 mmol/L is above 15 mmol/L")
    with pytest.raises(ImplausibleValueError) as caught:
        parse_measurement("36.5 mg/dL")
    assert "is 15.01 mmol/L, above 15 mmol/L" in str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1,8 mg/dl", ("1,8", MgUnit.MG_DL)),
        ("<0.2mmol/L", ("<0.2", MgUnit.MMOL_L)),
        ("> 2 mEq/L", ("> 2", MgUnit.MEQ_L)),
        ("1.8", None),
        ("1.8 g/L", None),
        ("abc mg/dL", None),
    ],
)
def test_split_value_unit(text: str, expected: tuple[str, MgUnit] | None) -> None:
    assert split_value_unit(text) == expected


# -- typed errors ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "fields"),
    [
        ("", "empty", {}),
        ("abc", "not-a-number", {"text": "abc"}),
        ("1.8e0 mg/dL", "exponent", {"text": "1.8e0 mg/dL"}),
        ("-1 mmol/L", "not-positive", {"text": "-1 mmol/L"}),
        ("nan", "not-finite", {"text": "nan"}),
        ("1.8 zz", "unit-unknown", {"unit": "zz"}),
        ("1.8", "unit-missing", {"text": "1.8"}),
        ("16 mmol/L", "implausible", {"value": "16", "unit": MgUnit.MMOL_L, "limit_mmol_per_l": Decimal(15)}),
        ("0 mmol/L", "not-positive", {}),
    ],
)
def test_errors_carry_a_code_and_fields(text: str, code: str, fields: dict[str, object]) -> None:
    with pytest.raises(InputError) as caught:
        parse_measurement(text)
    assert caught.value.code == code
    assert dict(caught.value.fields) == fields
    assert str(caught.value)  # the English sentence the command line prints


@given(bounds, st.sampled_from(["<", ">"]), st.sampled_from(list(MgUnit)))
@example(Decimal("2.00"), ">", MgUnit.MG_DL)
@example(Decimal("1.05"), ">", MgUnit.MG_DL)
@example(Decimal("0.70"), "<", MgUnit.MG_DL)
def test_a_shown_qualified_bound_reads_back_as_the_same_class(bound: Decimal, qualifier: str, unit: MgUnit) -> None:
    # ">2.00 mmol/L" shown as ">4.86 mg/dL" would read back as high-or-critical-high, not critical high.
    result = classify(Measurement(bound, MgUnit.MMOL_L, qualifier))
    shown = result.shown(unit)
    assert shown.startswith(qualifier)
    try:
        again = classify(Measurement(Decimal(shown[1:]), unit, qualifier))
    except InputError:
        return  # the shown bound is past the plausibility limit in that unit's rounding
    assert (again.category, again.below_threshold, again.possible) == (
        result.category,
        result.below_threshold,
        result.possible,
    )


def test_a_threshold_beyond_the_plausibility_maximum_is_refused() -> None:
    # Profile numbers are bounded before anything else (edges and threshold 0.1-10 mmol/L, the
    # threshold between the critical low and the high edge), so both are refused by name.
    for threshold in ("15", "14.99"):
        with pytest.raises(ProfileError, match="hypomagnesemia_below"):
            clinic_profile(hypomagnesemia_below=threshold)
    assert clinic_profile(hypomagnesemia_below="0.75").hypomagnesemia_below == Decimal("0.75")


def test_is_below_uses_the_profile_it_is_given() -> None:
    own = clinic_profile(low_below="0.60", hypomagnesemia_below="0.60")
    assert is_below(parse_measurement("0.65 mmol/L"), own) is False
    assert is_below(parse_measurement("0.65 mmol/L")) is True
    assert is_below(parse_measurement("<0.60 mmol/L"), own) is True
    assert is_below(parse_measurement("<0.65 mmol/L"), own) is None


@pytest.mark.parametrize(
    ("low", "high", "inside", "expected"),
    [
        # half up at both ends: 0.7025 is 0.703, not 0.702
        ("0.6975", "0.7025", ("0.70",), ("0.698", "0.703")),
        # an edge equal to the shown upper end is between the ends
        ("0.68", "0.7049", ("0.70",), ("0.68", "0.70")),
        # distinct at five decimals
        ("0.700004", "0.700006", (), ("0.70000", "0.70001")),
        # never distinct: rounded outwards at six decimals
        ("0.7000009", "0.70000095", (), ("0.700000", "0.700001")),
        ("0.7000001", "0.7000004", (), ("0.700000", "0.700001")),
    ],
)
def test_shown_range_cases(low: str, high: str, inside: tuple[str, ...], expected: tuple[str, str]) -> None:
    edges = tuple(Decimal(edge) for edge in inside)
    assert shown_range(Decimal(low), Decimal(high), MgUnit.MMOL_L, edges) == expected

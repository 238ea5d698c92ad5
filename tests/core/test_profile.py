"""Lab profiles: the default with its sources, and a clinic's own TOML file."""

from decimal import Decimal
from pathlib import Path

import pytest

from mgdesk.domain.classify import classify
from mgdesk.domain.errors import ProfileError
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.profile import Category, default_profile, load_profile


def test_default_profile_edges() -> None:
    profile = default_profile()
    assert profile.critical_low_below == Decimal("0.40")
    assert profile.low_below == Decimal("0.70")
    assert profile.high_above == Decimal("1.05")
    assert profile.critical_high_above == Decimal("2.00")
    assert profile.hypomagnesemia_below == Decimal("0.70")


def test_default_profile_cites_its_sources() -> None:
    sources = default_profile().sources
    assert "Gommers" in sources["low_below"]
    assert set(sources) >= {"critical_low_below", "low_below", "high_above", "critical_high_above"}


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "profile.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_clinic_profile_in_mg_per_dl(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'name = "OHSU adult"\nunit = "mg/dL"\ncritical_low_below = 1.0\nlow_below = 1.6\n'
        "high_above = 2.6\ncritical_high_above = 5.0\nhypomagnesemia_below = 1.7013\n",
    )
    profile = load_profile(path)
    assert profile.name == "OHSU adult"
    assert round(profile.low_below, 4) == Decimal("0.6583")
    result = classify(parse_measurement("0.68 mmol/L"), profile)
    assert result.category is Category.NORMAL
    assert result.below_threshold
    assert result.profile.name == "OHSU adult"


def test_threshold_is_the_literature_value_unless_the_profile_sets_it(tmp_path: Path) -> None:
    # A profile without hypomagnesemia_below keeps 0.70 mmol/L; it never takes the low band's edge.
    path = write(
        tmp_path,
        'name = "x"\ncritical_low_below = 0.4\nlow_below = 0.66\nhigh_above = 1.07\ncritical_high_above = 2.0\n',
    )
    profile = load_profile(path)
    assert profile.hypomagnesemia_below == Decimal("0.70")
    assert profile.threshold_is_literature
    assert profile.threshold_words() == "0.70 mmol/L"
    result = classify(parse_measurement("0.68 mmol/L"), profile)
    assert result.category is Category.NORMAL
    assert result.below_threshold is True


def test_threshold_in_mg_per_dl_profile_is_not_silently_converted_from_the_low_edge(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'name = "x"\nunit = "mg/dL"\ncritical_low_below = 1.0\nlow_below = 1.6\nhigh_above = 2.6\n'
        "critical_high_above = 5.0\n",
    )
    assert load_profile(path).hypomagnesemia_below == Decimal("0.70")


def test_a_clinic_threshold_is_named_as_the_clinics_own(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        'name = "x"\ncritical_low_below = 0.4\nlow_below = 0.66\nhigh_above = 1.07\ncritical_high_above = 2.0\n'
        "hypomagnesemia_below = 0.66\n",
    )
    profile = load_profile(path)
    assert not profile.threshold_is_literature
    assert profile.threshold_words() == "0.66 mmol/L (clinic threshold; literature 0.70 mmol/L)"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("name = ", "not valid TOML"),
        ('name = "x"\nlow_below = 0.7\n', "missing"),
        (
            'name = "x"\ncritical_low_below = 0.8\nlow_below = 0.7\nhigh_above = 1.0\ncritical_high_above = 2\n',
            "must rise",
        ),
        (
            'name = "x"\nunit = "g/L"\ncritical_low_below = 0.4\nlow_below = 0.7\nhigh_above = 1\n'
            "critical_high_above = 2\n",
            "Unknown unit",
        ),
        (
            'name = "x"\ncritical_low_below = "low"\nlow_below = 0.7\nhigh_above = 1\ncritical_high_above = 2\n',
            "must be a number",
        ),
        (
            "critical_low_below = 0.4\nlow_below = 0.7\nhigh_above = 1\ncritical_high_above = 2\n",
            "needs a name",
        ),
    ],
)
def test_bad_profiles_are_refused_clearly(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ProfileError, match=message):
        load_profile(write(tmp_path, text))


def test_missing_profile_file(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="Cannot read profile"):
        load_profile(tmp_path / "nope.toml")


_BASE = 'name = "x"\ncritical_low_below = 0.40\nlow_below = 0.70\nhigh_above = 1.05\ncritical_high_above = 2.00\n'


@pytest.mark.parametrize(
    ("change", "key"),
    [
        ("critical_high_above = 1e99999999", "critical_high_above"),
        ("critical_high_above = 1e9999999", "critical_high_above"),
        ("critical_high_above = nan", "critical_high_above"),
        ("critical_high_above = inf", "critical_high_above"),
        ("critical_low_below = 1e-99999999", "critical_low_below"),
        ("critical_high_above = 99", "critical_high_above"),
        ("critical_low_below = 0.01", "critical_low_below"),
        ("hypomagnesemia_below = 5", "hypomagnesemia_below"),
        ("retest_months_on_metformin = 1e99999", "retest_months_on_metformin"),
        ("retest_months_on_metformin = 1e9999999", "retest_months_on_metformin"),
        ("retest_months_on_metformin = 121", "retest_months_on_metformin"),
        ("retest_months_after_low = 0", "retest_months_after_low"),
        ("retest_months_after_low = 99999999999999999999999", "retest_months_after_low"),
    ],
)
def test_implausible_profile_numbers_are_refused_in_one_line_naming_the_key(
    tmp_path: Path, change: str, key: str
) -> None:
    lines = [line for line in _BASE.splitlines() if not line.startswith(change.split(" = ", maxsplit=1)[0] + " ")]
    path = tmp_path / "profile.toml"
    path.write_text("\n".join([*lines, change]) + "\n", encoding="utf-8")
    with pytest.raises(ProfileError) as caught:
        load_profile(path)
    message = str(caught.value)
    assert key in message
    assert "\n" not in message
    assert len(message) < 400


def test_deeply_nested_arrays_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.toml"
    path.write_text(_BASE + "x = " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    with pytest.raises(ProfileError, match="nested too deep"):
        load_profile(path)
    path.write_text(_BASE + "x = " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    with pytest.raises(ProfileError, match="larger than"):
        load_profile(path)

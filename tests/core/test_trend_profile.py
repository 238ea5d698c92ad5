"""The re-test intervals of a lab profile: clinic policy settings, validated."""

from pathlib import Path

import pytest

from mgdesk.domain.errors import ProfileError
from mgdesk.domain.profile import default_profile, load_profile

EDGES = 'name = "clinic"\ncritical_low_below = 0.4\nlow_below = 0.7\nhigh_above = 1.05\ncritical_high_above = 2\n'


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "profile.toml"
    path.write_text(EDGES + text, encoding="utf-8")
    return path


def test_default_profile_re_test_intervals_are_labelled_as_policy() -> None:
    profile = default_profile()
    assert profile.retest_months_on_metformin == 12
    assert profile.retest_months_after_low == 3
    assert "policy" in profile.sources["retest_months_on_metformin"]
    assert "policy" in profile.sources["retest_months_after_low"]


def test_clinic_profile_sets_its_own_intervals(tmp_path: Path) -> None:
    profile = load_profile(write(tmp_path, "retest_months_on_metformin = 6\nretest_months_after_low = 1.0\n"))
    assert (profile.retest_months_on_metformin, profile.retest_months_after_low) == (6, 1)


def test_clinic_profile_without_intervals_gets_the_defaults(tmp_path: Path) -> None:
    profile = load_profile(write(tmp_path, ""))
    assert (profile.retest_months_on_metformin, profile.retest_months_after_low) == (12, 3)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("retest_months_on_metformin = 0\n", "from 1 to 120"),
        ("retest_months_on_metformin = 121\n", "from 1 to 120"),
        ("retest_months_after_low = 2.5\n", "whole number"),
        ('retest_months_after_low = "3"\n', "whole number"),
        ("retest_months_after_low = true\n", "whole number"),
        ("retest_months_on_metformin = 6\nretest_months_after_low = 9\n", "sooner"),
    ],
)
def test_bad_intervals_are_refused_with_the_file_named(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ProfileError, match=message) as caught:
        load_profile(write(tmp_path, text))
    assert "profile.toml" in str(caught.value)


@pytest.mark.parametrize(("value", "shown"), [('"3"', "'3'"), ("true", "True")])
def test_a_re_test_interval_that_is_text_or_true_is_refused_not_read_as_a_number(
    tmp_path: Path, value: str, shown: str
) -> None:
    # TOML's true is a bool, which Python would otherwise take for the whole number 1.
    with pytest.raises(ProfileError) as refused:
        load_profile(write(tmp_path, f"retest_months_after_low = {value}\n"))
    assert str(refused.value.message) == (
        f"{tmp_path / 'profile.toml'}: retest_months_after_low must be a whole number of months, not {shown}."
    )

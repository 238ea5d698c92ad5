"""Student's t and least squares, against printed tables and hand-computed fits."""

import math

import pytest

from mgdesk.domain.stats import fit_line, regularized_incomplete_beta, student_t_cdf, student_t_quantile


@pytest.mark.parametrize(
    ("df", "expected"),
    [(1, 12.706), (2, 4.303), (3, 3.182), (5, 2.571), (10, 2.228), (30, 2.042), (120, 1.980)],
)
def test_t_quantile_matches_the_printed_table(df: int, expected: float) -> None:
    assert student_t_quantile(0.975, df) == pytest.approx(expected, abs=5e-4)


def test_t_quantile_tends_to_the_normal_quantile() -> None:
    assert student_t_quantile(0.975, 1_000_000) == pytest.approx(1.959964, abs=1e-5)


def test_t_quantile_is_symmetric_and_inverts_the_cdf() -> None:
    assert student_t_quantile(0.025, 7) == pytest.approx(-student_t_quantile(0.975, 7))
    assert student_t_quantile(0.5, 4) == pytest.approx(0, abs=1e-9)
    assert student_t_quantile(0.95, 10) == pytest.approx(1.812, abs=5e-4)
    assert student_t_cdf(student_t_quantile(0.9, 3.5), 3.5) == pytest.approx(0.9, abs=1e-10)


def test_t_with_one_degree_of_freedom_is_cauchy() -> None:
    for t in (-3.0, -0.5, 0.0, 0.7, 10.0):
        assert student_t_cdf(t, 1) == pytest.approx(0.5 + math.atan(t) / math.pi, abs=1e-12)


def test_incomplete_beta_closed_forms() -> None:
    assert regularized_incomplete_beta(1, 1, 0.3) == pytest.approx(0.3)
    assert regularized_incomplete_beta(2, 1, 0.3) == pytest.approx(0.09)
    assert regularized_incomplete_beta(1, 3, 0.2) == pytest.approx(1 - 0.8**3)
    assert regularized_incomplete_beta(2, 3, 0) == 0
    with pytest.raises(ValueError, match="positive"):
        regularized_incomplete_beta(0, 1, 0.5)
    with pytest.raises(ValueError, match="between"):
        student_t_quantile(1.0, 3)


def test_least_squares_by_hand() -> None:
    # x mean 2, y mean 0.9, Sxx 10, Sxy -0.4: slope -0.04, intercept 0.98;
    # residuals .02 -.04 .05 -.06 .03, SSR .009, SE sqrt(.009 / 3 / 10) = 0.0173205;
    # t(0.975, 3) = 3.182446, half width 0.0551216.
    fit = fit_line([0, 1, 2, 3, 4], [1.00, 0.90, 0.95, 0.80, 0.85])
    assert fit is not None
    assert fit.slope == pytest.approx(-0.04)
    assert fit.intercept == pytest.approx(0.98)
    assert fit.slope_standard_error == pytest.approx(math.sqrt(0.0003))
    assert fit.slope_ci == pytest.approx((-0.0951216, 0.0151216), abs=1e-6)
    assert not fit.ci_excludes_zero


def test_a_line_falling_005_per_year_from_090_reaches_070_at_four_years() -> None:
    fit = fit_line([0, 1, 2, 3], [0.90, 0.85, 0.80, 0.75])
    assert fit is not None
    assert fit.slope == pytest.approx(-0.05)
    assert fit.slope_ci == pytest.approx((-0.05, -0.05))
    assert fit.ci_excludes_zero
    assert fit.x_where(0.70) == pytest.approx(4.0)


def test_too_few_points_or_one_x_gives_no_fit() -> None:
    assert fit_line([0, 1], [0.9, 0.8]) is None
    assert fit_line([2, 2, 2], [0.9, 0.8, 0.7]) is None

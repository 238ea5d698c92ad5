"""Small statistics the trend needs, written out so the domain needs no scipy.

This module owns Student's t distribution (its CDF through the regularised
incomplete beta function, evaluated by Lentz's continued fraction as in
Numerical Recipes, 3rd ed., section 6.4, and its quantile by bisection on that
CDF) and an ordinary least-squares straight line with a confidence interval
for its slope.  Everything is plain floats: written precision matters for
classifying a single result, not for fitting a line through many.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

_TINY = 1e-300
_EPSILON = 1e-15
_MAX_TERMS = 100_000


def regularized_incomplete_beta(a: float, b: float, x: float) -> float:
    """I_x(a, b) for a, b > 0 and 0 <= x <= 1."""
    if a <= 0 or b <= 0:
        raise ValueError(f"a and b must be positive, not {a} and {b}.")
    if not 0 <= x <= 1:
        raise ValueError(f"x must lie in [0, 1], not {x}.")
    if x in (0, 1):
        return float(x)
    log_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    # The continued fraction converges fast only left of its mean; use the
    # symmetry I_x(a, b) = 1 - I_{1-x}(b, a) on the other side.
    if x < (a + 1) / (a + b + 2):
        return math.exp(log_front) * _beta_continued_fraction(a, b, x) / a
    return 1 - math.exp(log_front) * _beta_continued_fraction(b, a, 1 - x) / b


def _beta_continued_fraction(a: float, b: float, x: float) -> float:
    """The continued fraction of I_x(a, b), by the modified Lentz method."""
    c = 1.0
    d = 1 - (a + b) * x / (a + 1)
    d = 1 / (d if abs(d) > _TINY else _TINY)
    result = d
    for m in range(1, _MAX_TERMS):
        for numerator in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1 + numerator * d
            d = 1 / (d if abs(d) > _TINY else _TINY)
            c = 1 + numerator / c
            c = c if abs(c) > _TINY else _TINY
            step = c * d
            result *= step
        if abs(step - 1) < _EPSILON:
            return result
    raise ArithmeticError(f"incomplete beta did not converge for a={a}, b={b}, x={x}")  # pragma: no cover


def student_t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with ``df`` degrees of freedom."""
    if df <= 0:
        raise ValueError(f"Degrees of freedom must be positive, not {df}.")
    tail = 0.5 * regularized_incomplete_beta(df / 2, 0.5, df / (df + t * t))
    return 1 - tail if t > 0 else tail


@functools.cache
def student_t_quantile(p: float, df: float) -> float:
    """The t with P(T <= t) = p, for 0 < p < 1 (bisection on the CDF to 1e-12)."""
    if not 0 < p < 1:
        raise ValueError(f"p must lie strictly between 0 and 1, not {p}.")
    if p < 0.5:
        return -student_t_quantile(1 - p, df)
    low, high = 0.0, 1.0
    while student_t_cdf(high, df) < p:
        low, high = high, high * 2
    while high - low > 1e-12 * high:
        middle = (low + high) / 2
        if student_t_cdf(middle, df) < p:
            low = middle
        else:
            high = middle
    return (low + high) / 2


@dataclass(frozen=True, slots=True)
class LineFit:
    """y = intercept + slope * x by ordinary least squares, with a CI for the slope."""

    slope: float
    intercept: float
    slope_ci: tuple[float, float]
    confidence: float
    n: int
    t_quantile: float
    slope_standard_error: float

    def at(self, x: float) -> float:
        """The fitted y at ``x``."""
        return self.intercept + self.slope * x

    def x_where(self, y: float) -> float | None:
        """The x where the line reaches ``y`` (None for a flat line)."""
        if self.slope == 0:
            return None
        return (y - self.intercept) / self.slope

    @property
    def ci_excludes_zero(self) -> bool:
        low, high = self.slope_ci
        return low > 0 or high < 0


def fit_line(x: Sequence[float], y: Sequence[float], confidence: float = 0.95) -> LineFit | None:
    """Fit a straight line; None below 3 points or when every x is the same.

    The slope's interval is slope +/- t(1 - (1 - confidence)/2, n - 2) * SE with
    SE = sqrt(SSR / (n - 2) / Sxx), the textbook OLS interval.
    """
    if len(x) != len(y):
        raise ValueError("x and y must have the same length.")
    xs = np.asarray(x, dtype=np.float64)
    ys = np.asarray(y, dtype=np.float64)
    n = len(xs)
    if n < 3:
        return None
    dx = xs - xs.mean()
    sxx = float(dx @ dx)
    if sxx <= 0 or np.ptp(xs) == 0:
        return None
    slope = float(dx @ (ys - ys.mean())) / sxx
    intercept = float(ys.mean()) - slope * float(xs.mean())
    residuals = ys - (intercept + slope * xs)
    df = n - 2
    standard_error = math.sqrt(float(residuals @ residuals) / df / sxx)
    t = student_t_quantile(1 - (1 - confidence) / 2, df)
    half_width = t * standard_error
    return LineFit(
        slope=slope,
        intercept=intercept,
        slope_ci=(slope - half_width, slope + half_width),
        confidence=confidence,
        n=n,
        t_quantile=t,
        slope_standard_error=standard_error,
    )

"""Text contrast by WCAG 2.x: the ratio of two colours' relative luminances, and a readable shade.

``readable(colour, background)`` keeps a colour's hue and moves its
lightness towards black or white until the ratio against ``background``
reaches 4.5:1 (WCAG AA for normal text), so an accent such as the Okabe-Ito
vermillion can carry words on a light and on a dark palette alike.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

AA_NORMAL_TEXT = 4.5


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(colour: QColor) -> float:
    """WCAG relative luminance (sRGB)."""
    r, g, b = (_channel(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(a: QColor, b: QColor) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def readable(colour: QColor, background: QColor, minimum: float = AA_NORMAL_TEXT) -> QColor:
    """``colour``, darkened on a light background or lightened on a dark one, until it reaches ``minimum``."""
    shade = colour.toRgb()  # a copy; QColor(colour) would build Qt's ``Qt`` namespace, ~15 ms at start
    darken = luminance(background) > 0.18
    for _ in range(40):
        if contrast_ratio(shade, background) >= minimum:
            return shade
        shade = shade.darker(110) if darken else shade.lighter(112)
        if not darken and shade.lightness() >= 250:
            shade = QColor("#ffffff")
    return QColor("#000000") if darken else QColor("#ffffff")

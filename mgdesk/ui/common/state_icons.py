"""Icons and words for a patient's worklist state: critical, low, falling, overdue, due soon, up to date.

The states themselves and their order come from ``mgdesk.services.worklist``
(and the re-test rule from ``domain.timing``); this module only draws them,
so a state is never shown by colour alone: each has a shape (stop sign, down
arrow, falling line, clock, calendar, check), a word, and an Okabe-Ito colour.
The text colours are chosen per palette so that words stay readable (WCAG AA)
on a light and on a dark background.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap

from mgdesk.domain.profile import Category
from mgdesk.ui.common.class_style import CLASS_COLOUR, paint_class_symbol

# Okabe-Ito colours (the class palette), plus blue for "due soon".
VERMILLION = QColor("#D55E00")
ORANGE = QColor("#E69F00")
BLUE = QColor("#0072B2")
GREEN = QColor("#009E73")

# Text in a state's colour on the palette's base, at least 4.5:1 (WCAG AA):
# the bright Okabe-Ito tones are for shapes; words use these darker (light
# palette) or lighter (dark palette) shades of the same hue.
ALERT_TEXT_LIGHT = QColor("#A33A00")
ALERT_TEXT_DARK = QColor("#FF9E66")


def alert_text_colour(palette: QPalette) -> QColor:
    """The colour for alert words ("overdue", "FALLING") readable on ``palette``'s base."""
    return ALERT_TEXT_DARK if palette.color(QPalette.ColorRole.Base).lightness() < 128 else ALERT_TEXT_LIGHT


def _pixmap(size: int) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


@functools.cache
def clock_icon(size: int = 20) -> QIcon:
    """A clock in vermillion: a re-test that is overdue."""
    pixmap, painter = _pixmap(size)
    pen = QPen(VERMILLION, max(size * 0.1, 1.5))
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    box = QRectF(1.5, 1.5, size - 3, size - 3)
    painter.drawEllipse(box)
    centre = box.center()
    painter.drawLine(centre, QPointF(centre.x(), box.top() + size * 0.22))
    painter.drawLine(centre, QPointF(box.right() - size * 0.25, centre.y()))
    painter.end()
    return QIcon(pixmap)


@functools.cache
def calendar_icon(size: int = 20) -> QIcon:
    """A calendar page in blue: a re-test due within a month."""
    pixmap, painter = _pixmap(size)
    painter.setPen(QPen(BLUE, max(size * 0.09, 1.5)))
    box = QRectF(2, 3, size - 4, size - 5)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(box)
    painter.setBrush(BLUE)
    painter.drawRect(QRectF(box.left(), box.top(), box.width(), size * 0.22))
    painter.end()
    return QIcon(pixmap)


@functools.cache
def falling_icon(size: int = 20) -> QIcon:
    """A line falling to the right with an arrow head, in orange: a falling trend."""
    pixmap, painter = _pixmap(size)
    painter.setPen(QPen(ORANGE.darker(115), max(size * 0.12, 2.0)))
    path = QPainterPath(QPointF(size * 0.1, size * 0.25))
    path.lineTo(QPointF(size * 0.45, size * 0.5))
    path.lineTo(QPointF(size * 0.6, size * 0.4))
    path.lineTo(QPointF(size * 0.88, size * 0.8))
    painter.drawPath(path)
    head = QPainterPath(QPointF(size * 0.9, size * 0.52))
    head.lineTo(QPointF(size * 0.9, size * 0.88))
    head.lineTo(QPointF(size * 0.6, size * 0.88))
    painter.drawPath(head)
    painter.end()
    return QIcon(pixmap)


@functools.cache
def category_state_icon(category: Category, size: int = 20) -> QIcon:
    """The class symbol (stop sign, arrow, check) for the critical, low and up-to-date states."""
    pixmap, painter = _pixmap(size)
    paint_class_symbol(painter, QRectF(1, 1, size - 2, size - 2), category, CLASS_COLOUR[category])
    painter.end()
    return QIcon(pixmap)

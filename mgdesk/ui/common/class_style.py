"""How a result's class looks: words, an icon and a colour, never colour alone.

Colours are Okabe-Ito (colour-blind safe): vermillion with a stop sign for the
critical classes, orange with a down or up arrow for low and high, bluish green
with a check for normal, grey with a question mark for an indeterminate
qualified result (it could be on either side of the threshold).  A
borderline result is drawn as an outlined badge with a "~" mark instead of a
filled one.  A critical badge must never pass for a low or high one: it is
square-cornered (not a pill), framed in black, and says "CRITICAL LOW" or
"CRITICAL HIGH" in capitals beside the stop sign.  Icons are painted, so they
stay sharp at any scale and need no image files.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPainterPath, QPaintEvent, QPen, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from mgdesk.domain.profile import Category

VERMILLION = QColor("#D55E00")
ORANGE = QColor("#E69F00")
BLUISH_GREEN = QColor("#009E73")
GREY = QColor("#BBBBBB")  # Okabe-Ito has no grey; black text on it reaches >= 10:1
INK_ON_COLOUR = QColor("#000000")  # black text reaches >= 5:1 on all four fills

CLASS_COLOUR = {
    Category.CRITICAL_LOW: VERMILLION,
    Category.LOW: ORANGE,
    Category.NORMAL: BLUISH_GREEN,
    Category.HIGH: ORANGE,
    Category.CRITICAL_HIGH: VERMILLION,
    Category.INDETERMINATE: GREY,
}


def class_words(category: Category) -> str:
    """The class in words, translated."""
    words = {
        Category.CRITICAL_LOW: QCoreApplication.translate("class", "Critical low"),
        Category.LOW: QCoreApplication.translate("class", "Low (hypomagnesemia)"),
        Category.NORMAL: QCoreApplication.translate("class", "Normal"),
        Category.HIGH: QCoreApplication.translate("class", "High"),
        Category.CRITICAL_HIGH: QCoreApplication.translate("class", "Critical high"),
        Category.INDETERMINATE: QCoreApplication.translate("class", "Cannot tell (indeterminate)"),
    }
    return words[category]


def class_short_words(category: Category) -> str:
    """The class in one or two words, translated (for tables)."""
    words = {
        Category.CRITICAL_LOW: QCoreApplication.translate("class", "critical low"),
        Category.LOW: QCoreApplication.translate("class", "low"),
        Category.NORMAL: QCoreApplication.translate("class", "normal"),
        Category.HIGH: QCoreApplication.translate("class", "high"),
        Category.CRITICAL_HIGH: QCoreApplication.translate("class", "critical high"),
        Category.INDETERMINATE: QCoreApplication.translate("class", "cannot tell"),
    }
    return words[category]


CRITICAL = frozenset({Category.CRITICAL_LOW, Category.CRITICAL_HIGH})


def badge_words(category: Category, *, borderline: bool) -> str:
    """The words on a class badge: capitals for a critical class, "~ ... (borderline)" when borderline."""
    words = class_words(category)
    if category in CRITICAL:
        words = words.upper()
    if shows_borderline(category, borderline):
        return QCoreApplication.translate("class", "~ {words} (borderline)").format(words=words)
    return words


def shows_borderline(category: Category, borderline: bool) -> bool:
    """Whether a result is drawn as borderline: an indeterminate one is its own look, never "~"."""
    return borderline and category is not Category.INDETERMINATE


def paint_class_symbol(painter: QPainter, rect: QRectF, category: Category, colour: QColor) -> None:
    """Paint the class symbol (stop, arrow or check) filling ``rect``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = min(rect.width(), rect.height())
    box = QRectF(0, 0, side, side)
    box.moveCenter(rect.center())
    pen = QPen(colour, max(1.5, side * 0.14), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if category in CRITICAL:
        _paint_stop(painter, box, colour)
    elif category is Category.INDETERMINATE:
        _paint_question(painter, box)
    elif category is Category.NORMAL:
        path = QPainterPath(_at(box, 0.18, 0.52))
        path.lineTo(_at(box, 0.42, 0.76))
        path.lineTo(_at(box, 0.84, 0.26))
        painter.drawPath(path)
    else:
        _paint_arrow(painter, box, down=category is Category.LOW)
    painter.restore()


def _at(box: QRectF, fx: float, fy: float) -> QPointF:
    return QPointF(box.left() + fx * box.width(), box.top() + fy * box.height())


def _paint_stop(painter: QPainter, box: QRectF, colour: QColor) -> None:
    inset = 0.08
    points = [(0.3, inset), (0.7, inset), (1 - inset, 0.3), (1 - inset, 0.7), (0.7, 1 - inset), (0.3, 1 - inset)]
    points += [(inset, 0.7), (inset, 0.3)]
    path = QPainterPath(_at(box, *points[0]))
    for point in points[1:]:
        path.lineTo(_at(box, *point))
    path.closeSubpath()
    painter.drawPath(path)
    painter.drawLine(_at(box, 0.5, 0.28), _at(box, 0.5, 0.58))
    painter.setPen(QPen(colour, box.width() * 0.16, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
    painter.drawPoint(_at(box, 0.5, 0.74))


def _paint_question(painter: QPainter, box: QRectF) -> None:
    """A question mark: an arc, a short stem and a dot."""
    path = QPainterPath(_at(box, 0.3, 0.34))
    path.cubicTo(_at(box, 0.3, 0.06), _at(box, 0.72, 0.06), _at(box, 0.72, 0.32))
    path.cubicTo(_at(box, 0.72, 0.46), _at(box, 0.5, 0.48), _at(box, 0.5, 0.62))
    painter.drawPath(path)
    pen = painter.pen()
    pen.setWidthF(box.width() * 0.16)
    painter.setPen(pen)
    painter.drawPoint(_at(box, 0.5, 0.84))


def _paint_arrow(painter: QPainter, box: QRectF, *, down: bool) -> None:
    tip, tail = (0.86, 0.14) if down else (0.14, 0.86)
    painter.drawLine(_at(box, 0.5, tail), _at(box, 0.5, tip))
    head = 0.36 if down else 0.64
    path = QPainterPath(_at(box, 0.22, head))
    path.lineTo(_at(box, 0.5, tip))
    path.lineTo(_at(box, 0.78, head))
    painter.drawPath(path)


@functools.cache
def class_icon(category: Category, *, borderline: bool = False, size: int = 32) -> QIcon:
    """An icon for tables and lists: the class symbol, hollow ring when borderline."""
    borderline = shows_borderline(category, borderline)
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    colour = CLASS_COLOUR[category]
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if borderline:
        painter.setPen(QPen(colour, size * 0.08, Qt.PenStyle.DashLine))
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
        paint_class_symbol(painter, QRectF(size * 0.2, size * 0.2, size * 0.6, size * 0.6), category, colour)
    else:
        paint_class_symbol(painter, QRectF(1, 1, size - 2, size - 2), category, colour)
    painter.end()
    return QIcon(pixmap)


class ClassBadge(QWidget):
    """A badge with the class symbol and words: filled, or outlined with "~" when borderline.

    A critical badge has another shape: a square-cornered box with a black frame
    instead of a pill, so it differs from low and high by more than its colour.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._category: Category | None = None
        self._borderline = False
        self._text = ""
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        self.setFont(font)

    def set_class(self, category: Category | None, *, borderline: bool, text: str) -> None:
        self._category, self._text = category, text
        self._borderline = category is not None and shows_borderline(category, borderline)
        self.setAccessibleName(text)
        self.setVisible(category is not None)
        self.updateGeometry()
        self.update()

    def text(self) -> str:
        return self._text

    def is_outlined(self) -> bool:
        return self._borderline

    def is_critical_shape(self) -> bool:
        """Whether the badge is drawn as the square, framed critical box."""
        return self._category in CRITICAL

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        metrics = QFontMetrics(self.font())
        height = metrics.height() + 16
        return QSize(metrics.horizontalAdvance(self._text) + height + 24, height)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        if self._category is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = CLASS_COLOUR[self._category]
        frame = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        critical = self._category in CRITICAL
        radius = 3.0 if critical else frame.height() / 2
        if self._borderline:
            painter.setPen(QPen(colour, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            ink = self.palette().windowText().color()
        else:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            ink = INK_ON_COLOUR
        painter.drawRoundedRect(frame, radius, radius)
        if critical and not self._borderline:
            painter.setPen(QPen(INK_ON_COLOUR, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(frame.adjusted(1.5, 1.5, -1.5, -1.5), radius, radius)
        symbol = QRectF(frame.left() + 10, frame.top() + 6, frame.height() - 12, frame.height() - 12)
        paint_class_symbol(painter, symbol, self._category, ink if not self._borderline else colour)
        painter.setPen(ink)
        text_rect = frame.adjusted(symbol.width() + 18, 0, -12, 0)
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, self._text)
        painter.end()

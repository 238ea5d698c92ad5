"""How the places list draws an entry: the place's title, and its shortcut at the far edge.

Made after the window's first frame, which lists the titles alone (``places``):
drawing an entry needs Qt's style classes and its ``Qt`` namespace, which
the first frame does without (README, "Measured").
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from mgdesk.ui.window.places import NAV_GAP


class PlaceItemDelegate(QStyledItemDelegate):
    """Draws a sidebar item "title<tab>shortcut" as the title, then the shortcut at the far edge.

    A tab in the item text itself jumps to Qt's fixed 80-pixel tab stops, so a
    title longer than one stop (French "Convertisseur") pushed every shortcut
    a whole stop further; drawn here, the column needs only the longest
    title.  In a right-to-left layout both sides mirror.
    """

    def sizeHint(  # noqa: N802 - Qt override
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """As wide as what ``paint`` draws (the default counts the tab as a tab stop, too wide in some languages)."""
        size = super().sizeHint(option, index)
        title, _, shortcut = str(index.data() or "").partition("\t")
        metrics = option.fontMetrics
        size.setWidth(metrics.horizontalAdvance(title) + NAV_GAP + metrics.horizontalAdvance(shortcut) + 8)
        return size

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        item = QStyleOptionViewItem(option)
        self.initStyleOption(item, index)
        title, _, shortcut = item.text.partition("\t")
        item.text = ""
        widget = item.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, item, painter, widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, item, widget)
        # Inset as Qt's own item text is, so the title stays where the first frame drew it.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        rect.adjust(margin, 0, -margin, 0)
        selected = bool(item.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(item.palette.color(role))
        painter.setFont(item.font)
        for text, side in ((title, Qt.AlignmentFlag.AlignLeft), (shortcut, Qt.AlignmentFlag.AlignRight)):
            aligned = QStyle.visualAlignment(item.direction, side) | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(rect, aligned, text)
        painter.restore()

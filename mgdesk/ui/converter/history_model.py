"""Conversions of this session as a table model (kept in memory only).

The converter appends a row when the user commits a value (Enter or copy);
nothing here is written to disk, so no patient data is stored by the
converter.  Columns: time, value entered, mmol/L, class (with its icon).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)

from mgdesk.domain.classify import Classification
from mgdesk.domain.units import MgUnit
from mgdesk.ui.common.class_style import class_icon, class_short_words
from mgdesk.ui.common.wording import entered_text, local_number

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    when: dt.datetime
    result: Classification


class HistoryModel(QAbstractTableModel):
    COL_TIME, COL_ENTERED, COL_MMOL, COL_CLASS = range(4)
    ResultRole: ClassVar[int] = Qt.ItemDataRole.UserRole + 1
    MAX_ROWS = 50

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[HistoryEntry] = []

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("history", "Time"),
            QCoreApplication.translate("history", "Entered"),
            "mmol/L",  # a unit: never translated
            QCoreApplication.translate("history", "Class"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        result = entry.result
        column = index.column()
        if role == self.ResultRole:
            return result
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.COL_CLASS:
            return class_icon(result.category, borderline=result.borderline)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_MMOL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, entry: HistoryEntry, column: int) -> str:
        result = entry.result
        if column == self.COL_TIME:
            when = QTime(entry.when.hour, entry.when.minute, entry.when.second)
            return QLocale().toString(when, QLocale.FormatType.ShortFormat)
        if column == self.COL_ENTERED:
            return entered_text(result)
        if column == self.COL_MMOL:
            return local_number(result.shown(MgUnit.MMOL_L))
        words = class_short_words(result.category)
        return f"~ {words}" if result.borderline else words

    def add(self, result: Classification, when: dt.datetime | None = None) -> None:
        """Append a conversion, unless it repeats the newest one; keep MAX_ROWS."""
        if self._rows and self._rows[0].result.measurement == result.measurement:
            return
        self.beginInsertRows(QModelIndex(), 0, 0)
        self._rows.insert(0, HistoryEntry(when or dt.datetime.now(), result))
        self.endInsertRows()
        if len(self._rows) > self.MAX_ROWS:
            self.beginRemoveRows(QModelIndex(), self.MAX_ROWS, len(self._rows) - 1)
            del self._rows[self.MAX_ROWS :]
            self.endRemoveRows()

    def clear(self) -> None:
        self.beginResetModel()
        self._rows.clear()
        self.endResetModel()

"""Conversions of this session as a table model (kept in memory only).

The converter appends a row when the user commits a value (Enter or copy);
nothing here is written to disk, so no patient data is stored by the
converter.  Columns: time, value entered, mmol/L, class (with its icon).
``fit_columns`` sizes a view of it for a narrow column (960x540): the
time and the values are never cut, the class's words are elided and shown
in full on hover.
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
from PySide6.QtWidgets import QHeaderView, QTableView

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
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_CLASS:
            return self._display(entry, column)  # in full, when the column elides it
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


def fit_columns(view: QTableView) -> None:
    """Size ``view`` (of a ``HistoryModel``): time, value entered and mmol/L to their contents, the class the rest.

    Values stay on one line and whole; in a narrow column (the converter at
    960x540) the class's words give way, elided (the icon stays, the words
    are in the tooltip).  Qt sizes "to contents" only from what the model
    held when it last laid the header out, so the sections are sized again
    whenever rows come or go.
    """
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column in (HistoryModel.COL_TIME, HistoryModel.COL_ENTERED, HistoryModel.COL_MMOL):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(HistoryModel.COL_CLASS, QHeaderView.ResizeMode.Stretch)
    model = view.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
        signal.connect(header.resizeSections)

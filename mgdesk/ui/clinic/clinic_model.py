"""The clinic list as a Qt table model: one row per metformin patient, sortable by real values.

Shows ``domain.cohort.ClinicRow`` values (nothing is computed here): patient,
latest value in the display unit, its date, class (icon and words, hollow
icon when borderline), slope, the falling alert and the re-test date.  Each
cell's tooltip is the domain's ``.how`` sentence.  ``SORT_ROLE`` gives the
proxy a sortable key (missing values sort last), ``CLINIC_ID_ROLE`` the
patient's identifier.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from mgdesk.domain.cohort import ClinicRow
from mgdesk.domain.profile import Category
from mgdesk.domain.units import MgUnit, factor
from mgdesk.ui.common.class_style import class_icon, class_short_words, shows_borderline
from mgdesk.ui.common.wording import local_number

PATIENT, LATEST, DATE, CLASS, SLOPE, ALERT, RETEST = range(7)
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CLINIC_ID_ROLE = Qt.ItemDataRole.UserRole + 2
_ORDER = {c: i for i, c in enumerate(Category)}
_FAR = dt.date.max.toordinal()

ModelIndex = QModelIndex | QPersistentModelIndex


def tr(text: str) -> str:
    return QCoreApplication.translate("clinic", text)


class ClinicTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ClinicRow] = []
        self._unit = MgUnit.MMOL_L
        self._today = dt.date.today()
        self._icons: dict[tuple[Category, bool], QIcon] = {}

    def set_rows(self, rows: Sequence[ClinicRow], unit: MgUnit, today: dt.date) -> None:
        self.beginResetModel()
        self._rows, self._unit, self._today = list(rows), unit, today
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else 7

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            tr("Patient"),
            tr("Latest ({unit})").format(unit=self._unit),
            tr("Date"),
            tr("Class"),
            tr("Slope ({unit}/year)").format(unit=self._unit),
            tr("Alert"),
            tr("Re-test due"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def _icon(self, category: Category, borderline: bool) -> QIcon:
        key = (category, borderline)
        if key not in self._icons:
            self._icons[key] = class_icon(category, borderline=borderline, size=18)
        return self._icons[key]

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == CLINIC_ID_ROLE:
            return row.clinic_id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._how(row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == CLASS:
            latest = row.summary.latest.value
            if latest is not None:
                return self._icon(latest.classification.category, latest.classification.borderline)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LATEST, SLOPE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: ClinicRow, column: int) -> str:
        latest = row.summary.latest.value
        if column == PATIENT:
            return row.clinic_id
        if column == LATEST:
            return "\u2013" if latest is None else local_number(latest.classification.shown(self._unit))
        if column == DATE:
            return "\u2013" if row.latest_date is None else row.latest_date.isoformat()
        if column == CLASS:
            if latest is None:
                return tr("no result")
            c = latest.classification
            words = class_short_words(c.category)
            return words + (tr(", borderline") if shows_borderline(c.category, c.borderline) else "")
        if column == SLOPE:
            if row.slope is None:
                return "\u2013"
            return local_number(f"{row.slope * float(factor(MgUnit.MMOL_L, self._unit)):+.3f}").replace("-", "\u2212")
        if column == ALERT:
            return tr("\u25bc falling") if row.falling_alert else ""
        due = row.retest_due
        if due is None:
            return "\u2013"
        return due.isoformat() + (tr(" overdue") if due <= self._today else "")

    def _sort_key(self, row: ClinicRow, column: int) -> Any:
        if column == PATIENT:
            return row.clinic_id
        if column == LATEST:
            return row.latest_mmol_per_l if row.latest_mmol_per_l is not None else float("inf")
        if column == DATE:
            return row.latest_date.toordinal() if row.latest_date else _FAR
        if column == CLASS:
            return _ORDER[row.category] if row.category is not None else len(_ORDER)
        if column == SLOPE:
            return row.slope if row.slope is not None else float("inf")
        if column == ALERT:
            return 0 if row.falling_alert else 1
        return row.retest_due.toordinal() if row.retest_due else _FAR

    def _how(self, row: ClinicRow, column: int) -> str:
        s = row.summary
        how = {
            PATIENT: row.history.patient.name or row.clinic_id,
            LATEST: s.latest.how,
            DATE: s.days_since_last.how,
            CLASS: s.latest.how,
            SLOPE: s.slope.how,
            ALERT: s.falling_alert.how,
            RETEST: s.retest_due.how,
        }
        return how[column]

"""The clinic worklist as a Qt table model: one row per metformin patient, most urgent first.

Shows ``services.worklist`` items (nothing is computed here): patient, the
worklist state (icon and word: critical, low, falling, overdue, due soon, up
to date), latest value in the display unit, its date, class (icon and words,
hollow icon when borderline), slope, the falling alert, the re-test date and
the review ("waiting for review" or who reviewed it and when).  Each cell's
tooltip is the domain's ``.how`` sentence, rendered on the first hover and
kept until the rows change.  Rows from ``services.urgent_worklist`` (the
critical and low patients, listed from their latest results while the rest
is read) say that their slope and alert are still being computed.  ``SORT_ROLE`` gives the proxy a
sortable key (missing values sort last; the state column sorts in the
worklist's own order), ``CLINIC_ID_ROLE`` the patient's identifier and
``RESULT_ID_ROLE`` the id of the result a review is about.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QIcon

from mgdesk.domain.cohort import ClinicRow
from mgdesk.domain.profile import Category
from mgdesk.domain.timing import span_between
from mgdesk.domain.units import MgUnit, factor
from mgdesk.domain.worklist import Review, WorkState
from mgdesk.services import WorklistItem, build_worklist, urgent_worklist
from mgdesk.ui.common.class_style import class_icon, class_short_words, shows_borderline
from mgdesk.ui.common.messages import render
from mgdesk.ui.common.state_icons import calendar_icon, category_state_icon, clock_icon, falling_icon
from mgdesk.ui.common.wording import local_date, local_number, span_text

PATIENT, STATE, LATEST, DATE, CLASS, SLOPE, ALERT, RETEST, REVIEW = range(9)
COLUMNS = 9
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
CLINIC_ID_ROLE = Qt.ItemDataRole.UserRole + 2
RESULT_ID_ROLE = Qt.ItemDataRole.UserRole + 3
_ORDER = {c: i for i, c in enumerate(Category)}
_FAR = dt.date.max.toordinal()

ModelIndex = QModelIndex | QPersistentModelIndex
_PENDING_ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, SORT_ROLE)


def state_words(state: WorkState) -> str:
    words = {
        WorkState.CRITICAL: QCoreApplication.translate("clinic", "CRITICAL"),
        WorkState.LOW: QCoreApplication.translate("clinic", "low"),
        WorkState.FALLING: QCoreApplication.translate("clinic", "falling"),
        WorkState.OVERDUE: QCoreApplication.translate("clinic", "overdue"),
        WorkState.DUE_SOON: QCoreApplication.translate("clinic", "due soon"),
        WorkState.UP_TO_DATE: QCoreApplication.translate("clinic", "up to date"),
    }
    return words[state]


def state_icon(state: WorkState, category: Category | None) -> QIcon:
    if state is WorkState.CRITICAL:
        return category_state_icon(category if category is not None else Category.CRITICAL_LOW)
    if state is WorkState.LOW:
        return category_state_icon(Category.LOW)
    if state is WorkState.FALLING:
        return falling_icon()
    if state is WorkState.OVERDUE:
        return clock_icon()
    if state is WorkState.DUE_SOON:
        return calendar_icon()
    return category_state_icon(Category.NORMAL)


def review_text(review: Review | None, waiting: bool) -> str:
    if review is not None:
        text = QCoreApplication.translate("clinic", "reviewed by {user} on {date}").format(
            user=review.os_user, date=local_date(review.reviewed_at.astimezone().date())
        )
        return text + (f": {review.comment}" if review.comment else "")
    return QCoreApplication.translate("clinic", "\u25cf waiting for review") if waiting else ""


class ClinicTableModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ClinicRow] = []
        self._items: list[WorklistItem] = []
        self._unit = MgUnit.MMOL_L
        self._today = dt.date.today()
        self._icons: dict[tuple[Category, bool], QIcon] = {}
        self._tooltips: dict[tuple[int, int], str] = {}
        self._latest_only = False

    def set_rows(
        self,
        rows: Sequence[ClinicRow],
        unit: MgUnit,
        today: dt.date,
        reviews: dict[int, Review] | None = None,
        *,
        latest_only: bool = False,
    ) -> None:
        """Show ``rows`` as the worklist, with ``reviews`` (by result id) of their latest results.

        With ``latest_only`` the rows were summarized from each patient's
        latest collection day only: just the head of the worklist is shown
        (``services.urgent_worklist``).
        """
        self.beginResetModel()
        self._items = urgent_worklist(rows, reviews or {}) if latest_only else build_worklist(rows, reviews or {})
        self._rows = [item.row for item in self._items]
        self._unit, self._today, self._latest_only = unit, today, latest_only
        self._tooltips.clear()
        self.endResetModel()

    def set_reviews(self, reviews: dict[int, Review]) -> None:
        """Show new review states (after a review or its undo) and re-rank the worklist."""
        self.set_rows(self._rows, self._unit, self._today, reviews, latest_only=self._latest_only)

    @property
    def latest_only(self) -> bool:
        """Whether only the head of the worklist is shown, its trends still being computed."""
        return self._latest_only

    def item_at(self, row: int) -> WorklistItem:
        return self._items[row]

    def items(self) -> list[WorklistItem]:
        return list(self._items)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else COLUMNS

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            QCoreApplication.translate("clinic", "Patient"),
            QCoreApplication.translate("clinic", "State"),
            QCoreApplication.translate("clinic", "Latest ({unit})").format(unit=self._unit),
            QCoreApplication.translate("clinic", "Date"),
            QCoreApplication.translate("clinic", "Class"),
            QCoreApplication.translate("clinic", "Slope ({unit}/year)").format(unit=self._unit),
            QCoreApplication.translate("clinic", "Alert"),
            QCoreApplication.translate("clinic", "Re-test due"),
            QCoreApplication.translate("clinic", "Review"),
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
        item = self._items[index.row()]
        row, column = item.row, index.column()
        if column in (STATE, REVIEW) and role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return self._worklist_data(item, column, role, index.row())
        if column in (SLOPE, ALERT) and not item.trend_known and role in _PENDING_ROLES:
            return self._pending_data(role, column)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == CLINIC_ID_ROLE:
            return row.clinic_id
        if role == RESULT_ID_ROLE:
            return item.result_id
        if role == Qt.ItemDataRole.DecorationRole and column == STATE:
            return state_icon(item.state, row.category)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index.row(), row, column)
        if role == Qt.ItemDataRole.DecorationRole and column == CLASS:
            latest = row.summary.latest.value
            if latest is not None:
                return self._icon(latest.classification.category, latest.classification.borderline)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LATEST, SLOPE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, position: int, row: ClinicRow, column: int) -> str:
        """The cell's ``.how`` sentence, rendered on the first hover and kept until the rows change."""
        key = (position, column)
        if (tip := self._tooltips.get(key)) is None:
            tip = self._tooltips[key] = self._how(row, column)
        return tip

    def _pending_data(self, role: int, column: int) -> Any:
        """A slope or alert cell of a row whose trend is still being computed (the narrow alert: an ellipsis)."""
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("clinic", "computing\u2026") if column == SLOPE else "\u2026"
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "clinic", "Still being computed from all of this patient's results; the state and order are final."
            )
        return float("inf")  # SORT_ROLE: after every known slope

    def _worklist_data(self, item: WorklistItem, column: int, role: int, position: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return state_words(item.state) if column == STATE else review_text(item.review, item.waiting)
        if column == STATE:
            return position  # the rows are kept in the worklist's order
        return (0 if item.waiting else 1 if item.review is None else 2) * 100_000 + position

    def _text(self, row: ClinicRow, column: int) -> str:
        latest = row.summary.latest.value
        if column == PATIENT:
            return row.clinic_id
        if column == LATEST:
            return "\u2013" if latest is None else local_number(latest.classification.shown(self._unit))
        if column == DATE:
            return "\u2013" if row.latest_date is None else local_date(row.latest_date)
        if column == CLASS:
            if latest is None:
                return QCoreApplication.translate("clinic", "no result")
            c = latest.classification
            words = class_short_words(c.category)
            return words + (
                QCoreApplication.translate("clinic", ", borderline")
                if shows_borderline(c.category, c.borderline)
                else ""
            )
        if column == SLOPE:
            if row.slope is None:
                return "\u2013"
            return local_number(f"{row.slope * float(factor(MgUnit.MMOL_L, self._unit)):+.3f}").replace("-", "\u2212")
        if column == ALERT:
            return QCoreApplication.translate("clinic", "\u25bc falling") if row.falling_alert else ""
        due = row.retest_due
        if due is None:
            return "\u2013"
        if due <= self._today:
            return QCoreApplication.translate("clinic", "overdue by {span}").format(
                span=span_text(span_between(due, self._today))
            )
        return local_date(due)

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
        if column in (STATE, REVIEW):
            return QCoreApplication.translate(
                "clinic",
                "Worklist order: critical, low, falling, overdue re-test, due within a month, then the rest; "
                "within each, results waiting for review first. A result waits for review when it is the "
                "latest and the patient is critical, low or falling (or it is indeterminate).",
            )
        how = {
            PATIENT: row.history.patient.name or row.clinic_id,
            LATEST: render(s.latest.how),
            DATE: render(s.days_since_last.how),
            CLASS: render(s.latest.how),
            SLOPE: render(s.slope.how),
            ALERT: render(s.falling_alert.how),
            RETEST: render(s.retest_due.how),
        }
        return how[column]

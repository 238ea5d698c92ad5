"""The clinic by treatment group beside Peters et al. 2013, Table 1, with the rule stated and a CSV export.

Shows ``domain.groups.GroupRow`` values as they are (nothing is computed
here; the Clinic place computes them off the window's thread, and the view
says "Computing the treatment groups…" until they arrive): for each group
the clinic's n, mean serum Mg (SD) and share below the threshold, and beside
them the published figures, the source cited under the table with the rule
that put each patient in one group.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mgdesk.domain.errors import MgdeskError
from mgdesk.domain.groups import GROUP_RULE, PETERS_2013_SOURCE, GroupRow
from mgdesk.services import export_group_table
from mgdesk.ui.common.wording import local_number

# The names of ``domain.groups.GROUPS``, marked for translation; a group the
# table does not know is shown by its domain name.
GROUP_NAMES = {
    "diet only": QT_TRANSLATE_NOOP("clinic", "diet only"),
    "metformin only": QT_TRANSLATE_NOOP("clinic", "metformin only"),
    "sulfonylurea only": QT_TRANSLATE_NOOP("clinic", "sulfonylurea only"),
    "metformin + sulfonylurea": QT_TRANSLATE_NOOP("clinic", "metformin + sulfonylurea"),
    "insulin-containing": QT_TRANSLATE_NOOP("clinic", "insulin-containing"),
    "other": QT_TRANSLATE_NOOP("clinic", "other"),
}


def _mean_sd(mean: float | None, sd: float | None, digits: int) -> str:
    if mean is None:
        return "\u2013"
    text = local_number(f"{mean:.{digits}f}")
    return text if sd is None else f"{text} ({local_number(f'{sd:.{digits}f}')})"


def _share(value: float | None) -> str:
    return "\u2013" if value is None else local_number(f"{value:.1f}") + " %"


class GroupTableView(QWidget):
    """The group table, its rule and source, and an export button."""

    COLUMNS = 7

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[GroupRow] = []
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setObjectName("groupTable")
        self.table.setAccessibleName(
            QCoreApplication.translate("clinic", "Clinic by treatment group, beside Peters et al. 2013")
        )
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("clinic", "Treatment group"),
                QCoreApplication.translate("clinic", "n"),
                QCoreApplication.translate("clinic", "Mean Mg, mmol/L (SD)"),
                QCoreApplication.translate("clinic", "% below 0.70"),
                QCoreApplication.translate("clinic", "Peters 2013: n"),
                QCoreApplication.translate("clinic", "Mean (SD)"),
                QCoreApplication.translate("clinic", "% below 0.70"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.status = QLabel()
        self.status.setObjectName("groupStatus")
        self.status.hide()
        self.rule = QLabel(GROUP_RULE)
        self.rule.setObjectName("groupRule")
        self.rule.setWordWrap(True)
        self.source = QLabel(
            QCoreApplication.translate("clinic", "Published figures: {source}.").format(source=PETERS_2013_SOURCE)
        )
        self.source.setObjectName("groupSource")
        self.source.setWordWrap(True)
        self.export_button = QPushButton(QCoreApplication.translate("clinic", "E&xport table as CSV\u2026"))
        self.export_button.clicked.connect(self.ask_export)
        self.export_button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rule)
        layout.addWidget(self.source)
        layout.addLayout(buttons)

    def show_computing(self) -> None:
        """The table is being computed (off the window's thread): say so, and export nothing stale."""
        self.rows = []
        self.table.setRowCount(0)
        self.status.setText(QCoreApplication.translate("clinic", "Computing the treatment groups\u2026"))
        self.status.show()
        self.export_button.setEnabled(False)

    def set_rows(self, rows: Sequence[GroupRow]) -> None:
        self.status.hide()
        self.rows = list(rows)
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            p = row.published
            n_text = str(row.n) + (
                QCoreApplication.translate("clinic", " ({k} uncertain)").format(k=row.uncertain)
                if row.uncertain
                else ""
            )
            cells = [
                QCoreApplication.translate("clinic", str(GROUP_NAMES[row.group]))
                if row.group in GROUP_NAMES
                else row.group,
                n_text,
                _mean_sd(row.mean_mmol_per_l, row.sd_mmol_per_l, 2),
                _share(row.percent_below),
                "\u2013" if p is None else str(p.n),
                "\u2013" if p is None else _mean_sd(p.mean, p.sd, 2),
                QCoreApplication.translate("clinic", "not studied") if p is None else _share(p.percent_low),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.export_button.setEnabled(bool(self.rows))

    def ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("clinic", "Export the group table"), "treatment-groups.csv", "*.csv"
        )
        if name:
            self.export(Path(name))

    def export(self, path: Path) -> bool:
        try:
            export_group_table(self.rows, path)
        except MgdeskError as error:
            QMessageBox.warning(self, QCoreApplication.translate("clinic", "Not exported"), str(error))
            return False
        return True

"""The outbox as the user sees it: results waiting for the clinic server, and those it did not accept.

Opened from the status bar ("2 results waiting to be sent").  Each row names
the patient, the result as written, when it was entered, and whether it
waits or why the server refused it.  A refused result stays until the user
discards it (asked once); nothing here is dropped on its own.  "Send now"
tries the server at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    from mgdesk.store import OutboxItem
    from mgdesk.ui.patients.records_session import RecordsSession


class OutboxDialog(QDialog):
    """The open server's outbox; refreshed whenever the session's outbox changes."""

    def __init__(self, session: RecordsSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxDialog")
        self.setWindowTitle(QCoreApplication.translate("OutboxDialog", "Results not yet on the clinic server"))
        self.setMinimumSize(640, 320)
        self._session = session
        self._items: list[OutboxItem] = []
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("outboxTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("OutboxDialog", "Patient"),
                QCoreApplication.translate("OutboxDialog", "Collected"),
                QCoreApplication.translate("OutboxDialog", "Result"),
                QCoreApplication.translate("OutboxDialog", "Entered"),
                QCoreApplication.translate("OutboxDialog", "State"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._on_selection)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.send_button = QPushButton(QCoreApplication.translate("OutboxDialog", "&Send now"))
        self.send_button.clicked.connect(self._send)
        self.discard_button = QPushButton(QCoreApplication.translate("OutboxDialog", "&Discard…"))
        self.discard_button.setEnabled(False)
        self.discard_button.clicked.connect(self.discard_selected)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        session.outbox_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        location = self._session.records.location if self._session.is_open else None
        self._items = self._session.outbox.items(location) if self._session.outbox.path.exists() else []
        waiting = sum(1 for item in self._items if item.conflict is None)
        refused = len(self._items) - waiting
        self.summary.setText(
            QCoreApplication.translate("OutboxDialog", "%n result(s) waiting to be sent.", None, waiting)
            + " "
            + QCoreApplication.translate(
                "OutboxDialog",
                "%n result(s) not accepted by the server: check each, enter it again if needed, then discard it.",
                None,
                refused,
            )
        )
        self.table.setRowCount(len(self._items))
        for row, item in enumerate(self._items):
            result = item.result
            when = result.collected_on.isoformat()
            if result.collected_at is not None:
                when += f" {result.collected_at:%H:%M}"
            state = (
                QCoreApplication.translate("OutboxDialog", "waiting to be sent")
                if item.conflict is None
                else QCoreApplication.translate("OutboxDialog", "not accepted: {reason}").format(reason=item.conflict)
            )
            cells = (
                item.clinic_id,
                when,
                f"{result.measurement.text} {result.measurement.unit}",
                item.entered_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                state,
            )
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.send_button.setEnabled(waiting > 0)
        self._on_selection()

    def _selected(self) -> OutboxItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self._items[rows[0].row()] if rows else None

    def _on_selection(self) -> None:
        item = self._selected()
        self.discard_button.setEnabled(item is not None and item.conflict is not None)

    def _send(self) -> None:
        self._session.send_waiting()

    def discard_selected(self, *, confirm: bool = True) -> bool:
        """Drop the selected refused result from the outbox, after asking once."""
        item = self._selected()
        if item is None or item.conflict is None:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("OutboxDialog", "Discard this result?"),
                QCoreApplication.translate(
                    "OutboxDialog",
                    "{value} {unit} for {patient} ({date}) was not accepted by the clinic server. Discard it from "
                    "this computer? It is not stored anywhere else.",
                ).format(
                    value=item.result.measurement.text,
                    unit=item.result.measurement.unit,
                    patient=item.clinic_id,
                    date=item.result.collected_on.isoformat(),
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self._session.outbox.discard(item.uuid)
        self._session.outbox_changed.emit()
        return True

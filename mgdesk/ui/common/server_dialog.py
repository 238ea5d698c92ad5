"""File > Connect to clinic server...: host, port, database and user, tried before they are kept.

The dialog asks for no password: libpq reads it from ``~/.pgpass``,
``PGPASSWORD`` or a service file, and the dialog says so.  "Connect" first
tries the server (``services.check_server``); only an address that worked
is accepted, and the caller keeps it in the settings and opens it.  A
failure is shown under the fields in the store's own words.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mgdesk.domain import who
from mgdesk.domain.errors import MgdeskError
from mgdesk.ui.common.messages import error_sentence

DEFAULT_PORT = 5432
SSL_MODES = ("prefer", "require", "verify-full")


class ServerDialog(QDialog):
    """Asks for a clinic server's address; ``address`` holds it once accepted."""

    def __init__(self, parent: QWidget | None = None, *, last_address: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ServerDialog", "Connect to clinic server"))
        self.setMinimumWidth(440)
        self.address: str | None = None
        self.host = QLineEdit()
        self.host.setPlaceholderText("clinic-db.local")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.database = QLineEdit("mgdesk")
        self.user = QLineEdit(_login_name())
        self.sslmode = QComboBox()
        self.sslmode.addItems(SSL_MODES)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ServerDialog", "&Server:"), self.host)
        form.addRow(QCoreApplication.translate("ServerDialog", "&Port:"), self.port)
        form.addRow(QCoreApplication.translate("ServerDialog", "&Database:"), self.database)
        form.addRow(QCoreApplication.translate("ServerDialog", "&User:"), self.user)
        form.addRow(QCoreApplication.translate("ServerDialog", "&TLS:"), self.sslmode)
        note = QLabel(
            QCoreApplication.translate(
                "ServerDialog",
                "The password is read from ~/.pgpass (or PGPASSWORD); mgdesk never stores it. "
                "TLS is used whenever the server offers it; choose require or verify-full to insist.",
            )
        )
        note.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.connect_button.setText(QCoreApplication.translate("ServerDialog", "&Connect"))
        buttons.accepted.connect(self._on_connect_clicked)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        if last_address:
            self._fill(last_address)

    def _fill(self, address: str) -> None:
        from urllib.parse import parse_qs, urlsplit

        parts = urlsplit(address)
        self.host.setText(parts.hostname or "")
        self.port.setValue(parts.port or DEFAULT_PORT)
        self.database.setText(parts.path.lstrip("/") or "mgdesk")
        self.user.setText(parts.username or _login_name())
        mode = parse_qs(parts.query).get("sslmode", ["prefer"])[0]
        if mode in SSL_MODES:
            self.sslmode.setCurrentText(mode)

    def current_address(self) -> str:
        from mgdesk.store import server_url

        return server_url(
            self.host.text(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text(),
            self.sslmode.currentText(),
        )

    def _on_connect_clicked(self) -> None:
        from mgdesk.services import check_server

        if not self.host.text().strip() or not self.database.text().strip():
            self.status.setText(
                QCoreApplication.translate("ServerDialog", "Give the server's name (or address) and the database.")
            )
            return
        address = self.current_address()
        self.status.setText(QCoreApplication.translate("ServerDialog", "Trying {address}…").format(address=address))
        self.status.repaint()
        try:
            check_server(address)
        except MgdeskError as error:
            self.status.setText(error_sentence(error))
            return
        self.address = address
        self.accept()


def _login_name() -> str:
    """The suggested server login: the OS user the audit log records (``domain.who``), if the system names it."""
    name = who.os_user()
    return "" if name.startswith("uid ") else name

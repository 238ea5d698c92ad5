"""Unhandled exceptions: logged to a file, shown once, never a silent death.

``install`` replaces ``sys.excepthook`` so an exception raised in a slot is
written with its traceback to ``mgdesk.log`` in the user's data folder and
shown once in a dialog that says where the log is; later ones are logged
only, so a repeating fault cannot bury the user in dialogs.
"""

from __future__ import annotations

import logging
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QMessageLogContext, QStandardPaths, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from mgdesk.domain.files import OWNER_ONLY_FILE, private_folder

log = logging.getLogger("mgdesk")


def log_folder() -> Path:
    """The user's data folder for mgdesk (Qt's AppDataLocation)."""
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))


def setup_logging() -> Path:
    """Log warnings and errors to ``mgdesk.log`` in the data folder; return its path."""
    folder = private_folder(log_folder())  # the log may name patients: owner-only folder and files
    path = folder / "mgdesk.log"
    from logging.handlers import RotatingFileHandler  # imports socket: kept off the start-up path

    class _PrivateLog(RotatingFileHandler):
        """Creates (and re-creates at each rollover) the log file readable by its owner only."""

        def _open(self):  # type: ignore[no-untyped-def]  # logging's own untyped hook
            stream = super()._open()
            os.chmod(self.baseFilename, OWNER_ONLY_FILE)
            return stream

    handler = _PrivateLog(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    logging.getLogger("mgdesk.qt").log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def install_qt_message_log() -> None:
    """Send Qt's own warnings to the log file instead of the terminal."""
    qInstallMessageHandler(_qt_message)


class CrashReporter:
    """The excepthook: log every unhandled exception, show the first one."""

    def __init__(self, log_path: Path) -> None:
        self.log_path = log_path
        self.shown = False
        self.count = 0
        self.dialog: QMessageBox | None = None

    def install(self) -> None:
        sys.excepthook = self

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        self.count += 1
        log.error("unhandled exception\n%s", "".join(traceback.format_exception(kind, error, tb)))
        if self.shown or QApplication.instance() is None:
            return
        self.shown = True
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("crash", "mgdesk met an unexpected error"),
            QCoreApplication.translate(
                "crash",
                "Something went wrong inside mgdesk: {error}\n\n"
                "Nothing you entered has been lost. The details were written to:\n{path}\n\n"
                "Please send that file to your IT contact. Further errors this session are logged only.",
            ).format(error=f"{kind.__name__}: {error}", path=self.log_path),
            QMessageBox.StandardButton.Ok,
        )
        box.setObjectName("crashDialog")
        self.dialog = box  # kept: a parentless dialog would be collected at once
        box.open()

"""The open patient database as the window sees it: one store, one undo stack.

``RecordsSession`` opens a database file (the user's default, ``--db PATH``,
or one chosen in File > Open/New), hands out the ``Records`` API for reading,
and applies every change as an undoable command.  It says what happened
through signals: ``opened``, ``failed`` (a message a person can act on),
``patient_changed`` and ``patients_changed``.  The converter never needs it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from mgdesk.domain.errors import MgdeskError
from mgdesk.ui.common.messages import error_sentence
from mgdesk.ui.patients.record_commands import CommandFactory, RecordCommand

if TYPE_CHECKING:  # SQLAlchemy is imported on first open, after the window shows
    from mgdesk.store import Database, Records


class RecordsSession(QObject):
    opened = Signal(str)  # path (or server and database name) of the database now open
    failed = Signal(str)  # what went wrong, for the user
    patient_changed = Signal(object)  # int | None: the patient whose records changed
    patients_changed = Signal()  # the list of patients may have changed
    reviews_changed = Signal()  # a result was reviewed, or a review undone
    closed = Signal()  # the user closed the database: no database is open now

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._database: Database | None = None
        self._records: Records | None = None
        self._commands: CommandFactory | None = None
        self.last_error: str | None = None

    @property
    def is_open(self) -> bool:
        return self._records is not None

    @property
    def path(self) -> Path | None:
        return self._database.path if self._database is not None else None

    @property
    def database(self) -> Database:
        """The open database (for bulk reads such as the cohort's arrays)."""
        if self._database is None:
            raise RuntimeError("no database is open")
        return self._database

    @property
    def records(self) -> Records:
        if self._records is None:
            raise RuntimeError("no database is open")
        return self._records

    @property
    def commands(self) -> CommandFactory:
        if self._commands is None:
            raise RuntimeError("no database is open")
        return self._commands

    def open(self, path: Path | str | None) -> bool:
        """Open ``path`` (a file, a server URL, None: the user's default file); on failure keep what was open."""
        from mgdesk.store import Records, open_database

        try:
            database = open_database(path)
        except MgdeskError as error:
            self.last_error = error_sentence(error)
            self.failed.emit(self.last_error)
            return False
        self.close()
        self._database = database
        self._records = Records(database)
        self._commands = CommandFactory(
            self._records, self._on_patient_changed, self.failed.emit, self.reviews_changed.emit
        )
        self.last_error = None
        self.opened.emit(database.location)
        self.patients_changed.emit()
        return True

    def close_database(self) -> None:
        """Close the open database at the user's request (File > Close database) and say so."""
        if self._database is None:
            return
        self.close()
        self.last_error = None
        self.closed.emit()

    def close(self) -> None:
        self.undo_stack.clear()
        if self._database is not None:
            self._database.close()
        self._database = self._records = self._commands = None

    def run(self, command: RecordCommand) -> bool:
        """Apply a change and put it on the undo stack; False (and ``failed``) if the store refused."""
        try:
            command.apply()
        except MgdeskError as error:
            self.failed.emit(error_sentence(error))
            return False
        self.undo_stack.push(command)
        return True

    def _on_patient_changed(self, patient_id: int | None) -> None:
        self.patient_changed.emit(patient_id)
        self.patients_changed.emit()

"""The open patient database as the window sees it: one store, one undo stack.

``RecordsSession`` opens a database file (the user's default, ``--db PATH``,
or one chosen in File > Open/New), hands out the ``Records`` API for reading,
and applies every change as an undoable command.  It says what happened
through signals: ``opened``, ``failed`` (a message a person can act on),
``patient_changed`` and ``patients_changed``.  The converter never needs it.

Several workstations may share the database: ``live_changed`` says what the
others changed (``LiveUpdates``), and ``server_state`` whether the clinic
server answers.  While it does not, a result entered is kept in the
workstation's outbox (``mgdesk.services.enter_result``) and sent, each once,
when the server is back (``outbox_changed``, ``outbox_sent``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from mgdesk.domain.errors import MgdeskError, ServerUnreachableError
from mgdesk.domain.records import MagnesiumResult
from mgdesk.ui.patients.live_updates import LiveUpdates
from mgdesk.ui.patients.record_commands import CommandFactory, RecordCommand

if TYPE_CHECKING:  # SQLAlchemy is imported on first open, after the window shows
    from mgdesk.services import Entered
    from mgdesk.store import Database, Outbox, Records, SendReport


class RecordsSession(QObject):
    opened = Signal(str)  # path (or server and database name) of the database now open
    failed = Signal(str)  # what went wrong, for the user
    patient_changed = Signal(object)  # int | None: the patient whose records changed
    patients_changed = Signal()  # the list of patients may have changed
    reviews_changed = Signal()  # a result was reviewed, or a review undone
    closed = Signal()  # the user closed the database: no database is open now
    live_changed = Signal(object)  # mgdesk.store.Changes: what was changed, here or at another workstation
    server_state = Signal(bool, str)  # whether the clinic server answers; why not
    outbox_changed = Signal()  # results were put in the outbox, sent, or discarded
    outbox_sent = Signal(object)  # mgdesk.store.SendReport, after the server came back

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self._database: Database | None = None
        self._records: Records | None = None
        self._commands: CommandFactory | None = None
        self.last_error: str | None = None
        self._live: LiveUpdates | None = None
        self._outbox: Outbox | None = None
        self.online = True  # False while the clinic server cannot be reached

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
            self.last_error = str(error)
            self.failed.emit(self.last_error)
            return False
        self.close()
        self._database = database
        self._records = Records(database)
        self._commands = CommandFactory(
            self._records, self._on_patient_changed, self.failed.emit, self.reviews_changed.emit
        )
        self.last_error = None
        self.online = True
        self.opened.emit(database.location)
        self.patients_changed.emit()
        self._start_live(database)
        if database.is_server and self.waiting_count():
            self.send_waiting()
        return True

    def _start_live(self, database: Database) -> None:
        self._live = LiveUpdates(database, self)
        self._live.changed.connect(self.live_changed)
        self._live.unreachable.connect(self.note_unreachable)
        self._live.reachable.connect(self._on_reachable)
        live = self._live
        self.destroyed.connect(lambda *_: live.stop())  # never a running thread left behind
        self._live.start_watching()

    @property
    def outbox(self) -> Outbox:
        """The workstation's outbox (created on first use, in the user's data folder)."""
        if self._outbox is None:
            from mgdesk.store import Outbox

            self._outbox = Outbox()
        return self._outbox

    def waiting_count(self) -> int:
        """Results in the outbox waiting for the open server (none for a file)."""
        if self._database is None or not self._database.is_server or not self.outbox.path.exists():
            return 0
        return self.outbox.waiting_count(self._database.location)

    def note_unreachable(self, message: str) -> None:
        """The clinic server does not answer: say so once; the live feed reports when it is back."""
        if self._live is not None:
            self._live.recheck()
        if self.online:
            self.online = False
            self.server_state.emit(False, message)

    def _on_reachable(self) -> None:
        self.online = True
        self.server_state.emit(True, "")
        self.send_waiting()
        self.patients_changed.emit()

    def send_waiting(self) -> SendReport | None:
        """Send the outbox's results for the open server; each is stored once, refusals are kept and shown."""
        from mgdesk.services import send_waiting

        if self._records is None or not self._records.on_server:
            return None
        try:
            report = send_waiting(self._records, self.outbox)
        except MgdeskError as error:
            self.failed.emit(str(error))
            return None
        if report.unreachable is not None:
            self.note_unreachable(report.unreachable)
        self.outbox_changed.emit()
        self.outbox_sent.emit(report)
        return report

    def add_result(self, patient_id: int, clinic_id: str, result: MagnesiumResult) -> Entered | None:
        """Store a typed result (undoable); on an unreachable server keep it in the outbox. None if refused."""
        from mgdesk.services import Entered, enter_result

        if self._records is None:
            return None
        if not self._records.on_server:
            command = self.commands.add_result(patient_id, result)
            return Entered(result) if self.run(command) else None
        try:
            entered = enter_result(
                self._records, self.outbox, patient_id, clinic_id, result, server_known_down=not self.online
            )
        except MgdeskError as error:
            self.failed.emit(str(error))
            return None
        if entered.stored is not None:
            assert entered.stored.id is not None
            self.undo_stack.push(self.commands.added_result(patient_id, result, entered.stored.id))
            self._on_patient_changed(patient_id)
        else:
            self.note_unreachable(entered.reason or "")
            self.outbox_changed.emit()
        return entered

    def read[T](self, reading: Callable[[Records], T]) -> T | None:
        """Run a read of the open database; None (and ``server_state``) when the clinic server is out of reach."""
        try:
            value = reading(self.records)
        except ServerUnreachableError as error:
            self.note_unreachable(str(error))
            return None
        return value

    def close_database(self) -> None:
        """Close the open database at the user's request (File > Close database) and say so."""
        if self._database is None:
            return
        self.close()
        self.last_error = None
        self.closed.emit()

    def close(self) -> None:
        if self._live is not None:
            self._live.stop()
            self._live = None
        self.undo_stack.clear()
        if self._database is not None:
            self._database.close()
        self._database = self._records = self._commands = None

    def run(self, command: RecordCommand) -> bool:
        """Apply a change and put it on the undo stack; False (and ``failed``) if the store refused."""
        try:
            command.apply()
        except MgdeskError as error:
            self.failed.emit(str(error))
            return False
        self.undo_stack.push(command)
        return True

    def _on_patient_changed(self, patient_id: int | None) -> None:
        self.patient_changed.emit(patient_id)
        self.patients_changed.emit()

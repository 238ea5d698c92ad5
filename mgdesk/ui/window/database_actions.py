"""The window's database actions: open, create, connect to a server, import, export, and the demo clinic.

Every action that needs a database says so when none is open; errors are the
project's own and are shown in one message, and nothing is half-written
(README, "What mgdesk promises about your data").  Qt's file and message
dialogs are imported where one opens: this module is part of the window's
first frame, and naming them at its top would build their classes before
that frame is painted (README, "Measured").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from mgdesk.ui.window.places import is_demo

if TYPE_CHECKING:
    from mgdesk.domain.errors import MgdeskError
    from mgdesk.domain.profile import LabProfile
    from mgdesk.services import ImportReport
    from mgdesk.store import CopyReport, TargetNotEmptyError
    from mgdesk.ui.common.settings import Settings
    from mgdesk.ui.patients.import_dialog import ImportPreview
    from mgdesk.ui.patients.patients_view import PatientsView
    from mgdesk.ui.patients.records_session import RecordsSession
    from mgdesk.ui.window.places import PlaceStack


if TYPE_CHECKING:  # the mixin is only ever a base of MainWindow, a QMainWindow
    _Base = QMainWindow
else:
    _Base = object


def error_sentence(error: MgdeskError) -> str:
    """The window's sentence for an error (``ui.common.messages``, imported after the window's first frame)."""
    from mgdesk.ui.common.messages import error_sentence as sentence

    return sentence(error)


class DatabaseActions(_Base):
    """File-menu actions on the patient database."""

    settings: Settings
    profile: LabProfile
    session: RecordsSession
    places: PlaceStack
    database_status: QLabel
    clinic_host: QWidget
    _patients: PatientsView | None

    if TYPE_CHECKING:  # provided by the other bases of MainWindow

        def show_place(self, index: int) -> None: ...
        def _mark_clinic_stale(self, *_args: object) -> None: ...

    def open_database(self, path: Path | str | None) -> bool:
        """Open ``path`` (None: the user's default database); the Patients place says if it failed."""
        return self.session.open(path)

    def open_start_database(self, path: Path | None) -> bool:
        """At start: ``path`` (``--db``) if given, else the database the user opened last, else the default one.

        The database opened last is opened again only if it is still there: a
        missing one is never created; the window starts without a database and
        says so in the status bar (it is kept in the settings, as a drive may
        only be disconnected).
        """
        if path is not None:
            return self.open_user_database(path)
        last = self.settings.last_database
        if last is None:
            return self.open_database(None)
        if not last.is_file():
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "main",
                    "The database opened last, {path}, is not there (moved, deleted or on a drive not "
                    "connected): no database is open. Open one with File > Open database (Ctrl+O).",
                ).format(path=last)
            )
            return False
        return self.open_database(last)

    def open_user_database(self, path: Path) -> bool:
        """Open a database the user chose, and remember it for the next start (never the demo clinic)."""
        if not self.open_database(path):
            return False
        if self.session.path is not None and not is_demo(self.session.path):
            self.settings.last_database = self.session.path.resolve()
        return True

    def _on_database_opened(self, path: str) -> None:
        demo = is_demo(Path(path))
        name = Path(path).name  # the whole path is on hover: the status bar must leave room for messages
        self.database_status.setText(
            QCoreApplication.translate("main", "Database: {path} (synthetic demo)").format(path=name)
            if demo
            else QCoreApplication.translate("main", "Database: {path}").format(path=name)
        )
        self.database_status.setToolTip(path)

    def _on_database_closed(self) -> None:
        self.database_status.setText(QCoreApplication.translate("main", "No database open"))
        self.database_status.setToolTip("")
        self.statusBar().showMessage(
            QCoreApplication.translate("main", "Database closed. The converter works without one (Ctrl+1).")
        )
        self._mark_clinic_stale()

    def open_database_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("main", "Open a patient database"),
            self._database_folder(),
            QCoreApplication.translate("main", "mgdesk databases (*.sqlite3 *.db);;All files (*)"),
        )
        if name and not self.open_user_database(Path(name)):
            QMessageBox.warning(
                self, QCoreApplication.translate("main", "Database not opened"), self.session.last_error or ""
            )

    def connect_server_dialog(self) -> None:
        """Ask for a clinic server, try it, keep its address and open it (File > Connect to clinic server)."""
        from PySide6.QtWidgets import QMessageBox

        from mgdesk.ui.common.server_dialog import ServerDialog

        dialog = ServerDialog(self, last_address=self.settings.clinic_server)
        if dialog.exec() and dialog.address is not None:
            self.settings.clinic_server = dialog.address
            if not self.open_database(dialog.address):
                QMessageBox.warning(
                    self, QCoreApplication.translate("main", "Database not opened"), self.session.last_error or ""
                )

    def copy_to_server_dialog(
        self, address: str | None = None, *, confirm: bool = True, merge: bool = False
    ) -> str | None:
        """Copy the open file to a clinic server (File menu), as ``mgdesk db copy`` does; return what was shown.

        The copy runs off the window's thread with a progress dialog that can
        cancel (nothing is kept then).  A server database that already holds
        records is merged into only when the user says so (``merge`` answers
        for them when ``confirm`` is off).  The verification (rows and
        checksum of every table) is shown at the end.
        """
        from PySide6.QtWidgets import QMessageBox

        from mgdesk.store import TargetNotEmptyError

        path = self.session.path if self.session.is_open else None
        if path is None:
            QMessageBox.information(
                self,
                QCoreApplication.translate("main", "Copy to the clinic server"),
                QCoreApplication.translate(
                    "main", "Open the workstation's database file first (File > Open database); it is copied as is."
                ),
            )
            return None
        if address is None:
            address = self._ask_copy_target()
            if address is None:
                return None
        outcome = self._run_copy(path, address, merge=False)
        if isinstance(outcome, TargetNotEmptyError):
            if confirm:
                merge = (
                    QMessageBox.question(
                        self,
                        QCoreApplication.translate("main", "The server database holds records"),
                        QCoreApplication.translate(
                            "main",
                            "{error}\n\nAdd this database's records beside them? Identifiers are moved past the "
                            "server's; a clinic ID both use stops the copy with nothing kept.",
                        ).format(error=error_sentence(outcome)),
                        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                        QMessageBox.StandardButton.No,
                    )
                    == QMessageBox.StandardButton.Yes
                )
            outcome = self._run_copy(path, address, merge=True) if merge else str(outcome)
        if isinstance(outcome, (str, Exception)):
            text = str(outcome)
            if confirm:
                QMessageBox.warning(self, QCoreApplication.translate("main", "Nothing copied"), text)
            return text
        return self._show_copy_report(outcome, address, confirm=confirm)

    def _ask_copy_target(self) -> str | None:
        from mgdesk.ui.common.server_dialog import ServerDialog

        dialog = ServerDialog(self, last_address=self.settings.clinic_server)
        dialog.setWindowTitle(QCoreApplication.translate("main", "Copy this database to the clinic server"))
        return dialog.address if dialog.exec() else None

    def _run_copy(self, path: Path, address: str, *, merge: bool) -> CopyReport | TargetNotEmptyError | str:
        """The copy's report, the refusal of a non-empty target (to ask about merging), or what went wrong."""
        from mgdesk.domain.errors import ImportCancelledError, MgdeskError
        from mgdesk.store import TargetNotEmptyError

        try:
            return self._copy_in_background(path, address, merge=merge)
        except TargetNotEmptyError as error:
            return error
        except ImportCancelledError as error:
            return error_sentence(error)
        except MgdeskError as error:
            return QCoreApplication.translate("main", "{error}\n\nNothing was copied.").format(
                error=error_sentence(error)
            )

    def _show_copy_report(self, report: CopyReport, address: str, *, confirm: bool) -> str:
        from PySide6.QtWidgets import QMessageBox

        lines = [
            QCoreApplication.translate("main", "{table}: {rows} rows, checksum {checksum}").format(
                table=check.table, rows=check.rows, checksum=check.checksum[:12]
            )
            for check in report.tables
        ]
        text = QCoreApplication.translate(
            "main",
            "Copied {source} to {target} and verified: every table has the same rows and checksum there.",
        ).format(source=report.source, target=report.target)
        text += "\n\n" + "\n".join(lines)
        self.statusBar().showMessage(text.splitlines()[0])
        if confirm:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                QCoreApplication.translate("main", "Copy verified"),
                text,
                QMessageBox.StandardButton.Close,
                self,
            )
            open_button = box.addButton(
                QCoreApplication.translate("main", "Open the clinic server now"), QMessageBox.ButtonRole.AcceptRole
            )
            box.exec()
            if box.clickedButton() is open_button:
                self.settings.clinic_server = address
                self.open_database(address)
        return text

    def _copy_in_background(self, path: Path, address: str, *, merge: bool) -> CopyReport:
        from mgdesk.services import copy_to
        from mgdesk.ui.common.background import run_with_progress

        return run_with_progress(
            self,
            QCoreApplication.translate("main", "Copying the database to the clinic server…"),
            lambda progress, cancelled: copy_to(path, address, merge=merge, progress=progress, cancelled=cancelled),
        )

    def new_database_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        name, _ = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("main", "New patient database"),
            self._database_folder(),
            QCoreApplication.translate("main", "mgdesk databases (*.sqlite3)"),
        )
        if not name:
            return
        path = Path(name)
        if path.exists():
            QMessageBox.warning(
                self,
                QCoreApplication.translate("main", "Database not created"),
                QCoreApplication.translate("main", "{path} already exists; open it instead.").format(path=path),
            )
            return
        if not self.open_user_database(path):
            QMessageBox.warning(
                self, QCoreApplication.translate("main", "Database not created"), self.session.last_error or ""
            )

    def _database_folder(self) -> str:
        return str(self.session.path.parent) if self.session.path else ""

    def import_csv(self) -> None:
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        if not self.session.is_open:
            QMessageBox.information(
                self,
                QCoreApplication.translate("main", "No database"),
                QCoreApplication.translate("main", "Open or create a patient database first."),
            )
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("main", "Import results or medications"),
            "",
            QCoreApplication.translate(
                "main", "CSV, HL7 v2 and FHIR files (*.csv *.txt *.tsv *.hl7 *.json *.ndjson);;All files (*)"
            ),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path, *, confirm: bool = True) -> str | None:
        """Preview, then import ``path``; return the summary shown (None if not imported)."""
        from PySide6.QtWidgets import QMessageBox

        from mgdesk.ui.patients.import_dialog import ImportPreview, report_text, save_rejections

        preview = ImportPreview(path, self, records=self.session.records, profile=self.profile)
        try:
            report = self._preview_and_import(preview, path, confirm=confirm)
        finally:
            preview.deleteLater()  # the dialog goes, with what it checked
        if report is None:
            return None
        rejected = list(report.rejected)
        summary = report_text(report)
        self.session.patients_changed.emit()
        self.statusBar().showMessage(summary.splitlines()[0])
        if confirm:
            box = QMessageBox(
                QMessageBox.Icon.Information,
                QCoreApplication.translate("main", "Import finished"),
                summary,
                QMessageBox.StandardButton.Ok,
                self,
            )
            save = (
                box.addButton(
                    QCoreApplication.translate("main", "Save rejection report…"), QMessageBox.ButtonRole.ActionRole
                )
                if rejected
                else None
            )
            box.exec()
            if save is not None and box.clickedButton() is save:
                save_rejections(self, rejected, path)
        return summary

    def _preview_and_import(self, preview: ImportPreview, path: Path, *, confirm: bool) -> ImportReport | None:
        """Check the file, show the preview (``confirm``), import; None when nothing was imported (said why)."""
        from PySide6.QtWidgets import QMessageBox

        from mgdesk.domain.errors import ImportCancelledError, MgdeskError
        from mgdesk.ui.patients.import_dialog import import_checked

        preview.reread()
        if preview.check_cancelled:  # Cancel while the file was checked: the import is not wanted
            self.statusBar().showMessage(
                QCoreApplication.translate("main", "Nothing of {name} was stored.").format(name=path.name)
            )
            return None
        if confirm and not preview.exec():
            return None
        if preview.checked is None:
            return None
        try:
            return import_checked(self, self.session.records, preview)
        except ImportCancelledError:
            nothing = QCoreApplication.translate("main", "Nothing of {name} was stored.").format(name=path.name)
            self.statusBar().showMessage(nothing)
            if confirm:
                QMessageBox.information(self, QCoreApplication.translate("main", "Import cancelled"), nothing)
            return None
        except MgdeskError as error:
            failed = QCoreApplication.translate("main", "{error}\n\nNothing of the file was stored.").format(
                error=error_sentence(error)
            )
            self.statusBar().showMessage(failed.replace("\n\n", " "))
            if confirm:
                QMessageBox.warning(self, QCoreApplication.translate("main", "Import failed"), failed)
            return None

    def _export_target(self, title: str, file_filter: str) -> tuple[str | None, str] | None:
        """Ask what to export (the open patient or every one) and where; None when there is nothing to do."""
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        if not self.session.is_open:
            QMessageBox.information(
                self,
                QCoreApplication.translate("main", "No database"),
                QCoreApplication.translate("main", "Open a patient database first."),
            )
            return None
        record = self._patients.record if self._patients is not None else None
        scope = record.patient.clinic_id if record else None
        if (
            scope
            and QMessageBox.question(
                self,
                title,
                QCoreApplication.translate("main", "Export only patient {id}? (No: every patient)").format(id=scope),
            )
            != QMessageBox.StandardButton.Yes
        ):
            scope = None
        name, _ = QFileDialog.getSaveFileName(self, title, "", file_filter)
        if not name:
            return None
        return scope, name

    def export_results(self) -> None:
        self._export(medications=False)

    def export_fhir(self) -> None:
        """Write every patient (or the one open) as a FHIR R4 Bundle."""
        from PySide6.QtWidgets import QMessageBox

        from mgdesk.domain.errors import MgdeskError
        from mgdesk.services import export_fhir

        title = QCoreApplication.translate("main", "Export as FHIR")
        target = self._export_target(title, QCoreApplication.translate("main", "FHIR JSON (*.json)"))
        if target is None:
            return
        scope, name = target
        try:
            report = export_fhir(self.session.records, Path(name), patient=scope, profile=self.profile)
        except MgdeskError as error:
            QMessageBox.warning(self, QCoreApplication.translate("main", "Not exported"), error_sentence(error))
            return
        self.statusBar().showMessage(
            QCoreApplication.translate("main", "Exported %n result(s) as FHIR to {name}.", None, report.count).format(
                name=name
            )
        )

    def export_medications(self) -> None:
        self._export(medications=True)

    def _export(self, *, medications: bool) -> None:
        from PySide6.QtWidgets import QMessageBox

        from mgdesk.domain.errors import MgdeskError
        from mgdesk.services import export_csv

        title = (
            QCoreApplication.translate("main", "Export medications")
            if medications
            else QCoreApplication.translate("main", "Export results")
        )
        target = self._export_target(title, QCoreApplication.translate("main", "CSV (*.csv)"))
        if target is None:
            return
        scope, name = target
        try:
            export_csv(self.session.records, Path(name), patient=scope, medications=medications)
        except MgdeskError as error:
            QMessageBox.warning(self, QCoreApplication.translate("main", "Not exported"), error_sentence(error))
            return
        self.statusBar().showMessage(QCoreApplication.translate("main", "Exported to {name}.").format(name=name))

    def open_demo_clinic(self) -> bool:
        """Create (or refresh) the synthetic demo database and open it; never the user's own."""
        from PySide6.QtWidgets import QMessageBox

        from mgdesk.domain.errors import MgdeskError
        from mgdesk.store import create_demo_database
        from mgdesk.ui.common.background import run_with_progress

        if self.session.is_open and is_demo(Path(self.database_status.toolTip())):
            self.session.close()  # it is rebuilt in place: never under an open connection
        try:
            path = run_with_progress(
                self,
                QCoreApplication.translate("main", "Building the demo clinic…"),
                lambda _p, _c: create_demo_database(),
            )
        except MgdeskError as error:
            QMessageBox.warning(self, QCoreApplication.translate("main", "Demo clinic"), error_sentence(error))
            return False
        if not self.open_database(path):
            return False
        self.show_place(self.places.indexOf(self.clinic_host))
        return True

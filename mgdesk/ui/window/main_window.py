"""The main window: its places, menus and database actions put together, and the lab profile in use.

Places (Converter, Patients, and Clinic as it arrives) are one keystroke
apart (Ctrl+1, Ctrl+2, Ctrl+3) and every action sits in a menu with its
shortcut shown.  The window owns the settings, the current profile and the
records session; the database is opened after the window is on screen, and
the converter asks nothing of it.  Navigation, menus and database actions
are the window's parts (``places``, ``menus``, ``database_actions``).

The window is built in two steps (README, "Measured").  The constructor makes
what the first frame shows: the menu bar's titles, the places list, the
converter and the status bar, importing no more than the Qt widget classes
it shows (not the file and message dialogs, which are imported where they
open, and not even Qt's ``Qt`` namespace, ~15 ms of CPU to build its enums,
in a left-to-right language).  ``finish_start`` runs right after that frame is
painted: the menus' actions and shortcuts, the places' shortcuts and the
Patients and Clinic places, the records session, the lab profile and the
status bar's parts; then the converter's band and history tables.  A window
made with ``finish_later=False`` (the default) is complete at once.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mgdesk.ui.common.first_paint import FirstPaint
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.converter.converter_view import ConverterView
from mgdesk.ui.window.database_actions import DatabaseActions
from mgdesk.ui.window.menus import Menus
from mgdesk.ui.window.places import MINIMUM_SIZE, Places, PlaceStack

if TYPE_CHECKING:  # numpy and pyqtgraph load when the Clinic place is first shown
    from PySide6.QtGui import QCloseEvent

    from mgdesk.domain.profile import LabProfile
    from mgdesk.store import Changes, SendReport
    from mgdesk.ui.clinic.clinic_view import ClinicView
    from mgdesk.ui.patients.patients_view import PatientsView
    from mgdesk.ui.window.outbox_dialog import OutboxDialog

log = logging.getLogger(__name__)


class MainWindow(Menus, Places, DatabaseActions, QMainWindow):
    started = Signal()  # after the first paint, once ``finish_start`` and the converter's tables are done

    def __init__(self, settings: Settings, *, profile_override: Path | None = None, finish_later: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(QCoreApplication.translate("main", "mgdesk - serum magnesium"))
        self.settings = settings
        self._profile_override = profile_override
        self._profile_problem: str | None = None
        self._profile: LabProfile | None = None
        self._finished = False
        self.places = PlaceStack()
        self.nav = QListWidget()
        self.nav.setObjectName("placesList")
        self.nav.setAccessibleName(QCoreApplication.translate("main", "Places"))
        self.nav.currentRowChanged.connect(self.places.setCurrentIndex)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.places)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([130, 1150])
        self.setCentralWidget(splitter)
        # The profile is read when the first value is typed or after the first paint.
        self.converter = ConverterView(lambda: self.profile, settings.last_unit)
        self.converter.unit_changed.connect(self._on_unit_changed)
        self._build_menu_titles()
        self.list_places(
            [
                QCoreApplication.translate("main", "Converter"),
                QCoreApplication.translate("main", "Patients"),
                QCoreApplication.translate("main", "Clinic"),
            ]
        )
        self.add_place(self.converter)
        self.profile_status = QLabel()
        self.profile_status.setObjectName("profileStatus")
        self.database_status = QLabel(QCoreApplication.translate("main", "No database open"))
        self.database_status.setObjectName("databaseStatus")
        # Hidden until results wait for the clinic server; made now, as the status
        # bar's height counts hidden parts too: it does not grow after the first frame.
        self.outbox_status = QToolButton()
        self.outbox_status.setObjectName("outboxStatus")
        self.outbox_status.setAutoRaise(True)
        self.outbox_status.hide()
        self.statusBar().addPermanentWidget(self.outbox_status)
        # The profile's name comes after the first frame: left of the database's, which then does not move.
        self.statusBar().addPermanentWidget(self.profile_status)
        self.statusBar().addPermanentWidget(self.database_status)
        self.statusBar().showMessage(
            QCoreApplication.translate("main", "Offline: nothing about a patient leaves this computer.")
        )
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(1280, 760)
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        self.converter.focus_value()
        FirstPaint(self.converter.value_edit).painted.connect(self._after_first_paint)
        if not finish_later:
            self.finish_start()

    def finish_start(self) -> None:
        """Everything the first frame does without: menus' actions, places, records session, profile, status bar."""
        if self._finished:
            return
        self._finished = True
        from mgdesk.ui.patients.records_session import RecordsSession

        self.session = RecordsSession(self)
        # The Patients and Clinic places are built on first use: their modules
        # are not needed to show the window.
        self.patients_host = QWidget()
        self.patients_host.setObjectName("patientsHost")
        QVBoxLayout(self.patients_host).setContentsMargins(0, 0, 0, 0)
        self._patients: PatientsView | None = None
        self.session.opened.connect(self._on_database_opened)
        self.session.closed.connect(self._on_database_closed)
        # The clinic view needs numpy and pyqtgraph: built when first shown.
        self.clinic_host = QWidget()
        self.clinic_host.setObjectName("clinicHost")
        QVBoxLayout(self.clinic_host).setContentsMargins(0, 0, 0, 0)
        self.clinic: ClinicView | None = None
        self._clinic_stale = True
        self._clinic_records: object | None = None
        for signal in (self.session.opened, self.session.patients_changed):
            signal.connect(self._mark_clinic_stale)
        self.session.reviews_changed.connect(self._on_reviews_changed)
        self._build_menus()
        self.add_place(self.patients_host)
        self.add_place(self.clinic_host)
        self.finish_places()
        self.places.currentChanged.connect(self._on_place_changed)
        self.outbox_status.setToolTip(
            QCoreApplication.translate("main", "Results entered while the clinic server could not be reached")
        )
        self.outbox_status.clicked.connect(self.show_outbox)
        self._outbox_dialog: OutboxDialog | None = None
        for signal in (self.session.outbox_changed, self.session.opened, self.session.closed):
            signal.connect(self._show_outbox_state)
        self.session.outbox_sent.connect(self._on_outbox_sent)
        self.session.server_state.connect(self._on_server_state)
        # Changes made at other workstations: the Clinic list is reloaded (once per burst) when shown.
        self._clinic_refresh = QTimer(self)
        self._clinic_refresh.setSingleShot(True)
        self._clinic_refresh.setInterval(100)
        self._clinic_refresh.timeout.connect(self._mark_clinic_stale)
        self.session.live_changed.connect(self._on_live_changed)
        self._show_profile_status()

    def _on_live_changed(self, changes: Changes) -> None:
        """A change here or elsewhere: reviews alone are shown at once; anything else reloads the Clinic list."""
        if changes.reviews_only and not changes.everything:
            self._on_reviews_changed()  # results and trends are unchanged: no reload of the whole clinic
        else:
            self._clinic_refresh.start()

    def _after_first_paint(self) -> None:
        """The rest of the window, then (after the frame that shows it) the converter's tables, which load pint."""
        self.finish_start()
        QTimer.singleShot(0, self._finish_converter)

    def _finish_converter(self) -> None:
        self.converter.finish_start()
        self.started.emit()

    @property
    def profile(self) -> LabProfile:
        """The lab profile in use: the one given for this session or chosen in the settings, else the default."""
        if self._profile is None:
            self._profile = self._initial_profile(self._profile_override)
        return self._profile

    @profile.setter
    def profile(self, profile: LabProfile) -> None:
        self._profile = profile

    def _initial_profile(self, override: Path | None) -> LabProfile:
        from mgdesk.domain.errors import ProfileError
        from mgdesk.domain.profile import default_profile, load_profile
        from mgdesk.ui.common.messages import error_sentence

        path = override or self.settings.profile_path
        if path is None:
            return default_profile()
        try:
            return load_profile(path)
        except ProfileError as error:
            log.warning("profile %s not usable, falling back to the default: %s", path, error)
            self._profile_problem = error_sentence(error)
            return default_profile()

    def choose_profile(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _filter = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("main", "Choose a lab profile"),
            "",
            QCoreApplication.translate("main", "Lab profiles (*.toml);;All files (*)"),
        )
        if name:
            self.load_profile_file(Path(name))

    def load_profile_file(self, path: Path) -> bool:
        from PySide6.QtWidgets import QMessageBox

        from mgdesk.domain.errors import ProfileError
        from mgdesk.domain.profile import load_profile
        from mgdesk.ui.common.messages import error_sentence

        try:
            profile = load_profile(path)
        except ProfileError as error:
            QMessageBox.warning(
                self,
                QCoreApplication.translate("main", "Profile not loaded"),
                QCoreApplication.translate("main", "{error}\n\nThe profile in use is unchanged.").format(
                    error=error_sentence(error)
                ),
            )
            return False
        self.settings.profile_path = path
        self._profile_problem = None
        self._set_profile(profile)
        return True

    def use_default_profile(self) -> None:
        from mgdesk.domain.profile import default_profile

        self.settings.profile_path = None
        self._set_profile(default_profile())

    def _set_profile(self, profile: LabProfile) -> None:
        self.profile = profile
        self.converter.set_profile(profile)
        if self._patients is not None:
            self._patients.set_profile(profile)
        self._mark_clinic_stale()
        self._show_profile_status()

    def _show_profile_status(self) -> None:
        self.profile_status.setText(
            QCoreApplication.translate("main", "Profile: {name}").format(name=self.profile.name)
        )
        problem = self._profile_problem
        if problem:
            self.statusBar().showMessage(
                QCoreApplication.translate("main", "Chosen profile not usable ({problem}); using the default.").format(
                    problem=problem
                )
            )

    # -- the clinic server: its state and the outbox ------------------------------

    def _show_outbox_state(self, *_args: object) -> None:
        """'3 results waiting to be sent' in the status bar, and how many the server did not accept."""
        if not self.session.is_open or not self.session.records.on_server or not self.session.outbox.path.exists():
            self.outbox_status.hide()
            return
        items = self.session.outbox.items(self.session.records.location)
        waiting = sum(1 for item in items if item.conflict is None)
        refused = len(items) - waiting
        parts = []
        if waiting:
            parts.append(QCoreApplication.translate("main", "%n result(s) waiting to be sent", None, waiting))
        if refused:
            parts.append(QCoreApplication.translate("main", "%n result(s) not accepted: open", None, refused))
        self.outbox_status.setText(" · ".join(parts))
        self.outbox_status.setVisible(bool(parts))

    def show_outbox(self) -> OutboxDialog:
        """The list of results waiting for the server or refused by it (from the status bar)."""
        from mgdesk.ui.window.outbox_dialog import OutboxDialog

        if self._outbox_dialog is None:
            self._outbox_dialog = OutboxDialog(self.session, self)
        self._outbox_dialog.refresh()
        self._outbox_dialog.show()
        return self._outbox_dialog

    def _on_outbox_sent(self, report: SendReport) -> None:
        if report.conflicts:
            self.statusBar().showMessage(
                QCoreApplication.translate(
                    "main",
                    "%n result(s) were not accepted by the clinic server and are kept: click the outbox note.",
                    None,
                    len(report.conflicts),
                )
            )
        elif report.sent:
            self.statusBar().showMessage(
                QCoreApplication.translate("main", "%n result(s) sent to the clinic server.", None, report.sent)
            )

    def _on_server_state(self, reachable: bool, _reason: str) -> None:
        if reachable:
            self.statusBar().showMessage(QCoreApplication.translate("main", "The clinic server answers again."))
        else:
            self.statusBar().showMessage(
                QCoreApplication.translate("main", "Clinic server out of reach; results you add wait here.")
            )

    def show_user_guide(self) -> None:
        """The short offline user guide (shipped with the program), in a window of its own."""
        from mgdesk.ui.common.guide import UserGuideDialog

        UserGuideDialog(self).open()

    def show_about_mgdesk(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from mgdesk import __version__

        QMessageBox.about(
            self,
            QCoreApplication.translate("main", "About mgdesk"),
            QCoreApplication.translate(
                "main",
                "<b>mgdesk {version}</b><br>Serum magnesium for clinics that treat type 2 diabetes: exact unit "
                "conversion, classification against 0.70 mmol/L, trends over time on metformin.<br>"
                "Offline: nothing about a patient leaves this computer.<br>Licence: GPL-3.0-or-later.",
            ).format(version=__version__),
        )

    def show_about_numbers(self) -> None:
        from mgdesk.ui.common.about import AboutNumbersDialog

        AboutNumbersDialog(self.profile, self).open()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.settings.geometry = self.saveGeometry()
        if self._finished:  # else there are no places' layouts and no session yet
            self.save_layout()
            if self.clinic is not None:
                self.clinic.shutdown()
            self.session.close()
        self.settings.sync()
        super().closeEvent(event)

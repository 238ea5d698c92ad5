"""The main window: its places, menus with shortcuts, and the lab profile in use.

Places (Converter, Patients, and Clinic as it arrives) are one keystroke
apart (Ctrl+1, Ctrl+2, Ctrl+3) and every action sits in a menu with its
shortcut shown.  The window owns the settings, the current profile and the
records session; the database is opened after the window is on screen, and
the converter asks nothing of it.
"""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QInputDialog,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mgdesk.domain.errors import ProfileError
from mgdesk.domain.profile import LabProfile, default_profile, load_profile
from mgdesk.domain.units import DISPLAY_UNITS, MgUnit
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.converter.converter_view import ConverterView
from mgdesk.ui.patients.records_session import RecordsSession

if TYPE_CHECKING:  # numpy and pyqtgraph load when the Clinic place is first shown
    from mgdesk.ui.clinic.clinic_view import ClinicView
    from mgdesk.ui.patients.patients_view import PatientsView
    from mgdesk.ui.patients.trend_panel import TrendPanel

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("main", text)


class PlaceStack(QStackedWidget):
    """The places, one shown at a time; each scrolls inside its own frameless area when the window is smaller.

    So the window can be made as small as a small screen needs (its minimum
    is this module's ``MINIMUM_SIZE``, not the sum of every place's widgets),
    and a place that cannot fit scrolls instead of being cut.  ``widget``,
    ``currentWidget`` and ``indexOf`` speak of the places, not their scroll
    areas.
    """

    def addWidget(self, widget: QWidget) -> int:  # noqa: N802 - Qt override
        area = QScrollArea()
        area.setObjectName(f"{widget.objectName() or 'place'}Scroll")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(widget)
        return super().addWidget(area)

    def widget(self, index: int) -> QWidget | None:
        area = super().widget(index)
        return area.widget() if isinstance(area, QScrollArea) else area

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - Qt override
        return self.widget(self.currentIndex())

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802 - Qt override
        return next((i for i in range(self.count()) if self.widget(i) is widget), -1)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(0, 0)


MINIMUM_SIZE = QSize(780, 480)


def _is_demo(path: Path) -> bool:
    """Whether ``path`` is the synthetic demo clinic (the store names it ``demo-clinic.sqlite3``)."""
    return path.name.startswith("demo-clinic")


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings, *, profile_override: Path | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(tr("mgdesk - serum magnesium"))
        self.settings = settings
        self._profile_problem: str | None = None
        self.profile = self._initial_profile(profile_override)
        self.places = PlaceStack()
        self.nav = QListWidget()
        self.nav.setObjectName("placesList")
        self.nav.setAccessibleName(tr("Places"))
        self.nav.currentRowChanged.connect(self.places.setCurrentIndex)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.places)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([130, 1150])
        self.setCentralWidget(splitter)
        self.converter = ConverterView(self.profile, settings.last_unit)
        self.converter.unit_changed.connect(self._on_unit_changed)
        self.session = RecordsSession(self)
        # The Patients and Clinic places are built on first use, after the
        # window is on screen: their modules are not needed to show it.
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
        for signal in (self.session.opened, self.session.patients_changed):
            signal.connect(self._mark_clinic_stale)
        self.session.reviews_changed.connect(self._on_reviews_changed)
        self._place_keys: list[str] = []
        self._build_menus()
        self.add_place(tr("Converter"), self.converter, "Ctrl+1")
        self.add_place(tr("Patients"), self.patients_host, "Ctrl+2")
        self.add_place(tr("Clinic"), self.clinic_host, "Ctrl+3")
        self.places.currentChanged.connect(self._on_place_changed)
        self.profile_status = QLabel()
        self.profile_status.setObjectName("profileStatus")
        self.database_status = QLabel(tr("No database open"))
        self.database_status.setObjectName("databaseStatus")
        self.statusBar().addPermanentWidget(self.database_status)
        self.statusBar().addPermanentWidget(self.profile_status)
        self.statusBar().showMessage(tr("Offline: nothing about a patient leaves this computer."))
        self._show_profile_status()
        self.setMinimumSize(MINIMUM_SIZE)
        self.resize(1280, 760)
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        self.converter.focus_value()

    # -- places ---------------------------------------------------------------

    def add_place(self, title: str, widget: QWidget, shortcut: str) -> None:
        """Add a place to the sidebar and the View menu, reachable by ``shortcut``."""
        index = self.places.addWidget(widget)
        self.nav.addItem(f"{title}\t{shortcut}")
        self._place_keys.append(shortcut)
        action = QAction(title, self)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda: self.show_place(index))
        self.view_menu.addAction(action)
        self.nav.setVisible(self.places.count() > 1)
        widest = max(self.nav.sizeHintForColumn(0), 0) + 2 * self.nav.frameWidth() + 16
        self.nav.setFixedWidth(widest)
        if self.places.count() == 1:
            self.nav.setCurrentRow(0)

    def show_place(self, index: int) -> None:
        self.nav.setCurrentRow(index)
        if self.places.widget(index) is self.converter:
            self.converter.focus_value()

    # -- menus ----------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self._build_file_and_edit_menus()
        self._build_unit_menu()
        self._build_patients_menu()
        self.view_menu = bar.addMenu(tr("&View"))
        self._build_settings_and_help_menus()

    def _build_file_and_edit_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        for text, shortcut, slot in (
            (tr("&Open database…"), "Ctrl+O", self.open_database_dialog),
            (tr("&New database…"), "Ctrl+Shift+N", self.new_database_dialog),
            (tr("Connect to clinic &server…"), "", self.connect_server_dialog),
            (tr("&Import…"), "Ctrl+I", self.import_csv),
            (tr("&Export results…"), "Ctrl+E", self.export_results),
            (tr("Export as &FHIR…"), "", self.export_fhir),
            (tr("Export &medications…"), "Ctrl+Shift+E", self.export_medications),
            (tr("Export &plot…"), "", self.export_plot),
            (tr("Patient &report (PDF)…"), "", self.patient_report),
            (tr("&Print patient report…"), QKeySequence.StandardKey.Print, self.print_report),
        ):
            action = file_menu.addAction(text)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
        file_menu.addSeparator()
        self.close_database_action = file_menu.addAction(tr("&Close database"))
        self.close_database_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.close_database_action.triggered.connect(self.session.close_database)
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(tr("&Quit"))
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # the Quit standard key is empty on some platforms
        self.quit_action.triggered.connect(self.close)

        edit = bar.addMenu(tr("&Edit"))
        self.undo_action = self.session.undo_stack.createUndoAction(self, tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.session.undo_stack.createRedoAction(self, tr("&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)  # Ctrl+Y on Windows
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self.copy_note_action = edit.addAction(tr("&Copy for clinical note"))
        self.copy_note_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_note_action.triggered.connect(self.converter.copy_note)
        self.commit_action = edit.addAction(tr("&Keep in history"))
        self.commit_action.setShortcut(QKeySequence("Return"))
        self.commit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # shown; Enter in the field
        self.commit_action.triggered.connect(self.converter.commit)
        self.clear_value_action = edit.addAction(tr("Clear &value"))
        self.clear_value_action.setShortcut(QKeySequence("Esc"))
        self.clear_value_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # handled by the field
        self.clear_value_action.triggered.connect(self.converter.value_edit.clear)
        self.focus_value_action = edit.addAction(tr("&Enter a new value"))
        self.focus_value_action.setShortcut(QKeySequence("Ctrl+L"))
        self.focus_value_action.triggered.connect(self._new_value)
        edit.addSeparator()
        self.clear_history_action = edit.addAction(tr("Clear this session's &history"))
        self.clear_history_action.setShortcut(QKeySequence("Ctrl+Shift+Del"))
        self.clear_history_action.triggered.connect(self.converter.history.clear)

    def _build_unit_menu(self) -> None:
        unit_menu = self.menuBar().addMenu(tr("&Unit"))
        self.unit_actions: dict[MgUnit, QAction] = {}
        group = QActionGroup(self)
        for number, unit in enumerate(MgUnit, start=1):
            action = unit_menu.addAction(str(unit))
            action.setCheckable(True)
            action.setShortcut(QKeySequence(f"Alt+{number}"))
            action.triggered.connect(lambda _checked=False, u=unit: self.converter.set_unit(u))
            group.addAction(action)
            self.unit_actions[unit] = action
        unit_menu.addSeparator()
        next_unit = unit_menu.addAction(tr("&Next unit"))
        next_unit.setShortcut(QKeySequence("Ctrl+U"))
        next_unit.triggered.connect(self._next_unit)
        self.unit_actions[self.converter.unit].setChecked(True)

    def _build_patients_menu(self) -> None:
        menu = self.menuBar().addMenu(tr("&Patients"))
        for text, shortcut, method in (
            (tr("&Find patient"), QKeySequence.StandardKey.Find, "focus_search"),
            (tr("&New patient…"), QKeySequence.StandardKey.New, "new_patient"),
            (tr("&Edit patient…"), "Ctrl+Shift+I", "edit_patient"),
            (tr("&Delete patient…"), "", "delete_patient"),
            (tr("Add &result…"), "Ctrl+R", "add_result"),
            (tr("Add &medication…"), "Ctrl+M", "add_course"),
            (tr("Show or hide the patient &list"), "Ctrl+B", "toggle_list"),
            (tr("Show or hide results and medications &tables"), "Ctrl+Shift+B", "toggle_records"),
        ):
            action = menu.addAction(text)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, name=method: getattr(self.show_patients(), name)())

    @property
    def patients(self) -> PatientsView:
        """The Patients place, created on first use."""
        if self._patients is None:
            from mgdesk.ui.patients.patients_view import PatientsView

            view = PatientsView(self.session, self.profile, lambda: self.converter.unit)
            view.setObjectName("patientsView")
            view.open_database_requested.connect(self.open_database_dialog)
            view.new_database_requested.connect(self.new_database_dialog)
            layout = self.patients_host.layout()
            assert layout is not None
            layout.addWidget(view)
            view.show()
            view.restore_layout(
                {name: state for name in ("patients", "patientDetail") if (state := self.settings.layout_state(name))}
            )
            view.trend_built.connect(self._restore_trend_choices)
            self._patients = view
        return self._patients

    def show_patients(self) -> PatientsView:
        """Go to the Patients place and return it."""
        view = self.patients
        self.show_place(self.places.indexOf(self.patients_host))
        return view

    def _build_settings_and_help_menus(self) -> None:
        bar = self.menuBar()
        settings_menu = bar.addMenu(tr("&Settings"))
        choose = settings_menu.addAction(tr("Choose &lab profile…"))
        choose.setShortcut(QKeySequence("Ctrl+Shift+P"))
        choose.triggered.connect(self.choose_profile)
        reset = settings_menu.addAction(tr("Use the &default profile"))
        reset.triggered.connect(self.use_default_profile)

        help_menu = bar.addMenu(tr("&Help"))
        demo = help_menu.addAction(tr("Open the &demo clinic (synthetic patients)"))
        demo.triggered.connect(self.open_demo_clinic)
        self.guide_action = help_menu.addAction(tr("User &guide"))
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_user_guide)
        about = help_menu.addAction(tr("About the &numbers"))
        about.triggered.connect(self.show_about_numbers)
        about_mgdesk = help_menu.addAction(tr("&About mgdesk"))
        about_mgdesk.triggered.connect(self.show_about_mgdesk)
        about_qt = help_menu.addAction(tr("About &Qt"))
        about_qt.triggered.connect(lambda: QMessageBox.aboutQt(self))

    def _new_value(self) -> None:
        self.show_place(self.places.indexOf(self.converter))
        self.converter.focus_value()

    def _next_unit(self) -> None:
        units = list(MgUnit)
        self.converter.set_unit(units[(units.index(self.converter.unit) + 1) % len(units)])

    def _on_unit_changed(self, unit: MgUnit) -> None:
        self.unit_actions[unit].setChecked(True)
        self.settings.last_unit = unit

    # -- profile --------------------------------------------------------------

    def _initial_profile(self, override: Path | None) -> LabProfile:
        path = override or self.settings.profile_path
        if path is None:
            return default_profile()
        try:
            return load_profile(path)
        except ProfileError as error:
            log.warning("profile %s not usable, falling back to the default: %s", path, error)
            self._profile_problem = str(error)
            return default_profile()

    def choose_profile(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, tr("Choose a lab profile"), "", tr("Lab profiles (*.toml);;All files (*)")
        )
        if name:
            self.load_profile_file(Path(name))

    def load_profile_file(self, path: Path) -> bool:
        try:
            profile = load_profile(path)
        except ProfileError as error:
            QMessageBox.warning(
                self, tr("Profile not loaded"), tr("{error}\n\nThe profile in use is unchanged.").format(error=error)
            )
            return False
        self.settings.profile_path = path
        self._profile_problem = None
        self._set_profile(profile)
        return True

    def use_default_profile(self) -> None:
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
        self.profile_status.setText(tr("Profile: {name}").format(name=self.profile.name))
        problem = self._profile_problem
        if problem:
            self.statusBar().showMessage(
                tr("Chosen profile not usable ({problem}); using the default.").format(problem=problem)
            )

    def show_user_guide(self) -> None:
        """The short offline user guide (shipped with the program), in a window of its own."""
        from mgdesk.ui.common.guide import UserGuideDialog

        UserGuideDialog(self).open()

    def show_about_mgdesk(self) -> None:
        from mgdesk import __version__

        QMessageBox.about(
            self,
            tr("About mgdesk"),
            tr(
                "<b>mgdesk {version}</b><br>Serum magnesium for clinics that treat type 2 diabetes: exact unit "
                "conversion, classification against 0.70 mmol/L, trends over time on metformin.<br>"
                "Offline: nothing about a patient leaves this computer.<br>Licence: GPL-3.0-or-later."
            ).format(version=__version__),
        )

    def show_about_numbers(self) -> None:
        from mgdesk.ui.common.about import AboutNumbersDialog

        AboutNumbersDialog(self.profile, self).open()

    # -- clinic and demo ------------------------------------------------------

    def _mark_clinic_stale(self, *_args: object) -> None:
        self._clinic_stale = True
        if self.places.currentWidget() is self.clinic_host:
            self._refresh_clinic()

    def _on_place_changed(self, _index: int) -> None:
        if self.places.currentWidget() is self.patients_host:
            _ = self.patients  # built on first visit
        if self.places.currentWidget() is self.clinic_host and self._clinic_stale:
            self._refresh_clinic()

    def ensure_clinic(self) -> ClinicView:
        if self.clinic is None:
            from mgdesk.ui.clinic.clinic_view import ClinicView

            self.clinic = ClinicView()
            self.clinic.setObjectName("clinicView")
            self.clinic.patient_activated.connect(self.open_patient)
            self.clinic.review_requested.connect(self.review_result)
            self.clinic.waiting_changed.connect(self._show_waiting)
            self.clinic.restore_layout(
                {name: state for name in ("clinicTable", "clinic") if (state := self.settings.layout_state(name))}
            )
            layout = self.clinic_host.layout()
            assert layout is not None
            layout.addWidget(self.clinic)
            self.clinic.show()
        return self.clinic

    def _refresh_clinic(self) -> None:
        """Reload the clinic off the window's thread: the cohort plot from numeric arrays first, then the list."""
        clinic = self.ensure_clinic()
        if not self.session.is_open:
            clinic.show_no_database(self.profile, dt.date.today())
            return
        from mgdesk.services import clinic_histories, cohort_overview

        records, database = self.session.records, self.session.database
        self._clinic_stale = False
        clinic.reviews = records.live_reviews()  # one small query; the list ranks waiting results first
        clinic.load_clinic(
            lambda: cohort_overview(records, database),
            lambda: clinic_histories(records),
            self.profile,
            dt.date.today(),
        )

    def _show_waiting(self, count: int) -> None:
        """Name the number of results waiting for review in the navigation: 'Clinic (7)'."""
        index = self.places.indexOf(self.clinic_host)
        item = self.nav.item(index)
        title = tr("Clinic ({n})").format(n=count) if count else tr("Clinic")
        item.setText(f"{title}\t{self._place_keys[index]}")
        item.setToolTip(
            tr("{n} results wait for a clinician's review").format(n=count) if count else tr("Nothing waits for review")
        )

    def review_result(self, clinic_id: str, result_id: int) -> bool:
        """Ask for an optional comment and sign the result off as reviewed (undoable)."""
        comment, ok = QInputDialog.getText(
            self,
            tr("Mark reviewed"),
            tr("Sign off the latest result of {id} as reviewed by you ({user}).\nComment (optional):").format(
                id=clinic_id, user=self.session.records.os_user
            ),
        )
        if not ok:
            return False
        return self.session.run(self.session.commands.review_result(clinic_id, result_id, comment))

    def _on_reviews_changed(self) -> None:
        if self.clinic is not None and self.session.is_open:
            self.clinic.set_reviews(self.session.records.live_reviews())

    def open_patient(self, clinic_id: str) -> None:
        patient = self.session.records.patient_by_clinic_id(clinic_id) if self.session.is_open else None
        if patient is None or patient.id is None:
            return
        self.show_patients().select_patient(patient.id)

    def open_demo_clinic(self) -> bool:
        """Create (or refresh) the synthetic demo database and open it; never the user's own."""
        from mgdesk.domain.errors import MgdeskError
        from mgdesk.store import create_demo_database
        from mgdesk.ui.common.background import run_with_progress

        if self.session.is_open and _is_demo(Path(self.database_status.toolTip())):
            self.session.close()  # it is rebuilt in place: never under an open connection
        try:
            path = run_with_progress(self, tr("Building the demo clinic…"), lambda _p, _c: create_demo_database())
        except MgdeskError as error:
            QMessageBox.warning(self, tr("Demo clinic"), str(error))
            return False
        if not self.open_database(path):
            return False
        self.show_place(self.places.indexOf(self.clinic_host))
        return True

    def _trend_panel(self) -> TrendPanel | None:
        if self._patients is None or self._patients.record is None:
            QMessageBox.information(self, tr("No patient"), tr("Choose a patient first (Ctrl+2)."))
            return None
        return self.patients.ensure_trend()

    def export_plot(self) -> None:
        if (panel := self._trend_panel()) is not None:
            panel.ask_export(".png")

    def patient_report(self) -> None:
        if (panel := self._trend_panel()) is not None:
            panel.ask_report()

    def print_report(self) -> None:
        if (panel := self._trend_panel()) is not None:
            panel.ask_print()

    # -- database -------------------------------------------------------------

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
                tr(
                    "The database opened last, {path}, is not there (moved, deleted or on a drive not "
                    "connected): no database is open. Open one with File > Open database (Ctrl+O)."
                ).format(path=last)
            )
            return False
        return self.open_database(last)

    def open_user_database(self, path: Path) -> bool:
        """Open a database the user chose, and remember it for the next start (never the demo clinic)."""
        if not self.open_database(path):
            return False
        if self.session.path is not None and not _is_demo(self.session.path):
            self.settings.last_database = self.session.path.resolve()
        return True

    def _on_database_opened(self, path: str) -> None:
        demo = _is_demo(Path(path))
        name = Path(path).name  # the whole path is on hover: the status bar must leave room for messages
        self.database_status.setText(
            tr("Database: {path} (synthetic demo)").format(path=name)
            if demo
            else tr("Database: {path}").format(path=name)
        )
        self.database_status.setToolTip(path)

    def _on_database_closed(self) -> None:
        self.database_status.setText(tr("No database open"))
        self.database_status.setToolTip("")
        self.statusBar().showMessage(tr("Database closed. The converter works without one (Ctrl+1)."))
        self._mark_clinic_stale()

    def open_database_dialog(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Open a patient database"),
            self._database_folder(),
            tr("mgdesk databases (*.sqlite3 *.db);;All files (*)"),
        )
        if name and not self.open_user_database(Path(name)):
            QMessageBox.warning(self, tr("Database not opened"), self.session.last_error or "")

    def connect_server_dialog(self) -> None:
        """Ask for a clinic server, try it, keep its address and open it (File > Connect to clinic server)."""
        from mgdesk.ui.common.server_dialog import ServerDialog

        dialog = ServerDialog(self, last_address=self.settings.clinic_server)
        if dialog.exec() and dialog.address is not None:
            self.settings.clinic_server = dialog.address
            if not self.open_database(dialog.address):
                QMessageBox.warning(self, tr("Database not opened"), self.session.last_error or "")

    def new_database_dialog(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, tr("New patient database"), self._database_folder(), tr("mgdesk databases (*.sqlite3)")
        )
        if not name:
            return
        path = Path(name)
        if path.exists():
            QMessageBox.warning(
                self, tr("Database not created"), tr("{path} already exists; open it instead.").format(path=path)
            )
            return
        if not self.open_user_database(path):
            QMessageBox.warning(self, tr("Database not created"), self.session.last_error or "")

    def _database_folder(self) -> str:
        return str(self.session.path.parent) if self.session.path else ""

    def import_csv(self) -> None:
        if not self.session.is_open:
            QMessageBox.information(self, tr("No database"), tr("Open or create a patient database first."))
            return
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Import results or medications"),
            "",
            tr("CSV, HL7 v2 and FHIR files (*.csv *.txt *.tsv *.hl7 *.json *.ndjson);;All files (*)"),
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path, *, confirm: bool = True) -> str | None:
        """Preview, then import ``path``; return the summary shown (None if not imported)."""
        from mgdesk.domain.errors import ImportCancelledError, MgdeskError
        from mgdesk.ui.patients.import_dialog import (
            ImportPreview,
            import_parsed,
            report_text,
            save_rejections,
        )

        preview = ImportPreview(path, self, records=self.session.records, profile=self.profile)
        preview.reread()
        if confirm and not preview.exec():
            return None
        if preview.parsed is None:
            return None
        try:
            report = import_parsed(self, self.session.records, preview.parsed)
        except ImportCancelledError:
            QMessageBox.information(
                self, tr("Import cancelled"), tr("Nothing of {name} was stored.").format(name=path.name)
            )
            return None
        except MgdeskError as error:
            QMessageBox.warning(
                self, tr("Import failed"), tr("{error}\n\nNothing of the file was stored.").format(error=error)
            )
            return None
        rejected = list(report.rejected)
        summary = report_text(report)
        self.session.patients_changed.emit()
        self.statusBar().showMessage(summary.splitlines()[0])
        if confirm:
            box = QMessageBox(
                QMessageBox.Icon.Information, tr("Import finished"), summary, QMessageBox.StandardButton.Ok, self
            )
            save = box.addButton(tr("Save rejection report…"), QMessageBox.ButtonRole.ActionRole) if rejected else None
            box.exec()
            if save is not None and box.clickedButton() is save:
                save_rejections(self, rejected, path)
        return summary

    def export_results(self) -> None:
        self._export(medications=False)

    def export_fhir(self) -> None:
        """Write every patient (or the one open) as a FHIR R4 Bundle."""
        from mgdesk.domain.errors import MgdeskError
        from mgdesk.services import export_fhir

        if not self.session.is_open:
            QMessageBox.information(self, tr("No database"), tr("Open a patient database first."))
            return
        record = self._patients.record if self._patients is not None else None
        scope = record.patient.clinic_id if record else None
        title = tr("Export as FHIR")
        if (
            scope
            and QMessageBox.question(self, title, tr("Export only patient {id}? (No: every patient)").format(id=scope))
            != QMessageBox.StandardButton.Yes
        ):
            scope = None
        name, _ = QFileDialog.getSaveFileName(self, title, "", tr("FHIR JSON (*.json)"))
        if not name:
            return
        try:
            report = export_fhir(self.session.records, Path(name), patient=scope, profile=self.profile)
        except MgdeskError as error:
            QMessageBox.warning(self, tr("Not exported"), str(error))
            return
        self.statusBar().showMessage(
            tr("Exported {count} results as FHIR to {name}.").format(count=report.count, name=name)
        )

    def export_medications(self) -> None:
        self._export(medications=True)

    def _export(self, *, medications: bool) -> None:
        from mgdesk.domain.errors import MgdeskError
        from mgdesk.services import export_csv

        if not self.session.is_open:
            QMessageBox.information(self, tr("No database"), tr("Open a patient database first."))
            return
        record = self._patients.record if self._patients is not None else None
        scope = record.patient.clinic_id if record else None
        title = tr("Export medications") if medications else tr("Export results")
        if (
            scope
            and QMessageBox.question(self, title, tr("Export only patient {id}? (No: every patient)").format(id=scope))
            != QMessageBox.StandardButton.Yes
        ):
            scope = None
        name, _ = QFileDialog.getSaveFileName(self, title, "", tr("CSV (*.csv)"))
        if not name:
            return
        try:
            export_csv(self.session.records, Path(name), patient=scope, medications=medications)
        except MgdeskError as error:
            QMessageBox.warning(self, tr("Not exported"), str(error))
            return
        self.statusBar().showMessage(tr("Exported to {name}.").format(name=name))

    # -- lifecycle ------------------------------------------------------------

    def _restore_trend_choices(self, panel: TrendPanel) -> None:
        """Give a new trend panel the unit and time axis used last, and remember changes."""
        from mgdesk.ui.plots.trend_data import TimeAxis

        units = tuple(u.value for u in DISPLAY_UNITS)
        axes = tuple(a.value for a in TimeAxis)
        panel.set_unit(MgUnit(self.settings.choice("plot/unit", units)))
        panel.set_axis(TimeAxis(self.settings.choice("plot/axis", axes)))
        panel.unit_changed.connect(lambda unit: self.settings.set_choice("plot/unit", unit.value, units))
        panel.axis_changed.connect(lambda axis: self.settings.set_choice("plot/axis", axis.value, axes))

    def save_layout(self) -> None:
        """Write the splitters' and tables' states to the settings."""
        if self._patients is not None:
            for name, state in self._patients.save_layout().items():
                self.settings.set_layout_state(name, state)
        if self.clinic is not None:
            for name, state in self.clinic.save_layout().items():
                self.settings.set_layout_state(name, state)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.save_layout()
        self.settings.geometry = self.saveGeometry()
        self.settings.sync()
        self.session.close()
        super().closeEvent(event)

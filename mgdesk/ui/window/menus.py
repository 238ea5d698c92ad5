"""The window's menus: every action with its shortcut, one owner per shortcut.

Each action sits in a menu with its shortcut shown (README, "Using it");
standard keys (undo, redo, print, find, new, close, help) come from
``QKeySequence.StandardKey`` so each platform gets its own.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from mgdesk.domain.units import MgUnit

if TYPE_CHECKING:
    from mgdesk.ui.common.settings import Settings
    from mgdesk.ui.converter.converter_view import ConverterView
    from mgdesk.ui.patients.patients_view import PatientsView
    from mgdesk.ui.patients.records_session import RecordsSession
    from mgdesk.ui.window.places import PlaceStack


def tr(text: str) -> str:
    return QCoreApplication.translate("main", text)


if TYPE_CHECKING:  # the mixin is only ever a base of MainWindow, a QMainWindow
    _Base = QMainWindow
else:
    _Base = object


class Menus(_Base):
    """Builds the menu bar; the slots it connects live in the window and its other parts."""

    settings: Settings
    session: RecordsSession
    converter: ConverterView
    places: PlaceStack
    view_menu: QMenu
    unit_actions: dict[MgUnit, QAction]

    # Slots of the other parts of the window (see MainWindow's bases).
    if TYPE_CHECKING:  # provided by the other bases of MainWindow

        def show_place(self, index: int) -> None: ...
        def show_patients(self) -> PatientsView: ...
        def open_database_dialog(self) -> None: ...
        def new_database_dialog(self) -> None: ...
        def connect_server_dialog(self) -> None: ...
        def copy_to_server_dialog(
            self, address: str | None = None, *, confirm: bool = True, merge: bool = False
        ) -> str | None: ...
        def import_csv(self) -> None: ...
        def export_results(self) -> None: ...
        def export_fhir(self) -> None: ...
        def export_medications(self) -> None: ...
        def export_plot(self) -> None: ...
        def patient_report(self) -> None: ...
        def print_report(self) -> None: ...
        def choose_profile(self) -> None: ...
        def use_default_profile(self) -> None: ...
        def open_demo_clinic(self) -> bool: ...
        def show_user_guide(self) -> None: ...
        def show_about_numbers(self) -> None: ...
        def show_about_mgdesk(self) -> None: ...

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
            (
                QCoreApplication.translate("main", "Cop&y this database to the clinic server…"),
                "",
                lambda: self.copy_to_server_dialog(),  # noqa: PLW0108 - the action's "checked" must not become the address
            ),
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

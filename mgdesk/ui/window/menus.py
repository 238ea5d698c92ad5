"""The window's menus: every action with its shortcut, one owner per shortcut.

Each action sits in a menu with its shortcut shown (README, "Using it");
standard keys (undo, redo, print, find, new, close, help) come from
``QKeySequence.StandardKey`` so each platform gets its own.  The window's
first frame shows the menu bar's titles (``_build_menu_titles``); the
actions are added right after it (``_build_menus``), and Qt's message box
is imported only where a menu opens one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMenu

from mgdesk.domain.units import MgUnit
from mgdesk.ui.common.i18n import LANGUAGE_NAMES, SYSTEM

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QMessageBox

    from mgdesk.ui.common.settings import Settings
    from mgdesk.ui.converter.converter_view import ConverterView
    from mgdesk.ui.patients.patients_view import PatientsView
    from mgdesk.ui.patients.records_session import RecordsSession
    from mgdesk.ui.window.places import PlaceStack


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
    file_menu: QMenu
    edit_menu: QMenu
    unit_menu: QMenu
    patients_menu: QMenu
    view_menu: QMenu
    settings_menu: QMenu
    help_menu: QMenu
    unit_actions: dict[MgUnit, QAction]
    _finished: bool

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

    def _build_menu_titles(self) -> None:
        """The menu bar with every menu's title, as the first frame shows it; ``_build_menus`` fills them."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu(QCoreApplication.translate("main", "&File"))
        self.edit_menu = bar.addMenu(QCoreApplication.translate("main", "&Edit"))
        self.unit_menu = bar.addMenu(QCoreApplication.translate("main", "&Unit"))
        self.patients_menu = bar.addMenu(QCoreApplication.translate("main", "&Patients"))
        self.view_menu = bar.addMenu(QCoreApplication.translate("main", "&View"))
        self.settings_menu = bar.addMenu(QCoreApplication.translate("main", "&Settings"))
        self.help_menu = bar.addMenu(QCoreApplication.translate("main", "&Help"))

    def _build_menus(self) -> None:
        """Every menu's actions and shortcuts (after the first frame: Qt's action and key classes wait for it)."""
        self._build_file_and_edit_menus()
        self._build_unit_menu()
        self._build_patients_menu()
        self._build_settings_and_help_menus()

    def _build_file_and_edit_menus(self) -> None:
        from PySide6.QtCore import Qt  # after the first frame (README, "Measured")
        from PySide6.QtGui import QKeySequence

        file_menu = self.file_menu
        for text, shortcut, slot in (
            (QCoreApplication.translate("main", "&Open database…"), "Ctrl+O", self.open_database_dialog),
            (QCoreApplication.translate("main", "&New database…"), "Ctrl+Shift+N", self.new_database_dialog),
            (QCoreApplication.translate("main", "Connect to clinic &server…"), "", self.connect_server_dialog),
            (
                QCoreApplication.translate("main", "Cop&y this database to the clinic server…"),
                "",
                lambda: self.copy_to_server_dialog(),  # noqa: PLW0108 - the action's "checked" must not become the address
            ),
            (QCoreApplication.translate("main", "&Import…"), "Ctrl+I", self.import_csv),
            (QCoreApplication.translate("main", "&Export results…"), "Ctrl+E", self.export_results),
            (QCoreApplication.translate("main", "Export as &FHIR…"), "", self.export_fhir),
            (QCoreApplication.translate("main", "Export &medications…"), "Ctrl+Shift+E", self.export_medications),
            (QCoreApplication.translate("main", "Export p&lot…"), "", self.export_plot),
            (QCoreApplication.translate("main", "Patient &report (PDF)…"), "", self.patient_report),
            (
                QCoreApplication.translate("main", "&Print patient report…"),
                QKeySequence.StandardKey.Print,
                self.print_report,
            ),
        ):
            action = file_menu.addAction(text)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
        file_menu.addSeparator()
        self.close_database_action = file_menu.addAction(QCoreApplication.translate("main", "&Close database"))
        self.close_database_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Close))
        self.close_database_action.triggered.connect(self.session.close_database)
        file_menu.addSeparator()
        self.quit_action = file_menu.addAction(QCoreApplication.translate("main", "&Quit"))
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))  # the Quit standard key is empty on some platforms
        self.quit_action.triggered.connect(self.close)

        edit = self.edit_menu
        self.undo_action = self.session.undo_stack.createUndoAction(self, QCoreApplication.translate("main", "&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.session.undo_stack.createRedoAction(self, QCoreApplication.translate("main", "&Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)  # Ctrl+Y on Windows
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        self.copy_note_action = edit.addAction(QCoreApplication.translate("main", "&Copy for clinical note"))
        self.copy_note_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_note_action.triggered.connect(self.converter.copy_note)
        self.commit_action = edit.addAction(QCoreApplication.translate("main", "&Keep in history"))
        self.commit_action.setShortcut(QKeySequence("Return"))
        self.commit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # shown; Enter in the field
        self.commit_action.triggered.connect(self.converter.commit)
        self.clear_value_action = edit.addAction(QCoreApplication.translate("main", "Clear &value"))
        self.clear_value_action.setShortcut(QKeySequence("Esc"))
        self.clear_value_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # handled by the field
        self.clear_value_action.triggered.connect(self.converter.value_edit.clear)
        self.focus_value_action = edit.addAction(QCoreApplication.translate("main", "&Enter a new value"))
        self.focus_value_action.setShortcut(QKeySequence("Ctrl+L"))
        self.focus_value_action.triggered.connect(self._new_value)
        edit.addSeparator()
        self.clear_history_action = edit.addAction(QCoreApplication.translate("main", "Clear this session's &history"))
        self.clear_history_action.setShortcut(QKeySequence("Ctrl+Shift+Del"))
        self.clear_history_action.triggered.connect(self.converter.clear_history)

    def _build_unit_menu(self) -> None:
        from PySide6.QtGui import QActionGroup, QKeySequence

        unit_menu = self.unit_menu
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
        next_unit = unit_menu.addAction(QCoreApplication.translate("main", "&Next unit"))
        next_unit.setShortcut(QKeySequence("Ctrl+U"))
        next_unit.triggered.connect(self._next_unit)
        self.unit_actions[self.converter.unit].setChecked(True)

    def _build_patients_menu(self) -> None:
        from PySide6.QtGui import QKeySequence

        menu = self.patients_menu
        for text, shortcut, method in (
            (QCoreApplication.translate("main", "&Find patient"), QKeySequence.StandardKey.Find, "focus_search"),
            (QCoreApplication.translate("main", "&New patient…"), QKeySequence.StandardKey.New, "new_patient"),
            (QCoreApplication.translate("main", "&Edit patient…"), "Ctrl+Shift+I", "edit_patient"),
            (QCoreApplication.translate("main", "&Delete patient…"), "", "delete_patient"),
            (QCoreApplication.translate("main", "Add &result…"), "Ctrl+R", "add_result"),
            (QCoreApplication.translate("main", "Add &medication…"), "Ctrl+M", "add_course"),
            (QCoreApplication.translate("main", "Show or hide the patient &list"), "Ctrl+B", "toggle_list"),
            (
                QCoreApplication.translate("main", "Show or hide results and medications &tables"),
                "Ctrl+Shift+B",
                "toggle_records",
            ),
        ):
            action = menu.addAction(text)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _checked=False, name=method: getattr(self.show_patients(), name)())

    def _build_settings_and_help_menus(self) -> None:
        from PySide6.QtGui import QKeySequence
        from PySide6.QtWidgets import QMessageBox

        settings_menu = self.settings_menu
        choose = settings_menu.addAction(QCoreApplication.translate("main", "Choose lab &profile…"))
        choose.setShortcut(QKeySequence("Ctrl+Shift+P"))
        choose.triggered.connect(self.choose_profile)
        reset = settings_menu.addAction(QCoreApplication.translate("main", "Use the &default profile"))
        reset.triggered.connect(self.use_default_profile)
        settings_menu.addSeparator()
        self._build_language_menu(settings_menu.addMenu(QCoreApplication.translate("main", "&Language")))

        help_menu = self.help_menu
        demo = help_menu.addAction(QCoreApplication.translate("main", "Open the &demo clinic (synthetic patients)"))
        demo.triggered.connect(self.open_demo_clinic)
        self.guide_action = help_menu.addAction(QCoreApplication.translate("main", "User &guide"))
        self.guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.guide_action.triggered.connect(self.show_user_guide)
        about = help_menu.addAction(QCoreApplication.translate("main", "About the &numbers"))
        about.triggered.connect(self.show_about_numbers)
        about_mgdesk = help_menu.addAction(QCoreApplication.translate("main", "&About mgdesk"))
        about_mgdesk.triggered.connect(self.show_about_mgdesk)
        about_qt = help_menu.addAction(QCoreApplication.translate("main", "About &Qt"))
        about_qt.triggered.connect(lambda: QMessageBox.aboutQt(self))

    def _build_language_menu(self, menu: QMenu) -> None:
        """The system's language or one of mgdesk's, each named in its own language; applies at the next start."""
        from PySide6.QtGui import QActionGroup

        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        choices = [(SYSTEM, QCoreApplication.translate("main", "System default")), *LANGUAGE_NAMES.items()]
        for code, name in choices:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            self.language_actions[code] = action
        self.language_actions[self.settings.language].setChecked(True)

    def choose_language(self, code: str) -> QMessageBox | None:
        """Keep the language for the next start and say so (the window is not rebuilt while in use)."""
        from PySide6.QtWidgets import QMessageBox

        if code == self.settings.language:
            return None
        self.settings.language = code
        self.language_actions[code].setChecked(True)
        note = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("main", "Language"),
            QCoreApplication.translate("main", "The new language applies when mgdesk starts again."),
            QMessageBox.StandardButton.Ok,
            self,
        )
        note.setObjectName("languageRestartNote")
        from PySide6.QtCore import Qt

        note.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        note.open()
        self.statusBar().showMessage(
            QCoreApplication.translate("main", "The new language applies when mgdesk starts again.")
        )
        return note

    def _new_value(self) -> None:
        self.show_place(self.places.indexOf(self.converter))
        self.converter.focus_value()

    def _next_unit(self) -> None:
        units = list(MgUnit)
        self.converter.set_unit(units[(units.index(self.converter.unit) + 1) % len(units)])

    def _on_unit_changed(self, unit: MgUnit) -> None:
        if self._finished:  # else the Unit menu checks the unit in use when it is filled
            self.unit_actions[unit].setChecked(True)
        self.settings.last_unit = unit

"""Keyboard: one owner per shortcut, standard keys, Delete on tables, Tab out of tables, F1 and --help."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QInputDialog, QTableView
from pytestqt.qtbot import QtBot

from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.records import MagnesiumResult, Patient
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.window import MainWindow

WINDOW_WIDE = (Qt.ShortcutContext.WindowShortcut, Qt.ShortcutContext.ApplicationShortcut)


@pytest.fixture
def clinic(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    assert window.open_database(tmp_path / "clinic.sqlite3")
    window.show_patients()
    return window


def test_no_shortcut_is_bound_twice(clinic: MainWindow) -> None:
    """Walk every action of the window (menus, places, tables): a key has one owner in each scope."""
    clinic.ensure_clinic()
    owners: dict[tuple[str, int], list[str]] = defaultdict(list)
    for action in clinic.findChildren(QAction):
        for key in action.shortcuts():
            if key.isEmpty():
                continue
            context = action.shortcutContext()
            scope = 0 if context in WINDOW_WIDE else id(action.parent())
            owners[(key.toString(), scope)].append(action.text())
    # Buttons with a key of their own (not an Alt mnemonic) own it window-wide: the Print button once did.
    for button in clinic.findChildren(QAbstractButton):
        key = button.shortcut().toString()
        if key and not key.startswith("Alt+"):
            owners[(key, 0)].append(button.text())
    doubled = {key: texts for key, texts in owners.items() if len(texts) > 1}
    assert doubled == {}
    # Widget-scoped keys never shadow a window-wide one either.
    window_keys = {key for key, scope in owners if scope == 0}
    assert not [key for key, scope in owners if scope != 0 and key in window_keys]


def test_standard_keys_and_ctrl_p_reaches_print(
    clinic: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert clinic.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert clinic.redo_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    # An ambiguous key (bound twice, as Ctrl+P was) triggers nothing; a key with one owner triggers it.
    printed: list[bool] = []
    print_action = next(a for a in clinic.findChildren(QAction) if a.text() == "&Print patient report…")
    print_action.triggered.disconnect()
    print_action.triggered.connect(lambda: printed.append(True))
    clinic.activateWindow()
    qtbot.keyClick(clinic, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == [True]


def test_delete_key_deletes_the_selected_result_after_asking(
    clinic: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = clinic.session
    assert session.run(session.commands.add_patient(Patient("K-001")))
    patient = session.records.patient_by_clinic_id("K-001")
    assert patient is not None
    assert patient.id is not None
    measurement = parse_measurement("0.80 mmol/L")
    assert session.run(
        session.commands.add_result(patient.id, MagnesiumResult(dt.date(2026, 1, 2), measurement, "mmol/L"))
    )
    view = clinic.patients
    view.set_records_shown(True)
    table: QTableView = view.results_view
    table.selectRow(0)
    table.setFocus()
    asked: list[str] = []

    def answer(*args: object, **_kwargs: object) -> tuple[str, bool]:
        asked.append(str(args[2]))
        return ("duplicate entry", True)

    monkeypatch.setattr(QInputDialog, "getText", answer)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert asked
    assert "Reason" in asked[0]
    assert view.results.rowCount() == 0
    clinic.undo_action.trigger()
    assert view.results.rowCount() == 1
    assert [a.text() for a in table.actions()][:3] == ["&Edit…", "&Delete…", "&Copy row"]


def test_tab_leaves_tables(clinic: MainWindow) -> None:
    view = clinic.patients
    for table in (view.list_view, view.results_view, view.courses_view, clinic.ensure_clinic().table):
        assert not table.tabKeyNavigation()


def test_f1_opens_the_user_guide_and_about_is_in_help(clinic: MainWindow, qtbot: QtBot) -> None:
    assert clinic.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    clinic.guide_action.trigger()
    guides = [
        w for w in QApplication.topLevelWidgets() if w.objectName() == "" and w.windowTitle() == "mgdesk user guide"
    ]
    assert guides
    text = guides[-1].browser.toPlainText()  # type: ignore[attr-defined]
    assert "Mark reviewed" in text
    assert "0.70 mmol/L" in text
    guides[-1].close()
    help_texts = [a.text() for a in clinic.findChildren(QAction)]
    assert "&About mgdesk" in help_texts
    assert "About the &numbers" in help_texts


def test_help_lists_the_window_options() -> None:
    done = subprocess.run([sys.executable, "-m", "mgdesk", "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 0
    for option in ("--db", "--demo", "--profile", "convert"):
        assert option in done.stdout


def test_window_icon_and_desktop_file_name(clinic: MainWindow) -> None:
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.desktopFileName() == "mgdesk"
    assert not QApplication.windowIcon().isNull()
    assert not clinic.windowIcon().isNull()

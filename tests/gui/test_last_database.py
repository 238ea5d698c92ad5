"""The database the user opened last is opened again at the next start; a missing one is never created."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from mgdesk.store import default_database_path
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.window import MainWindow


def new_window(qtbot: QtBot) -> MainWindow:
    main = MainWindow(Settings())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main


def restart(qtbot: QtBot, main: MainWindow) -> MainWindow:
    main.close()  # writes and syncs the settings, closes the database
    return new_window(qtbot)


def test_the_database_the_user_opened_is_opened_again(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "clinic.sqlite3"
    main = new_window(qtbot)
    assert main.open_user_database(path)
    assert Settings().last_database == path.resolve()
    again = restart(qtbot, main)
    assert again.open_start_database(None)
    assert again.session.path == path.resolve()
    assert "clinic.sqlite3" in again.database_status.text()
    assert not default_database_path().exists()  # the default one was not opened instead


def test_the_demo_clinic_is_never_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "mine.sqlite3"
    main = new_window(qtbot)
    assert main.open_user_database(path)
    assert main.open_demo_clinic()
    assert Settings().last_database == path.resolve()
    demo = main.session.path
    assert demo is not None
    assert main.open_user_database(demo)  # the demo file chosen by hand in File > Open
    assert Settings().last_database == path.resolve()
    again = restart(qtbot, main)
    assert again.open_start_database(None)
    assert again.session.path == path.resolve()


def test_a_missing_last_database_is_not_created_and_the_status_bar_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "moved.sqlite3"
    main = new_window(qtbot)
    assert main.open_user_database(path)
    again = restart(qtbot, main)
    path.unlink()
    assert not again.open_start_database(None)
    assert not path.exists()
    assert not again.session.is_open
    assert not default_database_path().exists()
    message = again.statusBar().currentMessage()
    assert str(path.resolve()) in message
    assert "no database is open" in message
    assert again.database_status.text() == "No database open"
    assert Settings().last_database == path.resolve()  # kept: the drive may only be disconnected


def test_with_nothing_remembered_the_default_database_opens(qtbot: QtBot) -> None:
    main = new_window(qtbot)
    assert Settings().last_database is None
    assert main.open_start_database(None)
    assert main.session.path == default_database_path()
    assert Settings().last_database is None  # the default is not a choice to remember


def test_a_database_given_with_db_is_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "given.sqlite3"
    main = new_window(qtbot)
    assert main.open_start_database(path)
    assert Settings().last_database == path.resolve()


def test_close_database_empties_patients_and_clinic(qtbot: QtBot, tmp_path: Path) -> None:
    from PySide6.QtGui import QKeySequence

    main = new_window(qtbot)
    assert main.open_demo_clinic()
    clinic = main.ensure_clinic()
    qtbot.waitUntil(lambda: clinic.model.rowCount() > 0, timeout=20_000)
    patients = main.show_patients()
    assert patients.patients.rowCount() > 0
    action = main.close_database_action
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Close)
    main.show_place(main.places.indexOf(main.clinic_host))
    action.trigger()
    assert not main.session.is_open
    assert main.database_status.text() == "No database open"
    assert "Database closed" in main.statusBar().currentMessage()
    qtbot.waitUntil(lambda: clinic.model.rowCount() == 0, timeout=20_000)
    assert "No database open" in clinic.count_label.text()
    assert patients.patients.rowCount() == 0
    assert patients.pages.currentIndex() == 0
    assert "No database is open" in patients.closed_label.text()
    action.trigger()  # closing again is harmless
    assert main.open_user_database(tmp_path / "next.sqlite3")  # and a database opens again afterwards
    assert patients.pages.currentIndex() == 1

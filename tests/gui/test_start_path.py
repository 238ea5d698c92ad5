"""The window's start: what its first frame does without, and that the window is whole a moment later.

The first paint of a usable converter waits for nothing it does not show
(README, "Measured"): these tests keep the heavy libraries, the lab profile,
the records session, the command line and Qt's ``Qt`` namespace off that
path, and check that the window started that way has every menu, shortcut,
place and status-bar part right after its first frame, and converts a value
typed before they arrive.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from PySide6.QtCore import QLocale, QPoint, QRect, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mgdesk.domain.units import MgUnit
from mgdesk.ui.common.first_paint import FirstPaint
from mgdesk.ui.common.i18n import LANGUAGES, RIGHT_TO_LEFT
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.window import MainWindow

# Loaded after the first paint: pint (~0.3 s), SQLAlchemy (~0.4 s), numpy and pyqtgraph (~0.7 s), the
# lab profile (tomllib), classification and its sentences, the records session, the command line.
AFTER_THE_FIRST_PAINT = (
    "decimal",
    "mgdesk.domain.errors",
    "pint",
    "sqlalchemy",
    "alembic",
    "psycopg",
    "numpy",
    "pyqtgraph",
    "tomllib",
    "mgdesk.domain.profile",
    "mgdesk.domain.classify",
    "mgdesk.domain.measurement",
    "mgdesk.ui.common.messages",
    "mgdesk.ui.common.class_style",
    "mgdesk.ui.patients.records_session",
    "mgdesk.ui.window.place_list",
    "mgdesk.cli",
    "mgdesk.store",
    "mgdesk.services",
)


def test_the_window_modules_import_none_of_what_waits_for_the_first_paint() -> None:
    code = (
        "import sys; import mgdesk.app, mgdesk.window_options, mgdesk.ui.window, mgdesk.ui.common.look;"
        f"print([m for m in {AFTER_THE_FIRST_PAINT!r} if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_real_start_paints_the_converter_before_the_rest() -> None:
    # The real program (mgdesk --smoke-test), observed at its first paint: the first thing it does
    # then is install the log file and crash reporter, so that is where the modules are listed.
    code = f"""
import json, sys
import PySide6.QtCore as QtCore
import PySide6.QtWidgets as QtWidgets
import mgdesk.app as app
seen = {{}}
install = app._install_log_and_crash_reporter
def at_first_paint():
    seen["loaded"] = [m for m in {AFTER_THE_FIRST_PAINT!r} if m in sys.modules]
    seen["qt_namespace"] = "Qt" in QtCore.__dict__
    seen["dialogs_built"] = [name for name in ("QFileDialog", "QMessageBox") if name in QtWidgets.__dict__]
    seen["style_sheet"] = QtWidgets.QApplication.instance().styleSheet()
    install()
app._install_log_and_crash_reporter = at_first_paint
status = app.main(["--smoke-test"])
print(json.dumps({{"status": status, **seen}}))
"""
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env.update(QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False, env=env)
    report = json.loads(done.stdout.strip().splitlines()[-1])
    # In a left-to-right language even Qt's Qt namespace (~15 ms of CPU to build its enums) waits, and
    # so do the file and message dialogs' classes; no style sheet puts the frame through Qt's CSS engine.
    expected = {"status": 0, "loaded": [], "qt_namespace": False, "dialogs_built": [], "style_sheet": ""}
    assert report == expected, done.stdout + done.stderr


def test_a_window_started_later_is_whole_right_after_its_first_paint(qtbot: QtBot) -> None:
    window = MainWindow(Settings(), finish_later=True)
    qtbot.addWidget(window)
    menus = [window.file_menu, window.edit_menu, window.unit_menu, window.patients_menu]
    menus += [window.view_menu, window.settings_menu, window.help_menu]
    # The first frame: every menu's title, every place's title, the converter and the status bar.
    assert [menu.title() for menu in menus] == [
        "&File",
        "&Edit",
        "&Unit",
        "&Patients",
        "&View",
        "&Settings",
        "&Help",
    ]
    assert all(not menu.actions() for menu in menus)
    assert [window.nav.item(row).text() for row in range(window.nav.count())] == ["Converter", "Patients", "Clinic"]
    width = window.nav.width()
    assert window.database_status.text() == "No database open"
    assert not hasattr(window, "session")
    converter = window.converter
    parts: list[QWidget] = [window.menuBar(), window.nav, window.statusBar(), window.database_status]
    parts += [converter.value_edit, converter.unit_combo, converter.card, converter.copy_button]
    parts += [converter.clear_history_button]

    def places() -> list[QRect]:
        return [QRect(part.mapTo(window, QPoint(0, 0)), part.size()) for part in parts]

    at_first_paint: list[list[QRect]] = []
    # Made after the window's own watcher, so it sees the first frame before the rest is built.
    FirstPaint(converter.value_edit).painted.connect(lambda: at_first_paint.append(places()))
    with qtbot.waitSignal(window.started, timeout=10_000):
        window.show()
    qtbot.wait(50)  # the layout settles after the last part arrives
    assert at_first_paint == [places()]  # nothing the first frame showed has moved
    # A moment later: the actions with their shortcuts, the places' shortcuts, the session, the profile.
    assert all(menu.actions() for menu in menus)
    shortcuts = {action.shortcut().toString() for menu in menus for action in menu.actions()}
    assert {"Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+O", "Ctrl+L", "Ctrl+Shift+C", "Alt+3", "Ctrl+Q"} <= shortcuts
    assert QKeySequence(QKeySequence.StandardKey.HelpContents).toString() in shortcuts
    assert [window.nav.item(row).text() for row in range(window.nav.count())] == [
        "Converter\tCtrl+1",
        "Patients\tCtrl+2",
        "Clinic\tCtrl+3",
    ]
    assert window.nav.width() == width  # the converter beside the list has not moved
    assert window.session is not None
    assert window.profile_status.text() == "Profile: mgdesk default (adult serum)"
    assert "0.70 mmol/L" in window.converter.threshold_label.text()
    qtbot.keyClick(window.converter.value_edit, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.places.currentWidget() is window.patients_host
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.places.currentWidget() is window.converter


def test_a_value_typed_before_the_rest_of_the_window_converts(qtbot: QtBot) -> None:
    window = MainWindow(Settings(), finish_later=True)
    qtbot.addWidget(window)
    window.show()
    converter = window.converter
    qtbot.keyClicks(converter.value_edit, "1,8 mmol/L")  # before the first paint's events are handled
    assert converter.value_labels[MgUnit.MG_DL].text() == "4.4"
    assert converter.unit is MgUnit.MMOL_L
    with qtbot.waitSignal(window.started, timeout=10_000):
        pass
    assert window.unit_actions[MgUnit.MMOL_L].isChecked()  # the Unit menu, filled later, agrees
    assert converter.profile is window.profile
    assert converter.value_labels[MgUnit.MG_DL].text() == "4.4"


def test_right_to_left_languages_are_those_qt_writes_right_to_left() -> None:
    for code in LANGUAGES:
        mirrored = QLocale(code).textDirection() is Qt.LayoutDirection.RightToLeft
        assert (code in RIGHT_TO_LEFT) is mirrored, code

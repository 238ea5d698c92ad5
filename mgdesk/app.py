"""The composition root: start Qt, register the font, build and show the window.

``mgdesk`` with no sub-command lands here.  The window is shown before
anything it does not need yet is imported (no pyqtgraph on this path); the
window's menus' actions, the records session and the lab profile
(``MainWindow.finish_start``), the conversion machinery, the log file and
crash reporter, the Patients place and the database wait for the
converter's first paint (``FirstPaint``; README, "Measured").
``--smoke-test`` starts the real application, types a value into the real
widgets, checks the converted text and prints one JSON line; the installers
run it on the installed program.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from mgdesk import __version__

SMOKE_INPUT = "1,8"
SMOKE_UNIT = "mg/dL"
SMOKE_EXPECTED_MMOL = "0.74"


def _parse_args(argv: Sequence[str]) -> argparse.Namespace:
    from mgdesk.window_options import add_window_options

    parser = argparse.ArgumentParser(prog="mgdesk", description="Open the mgdesk window.")
    add_window_options(parser)
    parser.add_argument("--version", action="version", version=f"mgdesk {__version__}")
    return parser.parse_args(list(argv))


def _headless() -> bool:
    return sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] = ()) -> int:
    """Run the window (or the smoke test); return the exit status."""
    args = _parse_args(argv)
    if args.smoke_test and _headless():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if _headless() and not os.environ.get("QT_QPA_PLATFORM"):
        print(
            "mgdesk: no display found (DISPLAY and WAYLAND_DISPLAY are unset). Start mgdesk from a desktop "
            "session; the command line works anywhere (mgdesk convert 1.8 mg/dL).",
            file=sys.stderr,
        )
        return 2
    if args.smoke_test:
        try:
            return _run(args)
        except Exception as error:  # the smoke test reports any failure as JSON
            import json

            print(json.dumps({"ok": False, "error": f"{type(error).__name__}: {error}"}))
            return 1
    return _run(args)


def _run(args: argparse.Namespace) -> int:
    from mgdesk.ui.common.import_check import speed_up

    speed_up()  # first: every import after Qt's costs half as much (its docstring)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from mgdesk.ui.common.first_paint import FirstPaint
    from mgdesk.ui.common.i18n import install_language
    from mgdesk.ui.common.look import configure_application, name_application, set_application_icon
    from mgdesk.ui.common.settings import Settings
    from mgdesk.ui.window import MainWindow

    name_application()
    app = QApplication.instance() or QApplication(["mgdesk"])
    assert isinstance(app, QApplication)
    configure_application(app, icon=False)  # the icon waits for the first frame
    settings = Settings()
    install_language(app, settings.language)  # before any widget: the language applies at start only
    # The window's first frame: menu titles, places list, converter, status bar;
    # the rest of it is built right after that frame is painted.
    window = MainWindow(settings, profile_override=args.profile, finish_later=True)
    first_paint = FirstPaint(window.converter.value_edit)  # watches first: notes the time before any later work
    # The log file (a private folder to create) and the crash reporter are
    # installed in the first event after the converter's first paint.
    first_paint.painted.connect(_install_log_and_crash_reporter)
    first_paint.painted.connect(lambda: set_application_icon(app))
    window.show()
    if args.smoke_test:
        return _smoke_test(app, window, first_paint)
    # Once the window is complete (its menus, then the converter's tables): the
    # Patients place, then the database (SQLAlchemy, migrations).
    window.started.connect(lambda: QTimer.singleShot(0, lambda: window.patients))
    if args.demo:
        window.started.connect(lambda: QTimer.singleShot(0, window.open_demo_clinic))
    else:
        window.started.connect(lambda: QTimer.singleShot(0, lambda: window.open_start_database(args.db)))
    return app.exec()


def _install_log_and_crash_reporter() -> None:
    """Qt's warnings and unhandled errors to the log file; the first error shown once."""
    from mgdesk.ui.common.crash import CrashReporter, install_qt_message_log, setup_logging

    install_qt_message_log()
    CrashReporter(setup_logging()).install()


def _smoke_test(app: object, window: object, first_paint: object) -> int:
    # Only what waiting for the first paint needs is imported before it, so
    # that startup_ms counts what a user's start does, not the test's tools.
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    from mgdesk.ui.common.first_paint import FirstPaint
    from mgdesk.ui.window import MainWindow

    assert isinstance(window, MainWindow)
    assert isinstance(app, QApplication)
    assert isinstance(first_paint, FirstPaint)
    converter = window.converter
    # startup_ms: process start to the first paint of the converter with the
    # value field focused, ready for typing (the typing below then converts).
    deadline = QDeadlineTimer(10_000)
    while first_paint.at_ms is None and not deadline.hasExpired():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    import json
    import platform

    from PySide6.QtCore import Qt, qVersion
    from PySide6.QtTest import QTest

    from mgdesk.domain.units import MgUnit

    if first_paint.at_ms is None or window.focusWidget() is not converter.value_edit:
        print(json.dumps({"ok": False, "error": "the converter was not painted with the value field focused"}))
        return 1
    startup_ms = first_paint.at_ms
    QTest.keyClicks(converter.value_edit, f"{SMOKE_INPUT} {SMOKE_UNIT}")
    QTest.keyClick(converter.value_edit, Qt.Key.Key_Return)
    app.processEvents()
    shown = converter.value_labels[MgUnit.MMOL_L].text().replace(",", ".")
    ok = shown == SMOKE_EXPECTED_MMOL and converter.unit is MgUnit.MG_DL
    report: dict[str, object] = {
        "ok": ok,
        "startup_ms": round(startup_ms, 1),
        "python": platform.python_version(),
        "qt": qVersion(),
    }
    if not ok:
        report = {"ok": False, "error": f"typed {SMOKE_INPUT} {SMOKE_UNIT}, window shows {shown!r} mmol/L"}
    window.settings.sync()
    window.hide()
    print(json.dumps(report))
    return 0 if ok else 1

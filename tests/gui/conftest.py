"""Fixtures for the window tests: a fresh main window on isolated settings."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QSettings, QStandardPaths
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from mgdesk.ui.common.i18n import install_language
from mgdesk.ui.common.look import configure_application, name_application
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.window import MainWindow


@pytest.fixture(autouse=True)
def qt_test_paths(isolated_user_folders: Path) -> None:
    """Point Qt at this test's temporary home.

    QSettings caches its folder for the life of the process, so it is set
    again for every test; standard locations go to Qt's test mode under the
    temporary home.
    """
    QStandardPaths.setTestModeEnabled(True)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(isolated_user_folders / ".config" / scope.name))


ROOT = Path(__file__).resolve().parents[2]


def build_catalogues() -> None:
    """Compile the .ts catalogues when a .qm is missing or older (a fresh checkout, or a changed .ts)."""
    folder = ROOT / "resources" / "translations"
    stale = [
        ts
        for ts in folder.glob("*.ts")
        if not (qm := ts.with_suffix(".qm")).exists() or qm.stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        subprocess.run([sys.executable, str(ROOT / "packaging" / "translations.py"), "build"], check=True)


def use_english(app: QApplication) -> None:
    """English, with numbers and dates in the C locale (ISO dates) whatever the machine's locale is."""
    install_language(app, "en")
    QLocale.setDefault(QLocale.c())


@pytest.fixture(scope="session", autouse=True)
def configured_application(qapp: QApplication) -> QApplication:
    """The application as mgdesk configures it: name, font, style, and English (the source language)."""
    build_catalogues()
    name_application()
    configure_application(qapp)
    use_english(qapp)
    return qapp


@pytest.fixture
def window(qtbot: QtBot) -> MainWindow:
    main = MainWindow(Settings())
    qtbot.addWidget(main)
    with qtbot.waitSignal(main.started):  # the band and history tables fill in after the first paint
        main.show()
    qtbot.waitExposed(main)
    return main

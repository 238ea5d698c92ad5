"""The application's look and language: name, translator, bundled font, style.

``configure_application`` is what the program does to a fresh QApplication
before building the window; tests call it too, so screenshots show what users
see.  Colours come from the system palette (light or dark) so the window looks
native; the only fixed colours are the class colours in ``class_style``.
"""

from __future__ import annotations

import importlib.resources

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from mgdesk import __version__
from mgdesk.ui.common.fonts import register_bundled_font

STYLE_SHEET = """
QLabel#sectionTitle { font-weight: 600; font-size: 11pt; }
QLabel#messageLabel[error="true"] { color: #D55E00; font-weight: 600; }
QFrame#resultCard { border: 1px solid palette(mid); border-radius: 8px; background: palette(base); }
QFrame#resultCard:disabled { background: palette(window); }
QLabel#unitCaption, QLabel#bandHeader, QLabel#codeLabel, QLabel#profileLabel, QLabel#hintLabel {
    color: palette(placeholder-text);
}
QLabel#warningLabel { font-weight: 600; }
QLineEdit#valueEdit, QComboBox#unitCombo { padding: 4px 8px; }
"""


def name_application() -> None:
    """Name the application; Qt derives the settings and data folders from it."""
    QCoreApplication.setApplicationName("mgdesk")
    QCoreApplication.setOrganizationName("")
    QCoreApplication.setApplicationVersion(__version__)


def configure_application(app: QApplication) -> None:
    """Install the translator for the user's locale, the bundled font and the style."""
    translator = QTranslator(app)
    folder = importlib.resources.files("mgdesk.resources") / "translations"
    if translator.load(QLocale(), "mgdesk", "_", str(folder)):
        app.installTranslator(translator)
    register_bundled_font(app)
    app.setStyleSheet(STYLE_SHEET)

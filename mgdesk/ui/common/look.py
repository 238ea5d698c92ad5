"""The application's look and language: name, translator, bundled font, style.

``configure_application`` is what the program does to a fresh QApplication
before building the window; tests call it too, so screenshots show what users
see.  Colours come from the system palette (light or dark) so the window looks
native; the only fixed colours are the class colours in ``class_style``.
"""

from __future__ import annotations

import copy
import importlib.resources

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from mgdesk import __version__
from mgdesk.ui.common.contrast import readable
from mgdesk.ui.common.fonts import register_bundled_font

STYLE_SHEET = """
QLabel#sectionTitle { font-weight: 600; font-size: 11pt; }
QLabel#messageLabel[error="true"] { color: palette(bright-text); font-weight: 600; }
QFrame#resultCard { border: 1px solid palette(mid); border-radius: 8px; background: palette(base); }
QFrame#resultCard:disabled { background: palette(window); }
QLabel#unitCaption, QLabel#bandHeader, QLabel#codeLabel, QLabel#profileLabel, QLabel#hintLabel {
    color: palette(placeholder-text);
}
QLabel#warningLabel { font-weight: 600; }
QLineEdit#valueEdit, QComboBox#unitCombo { padding: 4px 8px; }
"""


ERROR_TEXT = QColor("#D55E00")  # Okabe-Ito vermillion, shaded per palette to stay readable


def readable_palette(palette: QPalette) -> QPalette:
    """``palette`` with the secondary grey, the error words and selected rows' text at WCAG AA.

    The style sheet draws hints in ``palette(placeholder-text)`` and errors in
    ``palette(bright-text)``; both are shaded here against the window colour
    so they read at 4.5:1 or better in a light and in a dark palette.
    """
    window = palette.color(QPalette.ColorRole.Window)
    # A copy; QPalette(palette) would build Qt's ``Qt`` namespace (~15 ms of CPU) before the first frame.
    fixed = copy.copy(palette)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        grey = palette.color(group, QPalette.ColorRole.PlaceholderText)
        fixed.setColor(group, QPalette.ColorRole.PlaceholderText, readable(grey, window))
        fixed.setColor(group, QPalette.ColorRole.BrightText, readable(ERROR_TEXT, window))
        # Selected rows: the selection colour shaded until its text reads at AA.
        selected_text = palette.color(group, QPalette.ColorRole.HighlightedText)
        highlight = palette.color(group, QPalette.ColorRole.Highlight)
        fixed.setColor(group, QPalette.ColorRole.Highlight, readable(highlight, selected_text))
    return fixed


class _PaletteWatcher(QObject):
    """Shades the secondary and error text again whenever the application's palette changes (light/dark)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._busy = False

    def apply(self, *_args: object) -> None:
        if self._busy:
            return
        palette = self._app.palette()
        fixed = readable_palette(palette)
        if fixed != palette:
            self._busy = True
            try:
                self._app.setPalette(fixed)
            finally:
                self._busy = False


def name_application() -> None:
    """Name the application; Qt derives the settings and data folders from it."""
    QCoreApplication.setApplicationName("mgdesk")
    QCoreApplication.setOrganizationName("")
    QCoreApplication.setApplicationVersion(__version__)


def configure_application(app: QApplication, *, icon: bool = True) -> None:
    """Install the bundled font, the style and (unless told not to) the icon.

    The language is ``i18n.install_language``'s alone (a catalogue installed
    here for the system's locale would stay under the one chosen in
    Settings > Language and answer for every text that one leaves out).

    The window's start passes ``icon=False`` and calls ``set_application_icon``
    right after its first frame: reading the SVG loads Qt's SVG plugin, which
    that frame does without (README, "Measured").
    """
    register_bundled_font(app)
    app.setStyleSheet(STYLE_SHEET)
    watcher = _PaletteWatcher(app)
    app.paletteChanged.connect(watcher.apply)  # a light/dark switch while running
    watcher.apply()
    # The desktop entry's name (packaging/linux/mgdesk.desktop), so task bars group and label the window;
    # the icon drawn from the same SVG the installers render.
    QGuiApplication.setDesktopFileName("mgdesk")
    if icon:
        set_application_icon(app)


def set_application_icon(app: QApplication) -> None:
    """The windows' and task bar's icon, drawn from the same SVG the installers render."""
    from PySide6.QtGui import QIcon

    svg = importlib.resources.files("mgdesk.resources") / "icons" / "mgdesk.svg"
    app.setWindowIcon(QIcon(str(svg)))

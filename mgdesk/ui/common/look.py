"""The application's look: name, bundled font, readable palette, and the few text and panel styles.

``configure_application`` is what the program does to a fresh QApplication
before building the window; tests call it too, so screenshots show what users
see.  Colours come from the system palette (light or dark) so the window looks
native; the only fixed colours are the class colours in ``class_style``.
Section titles, secondary text, error text and the result card are styled
here with fonts and palette roles, not a style sheet: an application style
sheet puts every widget through Qt's style-sheet engine, ~5 ms of CPU before
the window's first frame (README, "Measured").  A palette role follows a
light/dark switch by itself.
"""

from __future__ import annotations

import copy
import importlib.resources

from PySide6.QtCore import QCoreApplication, QObject, QRectF
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPainterPath, QPaintEvent, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QFrame, QLabel, QLineEdit, QWidget

from mgdesk import __version__
from mgdesk.ui.common.contrast import readable
from mgdesk.ui.common.fonts import register_bundled_font

SECTION_TITLE_POINTS = 11.0
CARD_RADIUS = 8.0  # pixels, the result card's rounded corners
ENTRY_PADDING = (8, 4)  # pixels, horizontal and vertical, around the text of a large entry field


def section_title(label: QLabel) -> QLabel:
    """A section's title: 11 pt, semi-bold."""
    font = QFont(label.font())
    font.setPointSizeF(SECTION_TITLE_POINTS)
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def strong(label: QLabel) -> QLabel:
    """Text that must not be missed (a unit warning): semi-bold."""
    font = QFont(label.font())
    font.setWeight(QFont.Weight.DemiBold)
    label.setFont(font)
    return label


def secondary(label: QLabel) -> QLabel:
    """Secondary text (hints, unit captions, band headers, codes): the palette's readable grey."""
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label


def show_as_error(label: QLabel, error: bool = True) -> None:
    """An error message in the palette's readable error colour and semi-bold, or plain text again."""
    label.setForegroundRole(QPalette.ColorRole.BrightText if error else QPalette.ColorRole.WindowText)
    font = QFont(label.font())
    font.setWeight(QFont.Weight.DemiBold if error else QFont.Weight.Normal)
    label.setFont(font)


def pad_entry(field: QLineEdit, beside: QComboBox | None = None) -> None:
    """Room around a large entry field's text, and the same height for the choice ``beside`` it."""
    across, down = ENTRY_PADDING
    field.setTextMargins(across, down, across, down)
    if beside is not None:  # a combo box has no text margins
        beside.setMinimumHeight(field.sizeHint().height())


class Card(QFrame):
    """A panel with rounded corners: base colour in a 1-pixel mid-colour border; window colour while disabled."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        # Two filled paths, the border's and the inside's: a pen or a brush set on the painter builds
        # Qt's ``Qt`` namespace before the window's first frame (README, "Measured").
        palette = self.palette()
        fill = QPalette.ColorRole.Base if self.isEnabled() else QPalette.ColorRole.Window
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        outside = QRectF(self.rect())
        for rect, radius, role in (
            (outside, CARD_RADIUS, QPalette.ColorRole.Mid),
            (outside.adjusted(1.0, 1.0, -1.0, -1.0), CARD_RADIUS - 1.0, fill),
        ):
            path = QPainterPath()
            path.addRoundedRect(rect, radius, radius)
            painter.fillPath(path, palette.brush(role))
        painter.end()


ERROR_TEXT = QColor("#D55E00")  # Okabe-Ito vermillion, shaded per palette to stay readable


def readable_palette(palette: QPalette) -> QPalette:
    """``palette`` with the secondary grey, the error words and selected rows' text at WCAG AA.

    Hints are drawn in the ``PlaceholderText`` role and errors in
    ``BrightText`` (``secondary``, ``show_as_error``); both are shaded here against the window colour
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
    """Install the bundled font, the readable palette and (unless told not to) the icon.

    The language is ``i18n.install_language``'s alone (a catalogue installed
    here for the system's locale would stay under the one chosen in
    Settings > Language and answer for every text that one leaves out).

    The window's start passes ``icon=False`` and calls ``set_application_icon``
    right after its first frame: reading the SVG loads Qt's SVG plugin, which
    that frame does without (README, "Measured").
    """
    register_bundled_font(app)
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

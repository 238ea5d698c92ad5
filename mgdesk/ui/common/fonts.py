"""The bundled UI font (Inter, SIL OFL 1.1), registered at start.

A minimal workstation install may have no fonts at all, and Qt then draws
empty boxes; registering our own font from the package means text always
renders.  Figures are tabular so columns of numbers line up.
"""

from __future__ import annotations

import importlib.resources
import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

FONT_FILES = ("Inter-Regular.otf", "Inter-SemiBold.otf")


def register_bundled_font(app: QApplication) -> str | None:
    """Register the bundled font and make it the application font; return its family."""
    fonts = importlib.resources.files("mgdesk.resources") / "fonts"
    family = None
    for name in FONT_FILES:
        # From the installed file (as the translations and the icon are): Qt reads it itself, ~1 ms
        # sooner at start than handing it the bytes (README, "Measured").
        font_id = QFontDatabase.addApplicationFont(str(fonts / name))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            log.warning("could not register bundled font %s", name)
            continue
        family = families[0]
    if family is not None:
        font = QFont(family, app.font().pointSize())
        font.setFeature(QFont.Tag("tnum"), 1)
        app.setFont(font)
    return family

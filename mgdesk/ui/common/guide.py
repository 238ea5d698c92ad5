"""The short offline user guide (F1): the guide shipped with the program, shown in a window.

The text is ``resources/user-guide.md`` (Markdown, read with
``importlib.resources`` so it works from an installed bundle), written for
clinic staff; nothing is fetched from the network.  Each language of the
window has its own copy, ``user-guide.<language>.md`` (the catalogue's
language, e.g. ``user-guide.fr.md``), using the same words as its catalogue;
English is the fallback.
"""

from __future__ import annotations

import importlib.resources

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from mgdesk.ui.common.i18n import catalogue_language


def guide_text(language: str | None = None) -> str:
    """The guide in ``language`` (default: the window's, from the default locale), else in English."""
    folder = importlib.resources.files("mgdesk.resources")
    chosen = language or catalogue_language(QLocale())
    translated = folder / f"user-guide.{chosen}.md"
    page = translated if chosen != "en" and translated.is_file() else folder / "user-guide.md"
    return page.read_text(encoding="utf-8")


class UserGuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("guide", "mgdesk user guide"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("userGuide")
        self.browser.setOpenExternalLinks(False)
        self.browser.setMarkdown(guide_text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 520)

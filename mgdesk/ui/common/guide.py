"""The short offline user guide (F1): the guide shipped with the program, shown in a window.

The text is ``resources/user-guide.md`` (Markdown, read with
``importlib.resources`` so it works from an installed bundle), written for
clinic staff; nothing is fetched from the network.
"""

from __future__ import annotations

import importlib.resources

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


def guide_text() -> str:
    return (importlib.resources.files("mgdesk.resources") / "user-guide.md").read_text(encoding="utf-8")


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

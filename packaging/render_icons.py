"""Render resources/icons/mgdesk.svg to PNGs (hicolor sizes) and a Windows .ico, with Qt itself.

Usage: python packaging/render_icons.py OUT_DIR
Writes OUT_DIR/<size>x<size>/mgdesk.png for the hicolor theme and OUT_DIR/mgdesk.ico.
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256)
SOURCE = Path(__file__).resolve().parent.parent / "resources" / "icons" / "mgdesk.svg"


def main() -> int:
    out = Path(sys.argv[1])
    app = QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        folder = out / f"{size}x{size}"
        folder.mkdir(parents=True, exist_ok=True)
        if not image.save(str(folder / "mgdesk.png")):
            return 1
        if size == 256 and not image.save(str(out / "mgdesk.ico")):
            return 1
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Saving a trend plot as PNG, SVG or PDF by rendering its scene ourselves.

pyqtgraph 0.14's SVG exporter fails on Qt >= 6.11 and its print exporter is
broken on Qt 6 (architecture.md), so this module paints the plot's graphics
scene with a plain ``QPainter`` onto a ``QImage`` (PNG, at twice the pixel
size for sharp text), a ``QSvgGenerator`` or a ``QPdfWriter`` (both at 96
dpi, so one plot pixel is one SVG/PDF unit).  ``render_plot`` is also what
the patient report uses to place the plot, as vectors, on its page.  The
layout is resized to the export size for the paint and put back after.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRect, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageSize, QPainter, QPalette, QPdfWriter
from PySide6.QtSvg import QSvgGenerator

from mgdesk.domain.errors import InputError
from mgdesk.domain.files import atomic_output

if TYPE_CHECKING:
    from mgdesk.ui.plots.trend_plot import TrendPlot

EXPORT_DPI = 96
DEFAULT_SIZE = QSize(960, 600)
PNG_SCALE = 2
SUFFIXES = (".png", ".svg", ".pdf")


def render_plot(plot: TrendPlot, painter: QPainter, target: QRectF) -> None:
    """Paint ``plot`` into ``target`` (logical units of ``painter``), laid out at the target's size."""
    layout_item = plot.view.ci
    before = layout_item.geometry()
    layout_item.setGeometry(QRectF(QPointF(0, 0), target.size()))
    layout_item.layout.activate()
    plot.refresh_band_names()
    painter.save()
    painter.fillRect(target, plot.palette().color(QPalette.ColorRole.Base))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    with plot.vector_markers():  # markers as paths, not stamped from the screen's pixmap atlas
        plot.view.scene().render(painter, target, layout_item.sceneBoundingRect())
    painter.restore()
    layout_item.setGeometry(before)
    layout_item.layout.activate()


def export_size(plot: TrendPlot) -> QSize:
    """The plot's size on screen when shown and not tiny, else ``DEFAULT_SIZE``."""
    size: QSize = plot.view.size()
    if plot.isVisible() and size.width() >= 480 and size.height() >= 300:
        return size
    return DEFAULT_SIZE


def export_plot(plot: TrendPlot, path: Path | str, size: QSize | None = None, *, overwrite: bool = True) -> Path:
    """Write ``plot`` to ``path`` atomically; the suffix (.png, .svg, .pdf) picks the format.

    The drawing goes to a temporary file beside ``path`` that replaces it
    only when complete (``mgdesk.domain.files``); the file dialogs have
    already asked before replacing, the command line needs ``--force``.
    """
    path = Path(path)
    size = size or export_size(plot)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(
            QCoreApplication.translate(
                "export", "Cannot write {path}: the name must end in .png, .svg or .pdf."
            ).format(path=path)
        )
    with atomic_output(path, overwrite=overwrite) as temporary:
        _draw(plot, temporary, suffix, size, path)
    return path


def _draw(plot: TrendPlot, temporary: Path, suffix: str, size: QSize, path: Path) -> None:
    target = QRectF(0, 0, size.width(), size.height())
    if suffix == ".png":
        image = QImage(size * PNG_SCALE, QImage.Format.Format_ARGB32)
        image.setDotsPerMeterX(round(EXPORT_DPI * PNG_SCALE / 0.0254))
        image.setDotsPerMeterY(round(EXPORT_DPI * PNG_SCALE / 0.0254))
        painter = QPainter(image)
        painter.scale(PNG_SCALE, PNG_SCALE)
        render_plot(plot, painter, target)
        painter.end()
        # Named explicitly: the temporary name does not end in .png.  The stubs say bytes; PySide6 takes str.
        if not image.save(str(temporary), "PNG"):  # type: ignore[call-overload]
            raise InputError(QCoreApplication.translate("export", "Cannot write {path}.").format(path=path))
        return
    device: QSvgGenerator | QPdfWriter
    if suffix == ".svg":
        device = QSvgGenerator()
        device.setFileName(str(temporary))
        device.setSize(size)
        device.setViewBox(QRect(0, 0, size.width(), size.height()))
        device.setResolution(EXPORT_DPI)
        device.setTitle(QCoreApplication.translate("export", "Serum magnesium trend"))
        device.setDescription(QCoreApplication.translate("export", "Made with mgdesk"))
    else:
        device = QPdfWriter(str(temporary))
        device.setResolution(EXPORT_DPI)
        mm = QSizeF(size.width() * 25.4 / EXPORT_DPI, size.height() * 25.4 / EXPORT_DPI)
        device.setPageSize(QPageSize(mm, QPageSize.Unit.Millimeter, QCoreApplication.translate("export", "Plot")))
        device.setPageMargins(QMarginsF(0, 0, 0, 0))
        device.setTitle(QCoreApplication.translate("export", "Serum magnesium trend"))
        device.setCreator("mgdesk")
    painter = QPainter()
    if not painter.begin(device):
        raise InputError(QCoreApplication.translate("export", "Cannot write {path}.").format(path=path))
    render_plot(plot, painter, target)
    painter.end()
    del device  # closes the file
    if temporary.stat().st_size == 0:
        raise InputError(QCoreApplication.translate("export", "Cannot write {path}.").format(path=path))

"""Plot export (PNG, SVG, PDF), the one-page report, the print path and the plot/report commands."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QPageLayout
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from trend_fixtures import DEMO_TODAY, TODAY, falling_patient, small_database

from mgdesk.domain.demo import demo_clinic
from mgdesk.domain.profile import default_profile
from mgdesk.domain.units import MgUnit
from mgdesk.ui.patients.trend_panel import TrendPanel
from mgdesk.ui.plots.plot_export import export_plot
from mgdesk.ui.report.patient_report import paint_report, write_report_pdf

MADE_AT = dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)


@pytest.fixture
def panel(qtbot: QtBot) -> TrendPanel:
    widget = TrendPanel()
    qtbot.addWidget(widget)
    widget.set_patient(falling_patient(), default_profile(), TODAY)
    return widget


def pdf_pages(path: Path) -> int:
    data = path.read_bytes()
    assert data.startswith(b"%PDF-")
    assert b"%%EOF" in data[-32:]
    return data.count(b"/Type /Page\n") + data.count(b"/Type /Page>") + data.count(b"/Type /Page ")


def test_png_export_is_a_real_image(panel: TrendPanel, tmp_path: Path) -> None:
    path = panel.export(tmp_path / "plot.png")
    image = QImage(str(path))
    assert not image.isNull()
    assert (image.width(), image.height()) == (1920, 1200)
    assert len({image.pixel(x, 600) for x in range(0, 1920, 16)}) > 3  # not blank


def test_svg_export_is_vector_svg(panel: TrendPanel, tmp_path: Path) -> None:
    path = panel.export(tmp_path / "plot.svg")
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    text = path.read_text()
    assert "<path" in text or "<polyline" in text
    assert "<image" not in text  # every marker drawn as a path, not stamped from the screen's pixmap atlas
    assert "Serum Mg" in text


def test_pdf_export_is_one_page(panel: TrendPanel, tmp_path: Path) -> None:
    path = panel.export(tmp_path / "plot.pdf")
    assert pdf_pages(path) == 1


def test_unknown_suffix_is_refused(panel: TrendPanel, tmp_path: Path) -> None:
    from mgdesk.domain.errors import InputError

    assert panel.plot is not None
    with pytest.raises(InputError):
        export_plot(panel.plot, tmp_path / "plot.gif")


def render_page(pdf: Path, out_stem: Path) -> Path:
    """The PDF's first page as PNG at 60 dpi, by pypdfium2 (a Python package: no system tool needed)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        page = document[0]
        pixels = page.render(scale=60 / 72, rev_byteorder=True).to_numpy()  # height x width x RGB
        height, width, _ = pixels.shape
        image = QImage(pixels.tobytes(), width, height, pixels.strides[0], QImage.Format.Format_RGB888)
        png = out_stem.with_suffix(".png")
        assert image.save(str(png))
    finally:
        document.close()
    return png


def test_report_is_one_page_and_renders(qtbot: QtBot, tmp_path: Path) -> None:
    path = write_report_pdf(
        tmp_path / "report.pdf", falling_patient(), default_profile(), TODAY, made_at=MADE_AT, made_by="nurse"
    )
    assert pdf_pages(path) == 1
    folder = Path(os.environ.get("MGDESK_SCREENSHOT_DIR", tmp_path))
    png = render_page(path, folder / "report-falling")
    image = QImage(str(png))
    assert (image.width(), image.height()) == (496, 702)  # A4 at 60 dpi
    assert len({image.pixel(x, y) for x in range(0, 496, 8) for y in range(0, 702, 8)}) > 20


def test_report_of_a_demo_patient_with_many_results_stays_one_page(qtbot: QtBot, tmp_path: Path) -> None:
    history = max(demo_clinic(DEMO_TODAY), key=lambda h: len(h.results))
    path = write_report_pdf(tmp_path / "demo.pdf", history, default_profile(), DEMO_TODAY, unit=MgUnit.MG_DL)
    assert pdf_pages(path) == 1
    folder = Path(os.environ.get("MGDESK_SCREENSHOT_DIR", tmp_path))
    render_page(path, folder / "report-demo")


def test_print_path_renders_to_a_pdf_printer(qtbot: QtBot, tmp_path: Path) -> None:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    paint_report(printer, falling_patient(), default_profile(), TODAY)
    assert printer.pageLayout().orientation() is QPageLayout.Orientation.Portrait
    assert pdf_pages(tmp_path / "printed.pdf") == 1


@pytest.mark.parametrize("name", ["plot.png", "plot.svg", "plot.pdf", "report.pdf"])
def test_plot_and_report_commands_run_headless(tmp_path: Path, name: str) -> None:
    db = small_database(tmp_path / "clinic.sqlite3")
    out = tmp_path / name
    command = "report" if name.startswith("report") else "plot"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run(
        [sys.executable, "-m", "mgdesk", command, "--patient", "P-FALL", "--db", str(db), "--out", str(out)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert out.stat().st_size > 1000
    if out.suffix == ".png":
        assert not QImage(str(out)).isNull()
    elif out.suffix == ".svg":
        assert ET.parse(out).getroot().tag.endswith("svg")
    else:
        assert pdf_pages(out) == 1

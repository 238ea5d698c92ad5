"""The one-page patient report: written to PDF, or printed through the system dialog.

``paint_report`` lays out one A4 page on any paged device (``QPdfWriter`` or
``QPrinter``) in 96-dpi logical units: a header with the identifier (and a
"SYNTHETIC" banner for demo patients), the trend plot with its bands and
medication lanes painted as vectors by ``plot_export.render_plot``, then a
``QTextDocument`` with the trend numbers, the table of serum results with
their classes (symbol and words), the lab profile and the conversion
constants with their sources, and when and by whom (OS user) it was made.
When the results do not fit, the latest ones are shown and the report says
how many were left out.  The report is always drawn in a light palette.
"""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QUrl
from PySide6.QtGui import (
    QColor,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from mgdesk import __version__
from mgdesk.domain import who
from mgdesk.domain.cohort import PatientHistory
from mgdesk.domain.demo import is_synthetic
from mgdesk.domain.errors import InputError
from mgdesk.domain.exposure import MetforminExposure, MetforminPhase
from mgdesk.domain.files import atomic_output
from mgdesk.domain.profile import Category, LabProfile
from mgdesk.domain.trend import TrendSummary, serum_results, summarize
from mgdesk.domain.units import MgUnit, factor
from mgdesk.ui.common.class_style import class_icon, class_short_words, shows_borderline
from mgdesk.ui.common.messages import left_to_right
from mgdesk.ui.common.wording import local_date, local_number, threshold_sentence
from mgdesk.ui.patients.trend_numbers import number_rows
from mgdesk.ui.plots.trend_data import TimeAxis

DPI = 96
MARGIN_MM = 14
PLOT_HEIGHT = 290  # in 96-dpi pixels
MIN_ROWS = 6
TWO_COLUMNS_FROM = 8  # results listed side by side in two columns from this many
# The derived numbers whose "how" sentence is printed; the others explain themselves.
EXPLAINED_IN_REPORT = frozenset({"slope", "crossing", "alert", "retest"})


def light_palette() -> QPalette:
    """Black on white, whatever the screen's theme: the report is for paper."""
    palette = QPalette(QColor("#f0f0f0"))
    for role, colour in (
        (QPalette.ColorRole.Base, "#ffffff"),
        (QPalette.ColorRole.Window, "#ffffff"),
        (QPalette.ColorRole.WindowText, "#000000"),
        (QPalette.ColorRole.Text, "#000000"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def os_user() -> str:
    """Who made the report, as the operating system says (the audit log's rule)."""
    return who.os_user()


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def header_html(history: PatientHistory) -> str:
    patient = history.patient
    facts = [f"<b>{_esc(patient.clinic_id)}</b>"]
    if patient.name:
        facts.append(_esc(patient.name))
    if patient.birth_year:
        facts.append(QCoreApplication.translate("report", "born {year}").format(year=patient.birth_year))
    if patient.sex is not None:
        facts.append(QCoreApplication.translate("report", "sex {sex}").format(sex=patient.sex.value))
    banner = ""
    if is_synthetic(patient):
        banner = (
            "<table width='100%' cellpadding='4' style='border: 2px solid #D55E00; margin-top: 4px'><tr><td>"
            + _esc(
                QCoreApplication.translate(
                    "report", "SYNTHETIC \u2013 a demo patient made by mgdesk's demo clinic, not a real person."
                )
            )
            + "</td></tr></table>"
        )
    return (
        "<p style='font-size: 15pt; font-weight: 600; margin: 0'>"
        + _esc(QCoreApplication.translate("report", "Serum magnesium report"))
        + "</p><p style='font-size: 11pt; margin: 2px 0 0 0'>"
        + " \u00b7 ".join(facts)
        + "</p>"
        + banner
    )


def _icon_url(category_value: str, borderline: bool) -> str:
    return f"mgdesk-class:{category_value}{'-borderline' if borderline else ''}"


def body_html(
    history: PatientHistory,
    summary: TrendSummary,
    unit: MgUnit,
    *,
    made_at: dt.datetime,
    made_by: str,
    max_rows: int | None,
) -> str:
    """Numbers, results table, profile and constants, and the line saying who made it when."""
    profile = summary.profile
    parts = ["<style>td, th { padding: 1px 6px; } th { text-align: left; }</style>"]
    parts.append(
        "<p style='font-size: 11pt; font-weight: 600; margin: 0'>"
        + _esc(QCoreApplication.translate("report", "The numbers"))
        + "</p>"
    )
    parts.append("<table cellspacing='0' style='font-size: 8.5pt'>")
    for key, label, value, how in number_rows(summary, unit):
        explained = _esc(how) if key in EXPLAINED_IN_REPORT else ""
        parts.append(
            f"<tr><td width='18%'><b>{_esc(label)}</b></td><td width='30%'>{_esc(value.replace(chr(10), ' '))}</td>"
            f"<td style='color:#444; font-size: 7pt'>{explained}</td></tr>"
        )
    parts.append("</table>")

    serum = serum_results(history.results)
    shown = serum if max_rows is None else serum[-max_rows:]
    parts.append(
        "<p style='font-size: 11pt; font-weight: 600; margin: 8px 0 0 0'>"
        + _esc(QCoreApplication.translate("report", "Serum/plasma results ({n})").format(n=len(serum)))
        + "</p>"
    )
    if len(shown) < len(serum):
        parts.append(
            "<p style='font-size: 8pt; margin: 0'>"
            + _esc(
                QCoreApplication.translate(
                    "report", "The latest {shown} of {n} are listed; the plot shows all."
                ).format(shown=len(shown), n=len(serum))
            )
            + "</p>"
        )
    left_out = len(history.results) - len(serum)
    heads = (
        QCoreApplication.translate("report", "Date"),
        QCoreApplication.translate("report", "As written"),
        QCoreApplication.translate("report", "In {unit}").format(unit=unit),
        QCoreApplication.translate("report", "Class"),
        QCoreApplication.translate("report", "Specimen"),
        QCoreApplication.translate("report", "Lab"),
    )
    half = (len(shown) + 1) // 2 if len(shown) > TWO_COLUMNS_FROM else len(shown)
    columns = [shown[:half], shown[half:]] if half < len(shown) else [shown]
    parts.append("<table width='100%' cellspacing='0'><tr>")
    for column in columns:
        parts.append("<td valign='top'><table cellspacing='0' style='font-size: 8pt'><tr>")
        parts += [f"<th>{_esc(h)}</th>" for h in heads[:4]]
        parts.append("</tr>")
        from mgdesk.domain.classify import classify

        exposure = MetforminExposure.of(history.courses)
        for result in column:
            c = classify(result.measurement, profile)
            borderline = shows_borderline(c.category, c.borderline)
            off = exposure.phase(result.collected_on) is MetforminPhase.OFF
            words = class_short_words(c.category) + (
                QCoreApplication.translate("report", ", borderline") if borderline else ""
            )
            image = f"<img src='{_icon_url(c.category.value, borderline)}' width='11' height='11'>"
            written = f"{local_number(result.measurement.text)} {result.unit_as_written}"
            off_text = QCoreApplication.translate("report", " (off metformin)") if off else ""
            parts.append(
                f"<tr><td>{local_date(result.collected_on)}{_esc(off_text)}</td>"
                f"<td>{_esc(written)}</td>"
                f"<td>{_esc(local_number(c.shown(unit)))}</td><td>{image} {_esc(words)}</td></tr>"
            )
        parts.append("</table></td>")
    parts.append("</tr></table>")
    if left_out:
        parts.append(
            "<p style='font-size: 8pt; margin: 0'>"
            + _esc(
                QCoreApplication.translate(
                    "report", "%n urine or red-cell result(s) not serum, so not shown.", None, left_out
                )
            )
            + "</p>"
        )

    parts.append(
        "<p style='font-size: 11pt; font-weight: 600; margin: 8px 0 0 0'>"
        + _esc(QCoreApplication.translate("report", "Profile and conversion"))
        + "</p><p style='font-size: 7.5pt; margin: 0'>"
    )
    sources = {
        Category.CRITICAL_LOW: "critical_low_below",
        Category.LOW: "low_below",
        Category.HIGH: "high_above",
        Category.CRITICAL_HIGH: "critical_high_above",
    }
    lines = [QCoreApplication.translate("report", "Profile: {name}.").format(name=_esc(profile.name))]
    tables = [profile.bands(u) for u in (MgUnit.MMOL_L, MgUnit.MG_DL, MgUnit.MEQ_L)]
    for bands in zip(*tables, strict=True):
        category = bands[0].category
        shown_units = " = ".join(left_to_right(f"{local_number(band.text())} {band.unit}") for band in bands)
        source = profile.sources.get(sources.get(category, ""), "")
        lines.append(
            f"<b>{_esc(class_short_words(category))}</b> {_esc(shown_units)}"
            + (f" \u2013 {_esc(source)}" if source else "")
        )
    threshold = threshold_sentence(profile)
    source = profile.sources.get("hypomagnesemia_below", "")
    below = QCoreApplication.translate("report", "hypomagnesemia below")
    lines.append(f"<b>{_esc(below)}</b> {_esc(threshold)}" + (f" \u2013 {_esc(source)}" if source else ""))
    lines.append(
        QCoreApplication.translate(
            "report",
            "Re-test {on} months after the last result on metformin, {low} months after a low one (clinic policy).",
        ).format(on=profile.retest_months_on_metformin, low=profile.retest_months_after_low)
    )
    mg_dl = local_number(f"{factor(MgUnit.MMOL_L, MgUnit.MG_DL).normalize():f}")
    meq = local_number(f"{factor(MgUnit.MMOL_L, MgUnit.MEQ_L).normalize():f}")
    lines.append(
        _esc(
            QCoreApplication.translate(
                "report",
                "Conversion: 1 mmol/L = {mg_dl} mg/dL = {meq} mEq/L (molar mass of Mg 24.305 g/mol, CIAAW standard "
                "atomic weight; charge of Mg2+ 2, mEq = mmol x valence, Merck Manual unit conversions).",
            ).format(mg_dl=mg_dl, meq=meq)
        )
    )
    parts.append("<br>".join(lines) + "</p>")
    made = QCoreApplication.translate(
        "report", "Made {when} by {user} with mgdesk {version}, as of {today}. Only serum/plasma results are drawn."
    ).format(
        when=f"{local_date(made_at.date())} {made_at:%H:%M}",
        user=made_by,
        version=__version__,
        today=local_date(summary.today),
    )
    if is_synthetic(history.patient):
        made += " " + QCoreApplication.translate("report", "SYNTHETIC demo patient.")
    parts.append(f"<p style='font-size: 8pt; margin: 8px 0 0 0; color: #333'>{_esc(made)}</p>")
    return "".join(parts)


def _document(text: str, width: float) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    for category in Category:
        for borderline in (False, True):
            image = class_icon(category, borderline=borderline, size=44).pixmap(44, 44).toImage()
            doc.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(_icon_url(category.value, borderline)), image
            )
    doc.setHtml(text)
    doc.setTextWidth(width)
    return doc


def paint_report(
    device: QPagedPaintDevice,
    history: PatientHistory,
    profile: LabProfile,
    today: dt.date,
    *,
    unit: MgUnit = MgUnit.MMOL_L,
    axis: TimeAxis = TimeAxis.DATE,
    made_at: dt.datetime | None = None,
    made_by: str | None = None,
) -> None:
    """Paint the one-page report of ``history`` onto ``device`` (set to A4 here)."""
    from mgdesk.ui.plots.plot_export import render_plot
    from mgdesk.ui.plots.trend_plot import TrendPlot

    device.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    summary = summarize(history.courses, history.results, profile, today)
    made_at = made_at or dt.datetime.now().astimezone()
    made_by = made_by or os_user()
    painter = QPainter()
    if not painter.begin(device):
        raise InputError(QCoreApplication.translate("report", "Cannot write or print the report."))
    try:
        scale = device.logicalDpiX() / DPI
        painter.scale(scale, scale)
        page = device.pageLayout().paintRectPixels(device.logicalDpiX())
        width, height = page.width() / scale, page.height() / scale
        header = _document(header_html(history), width)
        header.drawContents(painter)
        y = header.size().height() + 8
        plot = TrendPlot()
        plot.setPalette(light_palette())
        plot.show_trend(history, profile, today, unit=unit, axis=axis, summary=summary)
        render_plot(plot, painter, QRectF(0, y, width, PLOT_HEIGHT))
        plot.deleteLater()
        y += PLOT_HEIGHT + 10
        rows: int | None = None
        while True:
            body = _document(body_html(history, summary, unit, made_at=made_at, made_by=made_by, max_rows=rows), width)
            n = len(serum_results(history.results))
            if body.size().height() <= height - y or (rows is not None and rows <= MIN_ROWS):
                break
            rows = min(n, rows or n) - 2
        painter.translate(0, y)
        body.drawContents(painter, QRectF(0, 0, width, height - y))
    finally:
        painter.end()


def write_report_pdf(
    path: Path | str,
    history: PatientHistory,
    profile: LabProfile,
    today: dt.date,
    *,
    unit: MgUnit = MgUnit.MMOL_L,
    axis: TimeAxis = TimeAxis.DATE,
    made_at: dt.datetime | None = None,
    made_by: str | None = None,
    overwrite: bool = True,
) -> Path:
    """Write the one-page report to a PDF file, atomically (``mgdesk.domain.files``)."""
    path = Path(path)
    with atomic_output(path, overwrite=overwrite) as temporary:
        writer = QPdfWriter(str(temporary))
        writer.setResolution(DPI)  # pyqtgraph sizes its text for the device: draw at 96 dpi, no scaling
        writer.setTitle(
            QCoreApplication.translate("report", "Serum magnesium report {id}").format(id=history.patient.clinic_id)
        )
        writer.setCreator(f"mgdesk {__version__}")
        paint_report(writer, history, profile, today, unit=unit, axis=axis, made_at=made_at, made_by=made_by)
        del writer
        if temporary.stat().st_size == 0:
            raise InputError(QCoreApplication.translate("report", "Cannot write {path}.").format(path=path))
    return path


def print_report(
    parent: QWidget | None,
    history: PatientHistory,
    profile: LabProfile,
    today: dt.date,
    *,
    unit: MgUnit = MgUnit.MMOL_L,
    axis: TimeAxis = TimeAxis.DATE,
) -> bool:
    """Ask the system print dialog for a printer, then print the report; False when cancelled."""
    # Screen resolution (96 dpi), as for the PDF: the plot's text is sized for the device it is drawn on.
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("report", "Print patient report"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    paint_report(printer, history, profile, today, unit=unit, axis=axis)
    return True

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
In a right-to-left language (Arabic) it is mirrored like the window: text
starts on the right and table columns run from right to left, while the
plot, and each value with its unit, keep reading left to right.
"""

from __future__ import annotations

import datetime as dt
import html
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, Qt, QUrl
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
from PySide6.QtWidgets import QApplication, QDialog, QWidget

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
MIN_PLOT_HEIGHT = 220  # a shorter plot, when the text needs the room (a language longer than English)
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


def right_to_left() -> bool:
    """The report follows the window: mirrored when the language is written right to left (Arabic)."""
    return QApplication.layoutDirection() is Qt.LayoutDirection.RightToLeft


def _row(cells: Sequence[str], rtl: bool) -> str:
    """One table row; in a right-to-left report the first column is the rightmost (HTML tables do not mirror)."""
    return "<tr>" + "".join(reversed(cells) if rtl else cells) + "</tr>"


def _numbers_kept_left_to_right(text: str) -> str:
    """A value with no right-to-left letters ("0.95 / 0.80 mmol/L") kept in reading order in a mirrored report.

    A value that has words of the language (a translated sentence) is left
    to its translation's own direction marks.
    """
    if any(unicodedata.bidirectional(char) in {"R", "AL"} for char in text):
        return text
    return left_to_right(text)


def _cited(source: str, rtl: bool) -> str:
    """A profile's citation (the profile file's own words, often English) in its own reading order."""
    return _numbers_kept_left_to_right(source) if rtl and source else source


def _kept(text: str, rtl: bool) -> str:
    """``text`` (a value and its unit, an identifier) in left-to-right order, marked so only when mirrored."""
    return left_to_right(text) if rtl else text


def header_html(history: PatientHistory, rtl: bool | None = None) -> str:
    rtl = right_to_left() if rtl is None else rtl
    patient = history.patient
    facts = [f"<b>{_esc(_kept(patient.clinic_id, rtl))}</b>"]
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
    rtl: bool | None = None,
) -> str:
    """Numbers, results table, profile and constants, and the line saying who made it when.

    ``rtl`` (the window's direction when None) mirrors the tables: columns
    from right to left, values and units still read left to right.
    """
    rtl = right_to_left() if rtl is None else rtl
    profile = summary.profile
    # Qt reads "left" as the start of the line: the right edge in a right-to-left document.
    parts = ["<style>td, th { padding: 1px 6px; } th { text-align: left; }</style>"]
    parts.append(
        "<p style='font-size: 11pt; font-weight: 600; margin: 0'>"
        + _esc(QCoreApplication.translate("report", "The numbers"))
        + "</p>"
    )
    parts.append(f"<table cellspacing='0' style='font-size: 8.5pt'{' width=100%' if rtl else ''}>")
    for key, label, value, how in number_rows(summary, unit):
        explained = _esc(how) if key in EXPLAINED_IN_REPORT else ""
        shown_value = _numbers_kept_left_to_right(value.replace(chr(10), " ")) if rtl else value.replace(chr(10), " ")
        cells = (
            f"<td width='18%'><b>{_esc(label)}</b></td>",
            f"<td width='30%'>{_esc(shown_value)}</td>",
            f"<td style='color:#444; font-size: 7pt'>{explained}</td>",
        )
        parts.append(_row(cells, rtl))
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
    for column in reversed(columns) if rtl else columns:
        parts.append(f"<td valign='top'><table cellspacing='0' style='font-size: 8pt'{' width=100%' if rtl else ''}>")
        parts.append(_row([f"<th>{_esc(h)}</th>" for h in heads[:4]], rtl))
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
            written = _kept(f"{local_number(result.measurement.text)} {result.unit_as_written}", rtl)
            off_text = QCoreApplication.translate("report", " (off metformin)") if off else ""
            row = (
                f"<td>{local_date(result.collected_on)}{_esc(off_text)}</td>",
                f"<td>{_esc(written)}</td>",
                f"<td>{_esc(_kept(local_number(c.shown(unit)), rtl))}</td>",
                f"<td>{image} {_esc(words)}</td>",
            )
            parts.append(_row(row, rtl))
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
        source = _cited(profile.sources.get(sources.get(category, ""), ""), rtl)
        lines.append(
            f"<b>{_esc(class_short_words(category))}</b> {_esc(shown_units)}"
            + (f" \u2013 {_esc(source)}" if source else "")
        )
    threshold = threshold_sentence(profile)
    threshold = _numbers_kept_left_to_right(threshold) if rtl else threshold
    source = _cited(profile.sources.get("hypomagnesemia_below", ""), rtl)
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
    if right_to_left():  # every paragraph starts on the right, as in the window
        option = doc.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.RightToLeft)
        doc.setDefaultTextOption(option)
    for category in Category:
        for borderline in (False, True):
            image = class_icon(category, borderline=borderline, size=44).pixmap(44, 44).toImage()
            doc.addResource(
                QTextDocument.ResourceType.ImageResource, QUrl(_icon_url(category.value, borderline)), image
            )
    doc.setHtml(text)
    doc.setTextWidth(width)
    return doc


@dataclass(frozen=True, slots=True)
class ReportLayout:
    """The page's three parts: the header, the plot's height, the body (numbers, results, profile, who made it)."""

    header: QTextDocument
    plot_height: float
    body: QTextDocument

    def height(self) -> float:
        return self.header.size().height() + 8 + self.plot_height + 10 + self.body.size().height()


def report_layout(
    history: PatientHistory,
    summary: TrendSummary,
    unit: MgUnit,
    *,
    made_at: dt.datetime,
    made_by: str,
    size: tuple[float, float],
) -> ReportLayout:
    """Fit the report on one page of ``size`` (96-dpi units): fewer listed results first, then a shorter plot.

    The latest results are kept (at least ``MIN_ROWS``; the plot shows all of
    them), and then the plot gives up height down to ``MIN_PLOT_HEIGHT``, so
    the last line (who made the report, when) is never cut off, even in a
    language whose sentences are longer than English.
    """
    width, height = size
    header = _document(header_html(history), width)
    room = height - header.size().height() - 8 - 10
    n = len(serum_results(history.results))

    def body_of(rows: int | None) -> QTextDocument:
        return _document(body_html(history, summary, unit, made_at=made_at, made_by=made_by, max_rows=rows), width)

    rows: int | None = None
    body = body_of(rows)
    while body.size().height() > room - PLOT_HEIGHT and min(n, rows or n) - 2 >= MIN_ROWS:
        rows = min(n, rows or n) - 2
        body = body_of(rows)
    while body.size().height() > room - MIN_PLOT_HEIGHT and min(n, rows or n) > 1:  # the last resort
        rows = min(n, rows or n) - 1
        body = body_of(rows)
    plot_height = max(MIN_PLOT_HEIGHT, min(PLOT_HEIGHT, room - body.size().height()))
    return ReportLayout(header, plot_height, body)


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
        laid_out = report_layout(history, summary, unit, made_at=made_at, made_by=made_by, size=(width, height))
        laid_out.header.drawContents(painter)
        y = laid_out.header.size().height() + 8
        plot = TrendPlot()
        plot.setPalette(light_palette())
        plot.show_trend(history, profile, today, unit=unit, axis=axis, summary=summary)
        render_plot(plot, painter, QRectF(0, y, width, laid_out.plot_height))
        plot.deleteLater()
        y += laid_out.plot_height + 10
        painter.translate(0, y)
        laid_out.body.drawContents(painter, QRectF(0, 0, width, height - y))
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

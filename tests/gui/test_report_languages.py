"""The printable report in the window's language: mirrored in Arabic, no English left in French, Spanish, Portuguese.

In Arabic the window is mirrored; the report must be too: its text starts on
the right and its tables' first column (the date, the number's name) is the
rightmost, while each value keeps its unit on its right and the plot keeps
time running left to right, as in the window.  This lays the report's text
out as the PDF does (``QTextDocument``, the same width) and compares where
words land; and it writes the PDF of each language and reads its text back
with pypdfium2, looking for any English source text of the catalogue whose
translation differs (the lab profile's citations are the profile file's own
words, not the catalogue's).
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import QApplication
from test_export_report import render_page
from trend_fixtures import DEMO_TODAY, TODAY, falling_patient

from mgdesk.domain.demo import demo_clinic
from mgdesk.domain.profile import default_profile
from mgdesk.domain.trend import serum_results, summarize
from mgdesk.domain.units import MgUnit
from mgdesk.ui.common.i18n import install_language
from mgdesk.ui.report.patient_report import (
    DPI,
    MARGIN_MM,
    MIN_PLOT_HEIGHT,
    MIN_ROWS,
    _document,
    body_html,
    header_html,
    report_layout,
    write_report_pdf,
)

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"
MADE_AT = dt.datetime(2026, 1, 2, 3, 4, tzinfo=dt.UTC)
WIDTH = 680.0


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[str]:
    install_language(qapp, "ar")
    yield "ar"
    install_language(qapp, "en")
    QLocale.setDefault(QLocale.c())


def x_of(doc: QTextDocument, text: str, offset: int = 0) -> float:
    """Where the character ``offset`` into the first ``text`` of ``doc`` starts on the page (its left edge)."""
    doc.documentLayout().documentSize()  # laid out
    cursor = doc.find(text)
    assert not cursor.isNull(), f"{text!r} is not in the report"
    block = cursor.block()
    at = cursor.selectionStart() - block.position() + offset
    layout = block.layout()
    line = layout.lineForTextPosition(at)
    left, _ = line.cursorToX(at)
    right, _ = line.cursorToX(at + 1)
    return doc.documentLayout().blockBoundingRect(block).x() + min(left, right)


def report_documents(language_is_rtl: bool | None = None) -> tuple[QTextDocument, QTextDocument]:
    history = falling_patient()
    summary = summarize(history.courses, history.results, default_profile(), TODAY)
    body = body_html(
        history, summary, MgUnit.MMOL_L, made_at=MADE_AT, made_by="nurse", max_rows=None, rtl=language_is_rtl
    )
    return _document(header_html(history, language_is_rtl), WIDTH), _document(body, WIDTH)


def test_the_arabic_report_is_mirrored_with_values_left_to_right(arabic: str) -> None:
    header, body = report_documents()
    title = QCoreApplication.translate("report", "Serum magnesium report")
    assert title != "Serum magnesium report"
    assert x_of(header, title) > WIDTH / 2, "the title starts on the right"
    numbers = QCoreApplication.translate("report", "The numbers")
    assert x_of(body, numbers) > WIDTH / 2, "headings start on the right"
    date_head = QCoreApplication.translate("report", "Date")
    class_head = QCoreApplication.translate("report", "Class")
    assert x_of(body, date_head) > x_of(body, class_head), "the date column is the rightmost"
    results = QCoreApplication.translate("trend", "Results")
    assert x_of(body, results) > WIDTH / 2, "the numbers' names are the rightmost column"
    # A value reads before its unit, and a two-value cell low to high, left to right.
    assert x_of(body, "0.75 mmol/L") < x_of(body, "0.75 mmol/L", len("0.75 "))
    means = body.toPlainText()
    assert "0.95 / 0.80 mmol/L" in means
    assert x_of(body, "0.95 / 0.80") < x_of(body, "0.95 / 0.80", len("0.95 / "))
    assert x_of(body, "1.7 mg/dL") < x_of(body, "1.7 mg/dL", len("1.7 "))


def test_the_english_report_is_not_mirrored(qapp: QApplication) -> None:
    header, body = report_documents()
    assert x_of(header, "Serum magnesium report") < WIDTH / 4
    assert x_of(body, "Date") < x_of(body, "Class")
    assert "\u202a0.75 mmol/L" not in body.toPlainText(), "no direction marks around values left to right"


def test_the_arabic_report_pdf_renders(arabic: str, tmp_path: Path) -> None:
    path = write_report_pdf(
        tmp_path / "report-ar.pdf", falling_patient(), default_profile(), TODAY, made_at=MADE_AT, made_by="nurse"
    )
    png = render_page(path, tmp_path / "report-ar")
    assert png.stat().st_size > 10_000


def english_fragments(language: str) -> set[str]:
    """Literal pieces (12+ characters, between placeholders) of every source whose translation differs."""
    fragments: set[str] = set()
    for message in ET.parse(FOLDER / f"mgdesk_{language}.ts").getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        translated = "".join(translation.itertext()) if translation is not None else ""
        if not translated or translated == source:
            continue
        for part in re.split(r"\{\w*\}|%n|%\d|\n", source.replace("&", "")):
            piece = part.strip(" .,:;()")
            if len(piece) >= 12 and piece not in translated:
                fragments.add(piece)
    return fragments


@pytest.mark.parametrize("language", ["fr", "es", "pt_BR"])
def test_report_pdf_has_no_english_left(qapp: QApplication, language: str, tmp_path: Path) -> None:
    import pypdfium2

    install_language(qapp, language)
    try:
        path = write_report_pdf(
            tmp_path / f"report-{language}.pdf",
            falling_patient(),
            default_profile(),
            TODAY,
            made_at=MADE_AT,
            made_by="nurse",
        )
        render_page(path, tmp_path / f"report-{language}")
    finally:
        install_language(qapp, "en")
        QLocale.setDefault(QLocale.c())
    document = pypdfium2.PdfDocument(str(path))
    try:
        text = " ".join(document[0].get_textpage().get_text_range().split())
    finally:
        document.close()
    assert len(text) > 500  # the page's text was read
    citations = default_profile().sources.values()  # the profile's own words (a clinic's file: its language)
    left = sorted(
        fragment
        for fragment in english_fragments(language)
        if fragment in text and not any(fragment in citation for citation in citations)
    )
    assert left == [], f"English left in the {language} report: {left}"


@pytest.mark.parametrize("language", ["en", "fr", "es", "pt_BR", "ar"])
def test_the_report_fits_its_page_in_every_language(qapp: QApplication, language: str) -> None:
    """Nothing is cut off at the foot of the page, the line saying who made the report included."""
    page = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Portrait,
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
        QPageLayout.Unit.Millimeter,
    ).paintRectPixels(DPI)
    install_language(qapp, language)
    try:
        for history, today in (
            (falling_patient(), TODAY),
            (max(demo_clinic(DEMO_TODAY), key=lambda h: len(h.results)), DEMO_TODAY),
        ):
            summary = summarize(history.courses, history.results, default_profile(), today)
            laid_out = report_layout(
                history, summary, MgUnit.MG_DL, made_at=MADE_AT, made_by="nurse", size=(page.width(), page.height())
            )
            assert laid_out.height() <= page.height(), f"{language}, {history.patient.clinic_id}"
            assert laid_out.plot_height >= MIN_PLOT_HEIGHT
            if len(history.results) <= MIN_ROWS:
                assert laid_out.body.toPlainText().count("mmol/L") >= len(serum_results(history.results))
    finally:
        install_language(qapp, "en")
        QLocale.setDefault(QLocale.c())

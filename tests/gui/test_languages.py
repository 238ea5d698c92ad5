"""The window in each translated language: nothing left in English, nothing clipped, Arabic mirrored.

For every language whose catalogue is finished (no unfinished message in
``resources/translations/mgdesk_<lang>.ts``; languages join as their
translators finish), the real window is built with that language installed
the way ``mgdesk/app.py`` installs it, the demo clinic is opened, and every
menu action, place, and the dialogs that open without blocking are walked: no
visible text may still be an English source whose translation differs.  The
converter and the Patients place are photographed in each language (to a
temporary folder, or ``MGDESK_SCREENSHOT_DIR``) and checked at 1280x720 for
widgets squeezed below their minimum size hint.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QModelIndex, QPointF, Qt
from PySide6.QtGui import QAction, QImage
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from test_layout import squeezed_widgets

from mgdesk.domain.classify import classify
from mgdesk.domain.cohort import PatientHistory
from mgdesk.domain.measurement import parse_measurement
from mgdesk.domain.profile import default_profile
from mgdesk.domain.records import DrugClass, MagnesiumResult, MedicationCourse, Patient
from mgdesk.domain.units import MgUnit
from mgdesk.services.trends import trend_of
from mgdesk.store import create_demo_database
from mgdesk.ui.common.about import AboutNumbersDialog
from mgdesk.ui.common.i18n import LANGUAGES, install_language
from mgdesk.ui.common.messages import clinical_note, local_date
from mgdesk.ui.common.server_dialog import ServerDialog
from mgdesk.ui.common.settings import Settings
from mgdesk.ui.patients.record_dialogs import CourseDialog, PatientDialog, ResultDialog
from mgdesk.ui.report.patient_report import body_html
from mgdesk.ui.window import MainWindow

FOLDER = Path(__file__).resolve().parents[2] / "resources" / "translations"
DEMO_PATIENT = "DEMO-0182"


def catalogue(language: str) -> dict[str, str]:
    """English source -> translation (accelerators removed) of a language's finished messages."""
    found: dict[str, str] = {}
    for message in ET.parse(FOLDER / f"mgdesk_{language}.ts").getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") or message.get("numerus") == "yes":
            continue
        found[plain(message.findtext("source") or "")] = plain(translation.text or "")
    return found


def finished(language: str) -> bool:
    root = ET.parse(FOLDER / f"mgdesk_{language}.ts").getroot()
    return all(t.get("type") is None for t in root.iter("translation"))


def plain(text: str) -> str:
    """A text as compared: no accelerator mark, no shortcut after a tab, outer spaces trimmed."""
    return re.sub(r"&(?!&)", "", text.split("\t", maxsplit=1)[0]).strip()


TRANSLATED = [language for language in LANGUAGES if language != "en"]
FINISHED = [language for language in TRANSLATED if finished(language)]


def installed(app: QApplication, language: str) -> Iterator[str]:
    install_language(app, language)
    yield language
    install_language(app, "en")
    QLocale.setDefault(QLocale.c())  # as the suite's conftest leaves it


@pytest.fixture(params=FINISHED)
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each language whose catalogue is finished (the English check is meaningless before)."""
    yield from installed(qapp, request.param)


@pytest.fixture(params=TRANSLATED)
def any_language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Each language, finished or not (a message not yet translated shows its English source)."""
    yield from installed(qapp, request.param)


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_demo_database(tmp_path_factory.mktemp("demo") / "demo-clinic.sqlite3")


def open_window(qtbot: QtBot, demo_path: Path) -> MainWindow:
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    bands = window.converter.bands_box
    qtbot.waitUntil(lambda: window.converter.bands_box is not bands)  # filled after the first paint
    assert window.open_database(demo_path)
    view = window.show_patients()
    record = window.session.records.patient_by_clinic_id(DEMO_PATIENT)
    assert record is not None
    assert record.id is not None
    view.select_patient(record.id)
    qtbot.waitUntil(lambda: DEMO_PATIENT in view.header_label.text(), timeout=5000)
    return window


def menu_texts(menu: QMenu) -> Iterator[str]:
    yield menu.title()
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from menu_texts(sub)
        elif not action.isSeparator():
            yield action.text()


def widget_texts(root: QWidget) -> Iterator[str]:
    """The texts a user reads on ``root`` and its visible children (titles, labels, buttons, headers, hints)."""
    widgets = [root, *(w for w in root.findChildren(QWidget) if w.isVisibleTo(root))]
    for widget in widgets:
        yield widget.toolTip()
        if widget.isWindow():
            yield widget.windowTitle()
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget.title()
        elif isinstance(widget, QLineEdit):
            yield widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QListWidget):
            yield from (widget.item(i).text() for i in range(widget.count()))
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            columns = model.columnCount(QModelIndex())
            yield from (str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns))
        for action in widget.actions():
            if isinstance(action, QAction):
                yield action.text()


def english_left(texts: Iterator[str], language: str) -> list[str]:
    """Texts still showing an English source whose translation in ``language`` differs."""
    translated = catalogue(language)
    return sorted({plain(t) for t in texts if translated.get(plain(t), plain(t)) != plain(t)})


def test_no_visible_text_is_left_in_english(qtbot: QtBot, demo_path: Path, language: str) -> None:
    window = open_window(qtbot, demo_path)
    texts: list[str] = []
    for menu in window.menuBar().findChildren(QMenu):
        texts += menu_texts(menu)
    for index in range(window.places.count()):
        window.show_place(index)
        qtbot.wait(1)
        texts += widget_texts(window)
    clinic = window.clinic
    assert clinic is not None
    qtbot.waitUntil(lambda: clinic.model.rowCount() > 0, timeout=20_000)
    texts += widget_texts(window)
    profile = default_profile()
    dialogs: list[QDialog] = [
        PatientDialog(window),
        CourseDialog(window),
        ResultDialog(profile, MgUnit.MG_DL, window),
        ServerDialog(window),
        AboutNumbersDialog(profile, window),
    ]
    for dialog in dialogs:
        dialog.open()
        qtbot.waitExposed(dialog)
        texts += widget_texts(dialog)
        dialog.close()
    note = window.choose_language("en" if language != "en" else "fr")
    assert note is not None
    texts += widget_texts(note)
    note.close()
    assert len(texts) > 300  # the walk really saw the window
    assert english_left(iter(texts), language) == []


def test_numbers_follow_the_language(qtbot: QtBot, any_language: str) -> None:
    """The converter writes the language's decimal mark; a value typed either way is understood."""
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.converter.value_edit, "1.8 mg/dL")
    mark = QLocale().decimalPoint()
    assert mark == {"fr": ",", "es": ",", "pt_BR": ",", "ar": "."}[any_language]
    shown = window.converter.value_labels
    assert all(mark in label.text() or "." not in label.text() for label in shown.values())
    assert any(mark in label.text() for label in shown.values())


def test_places_fit_at_1280x720_and_are_photographed(
    qtbot: QtBot, demo_path: Path, any_language: str, tmp_path: Path
) -> None:
    language = any_language
    folder = Path(os.environ.get("MGDESK_SCREENSHOT_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    window = open_window(qtbot, demo_path)
    window.show_place(0)
    qtbot.keyClicks(window.converter.value_edit, "1,8 mg/dL")
    qtbot.wait(20)
    assert squeezed_widgets(window.converter) == []
    converter_shot = folder / f"converter-{language}.png"
    assert window.grab().save(str(converter_shot))
    window.show_patients()
    qtbot.wait(20)
    assert squeezed_widgets(window.patients) == []
    patients_shot = folder / f"patients-{language}.png"
    assert window.grab().save(str(patients_shot))
    for path in (converter_shot, patients_shot):
        image = QImage(str(path))
        assert (image.width(), image.height()) == (1280, 720)
        assert len({image.pixel(x, y) for x in range(0, 1280, 37) for y in range(0, 720, 29)}) > 20
    if QLocale(language).textDirection() is Qt.LayoutDirection.RightToLeft:
        nav = window.nav.mapTo(window, window.nav.rect().center())
        places = window.places.mapTo(window, window.places.rect().center())
        assert nav.x() > places.x(), "in a right-to-left language the places list sits on the right"
    # Plots are not mirrored: values on the left axis, time running left to right.
    trend = window.patients.trend
    assert trend is not None
    assert trend.plot is not None
    main = trend.plot.main
    assert main.getAxis("left").pos().x() < main.getAxis("right").pos().x()
    # The value axis writes the locale's decimal mark, like every other number.
    assert main.getAxis("left").tickStrings([0.75], 1.0, 0.05) == [f"0{QLocale().decimalPoint()}75"]
    low, high = main.getViewBox().viewRange()[0]
    assert (
        main.getViewBox().mapViewToScene(QPointF(low, 0)).x() < main.getViewBox().mapViewToScene(QPointF(high, 0)).x()
    )


def test_report_and_note_are_written_in_the_language(language: str) -> None:
    """The copy-for-note sentence and the report's text come from the catalogue, numbers in the locale."""
    profile = default_profile()
    result = classify(parse_measurement("1.8", MgUnit.MG_DL), profile)
    note = clinical_note(result)
    english = "Serum Mg 1.8 mg/dL = 0.74 mmol/L (normal; hypomagnesemia threshold 0.70 mmol/L)"
    assert note != english
    mark = QLocale().decimalPoint()
    for number in ("1.8", "0.74", "0.70"):
        assert number.replace(".", mark) in note
    metformin = MedicationCourse(DrugClass.METFORMIN, "metformin", dt.date(2020, 1, 1))
    stored = MagnesiumResult(dt.date(2024, 3, 5), parse_measurement("0.62", MgUnit.MMOL_L), "mmol/L")
    history = PatientHistory(Patient("P1"), (metformin,), (stored,))
    summary = trend_of(history, profile, dt.date(2025, 1, 1)).summary
    html = body_html(history, summary, MgUnit.MMOL_L, made_at=dt.datetime(2025, 1, 1, 9), made_by="t", max_rows=None)
    translated = catalogue(language)
    for heading in ("The numbers", "Profile and conversion"):
        assert translated[heading] != heading
        assert escape(translated[heading]) in html
        assert f">{heading}<" not in html
    assert escape(local_date(dt.date(2024, 3, 5))) in html


def test_language_setting_applies_at_the_next_start(qtbot: QtBot, qapp: QApplication) -> None:
    """Settings > Language keeps the choice, says it applies after a restart, and the next start uses it."""
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    names = {action.text() for action in window.language_actions.values()}
    assert {"Français", "Español", "Português (Brasil)", "العربية", "English"} <= names
    assert window.language_actions[""].isChecked()  # the system's language by default
    note = window.choose_language("fr")
    assert note is not None
    assert note.isVisible()
    assert "starts again" in note.text()
    assert "starts again" in window.statusBar().currentMessage()
    assert window.menuBar().actions()[0].text() == "&File"  # this window stays as it was built
    note.close()
    assert Settings().language == "fr"
    try:
        assert install_language(qapp, Settings().language) == "fr"  # as mgdesk/app.py does at start
        assert QLocale().decimalPoint() == ","
        rebuilt = MainWindow(Settings())
        qtbot.addWidget(rebuilt)
        assert rebuilt.menuBar().actions()[0].text() == "&Fichier"
        assert rebuilt.language_actions["fr"].isChecked()
    finally:
        install_language(qapp, "en")
        QLocale.setDefault(QLocale.c())


def test_english_chosen_on_a_french_system_leaves_no_french(qapp: QApplication) -> None:
    """The start configures the application for the system's locale, then installs the chosen language.

    Choosing English on a French system must give English everywhere: no catalogue of the system's
    language may stay installed underneath English's (which holds only plural forms) and answer for it.
    """
    from PySide6.QtCore import QCoreApplication

    from mgdesk.ui.common.look import configure_application

    QLocale.setDefault(QLocale("fr_FR"))  # what QLocale() is at start on a French system
    try:
        configure_application(qapp, icon=False)  # as mgdesk/app.py does, before install_language
        install_language(qapp, "en")
        assert QCoreApplication.translate("main", "&File") == "&File"
        install_language(qapp, "fr")
        assert QCoreApplication.translate("main", "&File") == "&Fichier"  # the catalogue is there to leak
    finally:
        install_language(qapp, "en")
        QLocale.setDefault(QLocale.c())

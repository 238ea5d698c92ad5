"""No two items of one menu, and no two labelled fields of one dialog or place, share an accelerator letter.

An accelerator (the underlined letter, ``&`` in the source) is how a nurse
reaches a field or a menu item with Alt and a letter.  When two items of the
same menu, or two buddy labels, buttons or tabs shown together, underline the
same letter, Alt+letter only cycles between them: a translation that reuses
a letter breaks the keyboard path the English one had.  Each language (and
English) is installed the way ``mgdesk/app.py`` installs it and the real
menus, places and dialogs are walked.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLabel, QMenu, QTabBar, QWidget
from pytestqt.qtbot import QtBot
from test_languages import open_window

from mgdesk.domain.profile import default_profile
from mgdesk.domain.units import MgUnit
from mgdesk.store import create_demo_database
from mgdesk.ui.common import collector
from mgdesk.ui.common.about import AboutNumbersDialog
from mgdesk.ui.common.i18n import LANGUAGES, install_language
from mgdesk.ui.common.server_dialog import ServerDialog
from mgdesk.ui.patients.import_dialog import ImportPreview
from mgdesk.ui.patients.record_dialogs import CourseDialog, PatientDialog, ResultDialog


def accelerator(text: str) -> str | None:
    """The letter Alt reaches, lower-cased (``&&`` is a literal ampersand), or None."""
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match[1].lower() if match else None


def clashes(items: Iterator[str]) -> dict[str, list[str]]:
    """Letters shared by two or more of ``items``, with the items that share them."""
    by_letter: defaultdict[str, list[str]] = defaultdict(list)
    for text in items:
        letter = accelerator(text)
        if letter is not None:
            by_letter[letter].append(text.split("\t")[0])
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


def menu_clashes(menu: QMenu) -> Iterator[tuple[str, dict[str, list[str]]]]:
    """Each menu's own items (submenus checked as menus of their own)."""
    found = clashes(action.text() for action in menu.actions() if action.isVisible() and not action.isSeparator())
    if found:
        yield menu.title(), found
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            yield from menu_clashes(sub)


def mnemonic_texts(root: QWidget) -> Iterator[str]:
    """What Alt+letter reaches on ``root`` now: buddy labels, buttons and tabs that are shown."""
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.window() is not root.window():
            continue
        if (isinstance(widget, QLabel) and widget.buddy() is not None) or isinstance(widget, QAbstractButton):
            yield widget.text()
        elif isinstance(widget, QTabBar):
            yield from (widget.tabText(i) for i in range(widget.count()) if widget.isTabVisible(i))


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return create_demo_database(tmp_path_factory.mktemp("demo") / "demo-clinic.sqlite3")


@pytest.fixture(params=LANGUAGES)
def every_language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")
    QLocale.setDefault(QLocale.c())


def test_accelerator_reads_qt_mnemonics() -> None:
    assert accelerator("&File") == "f"
    assert accelerator("Année de &naissance") == "n"
    assert accelerator("Fish && &Chips") == "c"
    assert accelerator("No mnemonic") is None
    assert clashes(iter(["&Nom", "Année de &naissance", "&Sexe"])) == {"n": ["&Nom", "Année de &naissance"]}


def test_no_two_items_of_one_menu_dialog_or_place_share_a_letter(
    qtbot: QtBot, demo_path: Path, every_language: str, tmp_path: Path
) -> None:
    window = open_window(qtbot, demo_path)
    found: dict[str, dict[str, list[str]]] = {}
    bar = window.menuBar()
    titles = clashes(action.text() for action in bar.actions() if action.isVisible())
    if titles:
        found["menu bar"] = titles
    for menu in (action.menu() for action in bar.actions()):
        if isinstance(menu, QMenu):
            found.update({f"menu {title}": shared for title, shared in menu_clashes(menu)})
    held = collector.pause_count()  # the live-updates thread's, while the database is open
    for index in range(window.places.count()):
        window.show_place(index)
        qtbot.wait(1)
        place = window.places.widget(index)
        shared = clashes(mnemonic_texts(place))
        if shared:
            found[f"place {index + 1}"] = shared
    # The Clinic place computes on a worker with collection paused: let it finish before the window closes.
    qtbot.waitUntil(lambda: collector.pause_count() == held, timeout=20_000)
    csv = tmp_path / "lab.csv"
    csv.write_text("patient,date,value,unit\nP1,2024-03-05,0.74,mmol/L\n", encoding="utf-8")
    profile = default_profile()
    dialogs: list[QDialog] = [
        PatientDialog(window),
        CourseDialog(window),
        ResultDialog(profile, MgUnit.MG_DL, window),
        ServerDialog(window),
        AboutNumbersDialog(profile, window),
        ImportPreview(csv, window),
    ]
    for dialog in dialogs:
        dialog.open()
        qtbot.waitExposed(dialog)
        shared = clashes(mnemonic_texts(dialog))
        if shared:
            found[f"dialog {dialog.windowTitle()}"] = shared
        dialog.close()
    assert found == {}, f"{every_language}: accelerator letters used twice: {found}"


def menu_bar_and_place_clashes(qtbot: QtBot, demo_path: Path) -> list[int]:
    """For each place, how many of the menu bar's titles and the place's own items share a letter."""
    window = open_window(qtbot, demo_path)
    titles = [action.text() for action in window.menuBar().actions() if action.isVisible()]
    held = collector.pause_count()
    counts = []
    for index in range(window.places.count()):
        window.show_place(index)
        qtbot.wait(1)
        shared = clashes(iter([*titles, *mnemonic_texts(window.places.widget(index))]))
        counts.append(sum(len(texts) for texts in shared.values()))
    qtbot.waitUntil(lambda: collector.pause_count() == held, timeout=20_000)
    window.close()
    return counts


def test_a_translation_adds_no_clash_between_the_menu_bar_and_a_place(
    qtbot: QtBot, demo_path: Path, every_language: str, qapp: QApplication
) -> None:
    """Alt+letter reaches a menu and the fields of the place shown: a translation must not make that worse.

    English itself still has some (the Unit menu and the plot's Unit field,
    say: Qt then alternates between them on each press); a translated
    catalogue may have other letters, never more of them in a place.
    """
    translated = menu_bar_and_place_clashes(qtbot, demo_path)
    install_language(qapp, "en")
    try:
        english = menu_bar_and_place_clashes(qtbot, demo_path)
    finally:
        install_language(qapp, every_language)
    worse = {index + 1: (n, english[index]) for index, n in enumerate(translated) if n > english[index]}
    assert worse == {}, f"{every_language}, place: (items sharing a letter, in English): {worse}"

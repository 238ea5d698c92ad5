"""The user guide (F1) in each language of the window: there, complete, and in the catalogue's words.

Each translated guide must teach the same keys as the English one, write the
threshold with the language's decimal mark, and name the places and menus
with the words the window itself shows in that language (read from the
language's catalogue, so guide and window cannot drift apart).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from mgdesk.ui.common.guide import guide_text
from mgdesk.ui.common.i18n import LANGUAGES, chosen_locale

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [language for language in LANGUAGES if language != "en"]
# Words of the window the guide names, as (context, source) in the catalogues.
NAMED = [("main", "Converter"), ("main", "Clinic"), ("main", "Mark reviewed"), ("main", "About the &numbers")]
SHORTCUT = re.compile(r"\b(?:Ctrl|Alt)(?:\+(?:Shift|Maj|Mayús))?\+(?:\w+)|\bF1\b")


def shortcuts(text: str) -> set[str]:
    return {key.replace("Maj", "Shift").replace("Mayús", "Shift") for key in SHORTCUT.findall(text)}


def catalogue_words(language: str) -> dict[tuple[str, str], str]:
    root = ET.parse(ROOT / "resources" / "translations" / f"mgdesk_{language}.ts").getroot()
    words = {}
    for context in root.iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            words[(context.findtext("name") or "", message.findtext("source") or "")] = translation.text or ""
    return words


@pytest.mark.parametrize("language", TRANSLATED)
def test_each_language_has_its_own_guide_teaching_the_same_keys(language: str) -> None:
    english, translated = guide_text("en"), guide_text(language)
    assert translated != english, f"no user-guide.{language}.md"
    assert shortcuts(translated) == shortcuts(english)
    assert translated.count("\n## ") == english.count("\n## ")
    assert translated.count("\n| ") == english.count("\n| "), "the keys table has the same rows"
    threshold = chosen_locale(language).toString(0.70, "f", 2)  # the locale the window writes numbers in
    assert f"{threshold} mmol/L" in translated.replace("\n", " ")


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_guide_names_places_and_menus_as_the_window_does(language: str) -> None:
    words = catalogue_words(language)
    text = " ".join(guide_text(language).split())  # Markdown wraps lines anywhere
    for key in NAMED:
        shown = words[key].replace("&", "")
        assert shown, f"{key} is not translated into {language} yet"
        assert shown in text, (language, key, shown)


def test_the_guide_follows_the_window_language(qapp: object) -> None:
    previous = QLocale()
    try:
        QLocale.setDefault(QLocale("fr_FR"))
        assert guide_text() == guide_text("fr")
        QLocale.setDefault(QLocale("de_DE"))  # no German catalogue: English
        assert guide_text() == guide_text("en")
    finally:
        QLocale.setDefault(previous)

"""The window's language: which catalogues to load, the locale numbers and dates follow, and the text direction.

``install_language`` runs once at start, before any widget is built (a
language chosen in Settings > Language applies after a restart).  It sets the
default ``QLocale`` (so every number and date the window writes through
``QLocale`` takes that language's decimal mark and short date format), loads
mgdesk's catalogue (``resources/translations/mgdesk_<lang>.qm``, compiled from
the ``.ts`` sources by ``packaging/translations.py build``) and Qt's own
``qtbase_<lang>.qm`` for the standard dialogs and buttons, and mirrors the
layout for a right-to-left language.  English is the source language; its
catalogue holds only the plural forms ("1 day", "2 days").
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

SYSTEM = ""  # the language setting's value for "the system's language"
# Each language the window speaks, named in its own language (the menu shows these names untranslated).
LANGUAGE_NAMES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "pt_BR": "Português (Brasil)",
    "ar": "العربية",
}
LANGUAGES: tuple[str, ...] = tuple(LANGUAGE_NAMES)
# Those written right to left (a test holds this to QLocale's text direction).  Named here so that a
# left-to-right start never builds Qt's ``Qt`` namespace (~15 ms of CPU) before the first frame.
RIGHT_TO_LEFT: frozenset[str] = frozenset({"ar"})

# Kept alive for the life of the application: Qt does not own installed translators.
_installed: list[QTranslator] = []


def catalogue_language(locale: QLocale) -> str:
    """The catalogue for a locale: its own, Brazilian Portuguese for any Portuguese, else English."""
    name = locale.name()  # e.g. "fr_CA", "pt_PT", "ar_EG"
    if name in LANGUAGE_NAMES:
        return name
    language = name.split("_")[0]
    if language == "pt":
        return "pt_BR"
    return language if language in LANGUAGE_NAMES else "en"


def chosen_locale(setting: str) -> QLocale:
    """The locale numbers and dates follow for the language setting.

    The system's for ``SYSTEM`` (or an unknown value).  For English, the
    system's when it is an English one (en_GB keeps day-first dates), else the
    C locale (ISO dates, decimal point), never a guessed country whose dates
    could be read the other way round.  For another language, that language's.

    Numbers and dates are always written with the digits 0-9 that lab
    analysers and reports print: an Arabic locale with Arabic-Indic digits
    (ar_EG, ar_SA) becomes Modern Standard Arabic's ``ar_001`` (decimal point,
    digits 0-9), so a date and a value never mix two digit systems.
    """
    system = QLocale.system()
    if setting == "en":
        locale = system if system.language() is QLocale.Language.English else QLocale.c()
    elif setting in LANGUAGE_NAMES:
        locale = QLocale(setting)
    else:
        locale = system
    if locale.language() is QLocale.Language.Arabic and locale.zeroDigit() != "0":
        return QLocale("ar_001")
    return locale


def catalogue_path(language: str) -> str:
    """Where mgdesk's compiled catalogue for ``language`` is installed (it may be missing in an unbuilt checkout)."""
    return str(resources.files("mgdesk.resources.translations") / f"mgdesk_{language}.qm")


def install_language(app: QCoreApplication, setting: str) -> str:
    """Set the locale, catalogues and direction for the language setting; return the catalogue language used."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = chosen_locale(setting)
    language = catalogue_language(locale)
    QLocale.setDefault(locale)
    # English first: its plural forms are the fallback for a message the language has not translated yet.
    for code in dict.fromkeys(("en", language)):
        own = QTranslator(app)
        if own.load(catalogue_path(code)):
            app.installTranslator(own)
            _installed.append(own)
        else:
            log.warning("no compiled catalogue %s: run python packaging/translations.py build", catalogue_path(code))
    if language != "en":
        qt = QTranslator(app)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(QLocale(language), "qtbase", "_", folder) or qt.load(
            QLocale(language), "qtbase", "_", str(Path(PySide6.__file__).parent / "Qt" / "translations")
        ):
            app.installTranslator(qt)
            _installed.append(qt)
        else:
            log.warning("no Qt catalogue qtbase for %s in %s", language, folder)
    right_to_left = language in RIGHT_TO_LEFT
    if isinstance(app, QApplication) and (right_to_left or app.isRightToLeft()):
        from PySide6.QtCore import Qt

        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
    return language

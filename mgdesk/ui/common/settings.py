"""The user's settings: unit, window, splitters, sort orders, plot choices, profile, language, last database, server.

The database kept is the one the user opened last (never the demo clinic).
Kept in an INI file in the user's configuration folder (Qt's standard
locations).  Defaults live here in one place and only values that differ
from them are written.  A settings file Qt cannot read is moved aside (named
``.corrupt-<time>``), logged, and the program carries on with defaults; a
value of the wrong kind is ignored the same way, never trusted.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from mgdesk.domain.units import MgUnit

log = logging.getLogger(__name__)

DEFAULT_UNIT = MgUnit.MG_DL


def settings_path() -> Path:
    """Where the settings file lives (it may not exist yet)."""
    return Path(_open().fileName())


def _open() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "mgdesk", "mgdesk")


class Settings:
    """Typed access to the settings file, with corruption handled on open."""

    def __init__(self) -> None:
        self._qsettings = _open()
        if self._qsettings.status() is not QSettings.Status.NoError:
            self._set_aside(Path(self._qsettings.fileName()))
            self._qsettings = _open()

    @staticmethod
    def _set_aside(path: Path) -> None:
        aside = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            path.rename(aside)
            log.warning("settings file %s could not be read; moved to %s, using defaults", path, aside)
        except OSError:
            log.exception("settings file %s could not be read nor moved aside; using defaults", path)

    @property
    def last_unit(self) -> MgUnit:
        raw = self._qsettings.value("converter/unit", DEFAULT_UNIT.value)
        try:
            return MgUnit(str(raw))
        except ValueError:
            log.warning("ignoring unknown unit %r in settings", raw)
            return DEFAULT_UNIT

    @last_unit.setter
    def last_unit(self, unit: MgUnit) -> None:
        self._write("converter/unit", unit.value, DEFAULT_UNIT.value)

    @property
    def geometry(self) -> QByteArray | None:
        raw = self._qsettings.value("window/geometry")
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._qsettings.setValue("window/geometry", value)

    @property
    def profile_path(self) -> Path | None:
        raw = self._qsettings.value("profile/path", "")
        return Path(raw) if isinstance(raw, str) and raw else None

    @profile_path.setter
    def profile_path(self, path: Path | None) -> None:
        self._write("profile/path", str(path) if path else "", "")

    @property
    def last_database(self) -> Path | None:
        """The database the user opened last (never the demo clinic), opened again at start."""
        raw = self._qsettings.value("database/last", "")
        return Path(raw) if isinstance(raw, str) and raw else None

    @last_database.setter
    def last_database(self, path: Path | None) -> None:
        self._write("database/last", str(path) if path else "", "")

    @property
    def clinic_server(self) -> str | None:
        """The last clinic server address that connected (never a password: the dialog asks for none)."""
        raw = self._qsettings.value("database/clinic_server", "")
        return raw if isinstance(raw, str) and raw.startswith("postgresql://") else None

    @clinic_server.setter
    def clinic_server(self, address: str | None) -> None:
        self._write("database/clinic_server", address or "", "")

    @property
    def language(self) -> str:
        """The window's language ("" for the system's, else a code of ``i18n.LANGUAGES``); applies at next start."""
        from mgdesk.ui.common.i18n import LANGUAGES, SYSTEM

        raw = self._qsettings.value("ui/language", SYSTEM)
        if raw != SYSTEM and raw not in LANGUAGES:
            log.warning("ignoring unknown language %r in settings", raw)
            return SYSTEM
        return str(raw)

    @language.setter
    def language(self, code: str) -> None:
        self._write("ui/language", code, "")

    def layout_state(self, name: str) -> QByteArray | None:
        """A saved splitter or header state (``QSplitter.saveState``, ``QHeaderView.saveState``), if any."""
        raw = self._qsettings.value(f"layout/{name}")
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def set_layout_state(self, name: str, state: QByteArray) -> None:
        self._qsettings.setValue(f"layout/{name}", state)

    def choice(self, key: str, allowed: tuple[str, ...]) -> str:
        """A saved choice among ``allowed`` (the first is the default); anything else is ignored."""
        raw = self._qsettings.value(f"choices/{key}", allowed[0])
        if raw not in allowed:
            log.warning("ignoring unknown %s %r in settings", key, raw)
            return allowed[0]
        return str(raw)

    def set_choice(self, key: str, value: str, allowed: tuple[str, ...]) -> None:
        self._write(f"choices/{key}", value, allowed[0])

    def _write(self, key: str, value: str, default: str) -> None:
        if value == default:
            self._qsettings.remove(key)
        else:
            self._qsettings.setValue(key, value)

    def sync(self) -> None:
        self._qsettings.sync()

"""Where the patient database lives when the user names none.

Mimics Qt's ``QStandardPaths.AppDataLocation`` for an application called
"mgdesk" with no organisation name, without importing Qt, so the command
line and the window find the same file.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "mgdesk"
DATABASE_FILE_NAME = "mgdesk.sqlite3"


def app_data_folder() -> Path:
    """The per-user data folder Qt would give an application named "mgdesk"."""
    if sys.platform == "win32":
        appdata = os.environ.get("APPDATA")
        base = Path(appdata) if appdata else Path.home() / "AppData" / "Roaming"
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        # The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else Path.home() / ".local" / "share"
    return base / APP_NAME


def default_database_path() -> Path:
    """The database file used when no ``--db`` / File > Open database is given."""
    return app_data_folder() / DATABASE_FILE_NAME

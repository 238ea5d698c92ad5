"""Fixtures for every test: nothing reads or writes the real user's files.

The autouse fixture points HOME and the XDG folders (where Qt's standard
locations, settings and the default database live) at a temporary folder, so
a test can never touch a clinician's settings or patient database.  Qt is not
imported here: the Qt-free job runs the core tests with PySide6 unimportable.
``pg_server`` starts one throw-away PostgreSQL cluster per run (the run fails,
never skips, when PostgreSQL is not installed) and ``pg_url`` gives a test a
fresh database on it.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from pg_server import MissingPostgresError, PgServer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

settings.register_profile(
    "ci", derandomize=True, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)
settings.register_profile("dev", deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")


@pytest.fixture(autouse=True)
def isolated_user_folders(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Give each test its own empty home, config, data and cache folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    for name, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        folder = home / sub
        folder.mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(folder))
    return home


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """One throw-away PostgreSQL cluster for the whole run (see tests/pg_server.py); fails when none can run."""
    try:
        server = PgServer()
    except MissingPostgresError as error:
        pytest.fail(str(error), pytrace=False)
    with server:
        yield server


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer) -> str:
    """A database migrated to the current schema, copied for each test that needs a fresh one."""
    from mgdesk.store import open_database

    name = pg_server.new_database()
    open_database(pg_server.url(name)).close()
    return name


@pytest.fixture
def pg_url(pg_server: PgServer, pg_template: str) -> Iterator[str]:
    """The URL of a fresh current-schema database on the test server, dropped afterwards."""
    name = pg_server.new_database(template=pg_template)
    yield pg_server.url(name)
    pg_server.drop_database(name)

"""The store tests' database, on both engines: an SQLite file and a PostgreSQL database.

Every test taking ``records`` or ``database_target`` runs twice, once on a
fresh file in the test's temporary folder and once on a fresh database on the
test server (tests/pg_server.py), so the two engines stay equal.
"""

from collections.abc import Iterator
from pathlib import Path

import pytest

from mgdesk.store import Records, open_database


@pytest.fixture(params=["sqlite", "postgresql"])
def database_target(request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """Where a fresh current-schema database is: a file path, or a server URL."""
    if request.param == "sqlite":
        return tmp_path / "db.sqlite3"
    url: str = request.getfixturevalue("pg_url")
    return url


@pytest.fixture
def records(database_target: str | Path) -> Iterator[Records]:
    with open_database(database_target) as db:
        yield Records(db)

"""The store tests' database: a fresh file in the test's temporary folder."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from mgdesk.store import Records, open_database


@pytest.fixture
def records(tmp_path: Path) -> Iterator[Records]:
    with open_database(tmp_path / "db.sqlite3") as db:
        yield Records(db)

"""Schema versions: what a file holds, and bringing it up to this mgdesk's.

Migrations are Alembic scripts shipped in ``mgdesk/store/migrations`` and
found through ``importlib.resources`` (no alembic.ini, nothing relative to
the checkout).  Revision identifiers are zero-padded numbers, so "newer
than this program" is a plain comparison.  The whole upgrade runs in one
transaction with the version stamp: it happens completely or not at all.
"""

from __future__ import annotations

import contextlib
import importlib.resources
from collections.abc import Iterator
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from mgdesk.domain.errors import NotADatabaseError, SchemaTooNewError

VERSION_TABLE = "alembic_version"


@contextlib.contextmanager
def _config() -> Iterator[Config]:
    location = importlib.resources.files("mgdesk.store") / "migrations"
    with importlib.resources.as_file(location) as folder:
        config = Config()
        config.set_main_option("script_location", str(folder))
        yield config


def schema_version() -> str:
    """The schema version this mgdesk writes (the newest migration)."""
    with _config() as config:
        head = ScriptDirectory.from_config(config).get_current_head()
    assert head is not None
    return head


def known_versions() -> list[str]:
    with _config() as config:
        return sorted(script.revision for script in ScriptDirectory.from_config(config).walk_revisions())


def file_version(connection: Connection) -> str | None:
    """The schema version stamped in the open database; None for an empty file.

    Raises ``NotADatabaseError`` for a file (or server database) holding
    other tables but no version stamp (another program's database), and
    ``SchemaTooNewError`` for a stamp this mgdesk does not know.
    """
    tables = set(inspect(connection).get_table_names())
    if VERSION_TABLE not in tables:
        if tables:
            what = "SQLite file" if connection.dialect.name == "sqlite" else "server database"
            raise NotADatabaseError(
                f"This {what} belongs to another program (it has tables but no mgdesk schema version); "
                "it was left as it is."
            )
        return None
    version = MigrationContext.configure(connection).get_current_revision()
    if version is None and tables - {VERSION_TABLE}:
        raise NotADatabaseError(
            f"This SQLite file has tables ({', '.join(sorted(tables - {VERSION_TABLE})[:4])}) but an empty "
            "mgdesk schema version, so mgdesk cannot tell what it holds (another program's file, or a damaged "
            "one). It was left as it is: restore it from a backup, or open another file."
        )
    known = known_versions()
    if version is not None and version not in known:
        current = known[-1]
        if version.isdigit() and int(version) > int(current):
            raise SchemaTooNewError(code="db-schema-too-new", version=version, current=current)
        raise NotADatabaseError(f"This database has an unknown schema version {version!r}; it was left as it is.")
    return version


def upgrade(connection: Connection, target: str = "head") -> None:
    """Run the migrations up to ``target`` inside the caller's transaction."""
    with _config() as config:
        config.attributes["connection"] = connection
        command.upgrade(config, target)


def backup_path(database: Path, version: str) -> Path:
    """Where the copy of a schema-``version`` file goes before it is migrated."""
    candidate = database.with_name(f"{database.stem}.schema-{version}.backup{database.suffix}")
    number = 2
    while candidate.exists():
        candidate = database.with_name(f"{database.stem}.schema-{version}.backup-{number}{database.suffix}")
        number += 1
    return candidate

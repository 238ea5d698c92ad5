"""Moving a workstation's database to the clinic server: ``mgdesk db copy`` and the window's action.

Opens the source file (read-only when it sits on a network folder, where
mgdesk never writes) and the target, usually a ``postgresql://`` server,
and copies every record with its audit and provenance, verified table by
table (``store.copy_database``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from mgdesk.domain.errors import NetworkFolderError

if TYPE_CHECKING:
    from mgdesk.store import CopyReport, Database


def copy_to(
    source: Path | str,
    target: Path | str,
    *,
    merge: bool = False,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> CopyReport:
    """Copy the database ``source`` into ``target`` (refused when it holds records, unless ``merge``).

    ``progress(done, total)`` counts rows; ``cancelled()`` true stops the copy with nothing kept.
    """
    from mgdesk.store import copy_database, open_database

    with _open_source(source) as src, open_database(target) as dst:
        return copy_database(src, dst, merge=merge, progress=progress, cancelled=cancelled)


def _open_source(source: Path | str) -> Database:
    from mgdesk.store import open_database

    try:
        return open_database(source)
    except NetworkFolderError:
        return open_database(source, read_only=True)

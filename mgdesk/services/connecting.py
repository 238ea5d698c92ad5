"""Trying a clinic server before the window keeps its address: File > Connect to clinic server.

``check_server`` opens the database at a ``postgresql://`` address (which
creates or upgrades its tables, as any opening does), says how it is named,
and closes it again; failures are the store's own errors with their plain
messages (unreachable, login refused, newer schema).
"""

from __future__ import annotations


def check_server(address: str) -> str:
    """Open and close the server database at ``address``; return how it is named (raises ``StoreError``)."""
    from mgdesk.store import open_database

    with open_database(address) as database:
        return database.location

"""Alembic migration scripts, shipped inside the package and run by ``mgdesk.store.migrate``."""

"""Alembic environment: migrate the connection ``mgdesk.store.migrate`` hands over.

There is no alembic.ini: the caller opens a transaction on its own
connection and passes it in ``config.attributes["connection"]``, so a
migration and the version stamp commit or roll back together.
"""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(connection=connection, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()

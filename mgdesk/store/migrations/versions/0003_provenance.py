"""Schema 3: where each result came from, one audit entry per import, the qualifier in its own column.

- ``imports``: one row per file import (who from the operating system, the
  workstation, when, the file name, its SHA-256 and the rows added).
- ``mg_results`` and ``medication_courses`` gain ``import_id`` and
  ``source_line`` (the import and the file line a row came from; both NULL
  for a row typed in the window) and ``entry`` ("manual", "import", or
  "legacy" for rows stored before this schema, whose per-row audit entries
  say who entered them).
- ``mg_results.qualifier`` holds the ``<`` / ``>`` that used to lead
  ``value_as_written``; existing rows are split here, so nothing parses one
  column three ways.
- ``audit_log.workstation``: the machine a change was made on.

Additive only: no table is rebuilt and no row is lost.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "imports",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("os_user", sa.String(200), nullable=False),
        sa.Column("workstation", sa.String(200), nullable=False),
        sa.Column("file_name", sa.String(300), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("rows_added", sa.Integer, nullable=False),
    )
    op.create_index("ix_imports_sha256", "imports", ["sha256"])
    for table in ("mg_results", "medication_courses"):
        # SQLite cannot add a foreign key in place: batch mode copies the table (other engines ALTER it).
        with op.batch_alter_table(table) as batch:
            if table == "mg_results":
                batch.add_column(sa.Column("qualifier", sa.String(1), nullable=False, server_default=""))
            batch.add_column(sa.Column("import_id", sa.Integer, nullable=True))
            batch.add_column(sa.Column("source_line", sa.Integer, nullable=True))
            batch.add_column(sa.Column("entry", sa.String(8), nullable=False, server_default="legacy"))
            batch.create_foreign_key(f"fk_{table}_import", "imports", ["import_id"], ["id"])
    # No index on (import_id, source_line): it would slow every import, and the one query that
    # needs it (a re-import of the same file) reads the table once per import.
    with op.batch_alter_table("audit_log", recreate="never") as batch:
        batch.add_column(sa.Column("workstation", sa.String(200), nullable=True))
    results = sa.table("mg_results", sa.column("qualifier", sa.String), sa.column("value_as_written", sa.String))
    written = results.c.value_as_written
    op.execute(
        results.update()
        .where(sa.or_(written.startswith("<"), written.startswith(">")))
        .values(qualifier=sa.func.substr(written, 1, 1), value_as_written=sa.func.substr(written, 2))
    )


def downgrade() -> None:
    results = sa.table("mg_results", sa.column("qualifier", sa.String), sa.column("value_as_written", sa.String))
    op.execute(
        results.update()
        .where(results.c.qualifier != "")
        .values(value_as_written=results.c.qualifier + results.c.value_as_written)
    )
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("workstation")
    for table in ("mg_results", "medication_courses"):
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(f"fk_{table}_import", type_="foreignkey")
            if table == "mg_results":
                batch.drop_column("qualifier")
            batch.drop_column("entry")
            batch.drop_column("source_line")
            batch.drop_column("import_id")
    op.drop_index("ix_imports_sha256", "imports")
    op.drop_table("imports")

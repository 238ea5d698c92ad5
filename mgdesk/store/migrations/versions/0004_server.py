"""Schema 4: what several workstations sharing one database need.

A ``version`` on every record (optimistic locking: an edit names the version
it started from, and a newer one means someone else saved first), a
client-generated ``uuid`` on results (unique, so a result sent twice from a
workstation's outbox is stored once), and the database role of every audit
entry beside its OS user and workstation (the workstation column itself came
with 0003).  Additive only: existing rows get
version 1 and no uuid.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0006"  # the last of main's chain (0003, 0005, 0006) when the branches met
branch_labels = None
depends_on = None

VERSIONED = ("patients", "medication_courses", "mg_results")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    with op.batch_alter_table("mg_results") as batch:
        batch.add_column(sa.Column("uuid", sa.String(36), nullable=True))
        batch.create_unique_constraint("uq_mg_results_uuid", ["uuid"])
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("db_role", sa.String(200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("db_role")
    with op.batch_alter_table("mg_results") as batch:
        batch.drop_constraint("uq_mg_results_uuid", type_="unique")
        batch.drop_column("uuid")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")

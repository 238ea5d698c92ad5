"""Schema 7: the indexes that imported rows leave empty no longer hold them.

A result's client ``uuid`` (made by the workstation that entered it by hand,
so a result sent twice from its outbox is stored once) and its ``lab_ref``
(the lab's own identity of a result, from HL7 v2 or FHIR) are empty for the
rows of a CSV import, which are most rows.  Both indexes become partial
(``WHERE uuid IS NOT NULL``, ``WHERE lab_ref IS NOT NULL``): every client
uuid stays unique, the lookups by uuid and by (patient, lab_ref) still use
them (SQLite "Partial Indexes", section 2.2; PostgreSQL "Partial Indexes",
section 11.8), and an import no longer writes an index entry per row for
nothing.  On SQLite the unique constraint is part of the table, so the table
is rebuilt (SQLite "ALTER TABLE", section 7: the caller runs the upgrade
with foreign key checks off and checks them all before it commits).  No row
changes.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0004"
branch_labels = None
depends_on = None

UUID_GIVEN = "uuid IS NOT NULL"
LAB_REF_GIVEN = "lab_ref IS NOT NULL"


def upgrade() -> None:
    with op.batch_alter_table("mg_results") as batch:
        batch.drop_constraint("uq_mg_results_uuid", type_="unique")
        batch.drop_index("ix_mg_results_patient_lab_ref")
    op.create_index(
        "uq_mg_results_uuid",
        "mg_results",
        ["uuid"],
        unique=True,
        sqlite_where=sa.text(UUID_GIVEN),
        postgresql_where=sa.text(UUID_GIVEN),
    )
    op.create_index(
        "ix_mg_results_patient_lab_ref",
        "mg_results",
        ["patient_id", "lab_ref"],
        sqlite_where=sa.text(LAB_REF_GIVEN),
        postgresql_where=sa.text(LAB_REF_GIVEN),
    )


def downgrade() -> None:
    op.drop_index("ix_mg_results_patient_lab_ref", "mg_results")
    op.drop_index("uq_mg_results_uuid", "mg_results")
    with op.batch_alter_table("mg_results") as batch:
        batch.create_unique_constraint("uq_mg_results_uuid", ["uuid"])
        batch.create_index("ix_mg_results_patient_lab_ref", ["patient_id", "lab_ref"])

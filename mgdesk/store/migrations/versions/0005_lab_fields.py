"""Schema 5: what the lab reported beside a result.

Four columns on ``mg_results``, all additive: the result status (final,
corrected, preliminary; existing rows are final), the lab's reference range
and abnormal flag as written, and the lab's own identity of the result
(HL7 v2 filler order and OBX code, or a FHIR Observation identifier), by
which a corrected or final result replaces the earlier one.  An index finds
that earlier result.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0003"  # re-chained after 0003_provenance when the branches met
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mg_results") as batch:
        batch.add_column(sa.Column("status", sa.String(16), nullable=False, server_default="final"))
        batch.add_column(sa.Column("reference_range", sa.String(100), nullable=True))
        batch.add_column(sa.Column("lab_flag", sa.String(16), nullable=True))
        batch.add_column(sa.Column("lab_ref", sa.String(300), nullable=True))
    op.create_index("ix_mg_results_patient_lab_ref", "mg_results", ["patient_id", "lab_ref"])


def downgrade() -> None:
    op.drop_index("ix_mg_results_patient_lab_ref", "mg_results")
    with op.batch_alter_table("mg_results") as batch:
        batch.drop_column("lab_ref")
        batch.drop_column("lab_flag")
        batch.drop_column("reference_range")
        batch.drop_column("status")

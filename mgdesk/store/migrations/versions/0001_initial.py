"""Schema 1: patients, medication courses, magnesium results and the audit log."""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _soft_delete() -> list[sa.Column[object]]:
    return [
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_reason", sa.Text, nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "patients",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("clinic_id", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=True),
        sa.Column("birth_year", sa.Integer, nullable=True),
        sa.Column("sex", sa.String(1), nullable=True),
        sa.Column("notes", sa.Text, nullable=False, server_default=""),
        *_soft_delete(),
    )
    op.create_table(
        "medication_courses",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("patient_id", sa.Integer, sa.ForeignKey("patients.id"), nullable=False),
        sa.Column("drug_class", sa.String(40), nullable=False),
        sa.Column("drug", sa.String(200), nullable=False),
        sa.Column("start", sa.Date, nullable=False),
        sa.Column("stop", sa.Date, nullable=True),
        sa.Column("daily_dose_mg", sa.String(32), nullable=True),
        *_soft_delete(),
    )
    op.create_table(
        "mg_results",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("patient_id", sa.Integer, sa.ForeignKey("patients.id"), nullable=False),
        sa.Column("collected_on", sa.Date, nullable=False),
        sa.Column("collected_at", sa.Time, nullable=True),
        sa.Column("value_as_written", sa.String(40), nullable=False),
        sa.Column("unit_as_written", sa.String(40), nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("specimen", sa.String(16), nullable=False),
        sa.Column("source", sa.String(300), nullable=False),
        sa.Column("lab", sa.String(200), nullable=True),
        sa.Column("comment", sa.Text, nullable=False, server_default=""),
        *_soft_delete(),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("os_user", sa.String(200), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("table_name", sa.String(40), nullable=False),
        sa.Column("record_id", sa.Integer, nullable=False),
        sa.Column("old_values", sa.Text, nullable=True),
        sa.Column("new_values", sa.Text, nullable=True),
    )


def downgrade() -> None:
    for table in ("audit_log", "mg_results", "medication_courses", "patients"):
        op.drop_table(table)

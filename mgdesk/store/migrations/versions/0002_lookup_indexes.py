"""Schema 2: indexes for the lookups the window makes on every click.

A patient's results by date, a patient's courses, and the name search.
"""

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_mg_results_patient_date", "mg_results", ["patient_id", "collected_on"])
    op.create_index("ix_medication_courses_patient", "medication_courses", ["patient_id"])
    op.create_index("ix_patients_name", "patients", ["name"])


def downgrade() -> None:
    op.drop_index("ix_patients_name", "patients")
    op.drop_index("ix_medication_courses_patient", "medication_courses")
    op.drop_index("ix_mg_results_patient_date", "mg_results")

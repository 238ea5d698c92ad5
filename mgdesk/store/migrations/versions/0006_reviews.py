"""Schema 6: reviews, a clinician's sign-off of a result (who, when, an optional comment).

A review is undone by marking it deleted (with when and why), like every
other record, so the audit log keeps the whole story.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("result_id", sa.Integer, sa.ForeignKey("mg_results.id"), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("os_user", sa.String(200), nullable=False),
        sa.Column("comment", sa.Text, nullable=False, server_default=""),
        sa.Column("deleted_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("deleted_reason", sa.Text, nullable=True),
    )
    op.create_index("ix_reviews_result", "reviews", ["result_id"])


def downgrade() -> None:
    op.drop_index("ix_reviews_result", "reviews")
    op.drop_table("reviews")

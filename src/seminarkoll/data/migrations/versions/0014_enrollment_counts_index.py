"""An index that holds what the participant counts of every cohort read (cohort, status,
joined, left), so `seminarkoll list` and the programme tree count without reading the table.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01 21:35:00
"""

from __future__ import annotations

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_enrollment_counts", "enrollment", ["cohort_id", "status", "joined_on", "left_on"]
    )


def downgrade() -> None:
    op.drop_index("ix_enrollment_counts", table_name="enrollment")

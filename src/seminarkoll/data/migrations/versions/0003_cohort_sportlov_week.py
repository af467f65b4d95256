"""Store each cohort's sportlov week, so later date warnings use the municipality's week.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 14:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("cohort") as batch:
        batch.add_column(
            sa.Column("sportlov_week", sa.Integer(), nullable=False, server_default="9")
        )
        batch.create_check_constraint("sportlov_week_in_range", "sportlov_week BETWEEN 7 AND 10")


def downgrade() -> None:
    with op.batch_alter_table("cohort") as batch:
        batch.drop_constraint(op.f("ck_cohort_sportlov_week_in_range"), type_="check")
        batch.drop_column("sportlov_week")

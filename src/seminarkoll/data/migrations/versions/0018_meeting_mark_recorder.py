"""Group meeting marks record who took them and when (concurrent marks at one meeting).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-02 01:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("group_meeting_attendance") as batch:
        batch.add_column(sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(
            sa.Column("recorded_by", sa.String(length=200), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("group_meeting_attendance") as batch:
        batch.drop_column("recorded_by")
        batch.drop_column("recorded_at")

"""A group meeting remembers its last unlock after signing: when, by whom and why (a seminar's
unlocks are in the sign-off log).

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-02 07:20:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("group_meeting") as batch:
        batch.add_column(sa.Column("unlocked_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(
            sa.Column("unlocked_by", sa.String(length=200), nullable=False, server_default="")
        )
        batch.add_column(sa.Column("unlock_reason", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("group_meeting") as batch:
        batch.drop_column("unlock_reason")
        batch.drop_column("unlocked_by")
        batch.drop_column("unlocked_at")

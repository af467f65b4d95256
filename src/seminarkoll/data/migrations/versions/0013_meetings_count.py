"""Let a programme count group meetings toward completion, and let a meeting's attendance be
signed off (who signed, and when).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01 20:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("programme") as batch:
        batch.add_column(
            sa.Column("meetings_count", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("group_meeting") as batch:
        batch.add_column(sa.Column("signed_off_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(sa.Column("signed_off_by", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("group_meeting") as batch:
        batch.drop_column("signed_off_by")
        batch.drop_column("signed_off_at")
    with op.batch_alter_table("programme") as batch:
        batch.drop_column("meetings_count")

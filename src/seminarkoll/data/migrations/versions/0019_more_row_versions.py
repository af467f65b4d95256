"""Programmes, theme areas and group meetings carry a version and who changed them last and
when, as cohorts and seminars do (concurrent edits).

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-02 07:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None

TABLES = ("programme", "theme_area", "group_meeting")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
            batch.add_column(sa.Column("changed_at", sa.DateTime(timezone=True), nullable=True))
            batch.add_column(
                sa.Column("changed_by", sa.String(length=200), nullable=False, server_default="")
            )


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("changed_by")
            batch.drop_column("changed_at")
            batch.drop_column("version")

"""Calendar exports: a random identity per database for event UIDs, a revision per seminar.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 15:30:00
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_SETTING = sa.table("app_setting", sa.column("key", sa.String), sa.column("value", sa.String))


def upgrade() -> None:
    with op.batch_alter_table("seminar") as batch:
        batch.add_column(
            sa.Column("calendar_revision", sa.Integer(), nullable=False, server_default="0")
        )
        batch.add_column(
            sa.Column("calendar_digest", sa.String(length=64), nullable=False, server_default="")
        )
    op.bulk_insert(_SETTING, [{"key": "database_id", "value": uuid.uuid4().hex}])


def downgrade() -> None:
    op.execute(_SETTING.delete().where(_SETTING.c.key == "database_id"))
    with op.batch_alter_table("seminar") as batch:
        batch.drop_column("calendar_digest")
        batch.drop_column("calendar_revision")

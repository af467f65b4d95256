"""Drop the index on person.search_key: searches use infix LIKE, which no B-tree can serve.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 13:05:00
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_person_search_key", table_name="person")


def downgrade() -> None:
    op.create_index("ix_person_search_key", "person", ["search_key"], unique=False)

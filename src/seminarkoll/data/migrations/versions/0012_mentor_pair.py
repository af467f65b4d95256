"""Groups of the kind mentor pair: a mentor (the group's leader) and the manager they mentor.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 20:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

_OLD = ("learning_team", "mentor_group", "discussion_group")
_NEW = (*_OLD, "mentor_pair")


def _kind(values: tuple[str, ...]) -> sa.Enum:
    return sa.Enum(*values, name="group_kind", native_enum=False, create_constraint=True, length=24)


def upgrade() -> None:
    with op.batch_alter_table("cohort_group") as batch:
        batch.alter_column("kind", existing_type=_kind(_OLD), type_=_kind(_NEW))


def downgrade() -> None:
    group = sa.table("cohort_group", sa.column("kind", sa.String()))
    op.execute(group.update().where(group.c.kind == "mentor_pair").values(kind="mentor_group"))
    with op.batch_alter_table("cohort_group") as batch:
        batch.alter_column("kind", existing_type=_kind(_NEW), type_=_kind(_OLD))

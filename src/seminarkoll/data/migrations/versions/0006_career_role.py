"""Add career_role: later leadership roles of alumni (rektor, förskolechef ...) for the pipeline.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 14:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "career_role",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("workplace_id", sa.Integer(), nullable=True),
        sa.Column("started_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint(
            "ended_on IS NULL OR ended_on >= started_on",
            name=op.f("ck_career_role_dates_in_order"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_career_role_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["workplace_id"],
            ["workplace.id"],
            name=op.f("fk_career_role_workplace_id_workplace"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_career_role")),
    )
    op.create_index(op.f("ix_career_role_person_id"), "career_role", ["person_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_career_role_person_id"), table_name="career_role")
    op.drop_table("career_role")

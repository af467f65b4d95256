"""Erasure log (anonymisations and thinnings, applied again after restoring an older backup)
and the outcome summary that keeps each participant's result when a cohort is thinned.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 15:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "erasure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("person_created_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cutoff", sa.Date(), nullable=True),
        sa.Column("done_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("done_by", sa.String(length=200), nullable=False),
        sa.CheckConstraint("kind IN ('anonymise', 'thin')", name=op.f("ck_erasure_known_kind")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_erasure")),
    )
    op.create_table(
        "outcome_summary",
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("state", sa.String(length=24), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("attended", sa.Integer(), nullable=False),
        sa.Column("expected", sa.Integer(), nullable=False),
        sa.Column("required", sa.Integer(), nullable=False),
        sa.Column("missed", sa.Integer(), nullable=False),
        sa.Column("made_up", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollment.id"],
            name=op.f("fk_outcome_summary_enrollment_id_enrollment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("enrollment_id", name=op.f("pk_outcome_summary")),
    )


def downgrade() -> None:
    op.drop_table("outcome_summary")
    op.drop_table("erasure")

"""Certificates: when each enrolment's certificate was issued, and the organisation that signs.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 15:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("enrollment") as batch:
        batch.add_column(
            sa.Column("certificate_issued_at", sa.DateTime(timezone=True), nullable=True)
        )
    op.create_table(
        "organisation_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("logo", sa.LargeBinary(), nullable=True),
        sa.Column("signer_name", sa.String(length=200), nullable=False),
        sa.Column("signer_title", sa.String(length=200), nullable=False),
        sa.Column("place", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_organisation_profile")),
    )


def downgrade() -> None:
    op.drop_table("organisation_profile")
    with op.batch_alter_table("enrollment") as batch:
        batch.drop_column("certificate_issued_at")

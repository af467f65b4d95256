"""Hash chain over the audit trail: attendance changes and sign-off events store the hash of the
row before them and of themselves; audit_seal keeps each chain's end. Existing rows are chained.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 14:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

CHAINED = ("attendance_change", "signoff_event")


def upgrade() -> None:
    from seminarkoll.data.audit_chain import reseal

    for table in CHAINED:
        # Plain ADD COLUMN (a default makes NOT NULL allowed): no table rebuild.
        op.add_column(
            table, sa.Column("prev_hash", sa.String(length=64), nullable=False, server_default="")
        )
        op.add_column(
            table, sa.Column("row_hash", sa.String(length=64), nullable=False, server_default="")
        )
    op.create_table(
        "audit_seal",
        sa.Column("chain", sa.String(length=40), nullable=False),
        sa.Column("last_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("broken", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("chain", name=op.f("pk_audit_seal")),
    )
    for table in CHAINED:
        reseal(op.get_bind(), table, "")


def downgrade() -> None:
    op.drop_table("audit_seal")
    for table in CHAINED:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("row_hash")
            batch.drop_column("prev_hash")

"""Intake: application statuses (interview booked, interviewed, waitlisted, declined), the
interview's time and outcome on the enrolment, and a dated step per status change.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 15:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_OLD = ("applied", "accepted", "enrolled", "withdrawn", "completed")
_NEW = (
    "applied",
    "interview_booked",
    "interviewed",
    "waitlisted",
    "declined",
    "accepted",
    "enrolled",
    "withdrawn",
    "completed",
)
_BACK = {
    "interview_booked": "applied",
    "interviewed": "applied",
    "waitlisted": "applied",
    "declined": "withdrawn",
}
"""Where the new statuses go on a downgrade: still an applicant, or no longer taking part."""


def _status(values: tuple[str, ...], name: str = "enrollment_status") -> sa.Enum:
    return sa.Enum(*values, name=name, native_enum=False, create_constraint=True, length=24)


def upgrade() -> None:
    with op.batch_alter_table("enrollment") as batch:
        batch.alter_column("status", existing_type=_status(_OLD), type_=_status(_NEW))
        batch.add_column(sa.Column("interview_at", sa.DateTime(timezone=True), nullable=True))
        batch.add_column(
            sa.Column("interview_outcome", sa.Text(), nullable=False, server_default="")
        )
    op.create_table(
        "intake_step",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("status", _status(_NEW, "intake_step_status"), nullable=False),
        sa.Column("taken_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollment.id"],
            name=op.f("fk_intake_step_enrollment_id_enrollment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_intake_step")),
    )
    op.create_index(op.f("ix_intake_step_enrollment_id"), "intake_step", ["enrollment_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_intake_step_enrollment_id"), table_name="intake_step")
    op.drop_table("intake_step")
    enrollment = sa.table("enrollment", sa.column("status", sa.String()))
    for new, old in _BACK.items():
        op.execute(enrollment.update().where(enrollment.c.status == new).values(status=old))
    with op.batch_alter_table("enrollment") as batch:
        batch.drop_column("interview_outcome")
        batch.drop_column("interview_at")
        batch.alter_column("status", existing_type=_status(_NEW), type_=_status(_OLD))

"""Add group_meeting and group_meeting_attendance: a group's own meetings and who came.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 18:15:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_STATUSES = ("present", "late", "excused", "absent")


def upgrade() -> None:
    op.create_table(
        "group_meeting",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("leader_person_id", sa.Integer(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "start_time IS NULL OR end_time IS NULL OR end_time > start_time",
            name=op.f("ck_group_meeting_times_in_order"),
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["cohort_group.id"],
            name=op.f("fk_group_meeting_group_id_cohort_group"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["leader_person_id"],
            ["person.id"],
            name=op.f("fk_group_meeting_leader_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_meeting")),
        sa.UniqueConstraint("group_id", "date", name=op.f("uq_group_meeting_group_id_date")),
    )
    op.create_index(
        op.f("ix_group_meeting_leader_person_id"), "group_meeting", ["leader_person_id"]
    )
    op.create_table(
        "group_meeting_attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                *_STATUSES,
                name="meeting_attendance_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["group_meeting.id"],
            name=op.f("fk_group_meeting_attendance_meeting_id_group_meeting"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollment.id"],
            name=op.f("fk_group_meeting_attendance_enrollment_id_enrollment"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_group_meeting_attendance")),
        sa.UniqueConstraint(
            "meeting_id",
            "enrollment_id",
            name=op.f("uq_group_meeting_attendance_meeting_id_enrollment_id"),
        ),
    )
    op.create_index(
        op.f("ix_group_meeting_attendance_enrollment_id"),
        "group_meeting_attendance",
        ["enrollment_id"],
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_group_meeting_attendance_enrollment_id"), table_name="group_meeting_attendance"
    )
    op.drop_table("group_meeting_attendance")
    op.drop_index(op.f("ix_group_meeting_leader_person_id"), table_name="group_meeting")
    op.drop_table("group_meeting")

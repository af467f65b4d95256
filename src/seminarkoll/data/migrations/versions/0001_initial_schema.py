"""Initial schema: programmes, cohorts, seminars, people, enrolments, attendance and audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-23 11:07:59.697727
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "programme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("organiser", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("contact_person", sa.String(length=200), nullable=False),
        sa.Column("archived", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_programme")),
        sa.UniqueConstraint("name", name=op.f("uq_programme_name")),
    )
    op.create_table(
        "workplace",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "preschool",
                "compulsory_school",
                "upper_secondary",
                "administration",
                "other",
                name="workplace_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("area", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_workplace")),
        sa.UniqueConstraint("name_key", name=op.f("uq_workplace_name_key")),
    )
    op.create_table(
        "cohort",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("school_year", sa.String(length=9), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "planning",
                "running",
                "completed",
                name="cohort_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("min_attended", sa.Integer(), nullable=False),
        sa.Column("late_counts_as_present", sa.Boolean(), nullable=False),
        sa.Column("excused_counts_as_attended", sa.Boolean(), nullable=False),
        sa.Column("require_each_theme", sa.Boolean(), nullable=False),
        sa.Column("allow_makeup", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint("end_date >= start_date", name=op.f("ck_cohort_dates_in_order")),
        sa.CheckConstraint("min_attended >= 0", name=op.f("ck_cohort_min_attended_not_negative")),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_cohort_programme_id_programme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cohort")),
        sa.UniqueConstraint("programme_id", "name", name=op.f("uq_cohort_programme_id_name")),
    )
    op.create_table(
        "person",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("email_key", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("organisation", sa.String(length=200), nullable=False),
        sa.Column("workplace_id", sa.Integer(), nullable=True),
        sa.Column("is_lecturer", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("search_key", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["workplace_id"],
            ["workplace.id"],
            name=op.f("fk_person_workplace_id_workplace"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_person")),
        sa.UniqueConstraint("email_key", name=op.f("uq_person_email_key")),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_search_key"), ["search_key"], unique=False)
        batch_op.create_index(batch_op.f("ix_person_workplace_id"), ["workplace_id"], unique=False)

    op.create_table(
        "theme_area",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("programme_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("colour", sa.String(length=7), nullable=False),
        sa.ForeignKeyConstraint(
            ["programme_id"],
            ["programme.id"],
            name=op.f("fk_theme_area_programme_id_programme"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_theme_area")),
        sa.UniqueConstraint("programme_id", "name", name=op.f("uq_theme_area_programme_id_name")),
    )
    op.create_table(
        "cohort_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "learning_team",
                "mentor_group",
                "discussion_group",
                name="group_kind",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("leader_person_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohort.id"],
            name=op.f("fk_cohort_group_cohort_id_cohort"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["leader_person_id"],
            ["person.id"],
            name=op.f("fk_cohort_group_leader_person_id_person"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_cohort_group")),
        sa.UniqueConstraint("cohort_id", "name", name=op.f("uq_cohort_group_cohort_id_name")),
    )
    with op.batch_alter_table("cohort_group", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cohort_group_leader_person_id"), ["leader_person_id"], unique=False
        )

    op.create_table(
        "enrollment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "applied",
                "accepted",
                "enrolled",
                "withdrawn",
                "completed",
                name="enrollment_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("applied_on", sa.Date(), nullable=True),
        sa.Column("joined_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "left_on IS NULL OR joined_on IS NULL OR left_on >= joined_on",
            name=op.f("ck_enrollment_dates_in_order"),
        ),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohort.id"],
            name=op.f("fk_enrollment_cohort_id_cohort"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_enrollment_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollment")),
        sa.UniqueConstraint(
            "cohort_id", "person_id", name=op.f("uq_enrollment_cohort_id_person_id")
        ),
    )
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrollment_person_id"), ["person_id"], unique=False)

    op.create_table(
        "seminar",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("date", sa.Date(), nullable=False),
        sa.Column("start_time", sa.Time(), nullable=True),
        sa.Column("end_time", sa.Time(), nullable=True),
        sa.Column("location", sa.String(length=300), nullable=False),
        sa.Column("theme_area_id", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("signed_off_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("signed_off_by", sa.String(length=200), nullable=True),
        sa.CheckConstraint(
            "start_time IS NULL OR end_time IS NULL OR end_time > start_time",
            name=op.f("ck_seminar_times_in_order"),
        ),
        sa.ForeignKeyConstraint(
            ["cohort_id"],
            ["cohort.id"],
            name=op.f("fk_seminar_cohort_id_cohort"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["theme_area_id"],
            ["theme_area.id"],
            name=op.f("fk_seminar_theme_area_id_theme_area"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seminar")),
        sa.UniqueConstraint("cohort_id", "date", name=op.f("uq_seminar_cohort_id_date")),
        sa.UniqueConstraint("cohort_id", "number", name=op.f("uq_seminar_cohort_id_number")),
    )
    with op.batch_alter_table("seminar", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_seminar_theme_area_id"), ["theme_area_id"], unique=False
        )

    op.create_table(
        "attendance",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seminar_id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "present",
                "late",
                "excused",
                "absent",
                name="attendance_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=False,
        ),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollment.id"],
            name=op.f("fk_attendance_enrollment_id_enrollment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["seminar_id"],
            ["seminar.id"],
            name=op.f("fk_attendance_seminar_id_seminar"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance")),
        sa.UniqueConstraint(
            "seminar_id", "enrollment_id", name=op.f("uq_attendance_seminar_id_enrollment_id")
        ),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attendance_enrollment_id"), ["enrollment_id"], unique=False
        )

    op.create_table(
        "attendance_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seminar_id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_by", sa.String(length=200), nullable=False),
        sa.Column(
            "old_status",
            sa.Enum(
                "present",
                "late",
                "excused",
                "absent",
                name="old_attendance_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column(
            "new_status",
            sa.Enum(
                "present",
                "late",
                "excused",
                "absent",
                name="new_attendance_status",
                native_enum=False,
                create_constraint=True,
                length=24,
            ),
            nullable=True,
        ),
        sa.Column("old_note", sa.Text(), nullable=False),
        sa.Column("new_note", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollment.id"],
            name=op.f("fk_attendance_change_enrollment_id_enrollment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["seminar_id"],
            ["seminar.id"],
            name=op.f("fk_attendance_change_seminar_id_seminar"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attendance_change")),
    )
    with op.batch_alter_table("attendance_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_attendance_change_enrollment_id"), ["enrollment_id"], unique=False
        )
        batch_op.create_index(
            "ix_attendance_change_seminar_enrollment", ["seminar_id", "enrollment_id"], unique=False
        )

    op.create_table(
        "group_member",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollment.id"],
            name=op.f("fk_group_member_enrollment_id_enrollment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["group_id"],
            ["cohort_group.id"],
            name=op.f("fk_group_member_group_id_cohort_group"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("group_id", "enrollment_id", name=op.f("pk_group_member")),
    )
    with op.batch_alter_table("group_member", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_group_member_enrollment_id"), ["enrollment_id"], unique=False
        )

    op.create_table(
        "makeup_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enrollment_id", sa.Integer(), nullable=False),
        sa.Column("seminar_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("approved_on", sa.Date(), nullable=True),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["enrollment_id"],
            ["enrollment.id"],
            name=op.f("fk_makeup_task_enrollment_id_enrollment"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["seminar_id"],
            ["seminar.id"],
            name=op.f("fk_makeup_task_seminar_id_seminar"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_makeup_task")),
        sa.UniqueConstraint(
            "enrollment_id", "seminar_id", name=op.f("uq_makeup_task_enrollment_id_seminar_id")
        ),
    )
    with op.batch_alter_table("makeup_task", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_makeup_task_enrollment_id"), ["enrollment_id"], unique=False
        )

    op.create_table(
        "seminar_lecturer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seminar_id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(length=300), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
            name=op.f("fk_seminar_lecturer_person_id_person"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["seminar_id"],
            ["seminar.id"],
            name=op.f("fk_seminar_lecturer_seminar_id_seminar"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_seminar_lecturer")),
        sa.UniqueConstraint(
            "seminar_id", "person_id", name=op.f("uq_seminar_lecturer_seminar_id_person_id")
        ),
    )
    with op.batch_alter_table("seminar_lecturer", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_seminar_lecturer_person_id"), ["person_id"], unique=False
        )

    op.create_table(
        "signoff_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seminar_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "action IN ('sign', 'unlock')", name=op.f("ck_signoff_event_known_action")
        ),
        sa.ForeignKeyConstraint(
            ["seminar_id"],
            ["seminar.id"],
            name=op.f("fk_signoff_event_seminar_id_seminar"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signoff_event")),
    )
    with op.batch_alter_table("signoff_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signoff_event_seminar_id"), ["seminar_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("signoff_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signoff_event_seminar_id"))

    op.drop_table("signoff_event")
    with op.batch_alter_table("seminar_lecturer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_seminar_lecturer_person_id"))

    op.drop_table("seminar_lecturer")
    with op.batch_alter_table("makeup_task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_makeup_task_enrollment_id"))

    op.drop_table("makeup_task")
    with op.batch_alter_table("group_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_group_member_enrollment_id"))

    op.drop_table("group_member")
    with op.batch_alter_table("attendance_change", schema=None) as batch_op:
        batch_op.drop_index("ix_attendance_change_seminar_enrollment")
        batch_op.drop_index(batch_op.f("ix_attendance_change_enrollment_id"))

    op.drop_table("attendance_change")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_enrollment_id"))

    op.drop_table("attendance")
    with op.batch_alter_table("seminar", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_seminar_theme_area_id"))

    op.drop_table("seminar")
    with op.batch_alter_table("enrollment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrollment_person_id"))

    op.drop_table("enrollment")
    with op.batch_alter_table("cohort_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cohort_group_leader_person_id"))

    op.drop_table("cohort_group")
    op.drop_table("theme_area")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_workplace_id"))
        batch_op.drop_index(batch_op.f("ix_person_search_key"))

    op.drop_table("person")
    op.drop_table("cohort")
    op.drop_table("workplace")
    op.drop_table("programme")

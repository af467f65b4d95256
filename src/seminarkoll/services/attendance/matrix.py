"""The attendance matrix's rows read through SQLAlchemy (services.attendance_matrix builds it)."""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, select

from seminarkoll.data.bulk import Query
from seminarkoll.data.matrix_source import MatrixSource
from seminarkoll.data.models import (
    Attendance,
    CohortGroup,
    GroupMember,
    MakeupTask,
    Seminar,
)
from seminarkoll.services.attendance.queries import cohort_people
from seminarkoll.services.attendance_matrix import AttendanceMatrix, build_matrix
from seminarkoll.services.completion_data import frame_rows

# -- statements compiled once, bound by cohort_id ----------------------------------------------
_MARKS = Query(
    select(Attendance.enrollment_id, Attendance.seminar_id, Attendance.status, Attendance.note)
    .join(Seminar, Seminar.id == Attendance.seminar_id)
    .where(Seminar.cohort_id == bindparam("cohort_id"))
)
_MAKEUPS = Query(
    select(MakeupTask.enrollment_id, MakeupTask.seminar_id)
    .join(Seminar, Seminar.id == MakeupTask.seminar_id)
    .where(Seminar.cohort_id == bindparam("cohort_id"))
)
_GROUPS = Query(
    select(CohortGroup.id, CohortGroup.name, CohortGroup.kind).where(
        CohortGroup.cohort_id == bindparam("cohort_id")
    )
)
_MEMBERS = Query(
    select(GroupMember.group_id, GroupMember.enrollment_id)
    .join(CohortGroup, CohortGroup.id == GroupMember.group_id)
    .where(CohortGroup.cohort_id == bindparam("cohort_id"))
)
_PEOPLE = Query(cohort_people())
"""Everyone of the cohort; the matrix keeps those whose status is in MATRIX_STATUSES."""


def read_matrix(connection: Connection, cohort_id: int) -> AttendanceMatrix:
    """The cohort's enrolled, completed and withdrawn participants x its seminars."""
    # Driver rows of statements compiled once (no ORM objects, no SQLAlchemy rows): the matrix
    # holds up to 500 x 7 cells and is reread after every change.
    return build_matrix(
        MatrixSource(
            cohort_id=cohort_id,
            frame=frame_rows(connection, (cohort_id,)),
            marks=_MARKS.rows(connection, cohort_id=cohort_id),
            makeups=_MAKEUPS.rows(connection, cohort_id=cohort_id),
            groups=_GROUPS.rows(connection, cohort_id=cohort_id),
            members=_MEMBERS.rows(connection, cohort_id=cohort_id),
            people=_PEOPLE.rows(connection, cohort_id=cohort_id),
        )
    )

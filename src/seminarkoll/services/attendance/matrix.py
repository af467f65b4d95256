"""The attendance matrix read from plain rows: a verdict per participant, totals per seminar."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, bindparam, select

from seminarkoll.data.bulk import Query
from seminarkoll.data.models import (
    Attendance,
    CohortGroup,
    GroupMember,
    MakeupTask,
    Seminar,
)
from seminarkoll.domain.attendance import MATRIX_STATUSES, is_visit
from seminarkoll.domain.completion import column_totals
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.services.attendance.queries import cohort_people
from seminarkoll.services.attendance.results import AttendanceMatrix, MatrixGroup, MatrixRow
from seminarkoll.services.completion_data import CohortFrame, Judge, load_frame

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
    marks: dict[int, dict[int, AttendanceStatus]] = {}
    notes: dict[int, dict[int, str]] = {}
    kinds: dict[int, set[AttendanceStatus]] = {}
    for eid, sid, status, note in _MARKS.rows(connection, cohort_id=cohort_id):
        marks.setdefault(eid, {})[sid] = status
        kinds.setdefault(sid, set()).add(status)
        if note:
            notes.setdefault(eid, {})[sid] = note
    frame = load_frame(connection, cohort_id, kinds)
    makeups: dict[int, set[int]] = {}
    for eid, sid in _MAKEUPS.rows(connection, cohort_id=cohort_id):
        makeups.setdefault(eid, set()).add(sid)
    group_rows = _GROUPS.rows(connection, cohort_id=cohort_id)
    members: dict[int, list[int]] = {}
    for gid, eid in _MEMBERS.rows(connection, cohort_id=cohort_id):
        members.setdefault(eid, []).append(gid)
    people = [
        row for row in _PEOPLE.rows(connection, cohort_id=cohort_id) if row[2] in MATRIX_STATUSES
    ]
    return build_matrix(frame, people, marks, notes, makeups, members, group_rows)


def build_matrix(
    frame: CohortFrame,
    people: Sequence[Any],
    marks: dict[int, dict[int, AttendanceStatus]],
    notes: dict[int, dict[int, str]],
    makeups: dict[int, set[int]],
    members: dict[int, list[int]],
    group_rows: Iterable[Any],
) -> AttendanceMatrix:
    judge = Judge(frame)
    allow_makeup = frame.rules.allow_makeup
    seminar_ids = [s.id for s in frame.seminars]
    no_notes = ("",) * len(seminar_ids)
    none_made_up = (False,) * len(seminar_ids)
    empty: dict[int, AttendanceStatus] = {}
    rows = []
    visitors = [0] * len(seminar_ids)
    for eid, pid, status, joined, left, first, last, workplace in people:
        if is_visit(status, joined, left):
            visited = marks.get(eid, empty)
            visitors = [n + (sid in visited) for n, sid in zip(visitors, seminar_ids, strict=True)]
            continue
        tasks = makeups.get(eid)
        own_notes = notes.get(eid)
        verdict = judge.judge(
            status,
            joined,
            left,
            marks.get(eid, empty),
            tasks if tasks and allow_makeup else (),
            enrollment_id=eid,
        )
        rows.append(
            MatrixRow(
                enrollment_id=eid,
                person_id=pid,
                first_name=first,
                last_name=last,
                workplace_name=workplace or "",
                status=status,
                joined_on=joined,
                left_on=left,
                group_ids=tuple(members.get(eid, ())),
                cells=verdict.cells,
                notes=tuple(own_notes.get(sid, "") for sid in seminar_ids)
                if own_notes
                else no_notes,
                made_up=tuple(sid in tasks for sid in seminar_ids) if tasks else none_made_up,
                result=verdict.result,
            )
        )
    return AttendanceMatrix(
        cohort_id=frame.cohort_id,
        cohort_name=frame.cohort_name,
        programme_name=frame.programme_name,
        school_year=frame.school_year,
        rules=frame.rules,
        seminars=frame.seminars,
        totals=column_totals(len(seminar_ids), (row.cells for row in rows), visitors),
        rows=tuple(rows),
        groups=tuple(MatrixGroup(gid, name, kind) for gid, name, kind in group_rows),
        theme_names=dict(frame.theme_names),
    )

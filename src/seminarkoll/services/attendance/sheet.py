"""The sign-off sheet of one seminar, read from plain rows with statements made once."""

from __future__ import annotations

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from seminarkoll.data.models import (
    Attendance,
    CohortGroup,
    Enrollment,
    GroupMember,
    Person,
    Workplace,
)
from seminarkoll.domain.attendance import MATRIX_STATUSES
from seminarkoll.domain.completion import ParticipantRecord, cell_state
from seminarkoll.domain.enrolment import on_list
from seminarkoll.domain.text import swedish_key
from seminarkoll.services.attendance.queries import events_of, get_seminar
from seminarkoll.services.attendance.results import SheetRow, SignOffSheet
from seminarkoll.services.completion_data import load_frame

# -- statements made once (bound by seminar_id and cohort_id): the sign-off sheet's ------------
_MARKS = select(Attendance.enrollment_id, Attendance.status, Attendance.note).where(
    Attendance.seminar_id == bindparam("seminar_id")
)
_GROUPS = (
    select(GroupMember.enrollment_id, CohortGroup.name)
    .join(CohortGroup, CohortGroup.id == GroupMember.group_id)
    .where(CohortGroup.cohort_id == bindparam("cohort_id"))
)
_PEOPLE = (
    select(
        Enrollment.id,
        Enrollment.person_id,
        Person.first_name,
        Person.last_name,
        Workplace.name,
        Person.title,
        Enrollment.status,
        Enrollment.joined_on,
        Enrollment.left_on,
    )
    .join(Person, Person.id == Enrollment.person_id)
    .outerjoin(Workplace, Workplace.id == Person.workplace_id)
    .where(Enrollment.cohort_id == bindparam("cohort_id"), Enrollment.status.in_(MATRIX_STATUSES))
    .order_by(Enrollment.id)
)


def read_sheet(session: Session, seminar_id: int) -> SignOffSheet:
    """The sign-off sheet of a seminar: every participant expected there (or marked there).

    Built from plain rows with statements made once (Core execution, no ORM objects): the
    list is reread after every mark and holds up to 500 people.
    """
    seminar = get_seminar(session, seminar_id)
    cohort_id = seminar.cohort_id
    run = session.connection().execute
    ids = {"seminar_id": seminar_id, "cohort_id": cohort_id}
    marks = {eid: (status, note) for eid, status, note in run(_MARKS, ids).all()}
    # Only this seminar's kinds of marks: the sheet uses no other seminar's state.
    kinds = {seminar_id: {status for status, _ in marks.values()}}
    frame = load_frame(session, cohort_id, kinds)
    info = next(s for s in frame.seminars if s.id == seminar_id)
    slot = next(s for s in frame.slots if s.id == seminar_id)
    groups: dict[int, list[str]] = {}
    for eid, name in run(_GROUPS, ids).all():
        groups.setdefault(eid, []).append(name)
    for names in groups.values():
        names.sort(key=swedish_key)
    rows = []
    for eid, pid, first, last, workplace, title, status, joined, left in run(_PEOPLE, ids).all():
        mark = marks.get(eid)
        record = ParticipantRecord(status, joined, left, {seminar_id: mark[0]} if mark else {})
        if not on_list(slot, record):
            continue
        rows.append(
            SheetRow(
                eid,
                pid,
                first,
                last,
                workplace or "",
                title,
                tuple(groups.get(eid, ())),
                mark[0] if mark else None,
                mark[1] if mark else "",
                status,
                joined,
                left,
                cell_state(slot, record),
            )
        )
    return SignOffSheet(
        seminar=info,
        cohort_id=frame.cohort_id,
        cohort_name=frame.cohort_name,
        programme_name=frame.programme_name,
        location=seminar.location,
        start_time=seminar.start_time,
        end_time=seminar.end_time,
        rows=tuple(rows),
        events=events_of(session, seminar_id),
    )

"""The sign-off sheet of one seminar, read from plain rows with statements made once."""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, select

from seminarkoll.data.bulk import Query
from seminarkoll.data.models import (
    Attendance,
    Cohort,
    CohortGroup,
    Enrollment,
    GroupMember,
    Person,
    Programme,
    Seminar,
    ThemeArea,
)
from seminarkoll.domain.attendance import MATRIX_STATUSES
from seminarkoll.domain.completion import CellState, ParticipantRecord, cell_state
from seminarkoll.domain.enrolment import on_list
from seminarkoll.domain.errors import NotFoundError
from seminarkoll.domain.text import swedish_key
from seminarkoll.domain.translation import translate
from seminarkoll.services.attendance.queries import EVENTS, cohort_people
from seminarkoll.services.attendance.results import SheetRow, SignOffEventRow, SignOffSheet
from seminarkoll.services.cohort_frame import seminar_info
from seminarkoll.services.completion_data import SEMINAR_COLUMNS

# -- statements made once, bound by seminar_id (and cohort_id) -----------------------------------
_SEMINAR = Query(
    select(
        *SEMINAR_COLUMNS,
        Seminar.cohort_id,
        Cohort.name,
        Programme.name,
        Seminar.location,
        Seminar.start_time,
        Seminar.end_time,
    )
    .join(Cohort, Cohort.id == Seminar.cohort_id)
    .join(Programme, Programme.id == Cohort.programme_id)
    .outerjoin(ThemeArea, ThemeArea.id == Seminar.theme_area_id)
    .where(Seminar.id == bindparam("seminar_id"))
)
_GROUPS = Query(
    select(GroupMember.enrollment_id, CohortGroup.name)
    .join(CohortGroup, CohortGroup.id == GroupMember.group_id)
    .where(CohortGroup.cohort_id == bindparam("cohort_id"))
)
_PEOPLE = Query(
    cohort_people(Person.title, Attendance.status, Attendance.note).outerjoin(
        Attendance,
        (Attendance.enrollment_id == Enrollment.id)
        & (Attendance.seminar_id == bindparam("seminar_id")),
    )
)
"""Everyone of the cohort with their mark at the seminar (every mark at a seminar belongs to an
enrolment of its cohort, so these are all the seminar's marks)."""


def read_sheet(connection: Connection, seminar_id: int) -> SignOffSheet:
    """The sign-off sheet of a seminar: every participant expected there (or marked there).

    Built from driver rows of statements compiled once (no ORM objects, no SQLAlchemy rows)
    and only this seminar's state: the list is reread after every mark and holds up to 500
    people.
    """
    found = _SEMINAR.rows(connection, seminar_id=seminar_id)
    if not found:
        raise NotFoundError(translate("Errors", "Seminariet finns inte längre."))
    *columns, cohort_id, cohort_name, programme_name, location, start, end = found[0]
    people = _PEOPLE.rows(connection, seminar_id=seminar_id, cohort_id=cohort_id)
    info = seminar_info(columns, {seminar_id: {row[9] for row in people if row[9] is not None}})
    slot = info.slot
    members: dict[int, list[str]] = {}
    for eid, name in _GROUPS.rows(connection, cohort_id=cohort_id):
        members.setdefault(eid, []).append(name)
    groups = {eid: tuple(sorted(names, key=swedish_key)) for eid, names in members.items()}
    rows = []
    cells: dict[tuple[object, ...], CellState | None] = {}  # most rows share their pattern
    for eid, pid, status, joined, left, first, last, workplace, title, mark, note in people:
        pattern = (status, joined, left, mark)
        if pattern not in cells:
            record = ParticipantRecord(
                status, joined, left, {seminar_id: mark} if mark is not None else {}
            )
            listed = status in MATRIX_STATUSES and on_list(slot, record)
            cells[pattern] = cell_state(slot, record) if listed else None
        cell = cells[pattern]
        if cell is None:
            continue
        rows.append(
            SheetRow(
                eid,
                pid,
                first,
                last,
                workplace or "",
                title,
                groups.get(eid, ()),
                mark,
                note or "",
                status,
                joined,
                left,
                cell,
            )
        )
    return SignOffSheet(
        seminar=info,
        cohort_id=cohort_id,
        cohort_name=cohort_name,
        programme_name=programme_name,
        location=location,
        start_time=start,
        end_time=end,
        rows=tuple(rows),
        events=tuple(
            SignOffEventRow(*event) for event in EVENTS.rows(connection, seminar_id=seminar_id)
        ),
    )

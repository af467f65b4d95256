"""Group meeting use cases: a group's own meetings (date, time, place, leader) and attendance
recorded for the group's members only."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from seminarkoll.data.database import Database
from seminarkoll.data.models import (
    CohortGroup,
    Enrollment,
    GroupMeeting,
    GroupMeetingAttendance,
    GroupMember,
    Person,
)
from seminarkoll.domain.dates import long_date
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.errors import FieldProblem, NotFoundError, ValidationError
from seminarkoll.domain.text import full_name, name_key, tidy
from seminarkoll.domain.translation import translate
from seminarkoll.services.completion_data import rules_of


@dataclass(frozen=True)
class MeetingInput:
    """What the user set for a group meeting; no leader given means the group's leader."""

    group_id: int
    date: date
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    leader_person_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class MeetingRow:
    """A group meeting with how many of the group's members attended (by the cohort's rules:
    late and excused count as for seminars)."""

    id: int
    group_id: int
    group_name: str
    date: date
    start_time: time | None
    end_time: time | None
    place: str
    leader_name: str
    attended: int
    members: int


@dataclass(frozen=True)
class MeetingMark:
    """One member of the group and what was recorded for them at the meeting."""

    enrollment_id: int
    name: str
    status: AttendanceStatus | None


@dataclass(frozen=True)
class MeetingSheet:
    """A meeting with one line per member of its group, by last name."""

    meeting: MeetingRow
    marks: tuple[MeetingMark, ...]


class GroupMeetingService:
    """Plans a group's meetings and records who of its members came."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add_meeting(self, data: MeetingInput) -> MeetingRow:
        """Add a meeting to a group; ValidationError (date, end_time) when it does not fit."""
        with self._db.transaction() as session:
            group = _group(session, data.group_id)
            cohort = group.cohort
            problems: list[FieldProblem] = []
            if not cohort.start_date <= data.date <= cohort.end_date:
                problems.append(
                    FieldProblem(
                        "date",
                        translate(
                            "Errors", "Datumet måste ligga inom omgångens tid, {start}–{end}."
                        ).format(
                            start=long_date(cohort.start_date), end=long_date(cohort.end_date)
                        ),
                    )
                )
            elif session.scalar(
                select(GroupMeeting.id).where(
                    GroupMeeting.group_id == group.id, GroupMeeting.date == data.date
                )
            ):
                problems.append(
                    FieldProblem(
                        "date",
                        translate("Errors", "Gruppen har redan en träff {day}.").format(
                            day=long_date(data.date)
                        ),
                    )
                )
            if data.start_time and data.end_time and data.end_time <= data.start_time:
                problems.append(
                    FieldProblem(
                        "end_time", translate("Errors", "Sluttiden måste vara efter starttiden.")
                    )
                )
            if problems:
                raise ValidationError(problems)
            meeting = GroupMeeting(
                group_id=group.id,
                date=data.date,
                start_time=data.start_time,
                end_time=data.end_time,
                place=tidy(data.place),
                leader_person_id=data.leader_person_id or group.leader_person_id,
                notes=data.notes.strip(),
            )
            session.add(meeting)
            session.flush()
            return _row(session, meeting)

    def meetings(self, group_id: int) -> tuple[MeetingRow, ...]:
        """The group's meetings by date."""
        with self._db.transaction() as session:
            _group(session, group_id)
            meetings = session.scalars(
                select(GroupMeeting)
                .where(GroupMeeting.group_id == group_id)
                .order_by(GroupMeeting.date)
            ).all()
            return tuple(_row(session, meeting) for meeting in meetings)

    def sheet(self, meeting_id: int) -> MeetingSheet:
        """The meeting with every member of its group and their mark."""
        with self._db.transaction() as session:
            return _sheet(session, _meeting(session, meeting_id))

    def set_marks(
        self, meeting_id: int, marks: Mapping[int, AttendanceStatus | None]
    ) -> MeetingSheet:
        """Record (or with None clear) marks by enrolment id; ValidationError, and nothing
        saved, when any of them is not a member of the meeting's group."""
        with self._db.transaction() as session:
            meeting = _meeting(session, meeting_id)
            members = _members(session, meeting.group_id)
            strangers = sorted(set(marks) - set(members))
            if strangers:
                names = _names(session, strangers)
                raise ValidationError.single(
                    "enrollment",
                    translate(
                        "Errors", "Bara gruppens medlemmar kan ha närvaro på träffen, inte {names}."
                    ).format(names=", ".join(names)),
                )
            existing = {
                mark.enrollment_id: mark
                for mark in session.scalars(
                    select(GroupMeetingAttendance).where(
                        GroupMeetingAttendance.meeting_id == meeting.id
                    )
                )
            }
            for enrollment_id, status in marks.items():
                mark = existing.get(enrollment_id)
                if status is None:
                    if mark is not None:
                        session.delete(mark)
                elif mark is None:
                    session.add(
                        GroupMeetingAttendance(
                            meeting_id=meeting.id, enrollment_id=enrollment_id, status=status
                        )
                    )
                else:
                    mark.status = status
            session.flush()
            return _sheet(session, meeting)


def _group(session: Session, group_id: int) -> CohortGroup:
    group = session.get(CohortGroup, group_id)
    if group is None:
        raise NotFoundError(translate("Errors", "Gruppen finns inte längre."))
    return group


def _meeting(session: Session, meeting_id: int) -> GroupMeeting:
    meeting = session.get(GroupMeeting, meeting_id)
    if meeting is None:
        raise NotFoundError(translate("Errors", "Träffen finns inte längre."))
    return meeting


def _members(session: Session, group_id: int) -> dict[int, tuple[str, str]]:
    """{enrolment id: (first name, last name)} of the group's members."""
    rows = session.execute(
        select(GroupMember.enrollment_id, Person.first_name, Person.last_name)
        .join(Enrollment, Enrollment.id == GroupMember.enrollment_id)
        .join(Person, Person.id == Enrollment.person_id)
        .where(GroupMember.group_id == group_id)
    )
    return {enrollment_id: (first, last) for enrollment_id, first, last in rows}


def _names(session: Session, enrollment_ids: list[int]) -> list[str]:
    rows = session.execute(
        select(Enrollment.id, Person.first_name, Person.last_name)
        .join(Person, Person.id == Enrollment.person_id)
        .where(Enrollment.id.in_(enrollment_ids))
    )
    found = {enrollment_id: full_name(first, last) for enrollment_id, first, last in rows}
    return [found.get(i, f"#{i}") for i in enrollment_ids]


def _statuses(session: Session, meeting_id: int) -> dict[int, AttendanceStatus]:
    return {
        mark.enrollment_id: mark.status
        for mark in session.scalars(
            select(GroupMeetingAttendance).where(GroupMeetingAttendance.meeting_id == meeting_id)
        )
    }


def _row(session: Session, meeting: GroupMeeting) -> MeetingRow:
    members = _members(session, meeting.group_id)
    statuses = _statuses(session, meeting.id)
    rules = rules_of(meeting.group.cohort)
    leader = meeting.leader
    return MeetingRow(
        id=meeting.id,
        group_id=meeting.group_id,
        group_name=meeting.group.name,
        date=meeting.date,
        start_time=meeting.start_time,
        end_time=meeting.end_time,
        place=meeting.place,
        leader_name=full_name(leader.first_name, leader.last_name) if leader else "",
        attended=sum(1 for e in members if e in statuses and rules.counts(statuses[e])),
        members=len(members),
    )


def _sheet(session: Session, meeting: GroupMeeting) -> MeetingSheet:
    members = _members(session, meeting.group_id)
    statuses = _statuses(session, meeting.id)
    ordered = sorted(members.items(), key=lambda item: name_key(item[1][1], item[1][0]))
    return MeetingSheet(
        meeting=_row(session, meeting),
        marks=tuple(
            MeetingMark(enrollment_id, full_name(first, last), statuses.get(enrollment_id))
            for enrollment_id, (first, last) in ordered
        ),
    )

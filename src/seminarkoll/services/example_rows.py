"""Rows the example programmes share: fictional people, themes and seminars, seminars held and
signed, and group meetings with attendance."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from seminarkoll.data.models import (
    Attendance,
    Cohort,
    CohortGroup,
    Enrollment,
    GroupMeeting,
    GroupMeetingAttendance,
    Person,
    Programme,
    Seminar,
    SignOffEvent,
    ThemeArea,
    Workplace,
)
from seminarkoll.domain.calendar import SchoolYear
from seminarkoll.domain.enums import AttendanceStatus, CohortStatus, EnrollmentStatus, WorkplaceKind
from seminarkoll.domain.schedule import is_free_day
from seminarkoll.domain.text import email_key, fold

_SATURDAY = 5
_ASCII = str.maketrans("åäöéćÅÄÖÉĆ", "aaoecAAOEC")


def example_person(
    first: str,
    last: str,
    title: str,
    workplace: Workplace,
    mail_domain: str,
    *,
    is_lecturer: bool = False,
    organisation: str = "",
) -> Person:
    """A person at `workplace` with the address first.last@`mail_domain` (letters as ASCII)."""
    email = f"{first.translate(_ASCII).lower()}.{last.translate(_ASCII).lower()}@{mail_domain}"
    return Person(
        first_name=first,
        last_name=last,
        email=email,
        email_key=email_key(email),
        title=title,
        workplace=workplace,
        is_lecturer=is_lecturer,
        organisation=organisation,
    )


def sign_held_seminar(
    session: Session,
    seminar: Seminar,
    marks: Iterable[tuple[int, AttendanceStatus]],
    by: str,
    at: time,
) -> None:
    """Record `marks` (enrolment id, status) for a flushed `seminar` and sign it off, all at
    `at` on the seminar's day, by `by`."""
    stamp = datetime.combine(seminar.date, at, tzinfo=UTC)
    session.add_all(
        Attendance(
            seminar_id=seminar.id,
            enrollment_id=enrollment_id,
            status=status,
            recorded_at=stamp,
            recorded_by=by,
        )
        for enrollment_id, status in marks
    )
    seminar.signed_off_at = stamp
    seminar.signed_off_by = by
    session.add(SignOffEvent(seminar_id=seminar.id, action="sign", at=stamp, by=by))


def working_day_from(day: date) -> date:
    """`day`, or the first weekday after it that is no holiday, eve or school break."""
    while day.weekday() >= _SATURDAY or not is_free_day(day):
        day += timedelta(days=1)
    return day


def example_workplaces(
    session: Session, names: Sequence[tuple[str, WorkplaceKind]], area: str
) -> list[Workplace]:
    """The workplaces named, in order: those already there (by folded name) and new ones in
    `area` for the rest."""
    existing = {
        w.name_key: w
        for w in session.scalars(
            select(Workplace).where(Workplace.name_key.in_([fold(n) for n, _ in names]))
        )
    }
    workplaces = [
        existing.get(fold(name)) or Workplace(name=name, name_key=fold(name), kind=kind, area=area)
        for name, kind in names
    ]
    session.add_all(workplaces)
    return workplaces


def example_mark(index: int, number: int) -> AttendanceStatus:
    """A made-up but steady mark for person `index` at occasion `number`: about one in nine
    away (absent or excused), now and then late."""
    turn = (index * 7 + number * 5) % 9
    if turn == 0:
        return AttendanceStatus.ABSENT
    if turn == 1:
        return AttendanceStatus.EXCUSED
    if turn == 2 and index % 4 == 0:
        return AttendanceStatus.LATE
    return AttendanceStatus.PRESENT


def example_themes(themes: Sequence[tuple[str, str]]) -> list[ThemeArea]:
    """Theme areas from (name, colour) in order."""
    return [
        ThemeArea(name=name, colour=colour, position=i) for i, (name, colour) in enumerate(themes)
    ]


def example_seminars(
    cohort: Cohort,
    plan: Sequence[tuple[str, int]],
    dates: Sequence[date],
    themes: Sequence[ThemeArea],
    hours: tuple[time, time],
    location: str,
    description: str,
) -> list[Seminar]:
    """Seminars numbered from 1, one per (title, theme index) of `plan` on the matching date."""
    return [
        Seminar(
            cohort=cohort,
            number=number,
            title=title,
            date=day,
            start_time=hours[0],
            end_time=hours[1],
            location=location,
            theme_area=themes[theme],
            description=description,
        )
        for number, ((title, theme), day) in enumerate(zip(plan, dates, strict=True), 1)
    ]


def running_cohort(
    programme: Programme, first: SchoolYear, last: SchoolYear, min_attended: int
) -> Cohort:
    """The programme's running "Omgång 1", from the start of `first` to the end of `last`."""
    return Cohort(
        programme=programme,
        name="Omgång 1",
        school_year=first.label,
        start_date=first.start,
        end_date=last.end,
        status=CohortStatus.RUNNING,
        min_attended=min_attended,
    )


def example_enrollments(
    cohort: Cohort, people: Iterable[Person], applied_on: date
) -> list[Enrollment]:
    """Each person enrolled in `cohort` from its start, having applied on `applied_on`."""
    return [
        Enrollment(
            cohort=cohort,
            person=person,
            status=EnrollmentStatus.ENROLLED,
            applied_on=applied_on,
            joined_on=cohort.start_date,
        )
        for person in people
    ]


def held_group_meeting(
    session: Session,
    group: CohortGroup,
    day: date,
    hours: tuple[time, time],
    place: str,
    marks: Iterable[tuple[int, AttendanceStatus]],
    signed_by: str,
) -> None:
    """A meeting of a flushed `group`, led by its leader, with `marks` (enrolment id, status),
    signed by `signed_by` when it ended."""
    meeting = GroupMeeting(
        group_id=group.id,
        date=day,
        start_time=hours[0],
        end_time=hours[1],
        place=place,
        leader_person_id=group.leader_person_id,
        signed_off_at=datetime.combine(day, hours[1], tzinfo=UTC),
        signed_off_by=signed_by,
    )
    session.add(meeting)
    session.flush()
    session.add_all(
        GroupMeetingAttendance(meeting_id=meeting.id, enrollment_id=enrollment_id, status=status)
        for enrollment_id, status in marks
    )

"""Rows the example programmes share: fictional people, and seminars held and signed."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime, time

from sqlalchemy.orm import Session

from seminarkoll.data.models import Attendance, Person, Seminar, SignOffEvent, Workplace
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.text import email_key, person_search_key

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
        search_key=person_search_key(first, last, email, workplace.name, title),
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

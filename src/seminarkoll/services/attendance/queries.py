"""Look-ups the attendance use cases share: a seminar, a cohort, a cell and its mark, sign-off
events."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session

from seminarkoll.data.bulk import Query
from seminarkoll.data.lookups import existing_enrollment, existing_seminar, with_person
from seminarkoll.data.models import (
    Attendance,
    Enrollment,
    Person,
    Seminar,
    SignOffEvent,
    Workplace,
)
from seminarkoll.domain.errors import ConflictError, ValidationError
from seminarkoll.domain.translation import translate
from seminarkoll.services.attendance.results import SignOffEventRow


def enrolment_people(*columns: Any) -> Select[Any]:
    """A statement for enrolments with their people: id, person id, status, joined, left,
    first and last name, workplace name, then `columns`."""
    return with_person(
        select(
            Enrollment.id,
            Enrollment.person_id,
            Enrollment.status,
            Enrollment.joined_on,
            Enrollment.left_on,
            Person.first_name,
            Person.last_name,
            Workplace.name,
            *columns,
        )
    )


def cohort_people(*columns: Any) -> Select[Any]:
    """`enrolment_people` of a cohort (bound by `cohort_id`), by enrolment id."""
    return (
        enrolment_people(*columns)
        .where(Enrollment.cohort_id == bindparam("cohort_id"))
        .order_by(Enrollment.id)
    )


EVENTS = Query(
    select(SignOffEvent.action, SignOffEvent.at, SignOffEvent.by, SignOffEvent.reason)
    .where(SignOffEvent.seminar_id == bindparam("seminar_id"))
    .order_by(SignOffEvent.at, SignOffEvent.id)
)
"""A seminar's sign-offs and unlocks, oldest first (bound by `seminar_id`)."""


def unlock_reasons(session: Session, seminar_ids: Iterable[int]) -> dict[int, str]:
    """For seminars whose latest sign-off event is an unlock, that unlock's reason."""
    latest: dict[int, SignOffEvent] = {}
    for event in session.scalars(
        select(SignOffEvent)
        .where(SignOffEvent.seminar_id.in_(list(seminar_ids)))
        .order_by(SignOffEvent.at, SignOffEvent.id)
    ):
        latest[event.seminar_id] = event
    return {
        sid: translate("Errors", "Efter upplåsning: {reason}").format(reason=event.reason)
        for sid, event in latest.items()
        if event.action == "unlock"
    }


def events_of(session: Session, seminar_id: int) -> tuple[SignOffEventRow, ...]:
    rows = EVENTS.rows(session.connection(), seminar_id=seminar_id)
    return tuple(SignOffEventRow(*event) for event in rows)


def mark_of(session: Session, enrollment_id: int, seminar_id: int) -> Attendance | None:
    return session.scalar(
        select(Attendance).where(
            Attendance.enrollment_id == enrollment_id, Attendance.seminar_id == seminar_id
        )
    )


def cell_of(session: Session, enrollment_id: int, seminar_id: int) -> tuple[Enrollment, Seminar]:
    enrollment = existing_enrollment(session, enrollment_id)
    seminar = existing_seminar(session, seminar_id)
    if enrollment.cohort_id != seminar.cohort_id:
        raise ValidationError.single(
            "seminar_id", translate("Errors", "Deltagaren är inte antagen till seminariets omgång.")
        )
    return enrollment, seminar


def refuse_if_signed(seminar: Seminar) -> None:
    if seminar.signed_off_at is not None:
        by = (
            translate("Errors", " av {name}").format(name=seminar.signed_off_by)
            if seminar.signed_off_by
            else ""
        )
        raise ConflictError(
            translate(
                "Errors",
                "Seminarium {number} är redan signerat{by}. Lås upp det med en "
                "motivering för att ändra närvaron.",
            ).format(number=seminar.number, by=by)
        )

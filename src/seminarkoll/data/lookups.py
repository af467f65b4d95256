"""Repository look-ups the services share: a row by id (NotFoundError when it is gone), a
cohort's seminars, an enrolment's person and workplace."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar, TypeVarTuple

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, selectinload

from seminarkoll.data.models import (
    Base,
    Cohort,
    CohortGroup,
    Enrollment,
    Person,
    Programme,
    Seminar,
    SeminarLecturer,
    Workplace,
)
from seminarkoll.domain.errors import NotFoundError
from seminarkoll.domain.translation import translate

Row = TypeVar("Row", bound=Base)
Columns = TypeVarTuple("Columns")


def existing(session: Session, model: type[Row], row_id: int, gone: str) -> Row:
    """The row of `model` with `row_id`; NotFoundError saying `gone` when there is none."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(gone)
    return row


def existing_programme(session: Session, programme_id: int) -> Programme:
    """The programme; NotFoundError when it has been removed."""
    return existing(
        session, Programme, programme_id, translate("Errors", "Programmet finns inte längre.")
    )


def existing_cohort(session: Session, cohort_id: int) -> Cohort:
    """The cohort; NotFoundError when it has been removed."""
    return existing(session, Cohort, cohort_id, translate("Errors", "Omgången finns inte längre."))


def existing_seminar(session: Session, seminar_id: int) -> Seminar:
    """The seminar; NotFoundError when it has been removed."""
    return existing(
        session, Seminar, seminar_id, translate("Errors", "Seminariet finns inte längre.")
    )


def existing_enrollment(session: Session, enrollment_id: int) -> Enrollment:
    """The enrolment; NotFoundError when it has been removed."""
    return existing(
        session, Enrollment, enrollment_id, translate("Errors", "Antagningen finns inte längre.")
    )


def existing_group(session: Session, group_id: int) -> CohortGroup:
    """The group; NotFoundError when it has been removed."""
    return existing(
        session, CohortGroup, group_id, translate("Errors", "Gruppen finns inte längre.")
    )


def existing_person(session: Session, person_id: int) -> Person:
    """The person; NotFoundError when they are no longer in the register."""
    return existing(
        session, Person, person_id, translate("Errors", "Personen finns inte längre i registret.")
    )


def cohort_seminars(session: Session, cohort_id: int) -> Sequence[Seminar]:
    """The cohort's seminars in number order, with their theme and lecturers loaded."""
    return session.scalars(
        select(Seminar)
        .where(Seminar.cohort_id == cohort_id)
        .options(
            selectinload(Seminar.theme_area),
            selectinload(Seminar.lecturers).selectinload(SeminarLecturer.person),
        )
        .order_by(Seminar.number)
    ).all()


def with_person(query: Select[*Columns]) -> Select[*Columns]:
    """`query` over enrolments joined to each enrolment's person and (when there is one) the
    person's workplace."""
    return query.join(Person, Person.id == Enrollment.person_id).outerjoin(
        Workplace, Workplace.id == Person.workplace_id
    )

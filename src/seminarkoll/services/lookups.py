"""Rows a service method reads by id inside its transaction: NotFoundError when one is gone."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from seminarkoll.data.models import Cohort, Seminar, SeminarLecturer
from seminarkoll.domain.errors import NotFoundError
from seminarkoll.domain.translation import translate


def existing_cohort(session: Session, cohort_id: int) -> Cohort:
    """The cohort; NotFoundError when it has been removed."""
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise NotFoundError(translate("Errors", "Omgången finns inte längre."))
    return cohort


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

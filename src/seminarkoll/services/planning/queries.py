"""Planning look-ups: rows that must exist, and rows turned into results with their counts."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from seminarkoll.data.models import Cohort, Enrollment, Programme, Seminar, ThemeArea
from seminarkoll.domain.enums import EnrollmentStatus
from seminarkoll.domain.errors import NotFoundError
from seminarkoll.domain.translation import translate
from seminarkoll.services.planning.results import CohortDetails, ProgrammeDetails, ThemeDetails

ACTIVE_ENROLMENT = (EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED)


def programme_details(session: Session, programme: Programme) -> ProgrammeDetails:
    cohorts = session.scalar(
        select(func.count()).select_from(Cohort).where(Cohort.programme_id == programme.id)
    )
    themes = session.scalar(
        select(func.count()).select_from(ThemeArea).where(ThemeArea.programme_id == programme.id)
    )
    return ProgrammeDetails(
        id=programme.id,
        name=programme.name,
        organiser=programme.organiser,
        contact_person=programme.contact_person,
        description=programme.description,
        archived=programme.archived,
        meetings_count=programme.meetings_count,
        min_per_school_year=programme.min_per_school_year,
        cohort_count=int(cohorts or 0),
        theme_count=int(themes or 0),
    )


# -- helpers: theme areas -----------------------------------------------------------------------
def existing_theme(session: Session, theme_id: int) -> ThemeArea:
    theme = session.get(ThemeArea, theme_id)
    if theme is None:
        raise NotFoundError(translate("Errors", "Temaområdet finns inte längre."))
    return theme


def theme_rows(session: Session, programme_id: int) -> list[ThemeArea]:
    return list(
        session.scalars(
            select(ThemeArea)
            .where(ThemeArea.programme_id == programme_id)
            .order_by(ThemeArea.position, ThemeArea.id)
        )
    )


def theme_use(session: Session, theme_ids: Sequence[int]) -> dict[int, tuple[int, int]]:
    rows = session.execute(
        select(Seminar.theme_area_id, func.count(), func.count(distinct(Seminar.cohort_id)))
        .where(Seminar.theme_area_id.in_(theme_ids))
        .group_by(Seminar.theme_area_id)
    ).all()
    return {int(t): (int(n), int(c)) for t, n, c in rows if t is not None}


def themes_of(session: Session, programme_id: int) -> tuple[ThemeDetails, ...]:
    rows = theme_rows(session, programme_id)
    use = theme_use(session, [t.id for t in rows])
    return tuple(theme_details(session, t, use.get(t.id, (0, 0))) for t in rows)


def theme_details(
    session: Session, theme: ThemeArea, use: tuple[int, int] | None = None
) -> ThemeDetails:
    seminars, cohorts = (
        use if use is not None else theme_use(session, [theme.id]).get(theme.id, (0, 0))
    )
    return ThemeDetails(
        id=theme.id,
        programme_id=theme.programme_id,
        name=theme.name,
        description=theme.description,
        colour=theme.colour,
        position=theme.position,
        seminar_count=seminars,
        cohort_count=cohorts,
    )


# -- helpers: cohorts -----------------------------------------------------------------------------
def cohort_label(cohort: Cohort) -> str:
    return translate("Errors", "omgången ”{name}” ({school_year})").format(
        name=cohort.name, school_year=cohort.school_year
    )


def cohort_details(session: Session, cohort: Cohort) -> CohortDetails:
    seminars = session.scalar(
        select(func.count()).select_from(Seminar).where(Seminar.cohort_id == cohort.id)
    )
    enrolled = session.scalar(
        select(func.count())
        .select_from(Enrollment)
        .where(Enrollment.cohort_id == cohort.id, Enrollment.status.in_(ACTIVE_ENROLMENT))
    )
    return CohortDetails(
        id=cohort.id,
        programme_id=cohort.programme_id,
        programme_name=cohort.programme.name,
        name=cohort.name,
        school_year=cohort.school_year,
        start_date=cohort.start_date,
        end_date=cohort.end_date,
        status=cohort.status,
        min_attended=cohort.min_attended,
        late_counts_as_present=cohort.late_counts_as_present,
        excused_counts_as_attended=cohort.excused_counts_as_attended,
        require_each_theme=cohort.require_each_theme,
        allow_makeup=cohort.allow_makeup,
        notes=cohort.notes,
        sportlov_week=cohort.sportlov_week,
        seminar_count=int(seminars or 0),
        enrolled_count=int(enrolled or 0),
    )

"""Planning look-ups: rows that must exist, and rows turned into results with their counts."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from seminarkoll.data.lookups import existing
from seminarkoll.data.models import Cohort, Enrollment, Programme, Seminar, ThemeArea
from seminarkoll.domain.enums import EnrollmentStatus
from seminarkoll.domain.records import built_from
from seminarkoll.domain.text import cohort_with_year
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
    return built_from(
        ProgrammeDetails, programme, cohort_count=int(cohorts or 0), theme_count=int(themes or 0)
    )


# -- helpers: theme areas -----------------------------------------------------------------------
def existing_theme(session: Session, theme_id: int) -> ThemeArea:
    """The theme area; NotFoundError when it has been removed."""
    return existing(
        session, ThemeArea, theme_id, translate("Errors", "Temaområdet finns inte längre.")
    )


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
    return built_from(ThemeDetails, theme, seminar_count=seminars, cohort_count=cohorts)


# -- helpers: cohorts -----------------------------------------------------------------------------
def cohort_name(cohort: Cohort) -> str:
    """The cohort with its school year: "Omgång 3 (2016/2017)"."""
    return cohort_with_year(cohort.name, cohort.school_year)


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
    return built_from(
        CohortDetails,
        cohort,
        programme_name=cohort.programme.name,
        seminar_count=int(seminars or 0),
        enrolled_count=int(enrolled or 0),
    )

"""Read-side use cases for browsing: programmes with their cohorts, and a cohort's schedule."""

from __future__ import annotations

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session, selectinload

from seminarkoll.data.database import Database
from seminarkoll.data.models import (
    Attendance,
    Cohort,
    Enrollment,
    Programme,
    Seminar,
    SeminarLecturer,
)
from seminarkoll.domain.catalog import (
    CohortOverview,
    CohortSummary,
    ProgrammeSummary,
    SeminarRow,
    lecturer_label,
)
from seminarkoll.domain.enums import AttendanceStatus, EnrollmentStatus
from seminarkoll.domain.errors import NotFoundError
from seminarkoll.domain.text import fold

ACTIVE_ENROLMENT = (EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED)

__all__ = ["CatalogService", "CohortOverview", "CohortSummary", "ProgrammeSummary", "SeminarRow"]


class CatalogService:
    """Lists programmes and cohorts and reads a cohort's schedule."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def programmes(self) -> tuple[ProgrammeSummary, ...]:
        """Every programme with its cohorts and enrolled counts."""
        with self._db.transaction() as session:
            counts = {
                cohort_id: int(count)
                for cohort_id, count in session.execute(
                    select(Enrollment.cohort_id, func.count())
                    .where(Enrollment.status.in_(ACTIVE_ENROLMENT))
                    .group_by(Enrollment.cohort_id)
                )
            }
            programmes = session.scalars(
                select(Programme).options(selectinload(Programme.cohorts)).order_by(Programme.name)
            ).all()
            return tuple(
                ProgrammeSummary(
                    id=p.id,
                    name=p.name,
                    organiser=p.organiser,
                    archived=p.archived,
                    cohorts=tuple(
                        _cohort_summary(c, counts.get(c.id, 0))
                        for c in sorted(p.cohorts, key=lambda c: (c.start_date, c.id), reverse=True)
                    ),
                )
                for p in programmes
            )

    def cohort_overview(self, cohort_id: int) -> CohortOverview:
        """The cohort's header facts and its seminars with themes, lecturers and attendance."""
        with self._db.transaction() as session:
            cohort = session.get(Cohort, cohort_id)
            if cohort is None:
                raise NotFoundError("Omgången finns inte längre.")
            enrolled = session.scalar(
                select(func.count())
                .select_from(Enrollment)
                .where(Enrollment.cohort_id == cohort_id, Enrollment.status.in_(ACTIVE_ENROLMENT))
            )
            attended = case(
                (Attendance.status.in_((AttendanceStatus.PRESENT, AttendanceStatus.LATE)), 1),
                else_=0,
            )
            tallies = {
                seminar_id: (int(present or 0), int(recorded))
                for seminar_id, present, recorded in session.execute(
                    select(Attendance.seminar_id, func.sum(attended), func.count())
                    .join(Seminar, Seminar.id == Attendance.seminar_id)
                    .where(Seminar.cohort_id == cohort_id)
                    .group_by(Attendance.seminar_id)
                )
            }
            seminars = session.scalars(
                select(Seminar)
                .where(Seminar.cohort_id == cohort_id)
                .options(
                    selectinload(Seminar.theme_area),
                    selectinload(Seminar.lecturers).selectinload(SeminarLecturer.person),
                )
                .order_by(Seminar.number)
            ).all()
            rows = tuple(_seminar_row(s, tallies.get(s.id, (0, 0))) for s in seminars)
            return CohortOverview(
                cohort=_cohort_summary(cohort, int(enrolled or 0)),
                programme_name=cohort.programme.name,
                min_attended=cohort.min_attended,
                seminars=rows,
            )

    def resolve_programme(self, text: str) -> ProgrammeSummary:
        """The programme a command-line argument names: its id or its name (case does not
        matter). NotFoundError when none or several match, listing the candidates."""
        wanted = fold(text)
        if not wanted:
            raise NotFoundError("Ange programmet med dess id eller namn.")
        programmes = self.programmes()
        by_id = [p for p in programmes if wanted.isdigit() and p.id == int(wanted)]
        matches = by_id or [p for p in programmes if fold(p.name) == wanted]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise NotFoundError(
                f"Det finns inget program med id eller namn ”{text.strip()}”. "
                "Se `seminarkoll list`."
            )
        candidates = "; ".join(f"id {p.id}: {p.name}" for p in matches)
        raise NotFoundError(
            f"Flera program heter ”{text.strip()}” ({candidates}). Ange programmets id."
        )

    def resolve_cohort(self, text: str) -> CohortSummary:
        """The cohort a command-line argument names: its id, its name, or "name (school year)"
        as the programme tree shows it (case does not matter). NotFoundError when none or
        several match; the message lists the candidates with their ids."""
        wanted = fold(text)
        if not wanted:
            raise NotFoundError("Ange omgången med dess id eller namn.")
        with self._db.transaction() as session:
            if wanted.isdigit():
                cohort = session.get(Cohort, int(wanted))
                if cohort is not None:
                    return _cohort_summary(cohort, _enrolled(session, cohort.id))
            cohorts = session.scalars(
                select(Cohort).options(selectinload(Cohort.programme)).order_by(Cohort.id)
            ).all()
            matches = [
                c for c in cohorts if wanted in {fold(c.name), fold(f"{c.name} ({c.school_year})")}
            ]
            if len(matches) == 1:
                return _cohort_summary(matches[0], _enrolled(session, matches[0].id))
            if not matches:
                raise NotFoundError(
                    f"Det finns ingen omgång med id eller namn ”{text.strip()}”. "
                    "Ange omgångens id eller hela namn, till exempel ”Omgång 3”."
                )
            candidates = "; ".join(
                f"id {c.id}: {c.programme.name}, {c.name} ({c.school_year})" for c in matches
            )
            raise NotFoundError(
                f"Flera omgångar heter ”{text.strip()}” ({candidates}). Ange omgångens id."
            )


def _enrolled(session: Session, cohort_id: int) -> int:
    count = session.scalar(
        select(func.count())
        .select_from(Enrollment)
        .where(Enrollment.cohort_id == cohort_id, Enrollment.status.in_(ACTIVE_ENROLMENT))
    )
    return int(count or 0)


def _cohort_summary(cohort: Cohort, enrolled: int) -> CohortSummary:
    return CohortSummary(
        id=cohort.id,
        programme_id=cohort.programme_id,
        name=cohort.name,
        school_year=cohort.school_year,
        status=cohort.status,
        start_date=cohort.start_date,
        end_date=cohort.end_date,
        enrolled_count=enrolled,
    )


def _seminar_row(seminar: Seminar, tally: tuple[int, int]) -> SeminarRow:
    theme = seminar.theme_area
    return SeminarRow(
        id=seminar.id,
        number=seminar.number,
        title=seminar.title,
        date=seminar.date,
        start_time=seminar.start_time,
        end_time=seminar.end_time,
        location=seminar.location,
        theme_id=theme.id if theme else None,
        theme_name=theme.name if theme else "",
        theme_colour=theme.colour if theme else "",
        lecturers=tuple(
            lecturer_label(
                link.person.first_name, link.person.last_name, link.person.title, link.topic
            )
            for link in seminar.lecturers
        ),
        present_count=tally[0],
        recorded_count=tally[1],
        signed_off_at=seminar.signed_off_at,
    )

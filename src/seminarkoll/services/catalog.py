"""Read-side use cases for browsing: programmes with their cohorts, and a cohort's schedule."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from seminarkoll.data.lookups import cohort_seminars, existing_cohort
from seminarkoll.data.models import (
    Attendance,
    Cohort,
    Enrollment,
    Programme,
    Seminar,
)
from seminarkoll.domain.catalog import (
    CohortOverview,
    CohortSummary,
    CohortTitle,
    ProgrammeSummary,
    SeminarRow,
    lecturer_label,
    participant_counts,
    schedule_totals,
)
from seminarkoll.domain.completion import SeminarTotals
from seminarkoll.domain.enums import EnrollmentStatus
from seminarkoll.domain.errors import NotFoundError
from seminarkoll.domain.records import built_from
from seminarkoll.domain.text import fold, row_id
from seminarkoll.domain.translation import translate
from seminarkoll.services.database_service import DatabaseService

ACTIVE_ENROLMENT = (EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED)

__all__ = ["CatalogService", "CohortOverview", "CohortSummary", "ProgrammeSummary", "SeminarRow"]


class CatalogService(DatabaseService):
    """Lists programmes and cohorts and reads a cohort's schedule."""

    def programmes(self) -> tuple[ProgrammeSummary, ...]:
        """Every programme with its cohorts and enrolled counts."""
        with self._db.transaction() as session:
            counts = _participants(session)
            programmes = session.scalars(
                select(Programme).options(selectinload(Programme.cohorts)).order_by(Programme.name)
            ).all()
            return tuple(
                built_from(
                    ProgrammeSummary,
                    p,
                    cohorts=tuple(
                        _cohort_summary(c, counts.get(c.id, (0, 0)))
                        for c in sorted(p.cohorts, key=lambda c: (c.start_date, c.id), reverse=True)
                    ),
                )
                for p in programmes
            )

    def cohort_title(self, cohort_id: int) -> CohortTitle:
        """The cohort's header facts and its programme's name, without its schedule."""
        with self._db.transaction() as session:
            cohort = existing_cohort(session, cohort_id)
            return CohortTitle(
                _cohort_summary(cohort, _counts_of(session, cohort_id)), cohort.programme.name
            )

    def cohort_overview(self, cohort_id: int) -> CohortOverview:
        """The cohort's header facts and its seminars with themes, lecturers and attendance."""
        with self._db.transaction() as session:
            cohort = existing_cohort(session, cohort_id)
            from seminarkoll.services.completion_data import load_frame  # not for `list`

            frame = load_frame(session.connection(), cohort_id)
            totals = schedule_totals(
                frame.slots,
                session.execute(
                    select(
                        Enrollment.id, Enrollment.status, Enrollment.joined_on, Enrollment.left_on
                    ).where(Enrollment.cohort_id == cohort_id)
                ),
                session.execute(
                    select(Attendance.enrollment_id, Attendance.seminar_id, Attendance.status)
                    .join(Seminar, Seminar.id == Attendance.seminar_id)
                    .where(Seminar.cohort_id == cohort_id)
                ),
            )
            held = {slot.id: slot.held for slot in frame.slots}
            seminars = cohort_seminars(session, cohort_id)
            rows = tuple(_seminar_row(s, held[s.id], totals[s.id]) for s in seminars)
            return CohortOverview(
                cohort=_cohort_summary(cohort, _counts_of(session, cohort_id)),
                programme_name=cohort.programme.name,
                min_attended=cohort.min_attended,
                seminars=rows,
                sportlov_week=cohort.sportlov_week,
            )

    def resolve_programme(self, text: str) -> ProgrammeSummary:
        """The programme a command-line argument names: its id or its name (case does not
        matter). NotFoundError when none or several match, listing the candidates."""
        wanted = fold(text)
        if not wanted:
            raise NotFoundError(translate("Errors", "Ange programmet med dess id eller namn."))
        programmes = self.programmes()
        by_id = [p for p in programmes if wanted.isdigit() and p.id == int(wanted)]
        matches = by_id or [p for p in programmes if fold(p.name) == wanted]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise NotFoundError(
                translate(
                    "Errors",
                    "Det finns inget program med id eller namn ”{text}”. Se `seminarkoll list`.",
                ).format(text=text.strip())
            )
        candidates = "; ".join(f"id {p.id}: {p.name}" for p in matches)
        raise NotFoundError(
            translate(
                "Errors", "Flera program heter ”{text}” ({candidates}). Ange programmets id."
            ).format(text=text.strip(), candidates=candidates)
        )

    def resolve_cohort(self, text: str) -> CohortSummary:
        """The cohort a command-line argument names: its id, its name, or "name (school year)"
        as the programme tree shows it (case does not matter). NotFoundError when none or
        several match; the message lists the candidates with their ids."""
        wanted = fold(text)
        if not wanted:
            raise NotFoundError(translate("Errors", "Ange omgången med dess id eller namn."))
        with self._db.transaction() as session:
            cohort_id = row_id(wanted)
            if cohort_id is not None:
                cohort = session.get(Cohort, cohort_id)
                if cohort is not None:
                    return _cohort_summary(cohort, _counts_of(session, cohort.id))
            cohorts = session.scalars(
                select(Cohort).options(selectinload(Cohort.programme)).order_by(Cohort.id)
            ).all()
            matches = [
                c for c in cohorts if wanted in {fold(c.name), fold(f"{c.name} ({c.school_year})")}
            ]
            if len(matches) == 1:
                return _cohort_summary(matches[0], _counts_of(session, matches[0].id))
            if not matches:
                raise NotFoundError(
                    translate(
                        "Errors",
                        "Det finns ingen omgång med id eller namn ”{text}”. Ange omgångens id "
                        "eller hela namn, till exempel ”Omgång 3”.",
                    ).format(text=text.strip())
                )
            candidates = "; ".join(
                f"id {c.id}: {c.programme.name}, {c.name} ({c.school_year})" for c in matches
            )
            raise NotFoundError(
                translate(
                    "Errors", "Flera omgångar heter ”{text}” ({candidates}). Ange omgångens id."
                ).format(text=text.strip(), candidates=candidates)
            )


def _participants(session: Session, cohort_id: int | None = None) -> dict[int, tuple[int, int]]:
    """Per cohort id (or for one), participants and withdrawn (`participant_counts`)."""
    query = select(
        Enrollment.cohort_id,
        Enrollment.status,
        Enrollment.joined_on,
        Enrollment.left_on,
        func.count(),
    ).group_by(Enrollment.cohort_id, Enrollment.status, Enrollment.joined_on, Enrollment.left_on)
    if cohort_id is not None:
        query = query.where(Enrollment.cohort_id == cohort_id)
    return participant_counts(
        (cid, status, joined, left, int(count))
        for cid, status, joined, left, count in session.execute(query)
    )


def _counts_of(session: Session, cohort_id: int) -> tuple[int, int]:
    return _participants(session, cohort_id).get(cohort_id, (0, 0))


def _cohort_summary(cohort: Cohort, counts: tuple[int, int]) -> CohortSummary:
    return built_from(CohortSummary, cohort, enrolled_count=counts[0], withdrawn_count=counts[1])


def _seminar_row(seminar: Seminar, held: bool, totals: SeminarTotals) -> SeminarRow:
    theme = seminar.theme_area
    return built_from(
        SeminarRow,
        seminar,
        theme_id=theme.id if theme else None,
        theme_name=theme.name if theme else "",
        theme_colour=theme.colour if theme else "",
        lecturers=tuple(
            lecturer_label(
                link.person.first_name, link.person.last_name, link.person.title, link.topic
            )
            for link in seminar.lecturers
        ),
        held=held,
        totals=totals,
    )

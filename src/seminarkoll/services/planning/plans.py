"""How a new cohort's seminars are planned: empty, from the template, or copied from a cohort."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from seminarkoll.data.models import Cohort, Seminar, SeminarLecturer
from seminarkoll.domain.calendar import SchoolYear
from seminarkoll.domain.errors import FieldProblem, ValidationError
from seminarkoll.domain.planning import shift_plan
from seminarkoll.domain.schedule import MAX_SEMINAR_COUNT, seminar_count_problem, template_dates
from seminarkoll.domain.translation import translate
from seminarkoll.services.planning.inputs import CohortStart, CopyStart, EmptyStart, TemplateStart
from seminarkoll.services.planning.results import PlannedSeminar


def start_count(session: Session, start: CohortStart) -> int:
    if isinstance(start, CopyStart):
        count = session.scalar(
            select(func.count())
            .select_from(Seminar)
            .where(Seminar.cohort_id == start.source_cohort_id)
        )
        return int(count or 0) or MAX_SEMINAR_COUNT
    return start.count


def plan_seminars(
    session: Session,
    programme_id: int,
    year: SchoolYear,
    start: CohortStart,
    sportlov_week: int,
    years: int = 1,
) -> list[tuple[PlannedSeminar, Seminar | None]]:
    """The planned seminars, each with the seminar it copies (None from the template); the
    template spreads them over the `years` school years from `year`."""
    if isinstance(start, EmptyStart):
        problem = seminar_count_problem("count", start.count)
        if problem is not None:
            raise ValidationError([problem])
        return []
    if isinstance(start, TemplateStart):
        problems: list[FieldProblem] = []
        if start.end_time <= start.start_time:
            problems.append(
                FieldProblem(
                    "end_time", translate("Errors", "Sluttiden måste vara efter starttiden.")
                )
            )
        try:
            dates = template_dates(
                year, start.weekday, count=start.count, sportlov_week=sportlov_week, years=years
            )
        except ValidationError as error:
            problems.extend(error.problems)
        if problems:
            raise ValidationError(problems)
        return [
            (PlannedSeminar(n, day, f"Seminarium {n}", "", (), None), None)
            for n, day in enumerate(dates, start=1)
        ]
    source = session.get(Cohort, start.source_cohort_id)
    if source is None or source.programme_id != programme_id:
        raise ValidationError.single(
            "source", translate("Errors", "Välj en omgång i samma program att kopiera.")
        )
    seminars = session.scalars(
        select(Seminar)
        .where(Seminar.cohort_id == source.id)
        .options(
            selectinload(Seminar.theme_area),
            selectinload(Seminar.lecturers).selectinload(SeminarLecturer.person),
        )
        .order_by(Seminar.date)
    ).all()
    if not seminars:
        raise ValidationError.single(
            "source",
            translate(
                "Errors", "”{name}” har inga seminarier att kopiera. Välj en annan omgång."
            ).format(name=source.name),
        )
    try:
        source_year = SchoolYear.parse(source.school_year)
    except ValidationError:
        source_year = SchoolYear.from_date(seminars[0].date)
    new_dates = shift_plan([s.date for s in seminars], source_year, year, sportlov_week)
    ordered = sorted(zip(new_dates, seminars, strict=True), key=lambda pair: pair[0])
    return [
        (
            PlannedSeminar(
                number=n,
                date=day,
                title=seminar.title,
                theme_name=seminar.theme_area.name if seminar.theme_area else "",
                lecturers=tuple(link.person.name for link in seminar.lecturers),
                source_date=seminar.date,
            ),
            seminar,
        )
        for n, (day, seminar) in enumerate(ordered, start=1)
    ]


COPIED_COLUMNS = ("title", "start_time", "end_time", "location", "theme_area_id", "description")
"""What a seminar copied into a new cohort takes from its source (with its lecturers)."""


def copy_seminar(source: Seminar, seminar: Seminar) -> None:
    """Copy title, times, place, theme, agenda and lecturers (not notes or sign-off)."""
    for column in COPIED_COLUMNS:
        setattr(seminar, column, getattr(source, column))
    seminar.notes = ""
    seminar.lecturers = [
        SeminarLecturer(person_id=link.person_id, topic=link.topic, position=link.position)
        for link in source.lecturers
    ]

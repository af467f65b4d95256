"""Planning rules: checks of programme, theme area and cohort input, and writing it onto rows."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from seminarkoll.data.models import Cohort, Programme, ThemeArea
from seminarkoll.domain.calendar import (
    MAX_COHORT_SCHOOL_YEARS,
    SchoolYear,
    check_sportlov_week,
    school_years_between,
)
from seminarkoll.domain.dates import long_date
from seminarkoll.domain.errors import FieldProblem, ValidationError
from seminarkoll.domain.planning import long_name_problem, normalise_colour
from seminarkoll.domain.records import assign_from
from seminarkoll.domain.schedule import validate_cohort
from seminarkoll.domain.text import fold, tidy
from seminarkoll.domain.translation import translate
from seminarkoll.services.planning.inputs import CohortInput, ProgrammeInput, ThemeInput


def check_programme(session: Session, data: ProgrammeInput, programme_id: int | None) -> None:
    name = tidy(data.name)
    problems: list[FieldProblem] = []
    if not name:
        problems.append(FieldProblem("name", translate("Errors", "Ange programmets namn.")))
    elif too_long := long_name_problem(name):
        problems.append(too_long)
    else:
        for other_id, other_name in session.execute(select(Programme.id, Programme.name)):
            if other_id != programme_id and fold(other_name) == fold(name):
                problems.append(
                    FieldProblem(
                        "name",
                        translate(
                            "Errors", "Det finns redan ett program som heter ”{other_name}”."
                        ).format(other_name=other_name),
                    )
                )
    for field, value in (("organiser", data.organiser), ("contact_person", data.contact_person)):
        if too_long := long_name_problem(tidy(value), field):
            problems.append(too_long)
    if (data.min_per_school_year or 0) < 0:
        problems.append(
            FieldProblem(
                "min_per_school_year",
                translate("Errors", "Antalet seminarier som krävs kan inte vara negativt."),
            )
        )
    if problems:
        raise ValidationError(problems)


def apply_programme(programme: Programme, data: ProgrammeInput) -> None:
    programme.name = tidy(data.name)
    programme.organiser = tidy(data.organiser)
    programme.contact_person = tidy(data.contact_person)
    programme.description = data.description.strip()
    programme.archived = data.archived
    programme.meetings_count = data.meetings_count
    programme.min_per_school_year = data.min_per_school_year or None


def check_theme(
    data: ThemeInput, existing: Sequence[ThemeArea], theme_id: int | None
) -> tuple[str, str]:
    name = tidy(data.name)
    problems: list[FieldProblem] = []
    if not name:
        problems.append(FieldProblem("name", translate("Errors", "Ange temaområdets namn.")))
    elif too_long := long_name_problem(name):
        problems.append(too_long)
    elif any(t.id != theme_id and fold(t.name) == fold(name) for t in existing):
        problems.append(
            FieldProblem(
                "name",
                translate(
                    "Errors", "Programmet har redan ett temaområde som heter ”{name}”."
                ).format(name=name),
            )
        )
    colour = ""
    if data.colour.strip():
        try:
            colour = normalise_colour(data.colour)
        except ValidationError as error:
            problems.extend(error.problems)
    if problems:
        raise ValidationError(problems)
    return name, colour


def check_cohort(
    session: Session, data: CohortInput, cohort: Cohort | None, seminar_count: int
) -> SchoolYear:
    problems: list[FieldProblem] = []
    year: SchoolYear | None = None
    try:
        year = validate_cohort(
            data.name,
            data.school_year,
            data.start_date,
            data.end_date,
            data.min_attended,
            seminar_count,
        )
    except ValidationError as error:
        problems.extend(error.problems)
    try:
        check_sportlov_week(data.sportlov_week)
    except ValidationError as error:
        problems.extend(error.problems)
    name = tidy(data.name)
    if too_long := long_name_problem(name):
        problems.append(too_long)
    programme_id = cohort.programme_id if cohort is not None else data.programme_id
    clash = session.scalars(
        select(Cohort).where(
            Cohort.programme_id == programme_id, Cohort.id != (cohort.id if cohort else -1)
        )
    ).all()
    if name and any(fold(other.name) == fold(name) for other in clash):
        problems.append(
            FieldProblem(
                "name",
                translate("Errors", "Programmet har redan en omgång som heter ”{name}”.").format(
                    name=name
                ),
            )
        )
    if problems or year is None:
        raise ValidationError(problems)
    return year


def check_within(data: CohortInput, dates: Sequence[date], *, new: bool) -> None:
    problems: list[FieldProblem] = []
    before = sorted(d for d in dates if d < data.start_date)
    after = sorted(d for d in dates if d > data.end_date)
    then = "" if new else translate("Errors", " eller flytta seminarierna först")
    what = (
        translate("Errors", "De planerade seminarierna hamnar")
        if new
        else translate("Errors", "Omgången har seminarier")
    )
    if before:
        problems.append(
            FieldProblem(
                "start",
                translate(
                    "Errors",
                    "{what} före startdatumet ({dates}). Välj ett tidigare startdatum{then}.",
                ).format(what=what, dates=_dates(before), then=then),
            )
        )
    if after:
        problems.append(
            FieldProblem(
                "end",
                translate(
                    "Errors", "{what} efter slutdatumet ({dates}). Välj ett senare slutdatum{then}."
                ).format(what=what, dates=_dates(after), then=then),
            )
        )
    if problems:
        raise ValidationError(problems)


def _dates(days: Sequence[date]) -> str:
    return ", ".join(long_date(d) for d in days)


def apply_cohort(cohort: Cohort, data: CohortInput) -> None:
    """Set the input on `cohort`, tidied; the cohort stays in its programme."""
    assign_from(
        cohort,
        data,
        programme_id=cohort.programme_id,
        name=tidy(data.name),
        school_year=SchoolYear.parse(data.school_year).label,
        notes=data.notes.strip(),
    )


def school_year_count(year: SchoolYear, end: date) -> int:
    """How many school years a cohort of `year` ending on `end` runs over (1 to the maximum;
    `validate_cohort` tells about an end beyond it)."""
    return min(max(1, len(school_years_between(year.span.start, end))), MAX_COHORT_SCHOOL_YEARS)

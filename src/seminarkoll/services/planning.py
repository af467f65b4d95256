"""Planning use cases: create, edit, copy and remove programmes, theme areas and cohorts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import distinct, func, select, update
from sqlalchemy.orm import Session, selectinload

from seminarkoll.data.cascade import capture, restore
from seminarkoll.data.database import Database
from seminarkoll.data.models import (
    Cohort,
    Enrollment,
    Programme,
    Seminar,
    SeminarLecturer,
    ThemeArea,
)
from seminarkoll.domain.calendar import (
    DEFAULT_SPORTLOV_WEEK,
    MAX_COHORT_SCHOOL_YEARS,
    SchoolYear,
    check_sportlov_week,
    school_years_between,
)
from seminarkoll.domain.dates import long_date
from seminarkoll.domain.enums import CohortStatus, EnrollmentStatus
from seminarkoll.domain.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from seminarkoll.domain.planning import (
    next_theme_colour,
    normalise_colour,
    shift_plan,
    suggest_cohort_name,
)
from seminarkoll.domain.schedule import (
    MAX_SEMINAR_COUNT,
    date_warnings,
    template_dates,
    validate_cohort,
)
from seminarkoll.domain.text import fold, full_name, tidy
from seminarkoll.domain.translation import translate
from seminarkoll.services.removal import RemovalImpact, Removed, impact_of, remove_captured

NAME_LIMIT = 200
DEFAULT_START = time(13, 0)
DEFAULT_END = time(16, 0)
DEFAULT_SEMINAR_COUNT = 7
ACTIVE_ENROLMENT = (EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED)


# -- programmes -----------------------------------------------------------------------------
@dataclass(frozen=True)
class ProgrammeInput:
    """What the user typed for a programme."""

    name: str
    organiser: str = ""
    contact_person: str = ""
    description: str = ""
    archived: bool = False


@dataclass(frozen=True)
class ProgrammeDetails:
    """A programme with how many cohorts and theme areas it has."""

    id: int
    name: str
    organiser: str
    contact_person: str
    description: str
    archived: bool
    cohort_count: int
    theme_count: int

    def as_input(self) -> ProgrammeInput:
        """The programme as input, e.g. to undo an edit."""
        return ProgrammeInput(
            name=self.name,
            organiser=self.organiser,
            contact_person=self.contact_person,
            description=self.description,
            archived=self.archived,
        )


# -- theme areas ----------------------------------------------------------------------------
@dataclass(frozen=True)
class ThemeInput:
    """What the user typed for a theme area; an empty colour picks the next free one."""

    name: str
    description: str = ""
    colour: str = ""


@dataclass(frozen=True)
class ThemeDetails:
    """A theme area, where it sits in its programme's order and how much it is used."""

    id: int
    programme_id: int
    name: str
    description: str
    colour: str
    position: int
    seminar_count: int
    cohort_count: int

    def as_input(self) -> ThemeInput:
        """The theme area as input, e.g. to undo an edit."""
        return ThemeInput(name=self.name, description=self.description, colour=self.colour)


@dataclass(frozen=True)
class ThemeReplacement:
    """What happens to the seminars of a theme area being removed.

    `theme_id` is the theme area they move to; None leaves them without a theme area.
    """

    theme_id: int | None


# -- cohorts --------------------------------------------------------------------------------
@dataclass(frozen=True)
class CohortInput:
    """What the user typed for a cohort, including its completion requirement."""

    programme_id: int
    name: str
    school_year: str
    start_date: date
    end_date: date
    status: CohortStatus = CohortStatus.PLANNING
    min_attended: int = 6
    late_counts_as_present: bool = True
    excused_counts_as_attended: bool = False
    require_each_theme: bool = False
    allow_makeup: bool = False
    notes: str = ""
    sportlov_week: int = DEFAULT_SPORTLOV_WEEK
    """The ISO week of the municipality's sportlov (7-10): plans avoid it, dates in it warn."""


@dataclass(frozen=True)
class CohortDetails:
    """A cohort with every editable field and a few counts."""

    id: int
    programme_id: int
    programme_name: str
    name: str
    school_year: str
    start_date: date
    end_date: date
    status: CohortStatus
    min_attended: int
    late_counts_as_present: bool
    excused_counts_as_attended: bool
    require_each_theme: bool
    allow_makeup: bool
    notes: str
    sportlov_week: int
    seminar_count: int
    enrolled_count: int

    @property
    def label(self) -> str:
        """E.g. "Omgång 3 (2016/2017)"."""
        return f"{self.name} ({self.school_year})"

    def as_input(self) -> CohortInput:
        """The cohort as input, e.g. to undo an edit."""
        return CohortInput(
            programme_id=self.programme_id,
            name=self.name,
            school_year=self.school_year,
            start_date=self.start_date,
            end_date=self.end_date,
            status=self.status,
            min_attended=self.min_attended,
            late_counts_as_present=self.late_counts_as_present,
            excused_counts_as_attended=self.excused_counts_as_attended,
            require_each_theme=self.require_each_theme,
            allow_makeup=self.allow_makeup,
            notes=self.notes,
            sportlov_week=self.sportlov_week,
        )


@dataclass(frozen=True)
class EmptyStart:
    """Start a cohort without seminars; `count` is the planned number (checks the requirement)."""

    count: int = DEFAULT_SEMINAR_COUNT


@dataclass(frozen=True)
class TemplateStart:
    """Start from the template: `count` seminars on `weekday` (0 = Monday), free of breaks."""

    weekday: int
    count: int = DEFAULT_SEMINAR_COUNT
    start_time: time = DEFAULT_START
    end_time: time = DEFAULT_END
    location: str = ""


@dataclass(frozen=True)
class CopyStart:
    """Start as a copy of another cohort of the same programme, moved to the new school year."""

    source_cohort_id: int


CohortStart = EmptyStart | TemplateStart | CopyStart


@dataclass(frozen=True)
class PlannedSeminar:
    """A seminar a new cohort would start with (for the preview and for creating it)."""

    number: int
    date: date
    title: str
    theme_name: str
    lecturers: tuple[str, ...]
    source_date: dt.date | None


@dataclass(frozen=True)
class CohortDefaults:
    """Sensible first values for a new cohort of a programme, mostly from its latest cohort."""

    programme_id: int
    programme_name: str
    name: str
    school_year: str
    start_date: date
    end_date: date
    min_attended: int
    late_counts_as_present: bool
    excused_counts_as_attended: bool
    require_each_theme: bool
    allow_makeup: bool
    sportlov_week: int
    seminar_count: int
    start_time: time
    end_time: time
    location: str
    previous_cohort_id: int | None
    previous_cohort_label: str
    copy_sources: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class CohortCreated:
    """The new cohort, how many seminars it got, and warnings about their dates."""

    cohort_id: int
    seminar_count: int
    warnings: tuple[str, ...]


class PlanningService:
    """Creates and edits programmes, theme areas and cohorts (seminars: ScheduleService)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    # -- programmes ---------------------------------------------------------------------
    def programme(self, programme_id: int) -> ProgrammeDetails:
        """One programme; NotFoundError when gone."""
        with self._db.transaction() as session:
            return _programme_details(session, _programme(session, programme_id))

    def create_programme(self, data: ProgrammeInput) -> int:
        """Create a programme; ValidationError when the name is empty or already taken."""
        with self._db.transaction() as session:
            _check_programme(session, data, None)
            programme = Programme()
            _apply_programme(programme, data)
            session.add(programme)
            session.flush()
            return programme.id

    def update_programme(self, programme_id: int, data: ProgrammeInput) -> ProgrammeDetails:
        """Change a programme's name, organiser, contact, description or archived state."""
        with self._db.transaction() as session:
            programme = _programme(session, programme_id)
            _check_programme(session, data, programme_id)
            _apply_programme(programme, data)
            session.flush()
            return _programme_details(session, programme)

    def remove_programme(self, programme_id: int, *, planning_only: bool = False) -> Removed:
        """Remove a programme with everything in it (undo: `restore`)."""
        with self._db.transaction() as session:
            programme = _programme(session, programme_id)
            return remove_captured(
                session,
                "programme",
                programme_id,
                translate("Errors", "programmet ”{name}”").format(name=programme.name),
                planning_only=planning_only,
            )

    # -- theme areas --------------------------------------------------------------------
    def themes(self, programme_id: int) -> tuple[ThemeDetails, ...]:
        """The programme's theme areas in their order."""
        with self._db.transaction() as session:
            _programme(session, programme_id)
            return _themes(session, programme_id)

    def add_theme(self, programme_id: int, data: ThemeInput) -> ThemeDetails:
        """Add a theme area last in the programme's order."""
        with self._db.transaction() as session:
            _programme(session, programme_id)
            existing = _theme_rows(session, programme_id)
            name, colour = _check_theme(data, existing, None)
            theme = ThemeArea(
                programme_id=programme_id,
                name=name,
                description=data.description.strip(),
                colour=colour or next_theme_colour(t.colour for t in existing),
                position=max((t.position for t in existing), default=-1) + 1,
            )
            session.add(theme)
            session.flush()
            return _theme_details(session, theme)

    def update_theme(self, theme_id: int, data: ThemeInput) -> ThemeDetails:
        """Rename a theme area or change its description or colour."""
        with self._db.transaction() as session:
            theme = _theme(session, theme_id)
            name, colour = _check_theme(data, _theme_rows(session, theme.programme_id), theme_id)
            theme.name = name
            theme.description = data.description.strip()
            theme.colour = colour or theme.colour
            session.flush()
            return _theme_details(session, theme)

    def reorder_themes(self, programme_id: int, order: Sequence[int]) -> tuple[ThemeDetails, ...]:
        """Put the programme's theme areas in `order` (every theme id exactly once)."""
        with self._db.transaction() as session:
            themes = {t.id: t for t in _theme_rows(session, programme_id)}
            if sorted(order) != sorted(themes):
                raise ConflictError(
                    translate(
                        "Errors",
                        "Temaområdena har ändrats under tiden. Stäng listan och öppna den igen.",
                    )
                )
            for position, theme_id in enumerate(order):
                themes[theme_id].position = position
            session.flush()
            return _themes(session, programme_id)

    def remove_theme(self, theme_id: int, replacement: ThemeReplacement | None = None) -> Removed:
        """Remove a theme area. When seminars use it, `replacement` must say whether they move
        to another theme area or are left without one; ConflictError otherwise."""
        with self._db.transaction() as session:
            theme = _theme(session, theme_id)
            used = _theme_use(session, [theme_id]).get(theme_id, (0, 0))[0]
            target: int | None = None
            if used and replacement is None:
                raise ConflictError(
                    translate(
                        "Errors",
                        "Temaområdet ”{name}” används av {used} seminarier. Välj om de ska "
                        "flyttas till ett annat temaområde eller bli utan temaområde.",
                    ).format(name=theme.name, used=used)
                )
            if replacement is not None and replacement.theme_id is not None:
                other = session.get(ThemeArea, replacement.theme_id)
                if (
                    other is None
                    or other.programme_id != theme.programme_id
                    or other.id == theme_id
                ):
                    raise ValidationError.single(
                        "replacement",
                        translate("Errors", "Välj ett annat temaområde i samma program."),
                    )
                target = other.id
            snapshot = capture(session, "theme_area", [theme_id])
            session.execute(
                update(Seminar)
                .where(Seminar.theme_area_id == theme_id)
                .values(theme_area_id=target)
            )
            programme_id = theme.programme_id
            removed = remove_captured(
                session,
                "theme_area",
                theme_id,
                translate("Errors", "temaområdet ”{name}”").format(name=theme.name),
                planning_only=False,
            )
            for position, other_theme in enumerate(_theme_rows(session, programme_id)):
                other_theme.position = position
            return Removed(removed.impact, snapshot)

    def theme_usage(self, theme_id: int) -> tuple[ThemeDetails, tuple[str, ...]]:
        """The theme area and the labels of the cohorts whose seminars use it."""
        with self._db.transaction() as session:
            theme = _theme(session, theme_id)
            cohorts = session.execute(
                select(Cohort.name, Cohort.school_year)
                .join(Seminar, Seminar.cohort_id == Cohort.id)
                .where(Seminar.theme_area_id == theme_id)
                .group_by(Cohort.id, Cohort.name, Cohort.school_year, Cohort.start_date)
                .order_by(Cohort.start_date)
            ).all()
            return _theme_details(session, theme), tuple(f"{n} ({y})" for n, y in cohorts)

    # -- cohorts ------------------------------------------------------------------------
    def cohort(self, cohort_id: int) -> CohortDetails:
        """One cohort with every editable field; NotFoundError when gone."""
        with self._db.transaction() as session:
            return _cohort_details(session, _cohort(session, cohort_id))

    def cohort_defaults(self, programme_id: int, today: date | None = None) -> CohortDefaults:
        """First values for a new cohort: the next school year after the latest cohort (or the
        one starting this year), the latest cohort's requirement, times and place."""
        with self._db.transaction() as session:
            programme = _programme(session, programme_id)
            cohorts = session.scalars(
                select(Cohort)
                .where(Cohort.programme_id == programme_id)
                .options(selectinload(Cohort.seminars))
                .order_by(Cohort.start_date.desc(), Cohort.id.desc())
            ).all()
            latest = cohorts[0] if cohorts else None
            school_year = SchoolYear((today or date.today()).year)
            if latest is not None:
                try:
                    school_year = SchoolYear(SchoolYear.parse(latest.school_year).first_year + 1)
                except ValidationError:
                    school_year = SchoolYear.from_date(latest.end_date)
            first = latest.seminars[0] if latest is not None and latest.seminars else None
            years = 1
            if latest is not None:
                years = _school_year_count(SchoolYear.from_date(latest.start_date), latest.end_date)
            return CohortDefaults(
                programme_id=programme_id,
                programme_name=programme.name,
                name=suggest_cohort_name(c.name for c in cohorts),
                school_year=school_year.label,
                start_date=school_year.start,
                end_date=SchoolYear(school_year.first_year + years - 1).end,
                min_attended=latest.min_attended if latest else DEFAULT_SEMINAR_COUNT - 1,
                late_counts_as_present=latest.late_counts_as_present if latest else True,
                excused_counts_as_attended=(latest.excused_counts_as_attended if latest else False),
                require_each_theme=latest.require_each_theme if latest else False,
                allow_makeup=latest.allow_makeup if latest else False,
                sportlov_week=latest.sportlov_week if latest else DEFAULT_SPORTLOV_WEEK,
                seminar_count=(
                    len(latest.seminars) if latest and latest.seminars else DEFAULT_SEMINAR_COUNT
                ),
                start_time=(first.start_time if first and first.start_time else DEFAULT_START),
                end_time=(first.end_time if first and first.end_time else DEFAULT_END),
                location=first.location if first else "",
                previous_cohort_id=latest.id if latest else None,
                previous_cohort_label=f"{latest.name} ({latest.school_year})" if latest else "",
                copy_sources=tuple((c.id, f"{c.name} ({c.school_year})") for c in cohorts),
            )

    def preview_start(
        self,
        programme_id: int,
        school_year: str,
        start: CohortStart,
        sportlov_week: int = DEFAULT_SPORTLOV_WEEK,
        end_date: date | None = None,
    ) -> tuple[PlannedSeminar, ...]:
        """The seminars a new cohort in `school_year` (sportlov in `sportlov_week`, ending on
        `end_date`, by default in the same school year) would start with; ValidationError when
        the school year or the start's choices are invalid."""
        year = SchoolYear.parse(school_year)
        years = _school_year_count(year, end_date or year.end)
        with self._db.transaction() as session:
            _programme(session, programme_id)
            plan = _plan(session, programme_id, year, start, sportlov_week, years)
            return tuple(planned for planned, _ in plan)

    def create_cohort(self, data: CohortInput, start: CohortStart) -> CohortCreated:
        """Create a cohort, empty, from the template or as a copy of an earlier cohort.

        ValidationError (with fields name, school_year, start, end, min_attended, seminar_count,
        weekday, count, source) when anything is wrong; then nothing is saved.
        """
        with self._db.transaction() as session:
            _programme(session, data.programme_id)
            problems: list[FieldProblem] = []
            year: SchoolYear | None = None
            plan: list[tuple[PlannedSeminar, Seminar | None]] = []
            try:
                year = _check_cohort(session, data, None, _start_count(session, start))
            except ValidationError as error:
                problems.extend(error.problems)
            try:
                plan_year = year or SchoolYear.parse(data.school_year)
                years = _school_year_count(plan_year, data.end_date)
                plan = _plan(
                    session, data.programme_id, plan_year, start, data.sportlov_week, years
                )
            except ValidationError as error:
                problems.extend(p for p in error.problems if p not in problems)
            if problems or year is None:
                raise ValidationError(problems)
            _check_within(data, [p.date for p, _ in plan], new=True)
            cohort = Cohort(programme_id=data.programme_id)
            _apply_cohort(cohort, data)
            session.add(cohort)
            session.flush()
            warnings: list[str] = []
            for planned, source in plan:
                seminar = Seminar(cohort_id=cohort.id, number=planned.number, date=planned.date)
                if source is not None:
                    _copy_seminar(source, seminar)
                else:
                    assert isinstance(start, TemplateStart)
                    seminar.title = planned.title
                    seminar.start_time = start.start_time
                    seminar.end_time = start.end_time
                    seminar.location = tidy(start.location)
                session.add(seminar)
                warnings.extend(
                    f"Seminarium {planned.number}: {w}"
                    for w in date_warnings(planned.date, data.sportlov_week)
                )
            session.flush()
            return CohortCreated(cohort.id, len(plan), tuple(warnings))

    def update_cohort(self, cohort_id: int, data: CohortInput) -> CohortDetails:
        """Change a cohort's name, school year, dates, status, requirement or notes."""
        with self._db.transaction() as session:
            cohort = _cohort(session, cohort_id)
            seminars = list(cohort.seminars)
            _check_cohort(session, data, cohort, len(seminars) or MAX_SEMINAR_COUNT)
            _check_within(data, [s.date for s in seminars], new=False)
            _apply_cohort(cohort, data)
            session.flush()
            return _cohort_details(session, cohort)

    def cohort_removal_impact(self, cohort_id: int) -> RemovalImpact:
        """What removing the cohort would take with it."""
        with self._db.transaction() as session:
            cohort = _cohort(session, cohort_id)
            return impact_of(capture(session, "cohort", [cohort_id]), _cohort_label(cohort))

    def remove_cohort(self, cohort_id: int, *, planning_only: bool = False) -> Removed:
        """Remove a cohort with its seminars and everything recorded for it (undo: `restore`).

        With `planning_only` (used when undoing the cohort's creation) the removal is refused
        when participants, attendance or other records would go with it.
        """
        with self._db.transaction() as session:
            cohort = _cohort(session, cohort_id)
            return remove_captured(
                session, "cohort", cohort_id, _cohort_label(cohort), planning_only=planning_only
            )

    # -- undo ---------------------------------------------------------------------------
    def restore(self, removed: Removed) -> None:
        """Put back a removed programme, theme area or cohort with everything it took along."""
        root = removed.snapshot.root_table
        if root not in {"programme", "theme_area", "cohort"}:
            raise ValueError(f"PlanningService cannot restore {root} rows")
        with self._db.transaction() as session:
            if root == "theme_area":
                (row,) = removed.snapshot.rows_of("theme_area")
                session.execute(
                    update(ThemeArea)
                    .where(
                        ThemeArea.programme_id == row["programme_id"],
                        ThemeArea.position >= row["position"],
                    )
                    .values(position=ThemeArea.position + 1)
                )
            restore(session, removed.snapshot)


# -- helpers: programmes ----------------------------------------------------------------------
def _programme(session: Session, programme_id: int) -> Programme:
    programme = session.get(Programme, programme_id)
    if programme is None:
        raise NotFoundError(translate("Errors", "Programmet finns inte längre."))
    return programme


def _check_programme(session: Session, data: ProgrammeInput, programme_id: int | None) -> None:
    name = tidy(data.name)
    problems: list[FieldProblem] = []
    if not name:
        problems.append(FieldProblem("name", translate("Errors", "Ange programmets namn.")))
    elif len(name) > NAME_LIMIT:
        problems.append(
            FieldProblem(
                "name",
                translate("Errors", "Namnet får vara högst {limit} tecken långt.").format(
                    limit=NAME_LIMIT
                ),
            )
        )
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
        if len(tidy(value)) > NAME_LIMIT:
            problems.append(
                FieldProblem(
                    field,
                    translate("Errors", "Texten får vara högst {limit} tecken lång.").format(
                        limit=NAME_LIMIT
                    ),
                )
            )
    if problems:
        raise ValidationError(problems)


def _apply_programme(programme: Programme, data: ProgrammeInput) -> None:
    programme.name = tidy(data.name)
    programme.organiser = tidy(data.organiser)
    programme.contact_person = tidy(data.contact_person)
    programme.description = data.description.strip()
    programme.archived = data.archived


def _programme_details(session: Session, programme: Programme) -> ProgrammeDetails:
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
        cohort_count=int(cohorts or 0),
        theme_count=int(themes or 0),
    )


# -- helpers: theme areas -----------------------------------------------------------------------
def _theme(session: Session, theme_id: int) -> ThemeArea:
    theme = session.get(ThemeArea, theme_id)
    if theme is None:
        raise NotFoundError(translate("Errors", "Temaområdet finns inte längre."))
    return theme


def _theme_rows(session: Session, programme_id: int) -> list[ThemeArea]:
    return list(
        session.scalars(
            select(ThemeArea)
            .where(ThemeArea.programme_id == programme_id)
            .order_by(ThemeArea.position, ThemeArea.id)
        )
    )


def _check_theme(
    data: ThemeInput, existing: Sequence[ThemeArea], theme_id: int | None
) -> tuple[str, str]:
    name = tidy(data.name)
    problems: list[FieldProblem] = []
    if not name:
        problems.append(FieldProblem("name", translate("Errors", "Ange temaområdets namn.")))
    elif len(name) > NAME_LIMIT:
        problems.append(
            FieldProblem(
                "name",
                translate("Errors", "Namnet får vara högst {limit} tecken långt.").format(
                    limit=NAME_LIMIT
                ),
            )
        )
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


def _theme_use(session: Session, theme_ids: Sequence[int]) -> dict[int, tuple[int, int]]:
    rows = session.execute(
        select(Seminar.theme_area_id, func.count(), func.count(distinct(Seminar.cohort_id)))
        .where(Seminar.theme_area_id.in_(theme_ids))
        .group_by(Seminar.theme_area_id)
    ).all()
    return {int(t): (int(n), int(c)) for t, n, c in rows if t is not None}


def _themes(session: Session, programme_id: int) -> tuple[ThemeDetails, ...]:
    rows = _theme_rows(session, programme_id)
    use = _theme_use(session, [t.id for t in rows])
    return tuple(_theme_details(session, t, use.get(t.id, (0, 0))) for t in rows)


def _theme_details(
    session: Session, theme: ThemeArea, use: tuple[int, int] | None = None
) -> ThemeDetails:
    seminars, cohorts = (
        use if use is not None else _theme_use(session, [theme.id]).get(theme.id, (0, 0))
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
def _cohort(session: Session, cohort_id: int) -> Cohort:
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise NotFoundError(translate("Errors", "Omgången finns inte längre."))
    return cohort


def _cohort_label(cohort: Cohort) -> str:
    return translate("Errors", "omgången ”{name}” ({school_year})").format(
        name=cohort.name, school_year=cohort.school_year
    )


def _check_cohort(
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
    if len(name) > NAME_LIMIT:
        problems.append(
            FieldProblem(
                "name",
                translate("Errors", "Namnet får vara högst {limit} tecken långt.").format(
                    limit=NAME_LIMIT
                ),
            )
        )
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


def _check_within(data: CohortInput, dates: Sequence[date], *, new: bool) -> None:
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


def _apply_cohort(cohort: Cohort, data: CohortInput) -> None:
    cohort.name = tidy(data.name)
    cohort.school_year = SchoolYear.parse(data.school_year).label
    cohort.start_date = data.start_date
    cohort.end_date = data.end_date
    cohort.status = data.status
    cohort.min_attended = data.min_attended
    cohort.late_counts_as_present = data.late_counts_as_present
    cohort.excused_counts_as_attended = data.excused_counts_as_attended
    cohort.require_each_theme = data.require_each_theme
    cohort.allow_makeup = data.allow_makeup
    cohort.sportlov_week = data.sportlov_week
    cohort.notes = data.notes.strip()


def _cohort_details(session: Session, cohort: Cohort) -> CohortDetails:
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


def _start_count(session: Session, start: CohortStart) -> int:
    if isinstance(start, CopyStart):
        count = session.scalar(
            select(func.count())
            .select_from(Seminar)
            .where(Seminar.cohort_id == start.source_cohort_id)
        )
        return int(count or 0) or MAX_SEMINAR_COUNT
    return start.count


def _school_year_count(year: SchoolYear, end: date) -> int:
    """How many school years a cohort of `year` ending on `end` runs over (1 to the maximum;
    `validate_cohort` tells about an end beyond it)."""
    return min(max(1, len(school_years_between(year.span.start, end))), MAX_COHORT_SCHOOL_YEARS)


def _plan(
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
        if not 1 <= start.count <= MAX_SEMINAR_COUNT:
            raise ValidationError.single(
                "count",
                translate(
                    "Errors", "Antalet seminarier måste vara mellan 1 och {max_seminar_count}."
                ).format(max_seminar_count=MAX_SEMINAR_COUNT),
            )
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
                lecturers=tuple(
                    full_name(link.person.first_name, link.person.last_name)
                    for link in seminar.lecturers
                ),
                source_date=seminar.date,
            ),
            seminar,
        )
        for n, (day, seminar) in enumerate(ordered, start=1)
    ]


def _copy_seminar(source: Seminar, seminar: Seminar) -> None:
    """Copy title, times, place, theme, agenda and lecturers (not notes or sign-off)."""
    seminar.title = source.title
    seminar.start_time = source.start_time
    seminar.end_time = source.end_time
    seminar.location = source.location
    seminar.theme_area_id = source.theme_area_id
    seminar.description = source.description
    seminar.notes = ""
    seminar.lecturers = [
        SeminarLecturer(person_id=link.person_id, topic=link.topic, position=link.position)
        for link in source.lecturers
    ]

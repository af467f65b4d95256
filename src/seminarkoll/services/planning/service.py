"""Planning use cases: create, edit, copy and remove programmes, theme areas and cohorts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from seminarkoll.data.cascade import capture, restore
from seminarkoll.data.lookups import existing_cohort, existing_programme
from seminarkoll.data.models import Cohort, Programme, Seminar, ThemeArea
from seminarkoll.data.versions import edit_values, refuse_stale
from seminarkoll.domain.calendar import DEFAULT_SPORTLOV_WEEK, SchoolYear
from seminarkoll.domain.edits import Edited
from seminarkoll.domain.errors import ConflictError, FieldProblem, ValidationError
from seminarkoll.domain.planning import next_theme_colour, suggest_cohort_name
from seminarkoll.domain.schedule import MAX_SEMINAR_COUNT, date_warnings
from seminarkoll.domain.text import tidy
from seminarkoll.domain.translation import translate
from seminarkoll.services.database_service import DatabaseService
from seminarkoll.services.planning.inputs import (
    DEFAULT_END,
    DEFAULT_SEMINAR_COUNT,
    DEFAULT_START,
    CohortInput,
    CohortStart,
    ProgrammeInput,
    TemplateStart,
    ThemeInput,
    ThemeReplacement,
)
from seminarkoll.services.planning.plans import copy_seminar, plan_seminars, start_count
from seminarkoll.services.planning.queries import (
    cohort_details,
    cohort_label,
    cohort_name,
    existing_theme,
    programme_details,
    theme_details,
    theme_rows,
    theme_use,
    themes_of,
)
from seminarkoll.services.planning.results import (
    CohortCreated,
    CohortDefaults,
    CohortDetails,
    PlannedSeminar,
    ProgrammeDetails,
    ThemeDetails,
)
from seminarkoll.services.planning.rules import (
    apply_cohort,
    apply_programme,
    check_cohort,
    check_programme,
    check_theme,
    check_within,
    school_year_count,
)
from seminarkoll.services.removal import RemovalImpact, Removed, impact_of, remove_captured


class PlanningService(DatabaseService):
    """Creates and edits programmes, theme areas and cohorts (seminars: ScheduleService)."""

    # -- programmes ---------------------------------------------------------------------
    def programme(self, programme_id: int) -> ProgrammeDetails:
        """One programme; NotFoundError when gone."""
        with self._db.transaction() as session:
            return programme_details(session, existing_programme(session, programme_id))

    def create_programme(self, data: ProgrammeInput) -> int:
        """Create a programme; ValidationError when the name is empty or already taken."""
        with self._db.transaction() as session:
            check_programme(session, data, None)
            programme = Programme()
            apply_programme(programme, data)
            session.add(programme)
            session.flush()
            return programme.id

    def update_programme(
        self, programme_id: int, data: ProgrammeInput, *, version: int | None = None
    ) -> ProgrammeDetails:
        """Change a programme's name, organiser, contact, description or archived state;
        StaleEditError when it is no longer at `version` (None: save over any change)."""
        with self._db.transaction() as session:
            programme = _shown_programme(session, programme_id, version)
            check_programme(session, data, programme_id)
            apply_programme(programme, data)
            session.flush()
            return programme_details(session, programme)

    def remove_programme(
        self, programme_id: int, *, planning_only: bool = False, version: int | None = None
    ) -> Removed:
        """Remove a programme with everything in it (undo: `restore`); StaleEditError, and
        nothing removed, when it is no longer at `version` (None: whatever changed)."""
        with self._db.transaction() as session:
            programme = _shown_programme(session, programme_id, version, listed=True)
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
            existing_programme(session, programme_id)
            return themes_of(session, programme_id)

    def add_theme(self, programme_id: int, data: ThemeInput) -> ThemeDetails:
        """Add a theme area last in the programme's order."""
        with self._db.transaction() as session:
            existing_programme(session, programme_id)
            existing = theme_rows(session, programme_id)
            name, colour = check_theme(data, existing, None)
            theme = ThemeArea(
                programme_id=programme_id,
                name=name,
                description=data.description.strip(),
                colour=colour or next_theme_colour(t.colour for t in existing),
                position=max((t.position for t in existing), default=-1) + 1,
            )
            session.add(theme)
            session.flush()
            return theme_details(session, theme)

    def update_theme(
        self, theme_id: int, data: ThemeInput, *, version: int | None = None
    ) -> ThemeDetails:
        """Rename a theme area or change its description or colour; StaleEditError when it is
        no longer at `version` (None: save over any change)."""
        with self._db.transaction() as session:
            theme = _shown_theme(session, theme_id, version)
            name, colour = check_theme(data, theme_rows(session, theme.programme_id), theme_id)
            theme.name = name
            theme.description = data.description.strip()
            theme.colour = colour or theme.colour
            session.flush()
            return theme_details(session, theme)

    def reorder_themes(
        self, programme_id: int, order: Sequence[int], *, shown: Sequence[int] | None = None
    ) -> tuple[ThemeDetails, ...]:
        """Put the programme's theme areas in `order` (every theme id exactly once).

        `shown` is the order the list showed (None: whatever it is now): when the saved order
        is no longer it (someone else moved, added or removed one), nothing moves and
        ConflictError says so."""
        with self._db.transaction() as session:
            themes = {t.id: t for t in theme_rows(session, programme_id)}
            if sorted(order) != sorted(themes):
                raise ConflictError(
                    translate(
                        "Errors",
                        "Temaområdena har ändrats under tiden. Stäng listan och öppna den igen.",
                    )
                )
            if shown is not None and list(shown) != list(themes):
                raise ConflictError(
                    translate(
                        "Errors",
                        "Någon annan har ändrat ordningen för temaområdena sedan listan "
                        "visades. Ingenting flyttades.",
                    )
                )
            for position, theme_id in enumerate(order):
                themes[theme_id].position = position
            session.flush()
            return themes_of(session, programme_id)

    def remove_theme(
        self,
        theme_id: int,
        replacement: ThemeReplacement | None = None,
        *,
        version: int | None = None,
    ) -> Removed:
        """Remove a theme area. When seminars use it, `replacement` must say whether they move
        to another theme area or are left without one; ConflictError otherwise. StaleEditError,
        and nothing removed, when it is no longer at `version` (None: whatever changed)."""
        with self._db.transaction() as session:
            theme = _shown_theme(session, theme_id, version, listed=True)
            used = theme_use(session, [theme_id]).get(theme_id, (0, 0))[0]
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
                .values(theme_area_id=target, **edit_values(session, Seminar.version))
            )
            programme_id = theme.programme_id
            removed = remove_captured(
                session,
                "theme_area",
                theme_id,
                translate("Errors", "temaområdet ”{name}”").format(name=theme.name),
                planning_only=False,
            )
            for position, other_theme in enumerate(theme_rows(session, programme_id)):
                other_theme.position = position
            return Removed(removed.impact, snapshot)

    def theme_usage(self, theme_id: int) -> tuple[ThemeDetails, tuple[str, ...]]:
        """The theme area and the labels of the cohorts whose seminars use it."""
        with self._db.transaction() as session:
            theme = existing_theme(session, theme_id)
            cohorts = session.execute(
                select(Cohort.name, Cohort.school_year)
                .join(Seminar, Seminar.cohort_id == Cohort.id)
                .where(Seminar.theme_area_id == theme_id)
                .group_by(Cohort.id, Cohort.name, Cohort.school_year, Cohort.start_date)
                .order_by(Cohort.start_date)
            ).all()
            return theme_details(session, theme), tuple(f"{n} ({y})" for n, y in cohorts)

    # -- cohorts ------------------------------------------------------------------------
    def cohort(self, cohort_id: int) -> CohortDetails:
        """One cohort with every editable field; NotFoundError when gone."""
        with self._db.transaction() as session:
            return cohort_details(session, existing_cohort(session, cohort_id))

    def cohort_defaults(self, programme_id: int, today: date | None = None) -> CohortDefaults:
        """First values for a new cohort: the next school year after the latest cohort (or the
        one starting this year), the latest cohort's requirement, times and place."""
        with self._db.transaction() as session:
            programme = existing_programme(session, programme_id)
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
                years = school_year_count(SchoolYear.from_date(latest.start_date), latest.end_date)
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
                previous_cohort_label=cohort_name(latest) if latest else "",
                copy_sources=tuple((c.id, cohort_name(c)) for c in cohorts),
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
        years = school_year_count(year, end_date or year.end)
        with self._db.transaction() as session:
            existing_programme(session, programme_id)
            plan = plan_seminars(session, programme_id, year, start, sportlov_week, years)
            return tuple(planned for planned, _ in plan)

    def create_cohort(self, data: CohortInput, start: CohortStart) -> CohortCreated:
        """Create a cohort, empty, from the template or as a copy of an earlier cohort.

        ValidationError (with fields name, school_year, start, end, min_attended, seminar_count,
        weekday, count, source) when anything is wrong; then nothing is saved.
        """
        with self._db.transaction() as session:
            existing_programme(session, data.programme_id)
            problems: list[FieldProblem] = []
            year: SchoolYear | None = None
            plan: list[tuple[PlannedSeminar, Seminar | None]] = []
            try:
                year = check_cohort(session, data, None, start_count(session, start))
            except ValidationError as error:
                problems.extend(error.problems)
            try:
                plan_year = year or SchoolYear.parse(data.school_year)
                years = school_year_count(plan_year, data.end_date)
                plan = plan_seminars(
                    session, data.programme_id, plan_year, start, data.sportlov_week, years
                )
            except ValidationError as error:
                problems.extend(p for p in error.problems if p not in problems)
            if problems or year is None:
                raise ValidationError(problems)
            check_within(data, [p.date for p, _ in plan], new=True)
            cohort = Cohort(programme_id=data.programme_id)
            apply_cohort(cohort, data)
            session.add(cohort)
            session.flush()
            warnings: list[str] = []
            for planned, source in plan:
                seminar = Seminar(cohort_id=cohort.id, number=planned.number, date=planned.date)
                if source is not None:
                    copy_seminar(source, seminar)
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

    def update_cohort(
        self, cohort_id: int, data: CohortInput, *, version: int | None = None
    ) -> CohortDetails:
        """Change a cohort's name, school year, dates, status, requirement or notes;
        StaleEditError when it is no longer at `version` (None: save over any change)."""
        with self._db.transaction() as session:
            cohort = _shown_cohort(session, cohort_id, version)
            seminars = list(cohort.seminars)
            check_cohort(session, data, cohort, len(seminars) or MAX_SEMINAR_COUNT)
            check_within(data, [s.date for s in seminars], new=False)
            apply_cohort(cohort, data)
            session.flush()
            return cohort_details(session, cohort)

    def cohort_removal_impact(self, cohort_id: int) -> RemovalImpact:
        """What removing the cohort would take with it."""
        with self._db.transaction() as session:
            cohort = existing_cohort(session, cohort_id)
            return impact_of(capture(session, "cohort", [cohort_id]), cohort_label(cohort))

    def remove_cohort(
        self, cohort_id: int, *, planning_only: bool = False, version: int | None = None
    ) -> Removed:
        """Remove a cohort with its seminars and everything recorded for it (undo: `restore`).

        With `planning_only` (used when undoing the cohort's creation) the removal is refused
        when participants, attendance or other records would go with it; StaleEditError, and
        nothing removed, when the cohort is no longer at `version` (None: whatever changed).
        """
        with self._db.transaction() as session:
            cohort = _shown_cohort(session, cohort_id, version, listed=True)
            return remove_captured(
                session, "cohort", cohort_id, cohort_label(cohort), planning_only=planning_only
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


def _shown_programme(
    session: Session, programme_id: int, version: int | None, *, listed: bool = False
) -> Programme:
    """The programme, unless it is no longer at the `version` shown (StaleEditError)."""
    programme = existing_programme(session, programme_id)
    refuse_stale(programme, version, Edited.PROGRAMME, lambda: programme.name, listed=listed)
    return programme


def _shown_theme(
    session: Session, theme_id: int, version: int | None, *, listed: bool = False
) -> ThemeArea:
    """The theme area, unless it is no longer at the `version` shown (StaleEditError)."""
    theme = existing_theme(session, theme_id)
    refuse_stale(theme, version, Edited.THEME, lambda: theme.name, listed=listed)
    return theme


def _shown_cohort(
    session: Session, cohort_id: int, version: int | None, *, listed: bool = False
) -> Cohort:
    """The cohort, unless it is no longer at the `version` shown (StaleEditError)."""
    cohort = existing_cohort(session, cohort_id)
    refuse_stale(cohort, version, Edited.COHORT, lambda: cohort_name(cohort), listed=listed)
    return cohort

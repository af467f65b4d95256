"""Schedule use cases: add, edit, move and remove a cohort's seminars and their lecturers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, time, timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from seminarkoll.data.cascade import capture, restore
from seminarkoll.data.lookups import existing_cohort
from seminarkoll.data.models import Cohort, Person, Seminar, SeminarLecturer, ThemeArea
from seminarkoll.data.versions import refuse_any_stale, refuse_stale
from seminarkoll.domain.calendar import SchoolYear, school_breaks
from seminarkoll.domain.catalog import CohortHeading, ScheduledSeminar
from seminarkoll.domain.dates import long_date
from seminarkoll.domain.edits import Edited
from seminarkoll.domain.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from seminarkoll.domain.records import built_from
from seminarkoll.domain.schedule import (
    date_warnings,
    renumber,
    seminar_length_problems,
    validate_seminar,
)
from seminarkoll.domain.text import email_key, full_name, tidy
from seminarkoll.domain.translation import translate
from seminarkoll.services.database_service import DatabaseService
from seminarkoll.services.lecturers import LecturerInput, lecturer_problems, new_lecturer
from seminarkoll.services.planning import DEFAULT_END, DEFAULT_START
from seminarkoll.services.removal import RemovalImpact, Removed, impact_of, remove_captured

_PLACEHOLDER_EPOCH = date(1, 1, 1)


@dataclass(frozen=True)
class LecturerAssignment:
    """A lecturer at a seminar: someone in the register (`person_id`) or a new lecturer to add
    to the register when the seminar is saved (`new_lecturer`), with their topic there."""

    person_id: int | None
    topic: str = ""
    new_lecturer: LecturerInput | None = None


@dataclass(frozen=True)
class SeminarInput:
    """What the user typed for a seminar; times are both given or both None (all day)."""

    title: str
    date: date
    start_time: time | None = DEFAULT_START
    end_time: time | None = DEFAULT_END
    location: str = ""
    theme_id: int | None = None
    description: str = ""
    notes: str = ""
    lecturers: tuple[LecturerAssignment, ...] = ()


@dataclass(frozen=True)
class AssignedLecturer:
    """A lecturer as shown on a seminar."""

    person_id: int
    name: str
    title: str
    organisation: str
    topic: str


@dataclass(frozen=True)
class SeminarDetails(ScheduledSeminar):
    """Every editable field of a seminar, its number and whether attendance is signed."""

    cohort_id: int
    theme_id: int | None
    description: str
    notes: str
    lecturers: tuple[AssignedLecturer, ...]
    signed_off: bool
    version: int = 0
    """The version read: give it back when saving, to refuse a save over a newer change."""

    def as_input(self) -> SeminarInput:
        """The seminar as input, e.g. to undo an edit."""
        return built_from(
            SeminarInput,
            self,
            lecturers=tuple(LecturerAssignment(lec.person_id, lec.topic) for lec in self.lecturers),
        )


@dataclass(frozen=True)
class ThemeChoice:
    """A theme area offered in the seminar dialog."""

    id: int
    name: str
    colour: str


@dataclass(frozen=True)
class SeminarForm(CohortHeading):
    """What the seminar dialog needs to know about the cohort: dates, themes, places, defaults."""

    start_date: date
    end_date: date
    themes: tuple[ThemeChoice, ...]
    places: tuple[str, ...]
    dates_taken: tuple[tuple[int, date], ...]
    suggested_date: date
    start_time: time
    end_time: time
    location: str
    sportlov_week: int

    def other_dates(self, seminar_id: int | None) -> tuple[date, ...]:
        """Dates of the cohort's seminars except `seminar_id`."""
        return tuple(day for sid, day in self.dates_taken if sid != seminar_id)


@dataclass(frozen=True)
class SeminarSaved:
    """A saved seminar: its id and number (numbers follow the dates) and date warnings."""

    seminar_id: int
    cohort_id: int
    number: int
    warnings: tuple[str, ...]
    version: int = 0
    """The seminar's version after the save (an edit's undo gives it back)."""


@dataclass(frozen=True)
class SeminarMoved(SeminarSaved):
    """A moved seminar, with the versions of it and of the seminar it swapped with after the
    move (to move it back unless someone changed either meanwhile)."""

    versions: Mapping[int, int] = field(default_factory=dict)


class ScheduleService(DatabaseService):
    """Edits a cohort's seminars; numbering is kept 1..n in date order."""

    def seminar(self, seminar_id: int) -> SeminarDetails:
        """One seminar with its lecturers; NotFoundError when gone."""
        with self._db.transaction() as session:
            return _details(_seminar(session, seminar_id))

    def seminar_form(self, cohort_id: int) -> SeminarForm:
        """The cohort facts the seminar dialog needs, with defaults for a new seminar."""
        with self._db.transaction() as session:
            cohort = existing_cohort(session, cohort_id)
            seminars = list(cohort.seminars)
            themes = session.scalars(
                select(ThemeArea)
                .where(ThemeArea.programme_id == cohort.programme_id)
                .order_by(ThemeArea.position, ThemeArea.id)
            ).all()
            places = session.scalars(
                select(Seminar.location)
                .join(Cohort, Cohort.id == Seminar.cohort_id)
                .where(Cohort.programme_id == cohort.programme_id, Seminar.location != "")
                .distinct()
            ).all()
            last = max(seminars, key=lambda s: s.date, default=None)
            return SeminarForm(
                cohort_id=cohort.id,
                cohort_name=cohort.name,
                programme_name=cohort.programme.name,
                school_year=cohort.school_year,
                start_date=cohort.start_date,
                end_date=cohort.end_date,
                themes=tuple(ThemeChoice(t.id, t.name, t.colour) for t in themes),
                places=tuple(sorted(places)),
                dates_taken=tuple((s.id, s.date) for s in seminars),
                suggested_date=_suggest_date(cohort, [s.date for s in seminars]),
                start_time=(last.start_time if last and last.start_time else DEFAULT_START),
                end_time=(last.end_time if last and last.end_time else DEFAULT_END),
                location=last.location if last else "",
                sportlov_week=cohort.sportlov_week,
            )

    def add_seminar(self, cohort_id: int, data: SeminarInput) -> SeminarSaved:
        """Add a seminar to a cohort; ValidationError (fields title, date, start_time, end_time,
        location, theme, lecturers) leaves everything as it was."""
        with self._db.transaction() as session:
            cohort = existing_cohort(session, cohort_id)
            warnings = _check(session, cohort, data, None)
            number = max((s.number for s in cohort.seminars), default=0) + 1
            seminar = Seminar(cohort_id=cohort_id, number=number, title="", date=data.date)
            session.add(seminar)
            _apply(session, seminar, data)
            session.flush()
            renumber_cohort(session, cohort_id)
            return SeminarSaved(seminar.id, cohort_id, seminar.number, tuple(warnings))

    def update_seminar(
        self, seminar_id: int, data: SeminarInput, *, version: int | None = None
    ) -> SeminarSaved:
        """Change a seminar; a new date renumbers the cohort. A signed seminar keeps its date.
        StaleEditError when it is no longer at `version` (None: save over any change)."""
        with self._db.transaction() as session:
            seminar = _seminar(session, seminar_id)
            refuse_stale(seminar, version, Edited.SEMINAR, lambda: _subject(seminar))
            warnings = _check(session, seminar.cohort, data, seminar)
            _apply(session, seminar, data)
            session.flush()
            renumber_cohort(session, seminar.cohort_id)
            return SeminarSaved(
                seminar.id, seminar.cohort_id, seminar.number, tuple(warnings), seminar.version
            )

    def move_seminar(
        self, seminar_id: int, steps: int, *, versions: Mapping[int, int] | None = None
    ) -> SeminarMoved:
        """Swap a seminar's date and times with the one `steps` places later (negative: earlier),
        so its content moves in the order; signed seminars cannot move. `versions` holds the
        seminars' versions as shown (None: move whatever changed): when the seminar or the one
        it swaps with is no longer at its version (or was not shown), StaleEditError names it
        and nothing moves. The result holds both seminars' versions after the move."""
        with self._db.transaction() as session:
            seminar = _seminar(session, seminar_id)
            ordered = sorted(seminar.cohort.seminars, key=lambda s: s.number)
            index = ordered.index(seminar) + steps
            if steps == 0 or not 0 <= index < len(ordered):
                raise ConflictError(
                    translate("Errors", "Seminariet står redan först.")
                    if steps < 0
                    else translate("Errors", "Seminariet står redan sist.")
                )
            other = ordered[index]
            if versions is not None:
                refuse_any_stale(
                    [(s, versions.get(s.id, -1)) for s in (seminar, other)],
                    Edited.SEMINAR,
                    _subject,
                )
            for locked in (seminar, other):
                if locked.signed_off_at is not None:
                    raise ConflictError(
                        translate(
                            "Errors",
                            "Seminarium {number} ”{title}” är signerat och kan inte byta datum. Lås"
                            " upp närvaron först.",
                        ).format(number=locked.number, title=locked.title)
                    )
            first = (seminar.date, seminar.start_time, seminar.end_time)
            second = (other.date, other.start_time, other.end_time)
            seminar.date = _placeholder(seminar.id)
            session.flush()
            other.date, other.start_time, other.end_time = first
            session.flush()
            seminar.date, seminar.start_time, seminar.end_time = second
            session.flush()
            renumber_cohort(session, seminar.cohort_id)
            session.flush()
            return SeminarMoved(
                seminar.id,
                seminar.cohort_id,
                seminar.number,
                tuple(date_warnings(seminar.date, seminar.cohort.sportlov_week)),
                seminar.version,
                versions={seminar.id: seminar.version, other.id: other.version},
            )

    def removal_impact(self, seminar_id: int) -> RemovalImpact:
        """What removing the seminar would take with it (lecturer links, attendance ...)."""
        with self._db.transaction() as session:
            seminar = _seminar(session, seminar_id)
            return impact_of(capture(session, "seminar", [seminar_id]), _label(seminar))

    def remove_seminar(
        self, seminar_id: int, *, planning_only: bool = False, version: int | None = None
    ) -> Removed:
        """Remove a seminar with everything recorded for it; the rest are renumbered 1..n.

        With `planning_only` (used when undoing the seminar's creation) the removal is refused
        when attendance or other records would go with it; StaleEditError, and nothing removed,
        when the seminar is no longer at `version` (None: whatever changed). Undo with
        `restore`.
        """
        with self._db.transaction() as session:
            seminar = _seminar(session, seminar_id)
            refuse_stale(seminar, version, Edited.SEMINAR, lambda: _subject(seminar), listed=True)
            cohort_id = seminar.cohort_id
            removed = remove_captured(
                session, "seminar", seminar_id, _label(seminar), planning_only=planning_only
            )
            renumber_cohort(session, cohort_id)
            return removed

    def restore(self, removed: Removed) -> SeminarSaved:
        """Put a removed seminar back with everything it took along, renumbering the cohort."""
        if removed.snapshot.root_table != "seminar":
            raise ValueError("ScheduleService restores seminars only")
        (row,) = removed.snapshot.rows_of("seminar")
        with self._db.transaction() as session:
            cohort_id = int(row["cohort_id"])
            session.execute(
                update(Seminar).where(Seminar.cohort_id == cohort_id).values(number=-Seminar.id)
            )
            if session.scalar(
                select(Seminar.id).where(
                    Seminar.cohort_id == cohort_id, Seminar.date == row["date"]
                )
            ):
                raise ConflictError(
                    translate(
                        "Errors",
                        "Seminariet kan inte återställas: omgången har redan ett seminarium "
                        "{value}.",
                    ).format(value=long_date(row["date"]))
                )
            restore(session, removed.snapshot)
            renumber_cohort(session, cohort_id)
            seminar = _seminar(session, int(row["id"]))
            return SeminarSaved(seminar.id, cohort_id, seminar.number, ())


def renumber_cohort(session: Session, cohort_id: int) -> None:
    """Number the cohort's seminars 1..n by date, in two steps so that the unique
    (cohort, number) constraint holds after every statement."""
    session.flush()
    rows = session.execute(
        select(Seminar.id, Seminar.date, Seminar.number).where(Seminar.cohort_id == cohort_id)
    ).all()
    numbers = renumber((seminar_id, day) for seminar_id, day, _ in rows)
    changed = [
        (seminar_id, numbers[seminar_id]) for seminar_id, _, n in rows if n != numbers[seminar_id]
    ]
    if not changed:
        return
    ids = [seminar_id for seminar_id, _ in changed]
    session.execute(update(Seminar).where(Seminar.id.in_(ids)).values(number=-Seminar.id))
    for seminar_id, number in changed:
        session.execute(update(Seminar).where(Seminar.id == seminar_id).values(number=number))
    session.expire_all()


def _seminar(session: Session, seminar_id: int) -> Seminar:
    seminar = session.scalars(
        select(Seminar)
        .where(Seminar.id == seminar_id)
        .options(selectinload(Seminar.lecturers).selectinload(SeminarLecturer.person))
    ).first()
    if seminar is None:
        raise NotFoundError(translate("Errors", "Seminariet finns inte längre."))
    return seminar


def _label(seminar: Seminar) -> str:
    return translate("Errors", "seminarium {number} ”{title}” ({date})").format(
        number=seminar.number, title=seminar.title, date=long_date(seminar.date)
    )


def _subject(seminar: Seminar) -> str:
    return translate("Errors", "Seminarium {number} i {cohort}").format(
        number=seminar.number, cohort=seminar.cohort.name
    )


def _placeholder(seminar_id: int) -> date:
    """A date no real seminar has, unique per seminar, for swapping dates in two steps."""
    return _PLACEHOLDER_EPOCH + timedelta(days=seminar_id)


def _suggest_date(cohort: Cohort, taken: Sequence[date]) -> date:
    """Four weeks after the last seminar (same weekday), inside the cohort; else its start."""
    day = max(taken) + timedelta(weeks=4) if taken else cohort.start_date
    while day in taken:
        day += timedelta(weeks=1)
    if day > cohort.end_date:
        day = cohort.start_date
        while day in taken and day < cohort.end_date:
            day += timedelta(days=1)
    return day


def _check(
    session: Session, cohort: Cohort, data: SeminarInput, seminar: Seminar | None
) -> list[str]:
    """Validate `data` for `cohort` (editing `seminar`, or adding when None); return warnings."""
    problems: list[FieldProblem] = []
    warnings: list[str] = []
    start, end = data.start_time, data.end_time
    if (start is None) != (end is None):
        field = "start_time" if start is None else "end_time"
        problems.append(
            FieldProblem(
                field, translate("Errors", "Ange både start- och sluttid, eller ingen av dem.")
            )
        )
        start, end = None, None
    other_dates = [s.date for s in cohort.seminars if seminar is None or s.id != seminar.id]
    try:
        warnings = validate_seminar(
            title=data.title,
            seminar_date=data.date,
            start_time=start or time(0, 0),
            end_time=end or time(23, 59),
            cohort_start=cohort.start_date,
            cohort_end=cohort.end_date,
            other_dates=other_dates,
            breaks=school_breaks(SchoolYear.from_date(data.date), cohort.sportlov_week),
        )
    except ValidationError as error:
        problems.extend(error.problems)
    if seminar is not None and seminar.signed_off_at is not None and data.date != seminar.date:
        problems.append(
            FieldProblem(
                "date",
                translate(
                    "Errors",
                    "Seminariet är signerat och kan inte byta datum. Lås upp närvaron först.",
                ),
            )
        )
    texts = {"title": tidy(data.title), "location": tidy(data.location)}
    problems.extend(FieldProblem(*problem) for problem in seminar_length_problems(texts).items())
    if data.theme_id is not None:
        theme = session.get(ThemeArea, data.theme_id)
        if theme is None or theme.programme_id != cohort.programme_id:
            problems.append(
                FieldProblem(
                    "theme", translate("Errors", "Välj ett temaområde i omgångens program.")
                )
            )
    problems.extend(_lecturer_problems(session, data.lecturers))
    if problems:
        raise ValidationError(problems)
    return warnings


def _lecturer_problems(
    session: Session, assignments: Sequence[LecturerAssignment]
) -> list[FieldProblem]:
    problems: list[FieldProblem] = []
    seen: set[int] = set()
    new_emails: set[str] = set()
    for assignment in assignments:
        topic = seminar_length_problems({"topic": tidy(assignment.topic)})
        problems.extend(FieldProblem("lecturers", message) for message in topic.values())
        if assignment.new_lecturer is not None:
            new = assignment.new_lecturer
            name = full_name(new.first_name, new.last_name) or translate(
                "Errors", "Den nya föreläsaren"
            )
            found = lecturer_problems(session, new, None, prefix=f"{name}: ")
            problems.extend(FieldProblem("lecturers", p.message) for p in found)
            email = email_key(new.email)
            if email is not None and email in new_emails:
                problems.append(
                    FieldProblem(
                        "lecturers",
                        translate("Errors", "{name}: e-postadressen står två gånger.").format(
                            name=name
                        ),
                    )
                )
            if email is not None:
                new_emails.add(email)
            continue
        person = session.get(Person, assignment.person_id) if assignment.person_id else None
        if person is None:
            problems.append(
                FieldProblem(
                    "lecturers",
                    translate("Errors", "En av föreläsarna finns inte längre i registret."),
                )
            )
        elif person.id in seen:
            problems.append(
                FieldProblem(
                    "lecturers",
                    translate("Errors", "{full_name} står två gånger.").format(
                        full_name=person.name
                    ),
                )
            )
        else:
            seen.add(person.id)
    return problems


def _apply(session: Session, seminar: Seminar, data: SeminarInput) -> None:
    seminar.title = tidy(data.title)
    seminar.date = data.date
    seminar.start_time = data.start_time
    seminar.end_time = data.end_time
    seminar.location = tidy(data.location)
    seminar.theme_area_id = data.theme_id
    seminar.description = data.description.strip()
    seminar.notes = data.notes.strip()
    links: list[SeminarLecturer] = []
    for position, assignment in enumerate(data.lecturers):
        if assignment.new_lecturer is not None:
            created = new_lecturer(assignment.new_lecturer)
            session.add(created)
            session.flush()
            person_id = created.id
        else:
            assert assignment.person_id is not None
            person_id = assignment.person_id
            existing = session.get(Person, person_id)
            if existing is not None and not existing.is_lecturer:
                existing.is_lecturer = True
        links.append(
            SeminarLecturer(person_id=person_id, topic=tidy(assignment.topic), position=position)
        )
    seminar.lecturers = []
    session.flush()
    seminar.lecturers = links


def _details(seminar: Seminar) -> SeminarDetails:
    return built_from(
        SeminarDetails,
        seminar,
        theme_id=seminar.theme_area_id,
        lecturers=tuple(
            AssignedLecturer(
                person_id=link.person_id,
                name=link.person.name,
                title=link.person.title,
                organisation=link.person.organisation,
                topic=link.topic,
            )
            for link in seminar.lecturers
        ),
        signed_off=seminar.signed_off_at is not None,
    )

"""The guest-lecturer register: search, add, edit and remove lecturers, and list their seminars."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from seminarkoll.data.cascade import capture, restore
from seminarkoll.data.models import Cohort, Enrollment, Person, Programme, Seminar, SeminarLecturer
from seminarkoll.data.versions import refuse_stale
from seminarkoll.domain.edits import Edited
from seminarkoll.domain.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from seminarkoll.domain.person_rules import person_problems
from seminarkoll.domain.planning import REMOVAL_NOUNS, count_phrase
from seminarkoll.domain.records import built_from
from seminarkoll.domain.text import (
    NamedRow,
    email_key,
    fold,
    name_key,
    tidy,
)
from seminarkoll.domain.translation import translate
from seminarkoll.exchange.email_address import checked_email
from seminarkoll.services.database_service import DatabaseService
from seminarkoll.services.removal import RemovalImpact, Removed, impact_of, remove_captured

TITLE_SUGGESTIONS = (
    "Förvaltningschef",
    "Ekonomichef",
    "Verksamhetschef",
    "Verksamhetschef förskola",
    "Verksamhetschef grundskola",
    "Utvecklingsledare",
    "Rektor",
    "Förskolechef",
    "HR-chef",
    "Forskare",
)
"""Titles offered when typing a lecturer's title, before the ones already in the register."""


@dataclass(frozen=True)
class LecturerInput:
    """What the user typed for a guest lecturer."""

    first_name: str
    last_name: str = ""
    title: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""
    notes: str = ""


@dataclass(frozen=True)
class LecturerDetails(NamedRow):
    """A lecturer in the register, with how many seminars they have and the latest date."""

    id: int
    first_name: str
    last_name: str
    title: str
    organisation: str
    email: str
    phone: str
    notes: str
    seminar_count: int
    latest_date: date | None
    version: int = 0
    """The version read: give it back when saving, to refuse a save over a newer change."""

    def as_input(self) -> LecturerInput:
        """The lecturer as input, e.g. to undo an edit."""
        return built_from(LecturerInput, self)


@dataclass(frozen=True)
class LecturerSeminar:
    """One seminar a lecturer has (had), in any programme, cohort or year."""

    seminar_id: int
    cohort_id: int
    programme_name: str
    cohort_name: str
    school_year: str
    number: int
    date: date
    title: str
    topic: str


class LecturerService(DatabaseService):
    """Keeps the register of guest lecturers (people with `is_lecturer` set)."""

    def search(self, text: str = "") -> tuple[LecturerDetails, ...]:
        """Lecturers whose name, title, organisation or e-mail contains every word of `text`."""
        words = fold(text).split()
        with self._db.transaction() as session:
            query = select(Person).where(Person.is_lecturer.is_(True))
            for word in words:
                query = query.where(Person.search_key.contains(word, autoescape=True))
            people = sorted(
                session.scalars(query), key=lambda p: name_key(p.last_name, p.first_name)
            )
            tallies = _tallies(session, [p.id for p in people])
            return tuple(_details(p, tallies.get(p.id, (0, None))) for p in people)

    def lecturer(self, person_id: int) -> LecturerDetails:
        """One lecturer; NotFoundError when gone."""
        with self._db.transaction() as session:
            person = _lecturer(session, person_id)
            return _details(person, _tallies(session, [person_id]).get(person_id, (0, None)))

    def title_suggestions(self) -> tuple[str, ...]:
        """Common titles first, then every other title already used in the register."""
        with self._db.transaction() as session:
            used = session.scalars(
                select(Person.title).where(Person.is_lecturer.is_(True), Person.title != "")
            ).all()
        known = {fold(t) for t in TITLE_SUGGESTIONS}
        extra = sorted({t for t in used if fold(t) not in known}, key=fold)
        return (*TITLE_SUGGESTIONS, *extra)

    def check(self, data: LecturerInput, person_id: int | None = None) -> None:
        """Validate `data` without saving (e.g. for a lecturer created inside the seminar
        dialog, saved with the seminar); raises ValidationError."""
        with self._db.transaction() as session:
            problems = lecturer_problems(session, data, person_id)
        if problems:
            raise ValidationError(problems)

    def create_lecturer(self, data: LecturerInput) -> int:
        """Add a lecturer to the register; ValidationError for a missing name or a bad or taken
        e-mail address."""
        with self._db.transaction() as session:
            problems = lecturer_problems(session, data, None)
            if problems:
                raise ValidationError(problems)
            person = new_lecturer(data)
            session.add(person)
            session.flush()
            return person.id

    def update_lecturer(
        self, person_id: int, data: LecturerInput, *, version: int | None = None
    ) -> LecturerDetails:
        """Change a lecturer's name, title, organisation, contact details or notes;
        StaleEditError when they are no longer at `version` (None: save over any change)."""
        with self._db.transaction() as session:
            person = _lecturer(session, person_id)
            refuse_stale(person, version, Edited.PERSON, lambda: person.name)
            problems = lecturer_problems(session, data, person_id)
            if problems:
                raise ValidationError(problems)
            _apply(person, data)
            session.flush()
            return _details(person, _tallies(session, [person_id]).get(person_id, (0, None)))

    def seminars_of(self, person_id: int) -> tuple[LecturerSeminar, ...]:
        """Every seminar of the lecturer across programmes, cohorts and years, newest first."""
        with self._db.transaction() as session:
            _lecturer(session, person_id)
            rows = session.execute(
                select(SeminarLecturer, Seminar, Cohort, Programme.name)
                .join(Seminar, Seminar.id == SeminarLecturer.seminar_id)
                .join(Cohort, Cohort.id == Seminar.cohort_id)
                .join(Programme, Programme.id == Cohort.programme_id)
                .where(SeminarLecturer.person_id == person_id)
                .order_by(Seminar.date.desc(), Seminar.id)
            ).all()
            return tuple(
                built_from(
                    LecturerSeminar,
                    seminar,
                    seminar_id=seminar.id,
                    programme_name=programme_name,
                    cohort_name=cohort.name,
                    school_year=cohort.school_year,
                    topic=link.topic,
                )
                for link, seminar, cohort, programme_name in rows
            )

    def removal_impact(self, person_id: int) -> RemovalImpact:
        """What removing the lecturer would take with it (their seminar links)."""
        with self._db.transaction() as session:
            person = _removable(session, person_id)
            return impact_of(capture(session, "person", [person_id]), _label(person))

    def remove_lecturer(
        self, person_id: int, *, planning_only: bool = False, version: int | None = None
    ) -> Removed:
        """Remove a lecturer and their seminar links; refused for someone who is also a
        participant (their enrolments would go too), and (StaleEditError) when they are no
        longer at `version` (None: whatever changed). Keep the result to undo with `restore`."""
        with self._db.transaction() as session:
            person = _removable(session, person_id)
            refuse_stale(person, version, Edited.PERSON, lambda: person.name, listed=True)
            return remove_captured(
                session, "person", person_id, _label(person), planning_only=planning_only
            )

    def restore(self, removed: Removed) -> None:
        """Undo `remove_lecturer` (or the removal of a new lecturer) while the app is open."""
        with self._db.transaction() as session:
            restore(session, removed.snapshot)


def lecturer_problems(
    session: Session, data: LecturerInput, person_id: int | None, prefix: str = ""
) -> list[FieldProblem]:
    """Problems with `data` as field problems; `prefix` goes before each message."""
    problems: list[FieldProblem] = []

    def problem(field: str, message: str) -> None:
        problems.append(FieldProblem(field, f"{prefix}{message}"))

    values = {
        "first_name": tidy(data.first_name),
        "last_name": tidy(data.last_name),
        "title": tidy(data.title),
        "organisation": tidy(data.organisation),
        "phone": tidy(data.phone),
    }
    for field, message in person_problems(values).items():
        problem(field, message)
    email, message = checked_email(data.email) if data.email.strip() else (None, "")
    if message:
        problem("email", message)
    elif email is not None:
        owner = session.scalars(select(Person).where(Person.email_key == email_key(email))).first()
        if owner is not None and owner.id != person_id:
            used = (
                translate("Errors", "E-postadressen används redan av {full_name} (föreläsare).")
                if owner.is_lecturer
                else translate("Errors", "E-postadressen används redan av {full_name} (deltagare).")
            )
            problem("email", used.format(full_name=owner.name))
    return problems


def new_lecturer(data: LecturerInput) -> Person:
    """A new Person flagged as lecturer, from already validated input."""
    person = Person(is_lecturer=True)
    _apply(person, data)
    return person


def _apply(person: Person, data: LecturerInput) -> None:
    email = checked_email(data.email)[0] if data.email.strip() else None
    person.first_name = tidy(data.first_name)
    person.last_name = tidy(data.last_name)
    person.title = tidy(data.title)
    person.organisation = tidy(data.organisation)
    person.email = email or None
    person.email_key = email_key(email)
    person.phone = tidy(data.phone)
    person.notes = data.notes.strip()
    person.is_lecturer = True


def _lecturer(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None or not person.is_lecturer:
        raise NotFoundError(translate("Errors", "Föreläsaren finns inte längre i registret."))
    return person


def _removable(session: Session, person_id: int) -> Person:
    person = _lecturer(session, person_id)
    enrolments = session.scalar(
        select(func.count()).select_from(Enrollment).where(Enrollment.person_id == person_id)
    )
    if enrolments:
        raise ConflictError(
            translate(
                "Errors",
                "{full_name} är också deltagare ({count_phrase}) och kan därför inte "
                "tas bort ur registret här.",
            ).format(
                full_name=person.name,
                count_phrase=count_phrase(enrolments, *REMOVAL_NOUNS["enrollment"]),
            )
        )
    return person


def _label(person: Person) -> str:
    return translate("Errors", "föreläsaren {full_name}").format(full_name=person.name)


def _tallies(session: Session, person_ids: list[int]) -> dict[int, tuple[int, date | None]]:
    if not person_ids:
        return {}
    rows = session.execute(
        select(SeminarLecturer.person_id, func.count(), func.max(Seminar.date))
        .join(Seminar, Seminar.id == SeminarLecturer.seminar_id)
        .where(SeminarLecturer.person_id.in_(person_ids))
        .group_by(SeminarLecturer.person_id)
    ).all()
    return {person_id: (int(n), latest) for person_id, n, latest in rows}


def _details(person: Person, tally: tuple[int, date | None]) -> LecturerDetails:
    return built_from(
        LecturerDetails,
        person,
        email=person.email or "",
        seminar_count=tally[0],
        latest_date=tally[1],
    )

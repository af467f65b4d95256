"""Reading what the register already holds that a participant file's rows are matched against."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from operator import attrgetter

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from seminarkoll.data.models import Cohort, Enrollment, Person, Programme, Workplace
from seminarkoll.domain.errors import NotFoundError
from seminarkoll.domain.text import fold
from seminarkoll.domain.translation import translate
from seminarkoll.exchange.participant_rows import ParticipantRow
from seminarkoll.services.participant_import.keys import name_key

CHUNK = 2000


@dataclass(frozen=True)
class Known:
    """An existing person, as far as the import compares and updates them."""

    id: int
    first_name: str
    last_name: str
    email: str | None
    email_key: str | None
    phone: str
    title: str
    workplace_id: int | None


@dataclass
class Existing:
    """What the database already holds that the file's rows are matched against."""

    persons: dict[int, Known]
    by_email: dict[str, int]
    by_name: dict[tuple[str, str, str], list[int]]
    enrolments: dict[int, tuple[int, str]]
    workplaces: dict[str, tuple[int, str]]
    workplace_names: dict[int, str]
    by_written_name: dict[str, tuple[int, str]] = field(default_factory=dict)

    def fingerprint(self) -> tuple[object, ...]:
        """Equal fingerprints mean equal outcomes for the same rows (nothing changed between)."""
        return (
            tuple(sorted(self.persons.items())),
            tuple(sorted(self.enrolments.items())),
            tuple(sorted(self.workplaces.items())),
        )


def cohort_label(session: Session, cohort_id: int) -> str:
    found = session.execute(
        select(Cohort.name, Cohort.school_year, Programme.name)
        .join(Programme, Programme.id == Cohort.programme_id)
        .where(Cohort.id == cohort_id)
    ).first()
    if found is None:
        raise NotFoundError(translate("Errors", "Omgången finns inte längre."))
    name, year, programme = found
    return f"{programme} – {name} ({year})"


def chunks(values: Sequence[str], size: int = CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def load_existing(session: Session, rows: Sequence[ParticipantRow], cohort_id: int) -> Existing:
    """The persons the file's rows can be: those with a row's e-mail key (by index, in
    batches) and those with a row's name key (`name_key`) who could match by name. Reading
    costs what the file holds, not what the register holds."""
    workplaces = {
        key: (wid, name)
        for wid, name, key in session.execute(
            select(Workplace.id, Workplace.name, Workplace.name_key)
        )
    }
    columns = (
        Person.id,
        Person.first_name,
        Person.last_name,
        Person.email,
        Person.email_key,
        Person.phone,
        Person.title,
        Person.workplace_id,
    )
    keys: set[str] = set(filter(None, map(attrgetter("email_key"), rows)))
    persons: dict[int, Known] = {}
    for chunk in chunks(sorted(keys)):
        for found in session.execute(select(*columns).where(Person.email_key.in_(chunk))):
            persons[found[0]] = Known(*found)
    folded: dict[str | None, str] = {}
    names = {name_key(folded, r.first_name, r.last_name, r.workplace) for r in rows}
    # A row with an address matches by name only a person without one (see `_match`); a row
    # without one can be anyone of its name and workplace, so those rows' workplaces are read.
    candidates = [select(*columns).where(Person.email_key.is_(None))]
    places = {fold(r.workplace) for r in rows if r.email_key is None}
    if places:
        found_places = [workplaces[key][0] for key in places if key in workplaces]
        candidates.append(
            select(*columns).where(
                Person.email_key.is_not(None),
                or_(Person.workplace_id.in_(found_places), Person.workplace_id.is_(None))
                if "" in places
                else Person.workplace_id.in_(found_places),
            )
        )
    workplace_names = dict(workplaces.values())
    for query in candidates:
        for found in session.execute(query):
            person = Known(*found)
            where = workplace_names.get(person.workplace_id) if person.workplace_id else None
            if name_key(folded, person.first_name, person.last_name, where) in names:
                persons[person.id] = person
    by_name: dict[tuple[str, str, str], list[int]] = {}
    for person in persons.values():
        where = workplace_names.get(person.workplace_id) if person.workplace_id else None
        by_name.setdefault(name_key(folded, person.first_name, person.last_name, where), []).append(
            person.id
        )
    enrolments = {
        person_id: (enrollment_id, notes)
        for person_id, enrollment_id, notes in session.execute(
            select(Enrollment.person_id, Enrollment.id, Enrollment.notes).where(
                Enrollment.cohort_id == cohort_id
            )
        )
    }
    return Existing(
        persons=persons,
        by_email={p.email_key: p.id for p in persons.values() if p.email_key},
        by_name=by_name,
        enrolments=enrolments,
        workplaces=workplaces,
        workplace_names=workplace_names,
    )

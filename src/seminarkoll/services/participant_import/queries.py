"""Reading what the register already holds that a participant file's rows are matched against."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import attrgetter
from typing import Any, TypeVar

from sqlalchemy import (
    BindParameter,
    ColumnElement,
    Dialect,
    Select,
    bindparam,
    func,
    select,
)
from sqlalchemy.orm import Session

from seminarkoll.data.models import Cohort, Enrollment, Person, Programme, Workplace
from seminarkoll.domain.catalog import cohort_title
from seminarkoll.domain.enums import EnrollmentStatus
from seminarkoll.domain.errors import NotFoundError
from seminarkoll.domain.text import fold
from seminarkoll.domain.translation import translate
from seminarkoll.exchange.participant_rows import ParticipantRow
from seminarkoll.services.participant_import.keys import Folds, name_key, name_keys

CHUNK = 2000
_T = TypeVar("_T")
_Processor = Callable[[Any], Any]


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
    organisation: str


@dataclass
class Existing:
    """What the database already holds that the file's rows are matched against."""

    persons: dict[int, Known]
    by_email: dict[str, int]
    by_name: dict[tuple[str, str, str], list[int]]
    enrolments: dict[int, tuple[int, str, EnrollmentStatus]]
    workplaces: dict[str, tuple[int, str]]
    workplace_names: dict[int, str]
    stamp: tuple[object, ...] = ()
    """The register as it was when these were read (see `_register_stamp`)."""
    by_written_name: dict[str, tuple[int, str]] = field(default_factory=dict)
    row_keys: Sequence[tuple[str, str, str]] = ()
    """The name key (`name_key`) of each of the file's rows, in row order: folded once for
    the lookup and used again by the matching."""

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
    return cohort_title(programme, name, year)


def chunks(values: Sequence[_T], size: int = CHUNK) -> Iterator[Sequence[_T]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


_COLUMNS = (
    Person.id,
    Person.first_name,
    Person.last_name,
    Person.email,
    Person.email_key,
    Person.phone,
    Person.title,
    Person.workplace_id,
    Person.organisation,
)
_LISTED: list[BindParameter[Any]] = [bindparam(f"listed{n}") for n in range(CHUNK)]
"""The parameters of a `_Listed` query's list of values."""
_NAMES = [parameter.key for parameter in _LISTED]


class _Listed:
    """A SELECT of the rows whose column is in a list of values (`column.in_(_LISTED)`), run
    for a long list CHUNK values at a time. The statement is compiled once per dialect and
    run at the driver's level: letting SQLAlchemy expand `in_(values)` renders and binds the
    list anew for each batch, which costs three times the database's own work for a list of
    ten thousand. Values are bound as they are (text and integers); the columns' values are
    converted by their types."""

    def __init__(self, statement: Select[*tuple[Any, ...]]) -> None:
        self._statement = statement
        self._compiled: dict[str, tuple[str, list[str] | None, list[_Processor | None]]] = {}

    def rows(
        self, session: Session, values: Sequence[object], **given: object
    ) -> Iterator[tuple[Any, ...]]:
        """The rows for every value of `values` (the last batch is filled up with its last
        value), with the statement's other parameters `given` by name."""
        if not values:
            return
        connection = session.connection()
        sql, order, processors = self._compiled_for(connection.dialect)
        for chunk in chunks(values):
            filled = [*chunk, *repeat(chunk[-1], CHUNK - len(chunk))]
            bound = {**dict(zip(_NAMES, filled, strict=True)), **given}
            parameters = bound if order is None else tuple(bound[name] for name in order)
            for row in connection.exec_driver_sql(sql, parameters):
                yield tuple(
                    value if process is None or value is None else process(value)
                    for process, value in zip(processors, row, strict=True)
                )

    def _compiled_for(
        self, dialect: Dialect
    ) -> tuple[str, list[str] | None, list[_Processor | None]]:
        """The SQL, the order of positional parameters (None: by name) and each column's
        conversion."""
        found = self._compiled.get(dialect.name)
        if found is None:
            compiled = self._statement.compile(dialect=dialect)
            order = list(compiled.positiontup or ()) if compiled.positional else None
            processors: list[_Processor | None] = [
                column.type.dialect_impl(dialect).result_processor(dialect, None)
                for column in self._statement.selected_columns
            ]
            found = (compiled.string, order, processors)
            self._compiled[dialect.name] = found
        return found


_BY_EMAIL = _Listed(select(*_COLUMNS).where(Person.email_key.in_(_LISTED)))
_ENROLMENTS = _Listed(
    select(Enrollment.person_id, Enrollment.id, Enrollment.notes, Enrollment.status).where(
        Enrollment.cohort_id == bindparam("cohort"), Enrollment.person_id.in_(_LISTED)
    )
)


def load_existing(
    session: Session,
    rows: Sequence[ParticipantRow],
    cohort_id: int,
    row_keys: Sequence[tuple[str, str, str]] | None = None,
) -> Existing:
    """The persons the file's rows can be, looked up in batches by what the rows hold: those
    with a row's e-mail key, and those with a row's name key (`name_key`) who could match by
    name, among the persons at the workplaces the rows name; with their enrolments in the
    cohort. Reading costs what the file holds, not what the register holds.

    `row_keys` are the rows' name keys when they were folded before (else they are folded
    here); the result keeps them as `Existing.row_keys`."""
    workplaces = _workplaces(session)
    workplace_names = dict(workplaces.values())
    persons: dict[int, Known] = {}
    emails = list(dict.fromkeys(filter(None, map(attrgetter("email_key"), rows))))
    for found in _BY_EMAIL.rows(session, emails):
        persons[found[0]] = Known(*found)
    folded = Folds()
    if row_keys is None:
        row_keys = name_keys(
            folded,
            [r.first_name for r in rows],
            [r.last_name for r in rows],
            [r.workplace for r in rows],
        )
    names = set(row_keys)
    # A person matches a row by name only at the row's workplace, and a person with an
    # address only a row without one (see `match`).
    every_place = {key for _, _, key in names}
    places_without_address = {fold(r.workplace) for r in rows if r.email_key is None}
    for places, address in (
        (every_place, Person.email_key.is_(None)),
        (places_without_address, Person.email_key.is_not(None)),
    ):
        for where in _at_workplaces(places, workplaces):
            for found in session.execute(select(*_COLUMNS).where(address, where)):
                person = Known(*found)
                place = workplace_names.get(person.workplace_id) if person.workplace_id else None
                if name_key(folded, person.first_name, person.last_name, place) in names:
                    persons[person.id] = person
    by_name: dict[tuple[str, str, str], list[int]] = {}
    for person in persons.values():
        place = workplace_names.get(person.workplace_id) if person.workplace_id else None
        by_name.setdefault(name_key(folded, person.first_name, person.last_name, place), []).append(
            person.id
        )
    return Existing(
        persons=persons,
        by_email={p.email_key: p.id for p in persons.values() if p.email_key},
        by_name=by_name,
        enrolments=_enrolments(session, cohort_id, persons),
        workplaces=workplaces,
        workplace_names=workplace_names,
        stamp=_register_stamp(session),
        row_keys=row_keys,
    )


def existing_now(
    session: Session, earlier: Existing | None, rows: Sequence[ParticipantRow], cohort_id: int
) -> Existing:
    """What the rows are matched against now. The persons read for the preview (`earlier`)
    are used again when no person has been added, changed or removed since and the workplaces
    are the same; the cohort's enrolments are always read afresh."""
    if earlier is None:
        return load_existing(session, rows, cohort_id)
    if _register_stamp(session) != earlier.stamp:
        return load_existing(session, rows, cohort_id, earlier.row_keys)
    workplaces = _workplaces(session)
    if workplaces != earlier.workplaces:
        return load_existing(session, rows, cohort_id, earlier.row_keys)
    return Existing(
        persons=earlier.persons,
        by_email=earlier.by_email,
        by_name=earlier.by_name,
        enrolments=_enrolments(session, cohort_id, earlier.persons),
        workplaces=workplaces,
        workplace_names=dict(workplaces.values()),
        stamp=earlier.stamp,
        row_keys=earlier.row_keys,
    )


def _workplaces(session: Session) -> dict[str, tuple[int, str]]:
    """Every workplace by its folded name: (id, name)."""
    return {
        key: (wid, name)
        for wid, name, key in session.execute(
            select(Workplace.id, Workplace.name, Workplace.name_key)
        )
    }


def _at_workplaces(
    places: set[str], workplaces: dict[str, tuple[int, str]]
) -> Iterator[ColumnElement[bool]]:
    """Conditions selecting, in batches, the persons at the workplaces with the folded names
    `places` ("" for persons without a workplace)."""
    ids = sorted(workplaces[key][0] for key in places if key in workplaces)
    for chunk in chunks(ids):
        yield Person.workplace_id.in_(chunk)
    if "" in places:
        yield Person.workplace_id.is_(None)


def _enrolments(
    session: Session, cohort_id: int, persons: dict[int, Known]
) -> dict[int, tuple[int, str, EnrollmentStatus]]:
    """The enrolments in the cohort of `persons`: person id -> (enrolment id, notes, status)."""
    return {
        person_id: (enrollment_id, notes, status)
        for person_id, enrollment_id, notes, status in _ENROLMENTS.rows(
            session, sorted(persons), cohort=cohort_id
        )
    }


def _register_stamp(session: Session) -> tuple[object, ...]:
    """Changes when a person is added, changed (every write sets `updated_at`) or removed."""
    return tuple(
        session.execute(
            select(func.count(), func.sum(Person.id), func.max(Person.updated_at))
        ).one()
    )

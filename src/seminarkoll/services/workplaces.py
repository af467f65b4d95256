"""Workplace register use cases: schools and preschools with kind and area."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from seminarkoll.data.lookups import existing
from seminarkoll.data.models import Person, Workplace
from seminarkoll.domain.enums import WorkplaceKind
from seminarkoll.domain.errors import FieldProblem, ValidationError
from seminarkoll.domain.person_rules import workplace_length_problems
from seminarkoll.domain.text import fold, tidy
from seminarkoll.domain.translation import translate
from seminarkoll.services.database_service import DatabaseService


@dataclass(frozen=True)
class WorkplaceInput:
    """What the user typed for a workplace."""

    name: str
    kind: WorkplaceKind = WorkplaceKind.OTHER
    area: str = ""


@dataclass(frozen=True)
class WorkplaceRow:
    """One workplace with how many persons work there."""

    id: int
    name: str
    kind: WorkplaceKind
    area: str
    person_count: int


class WorkplaceService(DatabaseService):
    """Lists, creates, edits and removes workplaces; persons' search keys follow a rename."""

    def workplaces(self) -> tuple[WorkplaceRow, ...]:
        """Every workplace with its number of persons, in id order."""
        with self._db.transaction() as session:
            counts = dict(
                session.execute(
                    select(Person.workplace_id, func.count())
                    .where(Person.workplace_id.is_not(None))
                    .group_by(Person.workplace_id)
                ).all()
            )
            return tuple(
                WorkplaceRow(w.id, w.name, w.kind, w.area, int(counts.get(w.id, 0)))
                for w in session.scalars(select(Workplace).order_by(Workplace.id))
            )

    def create(self, data: WorkplaceInput) -> int:
        """Create a workplace; ValidationError when the name is empty or already used."""
        name, area = _validated(data)
        with self._db.transaction() as session:
            _check_unique(session, name, None)
            workplace = Workplace(name=name, name_key=fold(name), kind=data.kind, area=area)
            session.add(workplace)
            session.flush()
            return workplace.id

    def find_or_create(self, name: str, kind: WorkplaceKind = WorkplaceKind.OTHER) -> int:
        """The workplace called `name` (compared casefolded), created when missing."""
        clean, _area = _validated(WorkplaceInput(name=name, kind=kind))
        with self._db.transaction() as session:
            existing = session.scalar(select(Workplace.id).where(Workplace.name_key == fold(clean)))
            if existing is not None:
                return existing
            workplace = Workplace(name=clean, name_key=fold(clean), kind=kind)
            session.add(workplace)
            session.flush()
            return workplace.id

    def update(self, workplace_id: int, data: WorkplaceInput) -> None:
        """Save a workplace; the search keys of the persons working there follow a new name."""
        name, area = _validated(data)
        with self._db.transaction() as session:
            workplace = _get(session, workplace_id)
            _check_unique(session, name, workplace_id)
            workplace.name, workplace.name_key = name, fold(name)
            workplace.kind, workplace.area = data.kind, area

    def delete(self, workplace_id: int) -> int:
        """Remove a workplace; its persons stay, without a workplace. Returns how many."""
        with self._db.transaction() as session:
            workplace = _get(session, workplace_id)
            affected = session.scalar(
                select(func.count()).select_from(Person).where(Person.workplace_id == workplace_id)
            )
            session.delete(workplace)
            return affected or 0


def _validated(data: WorkplaceInput) -> tuple[str, str]:
    name, area = tidy(data.name), tidy(data.area)
    problems = []
    if not name:
        problems.append(FieldProblem("name", translate("Errors", "Ange arbetsplatsens namn.")))
    texts = {"name": name, "area": area}
    problems.extend(FieldProblem(*problem) for problem in workplace_length_problems(texts).items())
    if problems:
        raise ValidationError(problems)
    return name, area


def _check_unique(session: Session, name: str, own_id: int | None) -> None:
    other = session.scalar(select(Workplace.id).where(Workplace.name_key == fold(name)))
    if other is not None and other != own_id:
        raise ValidationError.single(
            "name",
            translate("Errors", "Det finns redan en arbetsplats som heter ”{name}”.").format(
                name=name
            ),
        )


def _get(session: Session, workplace_id: int) -> Workplace:
    return existing(
        session, Workplace, workplace_id, translate("Errors", "Arbetsplatsen finns inte längre.")
    )

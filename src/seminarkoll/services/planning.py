"""Planning use cases: create and edit programmes, theme areas, cohorts and seminars."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from seminarkoll.data.database import Database
from seminarkoll.data.models import Programme
from seminarkoll.domain.errors import FieldProblem, ValidationError
from seminarkoll.domain.text import tidy


@dataclass(frozen=True)
class ProgrammeInput:
    """What the user typed for a programme."""

    name: str
    organiser: str = ""
    contact_person: str = ""
    description: str = ""


class PlanningService:
    """Creates and edits the planning objects of programmes and cohorts."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def create_programme(self, data: ProgrammeInput) -> int:
        """Create a programme; ValidationError when the name is empty or already taken."""
        name = tidy(data.name)
        if not name:
            raise ValidationError([FieldProblem("name", "Ange programmets namn.")])
        with self._db.transaction() as session:
            if session.scalar(select(Programme.id).where(Programme.name == name)) is not None:
                raise ValidationError(
                    [FieldProblem("name", f"Det finns redan ett program som heter ”{name}”.")]
                )
            programme = Programme(
                name=name,
                organiser=tidy(data.organiser),
                contact_person=tidy(data.contact_person),
                description=data.description.strip(),
            )
            session.add(programme)
            session.flush()
            return programme.id

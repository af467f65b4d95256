"""Alumni use cases: later leadership roles on a person's card and the pipeline per programme."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from seminarkoll.data.database import Database
from seminarkoll.data.lookups import existing, existing_programme
from seminarkoll.data.models import CareerRole, Cohort, Person, Workplace
from seminarkoll.domain.career import (
    AlumnusRow,
    CohortPipeline,
    PipelineReport,
    RoleSpan,
    pipeline_figures,
    role_title,
    validate_role,
)
from seminarkoll.domain.enums import CompletionState
from seminarkoll.domain.translation import translate
from seminarkoll.services.attendance import AttendanceService


@dataclass(frozen=True)
class RoleInput:
    """What the user typed for a later role."""

    title: str
    started_on: date | None
    ended_on: date | None = None
    workplace_id: int | None = None


@dataclass(frozen=True)
class RoleRow:
    """One later role of a person, newest first on the card."""

    id: int
    person_id: int
    title: str
    workplace_name: str
    started_on: date
    ended_on: date | None


@dataclass(frozen=True)
class PipelineFileResult:
    """A written pipeline workbook: where, and how many cohorts and alumni it lists."""

    path: Path
    cohorts: int
    alumni: int


class AlumniService:
    """Records later roles and reports which alumni became school leaders."""

    def __init__(self, database: Database, attendance: AttendanceService) -> None:
        self._db = database
        self._attendance = attendance

    def roles(self, person_id: int) -> tuple[RoleRow, ...]:
        """The person's later roles, the most recent start first."""
        with self._db.transaction() as session:
            return _roles(session, [person_id]).get(person_id, ())

    def add_role(self, person_id: int, data: RoleInput) -> int:
        """Record a later role; ValidationError naming the fields, NotFoundError for the person."""
        title = validate_role(data.title, data.started_on, data.ended_on)
        assert data.started_on is not None
        with self._db.transaction() as session:
            existing(session, Person, person_id, translate("Errors", "Personen finns inte längre."))
            role = CareerRole(
                person_id=person_id,
                title=title,
                workplace_id=data.workplace_id,
                started_on=data.started_on,
                ended_on=data.ended_on,
            )
            session.add(role)
            session.flush()
            return role.id

    def update_role(self, role_id: int, data: RoleInput) -> None:
        """Change a recorded role."""
        title = validate_role(data.title, data.started_on, data.ended_on)
        assert data.started_on is not None
        with self._db.transaction() as session:
            role = _role(session, role_id)
            role.title = title
            role.workplace_id = data.workplace_id
            role.started_on = data.started_on
            role.ended_on = data.ended_on

    def remove_role(self, role_id: int) -> RoleRow:
        """Remove a recorded role; returns it so the caller can offer to put it back."""
        with self._db.transaction() as session:
            role = _role(session, role_id)
            row = _row(role, role.workplace.name if role.workplace else "")
            session.delete(role)
            return row

    def pipeline(self, programme_id: int, today: date | None = None) -> PipelineReport:
        """Per cohort of the programme (oldest first): its alumni, how many hold a leadership
        role today, how many ever did after the programme, and the median wait for a first."""
        today = today or date.today()
        with self._db.transaction() as session:
            programme = existing_programme(session, programme_id)
            programme_name = programme.name
            cohorts = [
                (c.id, c.name, c.school_year, c.end_date)
                for c in session.scalars(
                    select(Cohort)
                    .where(Cohort.programme_id == programme_id)
                    .order_by(Cohort.start_date, Cohort.id)
                )
            ]
        completers = {
            cohort_id: [
                row
                for row in self._attendance.matrix(cohort_id).rows
                if row.result.state is CompletionState.COMPLETED
            ]
            for cohort_id, *_rest in cohorts
        }
        person_ids = {row.person_id for rows in completers.values() for row in rows}
        with self._db.transaction() as session:
            roles = _roles(session, person_ids)
        lines = []
        for cohort_id, name, school_year, ended in cohorts:
            alumni = completers[cohort_id]
            figures = pipeline_figures(
                ended,
                [
                    [RoleSpan(r.started_on, r.ended_on) for r in roles.get(a.person_id, ())]
                    for a in alumni
                ],
                today,
            )
            lines.append(
                CohortPipeline(
                    cohort_id=cohort_id,
                    cohort_name=name,
                    school_year=school_year,
                    completed_on=ended,
                    alumni=figures.alumni,
                    in_role_now=figures.in_role_now,
                    ever_in_role=figures.ever_in_role,
                    median_days_to_first_role=figures.median_days_to_first_role,
                    people=tuple(
                        _alumnus(a.person_id, a.first_name, a.last_name, roles, ended, today)
                        for a in alumni
                    ),
                )
            )
        return PipelineReport(programme_id, programme_name, today, tuple(lines))

    def export_pipeline(
        self, programme_id: int, path: Path, today: date | None = None
    ) -> PipelineFileResult:
        """Save the programme's pipeline report as an Excel workbook."""
        from seminarkoll.exchange.pipeline_workbook import write_pipeline_workbook

        report = self.pipeline(programme_id, today)
        written = write_pipeline_workbook(report, path)
        return PipelineFileResult(
            written, len(report.cohorts), sum(len(c.people) for c in report.cohorts)
        )


def _alumnus(
    person_id: int,
    first_name: str,
    last_name: str,
    roles: dict[int, tuple[RoleRow, ...]],
    ended: date,
    today: date,
) -> AlumnusRow:
    held = roles.get(person_id, ())
    later = sorted((r for r in held if r.started_on >= ended), key=lambda r: r.started_on)
    current = [r for r in held if RoleSpan(r.started_on, r.ended_on).held_on(today)]
    return AlumnusRow(
        person_id=person_id,
        first_name=first_name,
        last_name=last_name,
        first_role=_described(later[0]) if later else "",
        first_role_on=later[0].started_on if later else None,
        current_role=", ".join(_described(r) for r in current),
    )


def _described(role: RoleRow) -> str:
    return f"{role.title}, {role.workplace_name}" if role.workplace_name else role.title


def _roles(session: Session, person_ids: Iterable[int]) -> dict[int, tuple[RoleRow, ...]]:
    ids = list(person_ids)
    found: dict[int, list[RoleRow]] = defaultdict(list)
    if not ids:
        return {}
    rows = session.execute(
        select(CareerRole, Workplace.name)
        .outerjoin(Workplace, Workplace.id == CareerRole.workplace_id)
        .where(CareerRole.person_id.in_(ids))
        .order_by(CareerRole.started_on.desc(), CareerRole.id.desc())
    )
    for role, workplace_name in rows:
        found[role.person_id].append(_row(role, workplace_name or ""))
    return {person_id: tuple(items) for person_id, items in found.items()}


def _row(role: CareerRole, workplace_name: str) -> RoleRow:
    return RoleRow(
        id=role.id,
        person_id=role.person_id,
        title=role_title(role.title),
        workplace_name=workplace_name,
        started_on=role.started_on,
        ended_on=role.ended_on,
    )


def _role(session: Session, role_id: int) -> CareerRole:
    return existing(session, CareerRole, role_id, translate("Errors", "Rollen finns inte längre."))

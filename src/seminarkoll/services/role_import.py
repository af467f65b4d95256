"""Import later roles from an HR list: persons matched by e-mail, each row previewed, then every
new role added in one transaction (rows that repeat a recorded role are skipped and counted)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from seminarkoll.data.backups import automatic_backup
from seminarkoll.data.models import CareerRole, Person, Workplace
from seminarkoll.domain.career import role_title
from seminarkoll.domain.text import excerpt, fold, full_name
from seminarkoll.domain.translation import translate
from seminarkoll.exchange.columns import FieldColumns, SheetHeader
from seminarkoll.exchange.problem_lines import CellProblem
from seminarkoll.exchange.role_rows import (
    ROLE_COLUMNS,
    RoleField,
    RoleFileReport,
    RoleRow,
    parse_roles,
)
from seminarkoll.exchange.spreadsheet import read_sheet
from seminarkoll.services.database_service import DatabaseService
from seminarkoll.services.import_sheet import ImportRefusedError, ImportSheet, ProblemLines
from seminarkoll.services.participant_import.queries import chunks
from seminarkoll.services.participant_import.rules import guess_workplace_kind
from seminarkoll.services.progress import Progress, Stepper


class RoleOutcome(StrEnum):
    """What importing one row of an HR list does."""

    NEW = "new"
    """A role the person does not have yet: added."""
    REPEAT = "repeat"
    """The person already has this role from this date (or an earlier row gives it): skipped."""
    ERROR = "error"
    """The row has a problem: nothing is imported until the file is corrected."""


class RoleSheet(ImportSheet[RoleField]):
    """An HR list as read: its cells and the header row found in it."""


@dataclass(frozen=True)
class RolePreviewRow:
    """One row of the file, whose role it is and what importing it does, with the reason."""

    row: int
    outcome: RoleOutcome
    name: str
    email: str
    title: str
    workplace: str
    started_on: date | None
    detail: str


@dataclass(frozen=True)
class RolePreview(ProblemLines):
    """What importing the file would do, row by row; it may be imported only without problems."""

    sheet: RoleSheet
    mapping: FieldColumns[RoleField]
    rows: tuple[RolePreviewRow, ...]
    problems: tuple[CellProblem, ...]
    new_workplaces: tuple[str, ...]
    warnings: tuple[str, ...]

    def count(self, outcome: RoleOutcome) -> int:
        """How many rows have `outcome`."""
        return sum(1 for row in self.rows if row.outcome is outcome)


@dataclass(frozen=True)
class RoleImportResult:
    """What the import did."""

    added: int
    repeated: int
    workplaces_created: int

    @property
    def summary(self) -> str:
        """One Swedish sentence: "3 roller lades till, 1 fanns redan"."""
        return translate("Errors", "{added} roller lades till, {repeated} fanns redan").format(
            added=self.added, repeated=self.repeated
        )


class RolesRefusedError(ImportRefusedError[CellProblem]):
    """The file has rows with problems, so nothing was imported."""

    def __init__(self, path: Path, problems: Sequence[CellProblem]) -> None:
        super().__init__(path, problems, translate("Errors", "Rätta filen och läs in den igen."))


@dataclass(frozen=True)
class _Plan:
    rows: tuple[RolePreviewRow, ...]
    problems: tuple[CellProblem, ...]
    new_workplaces: tuple[str, ...]
    roles: tuple[tuple[int, RoleRow], ...]
    """(person id, row) of each role to add."""


class RoleImportService(DatabaseService):
    """Reads HR lists of later roles and adds the roles to the persons they name."""

    def read_file(
        self, path: Path, sheet: str | None = None, *, map_by_hand: bool = False
    ) -> RoleSheet:
        """Read `path` and find its header row; raises a `FileReadError` when it cannot.
        With `map_by_hand`, an unrecognised header is guessed for the user to map."""
        data = read_sheet(path, sheet)
        columns = ROLE_COLUMNS
        header = columns.guess_header(data) if map_by_hand else columns.detect_header(data)
        return RoleSheet(data, header)

    def preview(
        self, sheet: RoleSheet, mapping: FieldColumns[RoleField] | None = None
    ) -> RolePreview:
        """What each row would do; `ValidationError` when the mapping is unusable."""
        report = parse_roles(sheet.data, sheet.header, mapping)
        with self._db.transaction() as session:
            plan = _plan(session, report, sheet.header)
        return RolePreview(
            sheet,
            report.mapping,
            plan.rows,
            plan.problems,
            plan.new_workplaces,
            tuple(warning.message for warning in report.warnings),
        )

    def run(self, preview: RolePreview, progress: Progress | None = None) -> RoleImportResult:
        """Add every new role of the previewed file in one transaction, after a backup;
        `RolesRefusedError` (and nothing saved) while any row has a problem, also one that
        arose since the preview (a person removed meanwhile)."""
        if preview.problems:
            raise RolesRefusedError(preview.sheet.path, preview.problems)
        report = parse_roles(preview.sheet.data, preview.sheet.header, preview.mapping)
        automatic_backup(self._db, "fore-import")
        with self._db.transaction() as session:
            plan = _plan(session, report, preview.sheet.header)
            if plan.problems:
                raise RolesRefusedError(preview.sheet.path, plan.problems)
            stepper = Stepper(progress, 3)
            workplaces = _workplaces(session, plan.new_workplaces)
            stepper.step()
            if plan.roles:
                session.execute(
                    insert(CareerRole),
                    [
                        {
                            "person_id": person_id,
                            "title": row.title,
                            "workplace_id": workplaces.get(fold(row.workplace)),
                            "started_on": row.started_on,
                        }
                        for person_id, row in plan.roles
                    ],
                )
            stepper.step()
            stepper.finish()
            repeated = sum(1 for row in plan.rows if row.outcome is RoleOutcome.REPEAT)
            return RoleImportResult(len(plan.roles), repeated, len(plan.new_workplaces))


def _plan(session: Session, report: RoleFileReport, header: SheetHeader[RoleField]) -> _Plan:
    """Match the rows to persons by e-mail and to the roles they already have; an address
    that names nobody is a problem too, also on a row with other problems."""
    rows, problems = report.rows, report.problems
    others = [(row, email, email.casefold()) for row, email in report.other_addresses]
    persons: dict[str, tuple[int, str]] = {}
    held: set[tuple[int, str, date]] = set()
    keys = {row.email_key for row in rows} | {key for _row, _email, key in others}
    for chunk in chunks(sorted(keys)):
        for pid, email_key, first, last in session.execute(
            select(Person.id, Person.email_key, Person.first_name, Person.last_name).where(
                Person.email_key.in_(chunk)
            )
        ):
            if email_key is not None:
                persons[email_key] = (pid, full_name(first, last))
        held.update(
            (pid, fold(role_title(title)), started)
            for pid, title, started in session.execute(
                select(CareerRole.person_id, CareerRole.title, CareerRole.started_on)
                .join(Person, Person.id == CareerRole.person_id)
                .where(Person.email_key.in_(chunk))
            )
        )
    known_places = set(session.scalars(select(Workplace.name_key)))
    email_at = report.mapping[RoleField.EMAIL]
    email_column = header.column_label(email_at)
    found = list(problems)
    found.extend(
        CellProblem(row, email_column, _nobody(email), email_at)
        for row, email, key in others
        if key not in persons
    )
    shown: list[RolePreviewRow] = []
    roles: list[tuple[int, RoleRow]] = []
    new_places: dict[str, str] = {}
    for row in rows:
        person = persons.get(row.email_key)
        if person is None:
            found.append(CellProblem(row.row, email_column, _nobody(row.email), email_at))
            continue
        pid, name = person
        key = (pid, fold(row.title), row.started_on)
        if key in held:
            detail = translate("Errors", "{name} har redan den rollen från det datumet.").format(
                name=name
            )
            shown.append(_shown(row, RoleOutcome.REPEAT, name, detail))
            continue
        held.add(key)
        roles.append((pid, row))
        place = fold(row.workplace)
        if place and place not in known_places and place not in new_places:
            new_places[place] = row.workplace or ""
        shown.append(_shown(row, RoleOutcome.NEW, name, translate("Errors", "Ny roll.")))
    found.sort(key=lambda p: (p.row, p.column))
    messages: dict[int, list[str]] = {}
    for problem in found:
        messages.setdefault(problem.row, []).append(f"{problem.column_label}: {problem.message}")
    shown.extend(
        RolePreviewRow(row, RoleOutcome.ERROR, "", "", "", "", None, " ".join(texts))
        for row, texts in messages.items()
    )
    return _Plan(
        tuple(sorted(shown, key=lambda r: r.row)),
        tuple(found),
        tuple(new_places.values()),
        tuple(roles),
    )


def _nobody(email: str) -> str:
    return translate("Errors", "Ingen person i registret har e-posten ”{email}”.").format(
        email=excerpt(email)
    )


def _shown(row: RoleRow, outcome: RoleOutcome, name: str, detail: str) -> RolePreviewRow:
    return RolePreviewRow(
        row.row, outcome, name, row.email, row.title, row.workplace or "", row.started_on, detail
    )


def _workplaces(session: Session, new: Sequence[str]) -> dict[str, int]:
    """Create the `new` workplaces; every workplace's id by folded name."""
    session.add_all(
        Workplace(name=name, name_key=fold(name), kind=guess_workplace_kind(name)) for name in new
    )
    session.flush()
    return dict(session.execute(select(Workplace.name_key, Workplace.id)).all())

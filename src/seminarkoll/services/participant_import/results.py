"""What a participant import previews and returns: row outcomes, the preview, the result."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cached_property
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from seminarkoll.domain.text import full_name
from seminarkoll.domain.translation import translate
from seminarkoll.exchange.columns import ColumnMapping, ParticipantField
from seminarkoll.exchange.participant_rows import (
    ParticipantFileReport,
    ParticipantRow,
    RowProblem,
    split_full_name,
)
from seminarkoll.exchange.spreadsheet import CellValue, cell_text
from seminarkoll.services.import_sheet import ImportRefusedError, ImportSheet, ProblemLines

if TYPE_CHECKING:
    from seminarkoll.services.participant_import.queries import Existing


class RowOutcome(StrEnum):
    """What importing one row of the file does."""

    NEW = "new"
    """A new person, enrolled in the cohort."""
    UPDATE = "update"
    """An existing person (same e-mail): details updated and/or enrolled in the cohort."""
    UNCHANGED = "unchanged"
    """An existing person already enrolled, with the same details."""
    DUPLICATE = "duplicate"
    """The same person as an earlier row of the file; skipped."""
    ERROR = "error"
    """The row has a problem; skipped, or the import is refused."""


class ParticipantSheet(ImportSheet[ParticipantField]):
    """A participant file as read: its cells and the header row found in it."""

    @cached_property
    def data_rows(self) -> int:
        """How many rows there are below the header (blank ones included)."""
        return sum(1 for row in self.data.rows if row.number > self.header.row_number)


class PreviewRow(NamedTuple):
    """One row of the file and what importing it would do, with the reason in Swedish.

    An immutable named tuple rather than a frozen dataclass: one is made for every row of a
    list, and a tuple is built several times faster.
    """

    row: int
    outcome: RowOutcome
    first_name: str
    last_name: str
    email: str
    workplace: str
    role: str
    phone: str
    detail: str
    person_id: int | None = None
    duplicate_of: int | None = None
    problems: tuple[RowProblem, ...] = ()

    @property
    def name(self) -> str:
        """First and last name as in the file."""
        return full_name(self.first_name, self.last_name)

    @property
    def skipped(self) -> bool:
        """Whether the row is not imported (a problem or a duplicate)."""
        return self.outcome in (RowOutcome.ERROR, RowOutcome.DUPLICATE)


@dataclass(frozen=True)
class ImportPreview(ProblemLines):
    """What importing a file into a cohort would do, row by row. Nothing is saved yet."""

    sheet: ParticipantSheet
    mapping: ColumnMapping
    cohort_id: int
    cohort_label: str
    new_workplaces: tuple[str, ...]
    warnings: tuple[str, ...]
    joined_on: date
    """The suggested joining date (the cohort's start while no seminar has been held, else
    today); `run` uses it unless told another."""
    report: ParticipantFileReport = field(repr=False)
    plans: tuple[Plan, ...] = field(default=(), repr=False, compare=False)
    refused: tuple[PreviewRow, ...] = field(default=(), repr=False, compare=False)
    fingerprint: tuple[object, ...] = field(default=(), repr=False, compare=False)
    existing: Existing | None = field(default=None, repr=False, compare=False)
    """The register's persons the rows were matched against, used again by `run` when
    nothing changed in between."""

    @cached_property
    def rows(self) -> tuple[PreviewRow, ...]:
        """Every row of the file and its outcome, in row order.

        Built on first use: an import run without showing the preview never needs them.
        """
        rows = [preview_row(p.row, p.outcome, p.detail, (), p.person_id) for p in self.plans]
        rows.extend(self.refused)
        rows.extend(skipped_rows(self.sheet, self.report))
        return dedupe(sorted(rows, key=attrgetter("row")))

    def count(self, outcome: RowOutcome) -> int:
        """How many rows have `outcome`."""
        if outcome in (RowOutcome.ERROR, RowOutcome.DUPLICATE):
            return sum(1 for row in self.skipped if row.outcome is outcome)
        return sum(1 for plan in self.plans if plan.outcome is outcome)

    @cached_property
    def skipped(self) -> tuple[PreviewRow, ...]:
        """Rows that would not be imported (problems and duplicates), the same as the skipped
        ones among `rows` but without building the others."""
        candidates = [*self.refused, *skipped_rows(self.sheet, self.report)]
        if not candidates:
            return ()
        planned = {plan.row.row for plan in self.plans}
        return dedupe(
            row for row in sorted(candidates, key=attrgetter("row")) if row.row not in planned
        )

    @property
    def problems(self) -> tuple[RowProblem, ...]:
        """Every problem of every skipped row, in row order."""
        return tuple(problem for row in self.skipped for problem in row.problems)

    @property
    def is_clean(self) -> bool:
        """True when every row can be imported."""
        return not self.skipped


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    cohort_id: int
    created: int
    updated: int
    unchanged: int
    enrolled: int
    workplaces_created: int
    skipped: tuple[PreviewRow, ...]
    joined_on: date

    @property
    def summary(self) -> str:
        """E.g. "25 nya, 2 uppdaterade, 0 oförändrade"."""
        return translate(
            "Exports", "{created} nya, {updated} uppdaterade, {unchanged} oförändrade"
        ).format(created=self.created, updated=self.updated, unchanged=self.unchanged)


class RowsRefusedError(ImportRefusedError[RowProblem]):
    """The file has rows with problems and the caller did not ask to skip them; nothing saved."""

    def __init__(self, path: Path, problems: Sequence[RowProblem]) -> None:
        super().__init__(
            path,
            problems,
            translate("Errors", "Rätta filen, eller välj att bara importera de giltiga raderna."),
        )


class Plan(NamedTuple):
    """One importable row and what to do with it (a tuple: one is made for every row)."""

    row: ParticipantRow
    outcome: RowOutcome
    person_id: int | None
    changes: Mapping[str, str]
    enrol: bool
    notes: str | None
    detail: str
    name_key: tuple[str, str, str]
    """First name, last name and workplace folded (see `name_key`)."""
    restatus: bool = False
    """Whether the person's enrolment in the cohort takes the row's application status."""


def joined_messages(problems: Iterable[RowProblem]) -> str:
    return " ".join(problem.message for problem in problems)


def preview_row(
    row: ParticipantRow,
    outcome: RowOutcome,
    detail: str,
    problems: tuple[RowProblem, ...] = (),
    person_id: int | None = None,
    duplicate_of: int | None = None,
) -> PreviewRow:
    return PreviewRow(
        row.row,
        outcome,
        row.first_name,
        row.last_name,
        row.email or "",
        row.workplace or "",
        row.role or "",
        row.phone or "",
        detail,
        person_id,
        duplicate_of,
        problems,
    )


def skipped_rows(sheet: ParticipantSheet, report: ParticipantFileReport) -> list[PreviewRow]:
    """Preview rows for the rows the reader refused, showing their cells as written."""
    if not report.problems:
        return []
    by_row: dict[int, list[RowProblem]] = {}
    for problem in report.problems:
        by_row.setdefault(problem.row, []).append(problem)
    cells = {row.number: row.cells for row in sheet.data.rows}
    rows = []
    for number, problems in by_row.items():
        texts = _cell_texts(report.mapping, cells.get(number, ()))
        first, last = texts[ParticipantField.FIRST_NAME], texts[ParticipantField.LAST_NAME]
        if not first and not last:
            first, last = split_full_name(texts[ParticipantField.FULL_NAME])
        only_duplicates = all(p.duplicate_of is not None for p in problems)
        rows.append(
            PreviewRow(
                row=number,
                outcome=RowOutcome.DUPLICATE if only_duplicates else RowOutcome.ERROR,
                first_name=first,
                last_name=last,
                email=texts[ParticipantField.EMAIL],
                workplace=texts[ParticipantField.WORKPLACE],
                role=texts[ParticipantField.ROLE],
                phone=texts[ParticipantField.PHONE],
                detail=joined_messages(problems),
                duplicate_of=next((p.duplicate_of for p in problems if p.duplicate_of), None),
                problems=tuple(problems),
            )
        )
    return rows


def _cell_texts(mapping: ColumnMapping, cells: Sequence[CellValue]) -> dict[ParticipantField, str]:
    """Each field's cell in a row, as text ('' when unmapped or empty)."""
    texts = {}
    for field_ in ParticipantField:
        column = mapping.get(field_)
        value = cells[column] if column is not None and column < len(cells) else None
        texts[field_] = cell_text(value) or ""
    return texts


def dedupe(rows: Iterable[PreviewRow]) -> tuple[PreviewRow, ...]:
    seen: set[int] = set()
    unique = []
    for row in rows:
        if row.row not in seen:
            seen.add(row.row)
            unique.append(row)
    return tuple(unique)

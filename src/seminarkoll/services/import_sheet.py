"""A file read for an import (its cells and header row), its problems as lines, and the refusal
of one whose rows have problems."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any, Generic, Protocol, TypeVar

from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.planning import count_phrase
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate
from seminarkoll.exchange.columns import SheetHeader
from seminarkoll.exchange.participant_rows import RowProblem
from seminarkoll.exchange.problem_lines import CellProblem, Problem, problem_lines
from seminarkoll.exchange.spreadsheet import SheetData

F = TypeVar("F", bound=StrEnum)
P = TypeVar("P", RowProblem, CellProblem)


@dataclass(frozen=True)
class ImportSheet(Generic[F]):
    """A file as read for an import of fields `F`: its cells and the header row found in it."""

    data: SheetData
    header: SheetHeader[F]

    @property
    def path(self) -> Path:
        """The file."""
        return self.data.path

    @property
    def key(self) -> str:
        """Identifies the header row, for remembering the user's column mapping."""
        return self.header.key


class _Previewed(Protocol):
    @property
    def sheet(self) -> ImportSheet[Any]: ...

    @property
    def problems(self) -> Sequence[Problem]: ...


class ProblemLines:
    """Gives the preview of an import of `sheet` its `problems` as lines for a terminal."""

    def problem_lines(self: _Previewed) -> tuple[str, ...]:
        """One line per problem, `FILE:ROW: column: message` (rows with the same problem
        joined)."""
        return problem_lines(self.sheet.path, self.problems)


class ImportRefusedError(DomainError, Generic[P]):
    """The file has rows with problems, so nothing was imported: the message says so with the
    number of rows and the file's name, then `advice` (translated) says what to do."""

    def __init__(self, path: Path, problems: Sequence[P], advice: str) -> None:
        self.path = path
        self.problems: tuple[P, ...] = tuple(problems)
        noun = count_phrase(
            len({problem.row for problem in self.problems}),
            QT_TRANSLATE_NOOP("Counts", "1 rad"),
            QT_TRANSLATE_NOOP("Counts", "{count} rader"),
        )
        refused = translate(
            "Errors", "{noun} i filen ”{name}” har problem, så ingenting importerades."
        ).format(noun=noun, name=path.name)
        super().__init__(f"{refused} {advice}")

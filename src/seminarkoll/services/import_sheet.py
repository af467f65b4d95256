"""A file read for an import (its cells and header row), and the refusal of one whose rows have
problems."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Generic, TypeVar

from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.planning import count_phrase
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP
from seminarkoll.exchange.columns import SheetHeader
from seminarkoll.exchange.participant_rows import RowProblem
from seminarkoll.exchange.problem_lines import CellProblem
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


class ImportRefusedError(DomainError, Generic[P]):
    """The file has rows with problems, so nothing was imported; `message` (translated) says
    so with the number of rows as {noun} and the file's name as {name}, and what to do."""

    def __init__(self, path: Path, problems: Sequence[P], message: str) -> None:
        self.path = path
        self.problems: tuple[P, ...] = tuple(problems)
        noun = count_phrase(
            len({problem.row for problem in self.problems}),
            QT_TRANSLATE_NOOP("Counts", "1 rad"),
            QT_TRANSLATE_NOOP("Counts", "{count} rader"),
        )
        super().__init__(message.format(noun=noun, name=path.name))

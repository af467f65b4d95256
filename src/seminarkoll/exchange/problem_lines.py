"""Problems in a file as lines for a terminal: `FILE:ROW: column: problem`, repeats joined."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol


class Problem(Protocol):
    """A problem in one row of a file (participant rows and attendance cells have this shape)."""

    @property
    def row(self) -> int: ...

    @property
    def column_label(self) -> str: ...

    @property
    def message(self) -> str: ...


@dataclass(frozen=True)
class CellProblem:
    """A cell that cannot be read, or why a row cannot be imported: Excel row number, header
    text and a Swedish message (attendance sheets and HR lists of roles)."""

    row: int
    column_label: str
    message: str
    column: int = 0
    """The 0-based column, to list a row's problems from left to right."""


def problem_lines(path: Path, problems: Iterable[Problem]) -> tuple[str, ...]:
    """One line per distinct problem, in the order they first occur. A problem that repeats
    (same column, same message) on several rows is one line naming all of them:
    `lista.xlsx:4, 7–9: E-post: saknas`."""
    rows: dict[tuple[str, str], list[int]] = {}
    for problem in problems:
        rows.setdefault((problem.column_label, problem.message), []).append(problem.row)
    return tuple(
        f"{path}:{row_ranges(numbers)}: {column}: {message}"
        for (column, message), numbers in rows.items()
    )


def row_ranges(numbers: Iterable[int]) -> str:
    """Row numbers, sorted, with runs shortened: [3, 4, 5, 9] -> "3–5, 9"."""
    runs: list[list[int]] = []
    for number in sorted(set(numbers)):
        if runs and number == runs[-1][1] + 1:
            runs[-1][1] = number
        else:
            runs.append([number, number])
    return ", ".join(str(first) if first == last else f"{first}–{last}" for first, last in runs)

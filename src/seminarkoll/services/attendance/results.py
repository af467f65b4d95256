"""Inputs and results of the attendance use cases: mark changes, the matrix, the sign-off
sheet and a cell's history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import NamedTuple

from seminarkoll.domain.attendance import is_visit
from seminarkoll.domain.completion import (
    CellState,
    SeminarTotals,
    tally,
)
from seminarkoll.domain.enums import AttendanceStatus, EnrollmentStatus
from seminarkoll.domain.text import full_name
from seminarkoll.services.cohort_frame import SeminarInfo


@dataclass(frozen=True)
class MarkChange:
    """One wanted change of one cell: `status` None clears the mark, `note` None keeps it."""

    enrollment_id: int
    seminar_id: int
    status: AttendanceStatus | None
    note: str | None = None


@dataclass(frozen=True)
class CellRef:
    """One cell of the attendance matrix."""

    enrollment_id: int
    seminar_id: int


@dataclass(frozen=True)
class KeptMark:
    """A cell where a mark was already taken and the batch was told not to overwrite it."""

    enrollment_id: int
    seminar_id: int
    current: AttendanceStatus
    proposed: AttendanceStatus | None


@dataclass(frozen=True)
class BatchResult:
    """What `AttendanceService.apply` did: changed cells, cells already so, kept and locked.

    `before` and `after` hold each changed cell's exact mark and note before and after, in the
    order of `changed`; `restore_marks(before)` undoes the batch, `restore_marks(after)` redoes it.
    """

    changed: tuple[CellRef, ...]
    unchanged: int
    kept: tuple[KeptMark, ...]
    locked: tuple[CellRef, ...]
    before: tuple[MarkChange, ...] = ()
    after: tuple[MarkChange, ...] = ()


class SheetRow(NamedTuple):
    """One participant on the sign-off sheet of a seminar (a named tuple: the sheet is reread
    after every mark, and a tuple of 500 is built in a fifth of a frozen dataclass's time)."""

    enrollment_id: int
    person_id: int
    first_name: str
    last_name: str
    workplace_name: str
    title: str
    groups: tuple[str, ...]
    status: AttendanceStatus | None
    note: str
    enrollment_status: EnrollmentStatus
    joined_on: date | None
    left_on: date | None
    cell: CellState
    """What the rules make of this row at the seminar (NOT_EXPECTED: a visitor, or marked
    outside their window; such rows are listed but not counted)."""

    @property
    def name(self) -> str:
        """First and last name."""
        return full_name(self.first_name, self.last_name)

    @property
    def visit(self) -> bool:
        """Whether the row is a one-day visit (a walk-in who did not join)."""
        return is_visit(self.enrollment_status, self.joined_on, self.left_on)


@dataclass(frozen=True)
class SignOffEventRow:
    """A sign-off or unlock of a seminar."""

    action: str
    at: datetime
    by: str
    reason: str


@dataclass(frozen=True)
class SignOffSheet:
    """Everything the sign-off view shows for one seminar."""

    seminar: SeminarInfo
    cohort_id: int
    cohort_name: str
    programme_name: str
    location: str
    start_time: time | None
    end_time: time | None
    rows: tuple[SheetRow, ...]
    events: tuple[SignOffEventRow, ...]

    @property
    def totals(self) -> SeminarTotals:
        """The seminar's figures (the same as the matrix column and the schedule)."""
        return tally((r.cell for r in self.rows), sum(1 for r in self.rows if r.visit))

    @property
    def unmarked(self) -> int:
        """How many expected participants have no mark yet."""
        return sum(1 for r in self.rows if r.status is None)


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a cell's audit trail (a change, the first recording, or a sign-off event)."""

    at: datetime
    by: str
    kind: str
    old_status: AttendanceStatus | None
    new_status: AttendanceStatus | None
    old_note: str
    new_note: str
    reason: str
    source: str


@dataclass(frozen=True)
class CellHistory:
    """A cell's current state and its audit trail, oldest first."""

    participant: str
    seminar_number: int
    seminar_title: str
    status: AttendanceStatus | None
    note: str
    makeup: str | None
    entries: tuple[HistoryEntry, ...]


@dataclass(frozen=True)
class WalkInResult:
    """What adding a walk-in did."""

    enrollment_id: int
    joined: bool
    name: str

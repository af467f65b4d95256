"""Undo of attendance marks: a batch's cells go back to their marks before, or forward again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from seminarkoll.domain.attendance import ChangeSource
from seminarkoll.ui.undo import UndoHistory

if TYPE_CHECKING:
    from seminarkoll.services.attendance import AttendanceService, BatchResult


def record_marks(
    undo: UndoHistory, attendance: AttendanceService, text: str, result: BatchResult
) -> None:
    """Put a change of marks on the undo stack; undo and redo are kept in the audit trail too,
    and refused where another coordinator has marked a cell otherwise since."""
    if not result.changed:
        return
    undo.push(
        text,
        lambda: attendance.restore_marks(result.before, ChangeSource.UNDO, current=result.after),
        lambda: attendance.restore_marks(result.after, ChangeSource.REDO, current=result.before),
    )

"""Attendance use cases: the matrix, marks with an audit trail, sign-off, apologies, make-ups."""

from seminarkoll.services.attendance.results import (
    AttendanceMatrix,
    BatchResult,
    CellHistory,
    CellRef,
    HistoryEntry,
    KeptMark,
    MarkChange,
    MatrixGroup,
    MatrixRow,
    SheetRow,
    SignOffEventRow,
    SignOffSheet,
    WalkInResult,
)
from seminarkoll.services.attendance.service import AttendanceService

__all__ = [
    "AttendanceMatrix",
    "AttendanceService",
    "BatchResult",
    "CellHistory",
    "CellRef",
    "HistoryEntry",
    "KeptMark",
    "MarkChange",
    "MatrixGroup",
    "MatrixRow",
    "SheetRow",
    "SignOffEventRow",
    "SignOffSheet",
    "WalkInResult",
]

"""Attendance use cases: the matrix, marks with an audit trail, sign-off, apologies, make-ups."""

from seminarkoll.services.attendance.results import (
    BatchResult,
    CellHistory,
    CellRef,
    HistoryEntry,
    KeptMark,
    MarkChange,
    SheetRow,
    SignOffEventRow,
    SignOffSheet,
    WalkInResult,
)
from seminarkoll.services.attendance.service import AttendanceService
from seminarkoll.services.attendance_matrix import AttendanceMatrix, MatrixGroup, MatrixRow

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

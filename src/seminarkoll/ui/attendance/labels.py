"""Swedish words, symbols, colours and keys for attendance marks and completion states."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from seminarkoll.domain.attendance import MARK_KEYS
from seminarkoll.domain.completion import CellState
from seminarkoll.domain.enums import AttendanceStatus, CompletionState, EnrollmentStatus
from seminarkoll.ui.formatting import attendance_status_label, enrollment_status_label

translate = QCoreApplication.translate


@dataclass(frozen=True)
class Look:
    """How a state is drawn (a matrix cell, a verdict, an import's outcome): background, text
    colour and a symbol (none but in the matrix)."""

    background: QColor
    foreground: QColor
    symbol: str = ""


LOOKS = {
    CellState.PRESENT: Look(QColor("#d3efd8"), QColor("#1e6b34"), "✓"),
    CellState.LATE: Look(QColor("#fff0bf"), QColor("#8a5a00"), "S"),
    CellState.EXCUSED: Look(QColor("#dbe7fb"), QColor("#1f4f96"), "F"),
    CellState.ABSENT: Look(QColor("#f8d4d2"), QColor("#a3231b"), "✗"),
    CellState.UNRECORDED: Look(QColor("#fde6c8"), QColor("#9a4d00"), "?"),
    CellState.PENDING: Look(QColor("#f3f6fa"), QColor("#52606d"), "…"),
    CellState.NOT_YET_HELD: Look(QColor("#ffffff"), QColor("#9aa5b1"), "·"),
    CellState.NOT_EXPECTED: Look(QColor("#eceff2"), QColor("#9aa5b1"), "–"),
}


def _colours_of(state: CellState) -> Look:
    """The colours of a cell state, without its symbol."""
    return replace(LOOKS[state], symbol="")


STATE_LOOKS = {
    CompletionState.COMPLETED: _colours_of(CellState.PRESENT),
    CompletionState.ON_TRACK: Look(QColor("#ffffff"), QColor("#243b53")),
    CompletionState.AT_RISK: _colours_of(CellState.LATE),
    CompletionState.CANNOT_COMPLETE: _colours_of(CellState.ABSENT),
    CompletionState.NOT_TAKING_PART: Look(QColor("#eceff2"), QColor("#627d98")),
}
"""A verdict is coloured like the mark of the same tone: completed like present, at risk like
late, cannot complete like absent."""

CELL_OF_STATUS = {
    AttendanceStatus.PRESENT: CellState.PRESENT,
    AttendanceStatus.LATE: CellState.LATE,
    AttendanceStatus.EXCUSED: CellState.EXCUSED,
    AttendanceStatus.ABSENT: CellState.ABSENT,
}

STATUS_OF_CELL = {cell: status for status, cell in CELL_OF_STATUS.items()}

KEYS: dict[int, AttendanceStatus] = {Qt.Key(ord(key)): status for key, status in MARK_KEYS.items()}
"""Keyboard entry: N/1 närvarande, S/2 sen, F/3 frånvaro anmäld, A/4 frånvarande (absent);
Qt's key codes for letters and digits are their upper-case characters."""

CLEAR_KEYS = frozenset({Qt.Key.Key_Delete, Qt.Key.Key_Backspace})

CYCLE: tuple[AttendanceStatus | None, ...] = (
    None,
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
)
"""Space steps through: nothing → närvarande → sen → anmäld frånvaro → frånvarande → nothing."""


def next_in_cycle(current: AttendanceStatus | None) -> AttendanceStatus | None:
    """The mark after `current` when the user presses space."""
    return CYCLE[(CYCLE.index(current) + 1) % len(CYCLE)]


def status_label(status: AttendanceStatus | None) -> str:
    """Swedish word for a mark (or for no mark)."""
    return (
        translate("AttendanceLabels", "Ej markerad")
        if status is None
        else attendance_status_label(status)
    )


def cell_label(state: CellState) -> str:
    """Swedish words for what a matrix cell shows."""
    status = STATUS_OF_CELL.get(state)
    if status is not None:
        return attendance_status_label(status)
    return {
        CellState.UNRECORDED: translate("AttendanceLabels", "Ej registrerad"),
        CellState.PENDING: translate("AttendanceLabels", "Väntar på markering"),
        CellState.NOT_YET_HELD: translate("AttendanceLabels", "Ej genomfört"),
        CellState.NOT_EXPECTED: translate("AttendanceLabels", "Ej aktuell"),
    }[state]


def enrolment_label(status: EnrollmentStatus, visit: bool = False) -> str:
    """Swedish word for an enrolment status; a one-day visit reads "Besökare"."""
    return translate("AttendanceLabels", "Besökare") if visit else enrollment_status_label(status)


SEVERITY = {
    CompletionState.CANNOT_COMPLETE: 0,
    CompletionState.AT_RISK: 1,
    CompletionState.ON_TRACK: 2,
    CompletionState.COMPLETED: 3,
    CompletionState.NOT_TAKING_PART: 4,
}
"""Sort order for verdicts: the ones needing attention first."""


def legend_entries() -> list[tuple[CellState, str]]:
    """The legend under the matrix: each cell state with its keys."""
    return [
        (CellState.PRESENT, translate("AttendanceLabels", "N / 1  Närvarande")),
        (CellState.LATE, translate("AttendanceLabels", "S / 2  Sen")),
        (CellState.EXCUSED, translate("AttendanceLabels", "F / 3  Anmäld frånvaro")),
        (CellState.ABSENT, translate("AttendanceLabels", "A / 4  Frånvarande")),
        (CellState.PENDING, translate("AttendanceLabels", "Väntar (räknas inte förrän signerat)")),
        (CellState.UNRECORDED, translate("AttendanceLabels", "Ej registrerad, signerat")),
        (CellState.NOT_YET_HELD, translate("AttendanceLabels", "Ej genomfört")),
        (CellState.NOT_EXPECTED, translate("AttendanceLabels", "Ej aktuell")),
    ]


def key_help() -> str:
    """One line explaining the keyboard entry."""
    return translate(
        "AttendanceLabels",
        "Mellanslag växlar markering · Delete tar bort · Ctrl+Enter anteckning · "
        "K = kompletteringsuppgift · hörnmarkering = anteckning",
    )

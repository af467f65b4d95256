"""Attendance-taking rules: when a seminar counts as held, what a change does to a cell, change
sources, merge preferences."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from seminarkoll.domain.enums import AttendanceStatus, EnrollmentStatus
from seminarkoll.domain.errors import ValidationError
from seminarkoll.domain.text import tidy
from seminarkoll.domain.translation import translate

TAKEN_AT_SEMINAR = frozenset(
    {AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ABSENT}
)
"""Marks that can only be taken at or after the seminar (an excused absence can come before)."""

MATRIX_STATUSES = (
    EnrollmentStatus.ENROLLED,
    EnrollmentStatus.COMPLETED,
    EnrollmentStatus.WITHDRAWN,
)
"""Enrolments that appear in a cohort's attendance matrix (applicants are not held to it)."""


MAX_NOTE_LENGTH = 2000
"""The longest note a mark takes (and the longest reason for unlocking signed attendance)."""


def unlock_reason(text: str) -> str:
    """The reason given for unlocking a signed seminar or group meeting, tidied; a
    ValidationError when it is missing or longer than a note may be."""
    why = tidy(text)
    if not why:
        raise ValidationError.single(
            "reason", translate("Errors", "Skriv varför närvaron behöver ändras.")
        )
    if len(why) > MAX_NOTE_LENGTH:
        raise ValidationError.single(
            "reason", translate("Errors", "Motiveringen får vara högst 2000 tecken.")
        )
    return why


MARK_KEYS: Mapping[str, AttendanceStatus] = MappingProxyType(
    {
        "N": AttendanceStatus.PRESENT,
        "1": AttendanceStatus.PRESENT,
        "S": AttendanceStatus.LATE,
        "2": AttendanceStatus.LATE,
        "F": AttendanceStatus.EXCUSED,
        "3": AttendanceStatus.EXCUSED,
        "A": AttendanceStatus.ABSENT,
        "4": AttendanceStatus.ABSENT,
    }
)
"""The letters and digits the attendance matrix takes from the keyboard (N/1 närvarande, S/2
sen, F/3 anmäld frånvaro, A/4 frånvarande); a filled-in sheet may use them too."""


class ChangeSource(StrEnum):
    """Where a change of an attendance mark came from; stored in the audit trail."""

    MATRIX = "matrix"
    SIGNOFF = "signoff"
    IMPORT = "import"
    OFFLINE = "offline"
    APOLOGY = "apology"
    MERGE = "merge"
    UNDO = "undo"
    REDO = "redo"


class MarkAction(StrEnum):
    """What a wanted change does to one cell of the attendance matrix."""

    LOCKED = "locked"
    """The seminar is signed off: the cell is left as it is."""
    UNCHANGED = "unchanged"
    """The cell already holds the wanted mark and note."""
    KEPT = "kept"
    """The change would alter a mark already taken and overwriting was not asked for."""
    RECORD = "record"
    """A mark is written into an empty cell."""
    CHANGE = "change"
    """The mark or the note of a taken cell is changed."""
    CLEAR = "clear"
    """The mark (and its note) is removed."""


@dataclass(frozen=True)
class MarkDecision:
    """What to do with one cell, and the mark and note the cell holds afterwards."""

    action: MarkAction
    status: AttendanceStatus | None
    note: str


def decide_mark(
    current: AttendanceStatus | None,
    current_note: str,
    wanted: AttendanceStatus | None,
    wanted_note: str | None,
    *,
    locked: bool,
    overwrite: bool,
    keep_status: bool = False,
) -> MarkDecision:
    """What a wanted change does to a cell holding `current` (None: no mark) and `current_note`.

    `wanted` None clears the mark (and its note); `wanted_note` None keeps the note, otherwise
    it is stripped. With `keep_status` only the note changes. A change that alters a mark
    already taken (another status, clearing it, or replacing a non-empty note) is made only
    with `overwrite`; otherwise the mark is KEPT. A signed-off seminar (`locked`) changes
    nothing. A note for a cell that has and gets no mark raises ValidationError.
    """
    if locked:
        return MarkDecision(MarkAction.LOCKED, current, current_note)
    status = current if keep_status else wanted
    note = current_note if wanted_note is None else wanted_note.strip()
    if status is None:
        if wanted_note and current is None:
            raise note_without_mark()
        note = ""
    if status == current and note == current_note:
        return MarkDecision(MarkAction.UNCHANGED, current, current_note)
    if current is None:
        return MarkDecision(MarkAction.RECORD, status, note)
    if not overwrite and (status != current or (bool(current_note) and note != current_note)):
        return MarkDecision(MarkAction.KEPT, current, current_note)
    if status is None:
        return MarkDecision(MarkAction.CLEAR, None, "")
    return MarkDecision(MarkAction.CHANGE, status, note)


def note_without_mark() -> ValidationError:
    """The refusal of a note for a cell without a mark: the note belongs to the mark."""
    return ValidationError.single(
        "note", translate("Errors", "Registrera närvaron först; anteckningen hör till markeringen.")
    )


_MARK_STRENGTH = {
    AttendanceStatus.PRESENT: 4,
    AttendanceStatus.LATE: 3,
    AttendanceStatus.EXCUSED: 2,
    AttendanceStatus.ABSENT: 1,
}

_STATUS_STRENGTH = {
    EnrollmentStatus.DECLINED: 0,
    EnrollmentStatus.APPLIED: 1,
    EnrollmentStatus.INTERVIEW_BOOKED: 1,
    EnrollmentStatus.INTERVIEWED: 1,
    EnrollmentStatus.WAITLISTED: 1,
    EnrollmentStatus.ACCEPTED: 2,
    EnrollmentStatus.WITHDRAWN: 3,
    EnrollmentStatus.ENROLLED: 4,
    EnrollmentStatus.COMPLETED: 5,
}


def seminar_held(signed_off: bool, marks: Iterable[AttendanceStatus]) -> bool:
    """Whether a seminar counts as held: it is signed off, or a mark was taken at it.

    The date alone does not decide it (a programme entered afterwards has seminars in the past
    with nothing recorded yet), and advance apologies (excused) alone do not make it held.
    """
    return signed_off or any(mark in TAKEN_AT_SEMINAR for mark in marks)


def stronger_mark(first: AttendanceStatus, second: AttendanceStatus) -> AttendanceStatus:
    """The mark that says more attendance (present > late > excused > absent); ties keep first."""
    return second if _MARK_STRENGTH[second] > _MARK_STRENGTH[first] else first


def further_status(first: EnrollmentStatus, second: EnrollmentStatus) -> EnrollmentStatus:
    """The enrolment status further along (completed > enrolled > withdrawn > accepted >
    applied); ties keep `first`. Used when two enrolments of the same person are merged."""
    return second if _STATUS_STRENGTH[second] > _STATUS_STRENGTH[first] else first


def is_visit(status: EnrollmentStatus, joined_on: dt.date | None, left_on: dt.date | None) -> bool:
    """Whether an enrolment records a one-day visit (a walk-in who did not join the cohort)."""
    return status is EnrollmentStatus.WITHDRAWN and joined_on is not None and joined_on == left_on


class EnrolmentWindow:
    """Gives a row that holds an enrolment's `status`, `joined_on` and `left_on` its `visit`."""

    status: EnrollmentStatus
    joined_on: dt.date | None
    left_on: dt.date | None

    @property
    def visit(self) -> bool:
        """Whether the enrolment records a one-day visit (a walk-in who did not join)."""
        return is_visit(self.status, self.joined_on, self.left_on)


def is_participant(
    status: EnrollmentStatus, joined_on: dt.date | None, left_on: dt.date | None
) -> bool:
    """Whether an enrolment counts as a participant of the cohort: a row of its attendance
    matrix and of "N deltagare" (enrolled, completed or withdrawn; never a visitor)."""
    return status in MATRIX_STATUSES and not is_visit(status, joined_on, left_on)

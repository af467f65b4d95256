"""Attendance-taking rules: held seminars, what a change does to a cell, merge preferences,
one-day visits."""

from __future__ import annotations

from datetime import date

import pytest

from seminarkoll.domain.attendance import (
    MarkAction,
    MarkDecision,
    decide_mark,
    further_status,
    is_visit,
    seminar_held,
    stronger_mark,
)
from seminarkoll.domain.enums import AttendanceStatus, EnrollmentStatus
from seminarkoll.domain.errors import ValidationError

P, L, E, A = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
)


@pytest.mark.parametrize(
    ("signed", "marks", "held"),
    [
        (False, [], False),
        (True, [], True),
        (False, [E, E], False),
        (False, [E, P], True),
        (False, [L], True),
        (False, [A], True),
    ],
)
def test_seminar_held(signed: bool, marks: list[AttendanceStatus], held: bool) -> None:
    assert seminar_held(signed, marks) is held


@pytest.mark.parametrize(
    ("first", "second", "best"),
    [(P, A, P), (A, P, P), (L, E, L), (E, A, E), (A, A, A), (E, L, L)],
)
def test_stronger_mark(
    first: AttendanceStatus, second: AttendanceStatus, best: AttendanceStatus
) -> None:
    assert stronger_mark(first, second) is best


@pytest.mark.parametrize(
    ("first", "second", "result"),
    [
        (EnrollmentStatus.WITHDRAWN, EnrollmentStatus.ENROLLED, EnrollmentStatus.ENROLLED),
        (EnrollmentStatus.COMPLETED, EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED),
        (EnrollmentStatus.APPLIED, EnrollmentStatus.WITHDRAWN, EnrollmentStatus.WITHDRAWN),
        (EnrollmentStatus.ACCEPTED, EnrollmentStatus.APPLIED, EnrollmentStatus.ACCEPTED),
    ],
)
def test_further_status(
    first: EnrollmentStatus, second: EnrollmentStatus, result: EnrollmentStatus
) -> None:
    assert further_status(first, second) is result


def test_is_visit() -> None:
    day = date(2017, 2, 9)
    assert is_visit(EnrollmentStatus.WITHDRAWN, day, day)
    assert not is_visit(EnrollmentStatus.WITHDRAWN, day, date(2017, 3, 1))
    assert not is_visit(EnrollmentStatus.ENROLLED, day, day)
    assert not is_visit(EnrollmentStatus.WITHDRAWN, None, None)


RECORD, CHANGE, CLEAR = MarkAction.RECORD, MarkAction.CHANGE, MarkAction.CLEAR
KEPT, UNCHANGED, LOCKED = MarkAction.KEPT, MarkAction.UNCHANGED, MarkAction.LOCKED


@pytest.mark.parametrize(
    ("cell", "wanted", "flags", "decision"),
    [
        # an empty cell takes any mark, overwrite or not; the note is stripped
        ((None, ""), (P, None), "", (RECORD, P, "")),
        ((None, ""), (L, "  Kom 13.20 "), "", (RECORD, L, "Kom 13.20")),
        ((None, ""), (None, None), "", (UNCHANGED, None, "")),
        ((None, ""), (None, ""), "", (UNCHANGED, None, "")),
        # the same mark again changes nothing; a note equal once stripped neither
        ((P, ""), (P, None), "", (UNCHANGED, P, "")),
        ((P, "Kom sent"), (P, " Kom sent "), "", (UNCHANGED, P, "Kom sent")),
        # another mark, or clearing, is kept unless overwriting; the note stays with the mark
        ((P, ""), (A, None), "", (KEPT, P, "")),
        ((P, ""), (A, None), "overwrite", (CHANGE, A, "")),
        ((E, "Sjuk"), (P, None), "overwrite", (CHANGE, P, "Sjuk")),
        ((P, ""), (None, None), "", (KEPT, P, "")),
        ((P, "Sjuk"), (None, None), "overwrite", (CLEAR, None, "")),
        ((A, ""), (None, "ny"), "overwrite", (CLEAR, None, "")),
        # a note on a mark without one is not an overwrite; replacing a note is
        ((P, ""), (P, "Kom 13.20"), "", (CHANGE, P, "Kom 13.20")),
        ((P, "Kom 13.20"), (P, "Kom 13.30"), "", (KEPT, P, "Kom 13.20")),
        ((P, "Kom 13.20"), (P, "Kom 13.30"), "overwrite", (CHANGE, P, "Kom 13.30")),
        ((P, "Kom 13.20"), (P, ""), "overwrite", (CHANGE, P, "")),
        # keep_status: only the note changes (the matrix's note editor)
        ((L, ""), (None, "Kom 13.20"), "overwrite keep_status", (CHANGE, L, "Kom 13.20")),
        (
            (L, "Kom 13.20"),
            (None, "Kom 13.20"),
            "overwrite keep_status",
            (UNCHANGED, L, "Kom 13.20"),
        ),
        ((L, "Kom 13.20"), (A, None), "overwrite keep_status", (UNCHANGED, L, "Kom 13.20")),
        # a signed-off seminar changes nothing, not even a refused note
        ((None, ""), (P, None), "locked overwrite", (LOCKED, None, "")),
        ((A, "Sjuk"), (P, "Frisk"), "locked overwrite", (LOCKED, A, "Sjuk")),
        ((None, ""), (None, "Kom sent"), "locked", (LOCKED, None, "")),
    ],
)
def test_decide_mark(
    cell: tuple[AttendanceStatus | None, str],
    wanted: tuple[AttendanceStatus | None, str | None],
    flags: str,
    decision: tuple[MarkAction, AttendanceStatus | None, str],
) -> None:
    made = decide_mark(
        *cell,
        *wanted,
        locked="locked" in flags.split(),
        overwrite="overwrite" in flags.split(),
        keep_status="keep_status" in flags.split(),
    )
    assert made == MarkDecision(*decision)


@pytest.mark.parametrize(("wanted", "keep_status"), [((None, "Kom sent"), False), ((P, "x"), True)])
def test_decide_mark_refuses_a_note_without_a_mark(
    wanted: tuple[AttendanceStatus | None, str], keep_status: bool
) -> None:
    with pytest.raises(ValidationError, match="Registrera närvaron först"):
        decide_mark(None, "", *wanted, locked=False, overwrite=True, keep_status=keep_status)

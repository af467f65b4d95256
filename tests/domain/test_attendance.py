"""Attendance-taking rules: held seminars, merge preferences, one-day visits."""

from __future__ import annotations

from datetime import date

import pytest

from seminarkoll.domain.attendance import further_status, is_visit, seminar_held, stronger_mark
from seminarkoll.domain.enums import AttendanceStatus, EnrollmentStatus

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

"""Enrolment rules: the default joining date and who is on a seminar's list."""

from __future__ import annotations

import datetime as dt

import pytest

from seminarkoll.domain.completion import ParticipantRecord, SeminarSlot
from seminarkoll.domain.enrolment import default_joining_date, on_list, signed_list_numbers
from seminarkoll.domain.enums import AttendanceStatus, EnrollmentStatus

START = dt.date(2016, 8, 22)
TODAY = dt.date(2016, 12, 1)
SLOT = SeminarSlot(id=1, number=1, date=dt.date(2016, 9, 15), held=True, signed=True)


@pytest.mark.parametrize(
    ("held", "today", "expected"),
    [
        pytest.param(False, TODAY, START, id="nothing-held-cohort-start"),
        pytest.param(True, TODAY, TODAY, id="held-today"),
        pytest.param(True, START - dt.timedelta(days=3), START, id="never-before-start"),
    ],
)
def test_default_joining_date(held: bool, today: dt.date, expected: dt.date) -> None:
    assert default_joining_date(START, held, today) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        pytest.param(ParticipantRecord(EnrollmentStatus.ENROLLED, START), True, id="expected"),
        pytest.param(ParticipantRecord(EnrollmentStatus.ENROLLED, TODAY), False, id="joined-later"),
        pytest.param(
            ParticipantRecord(
                EnrollmentStatus.ENROLLED, TODAY, marks={1: AttendanceStatus.PRESENT}
            ),
            True,
            id="marked-outside-window",
        ),
        pytest.param(ParticipantRecord(EnrollmentStatus.APPLIED, START), False, id="applicant"),
    ],
)
def test_on_list(record: ParticipantRecord, expected: bool) -> None:
    assert on_list(SLOT, record) is expected


def test_signed_list_numbers_name_changed_lists_only() -> None:
    before = {
        10: (1, frozenset({(1, None)})),
        20: (2, frozenset({(1, None)})),
        30: (3, frozenset()),
    }
    after = {10: (1, frozenset({(1, None), (2, None)})), 20: (2, frozenset({(1, None)}))}

    assert signed_list_numbers(before, after) == (1,)

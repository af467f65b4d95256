"""Group meetings in the completion rule: counted only when the programme says so, as
occasions alongside the seminars, with the same marks and the same allowance of misses."""

from __future__ import annotations

import datetime as dt

from seminarkoll.domain.completion import (
    CompletionRules,
    ParticipantRecord,
    SeminarSlot,
    evaluate,
)
from seminarkoll.domain.dates import long_date
from seminarkoll.domain.enums import AttendanceStatus, CompletionState, EnrollmentStatus

P, L, E, A = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
)
FIRST = dt.date(2024, 9, 5)
SEMINARS = tuple(
    SeminarSlot(id=n, number=n, date=FIRST + dt.timedelta(weeks=4 * (n - 1)), signed=True)
    for n in range(1, 5)
)
"""Four seminars, all signed off; the rules below ask for three of them."""
MEETINGS = tuple(
    SeminarSlot(
        id=n, number=n, date=FIRST + dt.timedelta(weeks=4 * n - 2), signed=True, meeting=True
    )
    for n in range(1, 4)
)
"""Three signed-off group meetings between the seminars; their ids repeat the seminars' ids
on purpose: meeting marks are kept apart."""
COUNTED = CompletionRules(min_attended=3, meetings_count=True)
NOT_COUNTED = CompletionRules(min_attended=3)


def record(
    seminar_marks: dict[int, AttendanceStatus],
    meeting_marks: dict[int, AttendanceStatus],
    meetings: tuple[SeminarSlot, ...] = MEETINGS,
    **window: dt.date,
) -> ParticipantRecord:
    return ParticipantRecord(
        status=EnrollmentStatus.ENROLLED,
        marks=seminar_marks,
        meetings=meetings,
        meeting_marks=meeting_marks,
        joined_on=window.get("joined_on"),
        left_on=window.get("left_on"),
    )


ALL_SEMINARS = {1: P, 2: P, 3: P, 4: P}


def test_meetings_are_ignored_unless_the_rules_count_them() -> None:
    someone = record({1: P, 2: P, 3: P, 4: A}, {1: A, 2: A, 3: A})
    result = evaluate(NOT_COUNTED, SEMINARS, someone)
    assert (result.state, result.attended, result.expected) == (CompletionState.COMPLETED, 3, 4)
    assert result.reason == "Har deltagit i 3 av 4 seminarier."


def test_counted_meetings_are_occasions_with_the_same_allowance_of_misses() -> None:
    everything = evaluate(COUNTED, SEMINARS, record(ALL_SEMINARS, {1: P, 2: L, 3: P}))
    assert (everything.state, everything.attended, everything.expected) == (
        CompletionState.COMPLETED,
        7,
        7,
    )
    assert everything.required == 6  # one miss allowed (4 seminars, 3 required), as before
    assert everything.reason == ("Har deltagit i 7 av 7 tillfällen (seminarier och gruppträffar).")
    one_meeting_missed = evaluate(COUNTED, SEMINARS, record(ALL_SEMINARS, {1: P, 2: A, 3: P}))
    assert one_meeting_missed.state is CompletionState.COMPLETED
    two_missed = evaluate(COUNTED, SEMINARS, record({1: P, 2: P, 3: P, 4: A}, {1: P, 2: A, 3: P}))
    assert (two_missed.state, two_missed.missed) == (CompletionState.CANNOT_COMPLETE, 2)
    assert two_missed.reason == (
        "Har missat 2 tillfällen (seminarier och gruppträffar); kravet är 6 av 7."
    )


def test_meeting_marks_follow_the_cohorts_mark_rules() -> None:
    excused = record(ALL_SEMINARS, {1: E, 2: E, 3: P})
    assert evaluate(COUNTED, SEMINARS, excused).state is CompletionState.CANNOT_COMPLETE
    lenient = CompletionRules(min_attended=3, meetings_count=True, excused_counts_as_attended=True)
    assert evaluate(lenient, SEMINARS, excused).state is CompletionState.COMPLETED


def test_an_unsigned_meeting_without_a_mark_is_still_open() -> None:
    open_meeting = (*MEETINGS[:2], SeminarSlot(id=3, number=3, date=MEETINGS[2].date, meeting=True))
    result = evaluate(
        COUNTED, SEMINARS, record({1: P, 2: P, 3: P, 4: A}, {1: P, 2: P}, open_meeting)
    )
    assert (result.state, result.remaining) == (CompletionState.AT_RISK, 1)
    assert result.reason == (
        f"Kan bara bli godkänd om hen deltar i gruppträffen {long_date(MEETINGS[2].date)}."
    )


def test_meetings_outside_the_participants_window_are_not_expected() -> None:
    joined = SEMINARS[2].date  # joins at seminar 3: seminars 3-4 and meeting 3 expected
    result = evaluate(COUNTED, SEMINARS, record({3: P, 4: P}, {3: P}, joined_on=joined))
    assert (result.state, result.expected, result.attended) == (CompletionState.COMPLETED, 3, 3)


def test_missed_meetings_leave_the_run_of_missed_seminars_alone() -> None:
    result = evaluate(COUNTED, SEMINARS, record({1: P, 2: A, 3: P, 4: P}, {1: A, 2: A, 3: A}))
    assert result.consecutive_absences == 1
    assert result.state is CompletionState.CANNOT_COMPLETE

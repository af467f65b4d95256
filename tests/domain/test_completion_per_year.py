"""A number of seminars per school year in the completion rule: across a cohort of two school
years, each year is judged alone as well as the whole cohort, and the worse verdict wins."""

from __future__ import annotations

import datetime as dt

import pytest

from seminarkoll.domain.completion import (
    CompletionRules,
    ParticipantRecord,
    SeminarSlot,
    evaluate,
)
from seminarkoll.domain.enums import AttendanceStatus, CompletionState, EnrollmentStatus
from seminarkoll.domain.errors import ValidationError

CODES = {"P": AttendanceStatus.PRESENT, "A": AttendanceStatus.ABSENT}
DATES = (
    dt.date(2024, 9, 5),
    dt.date(2024, 11, 7),
    dt.date(2025, 2, 6),
    dt.date(2025, 9, 4),
    dt.date(2025, 11, 6),
    dt.date(2026, 2, 5),
)
"""Three seminars in 2024/2025 and three in 2025/2026."""
PER_YEAR = CompletionRules(min_attended=4, min_per_school_year=2)


def seminars(signed: int = 6) -> tuple[SeminarSlot, ...]:
    """The six seminars, the first `signed` of them signed off."""
    return tuple(
        SeminarSlot(id=n, number=n, date=day, held=n <= signed, signed=n <= signed)
        for n, day in enumerate(DATES, start=1)
    )


def record(marks: str, joined_on: dt.date | None = None) -> ParticipantRecord:
    """Marks one character per seminar: P, A or "." for none."""
    return ParticipantRecord(
        status=EnrollmentStatus.ENROLLED,
        joined_on=joined_on,
        marks={n: CODES[c] for n, c in enumerate(marks, start=1) if c != "."},
    )


@pytest.mark.parametrize(
    ("marks", "signed", "rules", "state", "phrase"),
    [
        ("PPAPPA", 6, PER_YEAR, CompletionState.COMPLETED, "Har deltagit i 4 av 6 seminarier."),
        (
            "PPPPAA",
            6,
            PER_YEAR,
            CompletionState.CANNOT_COMPLETE,
            "Har deltagit i 1 av 2 seminarier läsåret 2025/2026, och där återstår inga seminarier.",
        ),
        (
            "PPPA..",
            4,
            PER_YEAR,
            CompletionState.AT_RISK,
            "Har deltagit i 0 av 2 seminarier läsåret 2025/2026 och klarar bara läsåret om "
            "hen deltar i alla 2 återstående seminarier.",
        ),
        (
            "PPP...",
            3,
            PER_YEAR,
            CompletionState.ON_TRACK,
            "Har deltagit i 0 av 2 seminarier läsåret 2025/2026 och behöver delta i 2 av de "
            "3 återstående där.",
        ),
        (
            "PPPAA.",
            5,
            PER_YEAR,
            CompletionState.CANNOT_COMPLETE,
            "Har deltagit i 0 av 2 seminarier läsåret 2025/2026, och där återstår bara "
            "1 seminarium.",
        ),
        (
            "PPPPAA",
            6,
            CompletionRules(min_attended=4),
            CompletionState.COMPLETED,
            "Har deltagit i 4 av 6 seminarier.",
        ),
    ],
    ids=["met", "missed-in-year-2", "at-risk-year-not-over", "on-track", "out-of-reach", "unset"],
)
def test_each_school_year_is_judged(
    marks: str, signed: int, rules: CompletionRules, state: CompletionState, phrase: str
) -> None:
    result = evaluate(rules, seminars(signed), record(marks))
    assert result.state is state
    assert phrase in result.reason
    assert "läsåret" not in result.reason or rules.min_per_school_year


def test_the_whole_cohort_still_counts_when_every_year_is_met() -> None:
    rules = CompletionRules(min_attended=5, min_per_school_year=2)
    result = evaluate(rules, seminars(), record("PPAPPA"))
    assert result.state is CompletionState.CANNOT_COMPLETE
    assert result.reason == "Har missat 2 seminarier; kravet är 5 av 6."


def test_unset_changes_nothing_in_a_single_year_cohort() -> None:
    one_year = seminars()[:3]
    for marks in ("PPP", "PAP", "AA.", "P.."):
        for signed in range(4):
            slots = seminars(signed)[:3]
            plain = evaluate(CompletionRules(min_attended=2), slots, record(marks))
            unset = evaluate(
                CompletionRules(min_attended=2, min_per_school_year=None), slots, record(marks)
            )
            assert unset == plain
    assert (
        evaluate(
            CompletionRules(min_attended=2, min_per_school_year=3), one_year, record("PPA")
        ).state
        is CompletionState.CANNOT_COMPLETE
    )


def test_a_late_joiner_is_judged_only_in_the_years_of_their_window() -> None:
    late = record("...PPA", joined_on=dt.date(2025, 8, 1))
    result = evaluate(PER_YEAR, seminars(), late)
    assert result.state is CompletionState.COMPLETED
    assert "läsåret" not in result.reason
    short = evaluate(PER_YEAR, seminars(), record("...PAA", joined_on=dt.date(2025, 8, 1)))
    assert short.state is CompletionState.CANNOT_COMPLETE
    assert "1 av 2 seminarier läsåret 2025/2026" in short.reason


def test_make_up_tasks_keep_a_short_year_within_reach() -> None:
    rules = CompletionRules(min_attended=4, min_per_school_year=2, allow_makeup=True)
    result = evaluate(rules, seminars(), record("PPPPAA"))
    assert result.state is CompletionState.AT_RISK
    assert "behöver göra minst 1 kompletteringsuppgift för att klara läsåret" in result.reason


def test_a_negative_number_per_year_is_refused() -> None:
    with pytest.raises(ValidationError):
        CompletionRules(min_per_school_year=-1)

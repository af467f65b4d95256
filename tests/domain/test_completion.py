"""Tests for the completion rules: cell states, verdicts, Swedish reasons and invariants."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seminarkoll.domain.completion import (
    CellState,
    CompletionResult,
    CompletionRules,
    ParticipantRecord,
    SeminarPhase,
    SeminarSlot,
    SeminarTotals,
    cell_state,
    column_totals,
    evaluate,
    is_expected,
    judged_alike,
    required_count,
)
from seminarkoll.domain.enums import AttendanceStatus, CompletionState, EnrollmentStatus
from seminarkoll.domain.errors import ValidationError

P, L, E, A = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
)
CODES = {"P": P, "L": L, "E": E, "A": A}
"""Mark strings: one character per seminar in number order; "." means nothing recorded."""

FIRST = dt.date(2024, 9, 5)
THEMES_OF_SEVEN = (1, 1, 2, 2, 2, 3, 3)
THEME_NAMES = {1: "Att leda sig själv", 2: "Att leda andra", 3: "Att leda verksamhet"}

DEFAULT = CompletionRules()
LATE_NOT_COUNTED = CompletionRules(late_counts_as_present=False)
EXCUSED_COUNTED = CompletionRules(excused_counts_as_attended=True)
THEMED = CompletionRules(require_each_theme=True)
THEMED_5 = CompletionRules(min_attended=5, require_each_theme=True)
FIVE = CompletionRules(min_attended=5)
MAKEUP = CompletionRules(allow_makeup=True)
THEMED_5_MAKEUP = CompletionRules(min_attended=5, require_each_theme=True, allow_makeup=True)
NOTHING_REQUIRED = CompletionRules(min_attended=0)


def day(number: int) -> dt.date:
    """The date of seminar `number` in the standard cohort (every other Thursday)."""
    return FIRST + dt.timedelta(weeks=2 * (number - 1))


def cohort(
    held: int, themes: tuple[int | None, ...] = THEMES_OF_SEVEN, *, signed: int | None = None
) -> tuple[SeminarSlot, ...]:
    """Seminars 1..len(themes) with ids 101.., the first `held` of them held and the first
    `signed` (default: every held one) signed off."""
    signed = held if signed is None else signed
    return tuple(
        SeminarSlot(
            id=100 + n,
            number=n,
            date=day(n),
            theme_id=theme,
            held=n <= max(held, signed),
            signed=n <= signed,
        )
        for n, theme in enumerate(themes, start=1)
    )


def record(
    marks: str = "",
    *,
    status: EnrollmentStatus = EnrollmentStatus.ENROLLED,
    joined_on: dt.date | None = None,
    left_on: dt.date | None = None,
    makeup: tuple[int, ...] = (),
) -> ParticipantRecord:
    return ParticipantRecord(
        status=status,
        joined_on=joined_on,
        left_on=left_on,
        marks={100 + n: CODES[c] for n, c in enumerate(marks, start=1) if c != "."},
        makeup_for={100 + n for n in makeup},
    )


@dataclass(frozen=True)
class Case:
    """One table row: marks for the standard cohort, how many seminars are held, the verdict."""

    marks: str
    held: int
    state: CompletionState
    reason: str = ""
    rules: CompletionRules = DEFAULT
    status: EnrollmentStatus = EnrollmentStatus.ENROLLED
    joined_on: dt.date | None = None
    left_on: dt.date | None = None
    makeup: tuple[int, ...] = ()

    def evaluate(self) -> CompletionResult:
        participant = record(
            self.marks,
            status=self.status,
            joined_on=self.joined_on,
            left_on=self.left_on,
            makeup=self.makeup,
        )
        return evaluate(self.rules, cohort(self.held), participant, theme_names=THEME_NAMES)


DONE, ON_TRACK, AT_RISK, CANNOT, NOT_TAKING_PART = (
    CompletionState.COMPLETED,
    CompletionState.ON_TRACK,
    CompletionState.AT_RISK,
    CompletionState.CANNOT_COMPLETE,
    CompletionState.NOT_TAKING_PART,
)

PLAIN = [
    pytest.param(
        Case("PPPPPPA", 7, DONE, "Har deltagit i 6 av 7 seminarier."), id="plain-completed"
    ),
    pytest.param(
        Case("PPPPPP.", 6, DONE, "Har deltagit i 6 av 7 seminarier."),
        id="plain-completed-before-last-seminar",
    ),
    pytest.param(
        Case(
            "PPP....",
            3,
            ON_TRACK,
            "Har deltagit i 3 av 7 seminarier och behöver delta i 3 av de 4 återstående.",
        ),
        id="plain-on-track",
    ),
    pytest.param(
        Case(
            ".......",
            0,
            ON_TRACK,
            "Har deltagit i 0 av 7 seminarier och behöver delta i 6 av de 7 återstående.",
        ),
        id="plain-nothing-held-yet",
    ),
    pytest.param(
        Case(
            "PPPA...",
            4,
            AT_RISK,
            "Kan bara bli godkänd om hen deltar i alla 3 återstående seminarier.",
        ),
        id="plain-at-risk-all-remaining",
    ),
    pytest.param(
        Case("PPPPPA.", 6, AT_RISK, "Kan bara bli godkänd om hen deltar i seminarium 7."),
        id="plain-at-risk-last-seminar",
    ),
    pytest.param(
        Case("PPAA...", 4, CANNOT, "Har missat 2 seminarier; kravet är 6 av 7."),
        id="plain-cannot-complete",
    ),
    pytest.param(
        Case(
            "PPP....",
            4,
            AT_RISK,
            "Kan bara bli godkänd om hen deltar i alla 3 återstående seminarier. "
            "Närvaro är inte registrerad för 1 genomfört seminarium.",
        ),
        id="plain-unrecorded-held-counts-as-missed",
    ),
    pytest.param(
        Case(
            "PPPP..A",
            7,
            CANNOT,
            "Har missat 3 seminarier; kravet är 6 av 7. "
            "Närvaro är inte registrerad för 2 genomförda seminarier.",
        ),
        id="plain-cannot-complete-with-unrecorded",
    ),
    pytest.param(
        Case("PPPPP.E", 5, AT_RISK, "Kan bara bli godkänd om hen deltar i seminarium 6."),
        id="plain-excused-in-advance-is-missed",
    ),
]

LATE = [
    pytest.param(Case("PPPPPLL", 7, DONE, "Har deltagit i 7 av 7 seminarier."), id="late-counts"),
    pytest.param(
        Case(
            "PPPPPLL",
            7,
            CANNOT,
            "Har missat 2 seminarier; kravet är 6 av 7.",
            rules=LATE_NOT_COUNTED,
        ),
        id="late-does-not-count",
    ),
    pytest.param(
        Case(
            "PPPPPL.",
            6,
            AT_RISK,
            "Kan bara bli godkänd om hen deltar i seminarium 7.",
            rules=LATE_NOT_COUNTED,
        ),
        id="late-does-not-count-at-risk",
    ),
]

EXCUSED = [
    pytest.param(
        Case("PPPPPEA", 7, DONE, "Har deltagit i 6 av 7 seminarier.", rules=EXCUSED_COUNTED),
        id="excused-counts",
    ),
    pytest.param(
        Case("PPPPPEA", 7, CANNOT, "Har missat 2 seminarier; kravet är 6 av 7."),
        id="excused-does-not-count",
    ),
    pytest.param(
        Case(
            "PPPE...",
            4,
            ON_TRACK,
            "Har deltagit i 4 av 7 seminarier och behöver delta i 2 av de 3 återstående.",
            rules=EXCUSED_COUNTED,
        ),
        id="excused-counts-on-track",
    ),
    pytest.param(
        Case(
            "PPPE...",
            4,
            AT_RISK,
            "Kan bara bli godkänd om hen deltar i alla 3 återstående seminarier.",
        ),
        id="excused-does-not-count-at-risk",
    ),
]

THEMES = [
    pytest.param(
        Case("PPPPPPA", 7, DONE, "Har deltagit i 6 av 7 seminarier.", rules=THEMED),
        id="theme-met",
    ),
    pytest.param(
        Case("AAPPPPP", 7, DONE, "Har deltagit i 5 av 7 seminarier.", rules=FIVE),
        id="theme-not-required",
    ),
    pytest.param(
        Case(
            "AAPPPPP",
            7,
            CANNOT,
            "Saknar seminarium inom temaområdet Att leda sig själv, "
            "och där återstår inga seminarier.",
            rules=THEMED_5,
        ),
        id="theme-unmet",
    ),
    pytest.param(
        Case(
            "AAPPPAA",
            7,
            CANNOT,
            "Har missat 4 seminarier; kravet är 5 av 7. "
            "Saknar seminarium inom temaområdena Att leda sig själv och Att leda verksamhet, "
            "och där återstår inga seminarier.",
            rules=THEMED_5,
        ),
        id="theme-unmet-and-too-few",
    ),
    pytest.param(
        Case(
            "PPPPPA.",
            6,
            AT_RISK,
            "Saknar seminarium inom temaområdet Att leda verksamhet "
            "och måste därför delta i seminarium 7.",
            rules=THEMED_5,
        ),
        id="theme-at-risk-last-in-theme",
    ),
    pytest.param(
        Case(
            "PPPPPA.",
            6,
            AT_RISK,
            "Kan bara bli godkänd om hen deltar i seminarium 7. "
            "Saknar seminarium inom temaområdet Att leda verksamhet "
            "och måste därför delta i seminarium 7.",
            rules=THEMED,
        ),
        id="theme-at-risk-and-count-tight",
    ),
    pytest.param(
        Case(
            "PPPPP..",
            5,
            ON_TRACK,
            "Har deltagit i 5 av 7 seminarier "
            "men saknar ännu seminarium inom temaområdet Att leda verksamhet.",
            rules=THEMED_5,
        ),
        id="theme-missing-but-two-left",
    ),
    pytest.param(
        Case(
            "..PPPPP",
            7,
            DONE,
            "Har deltagit i 5 av 5 seminarier.",
            rules=THEMED_5,
            joined_on=day(3),
        ),
        id="theme-before-joining-not-required",
    ),
]

MAKEUPS = [
    pytest.param(
        Case(
            "PPPPPAA",
            7,
            DONE,
            "Har deltagit i 6 av 7 seminarier, varav 1 genom kompletteringsuppgift.",
            rules=MAKEUP,
            makeup=(6,),
        ),
        id="makeup-allowed",
    ),
    pytest.param(
        Case(
            "PPPPPAA",
            7,
            CANNOT,
            "Har missat 2 seminarier; kravet är 6 av 7.",
            makeup=(6,),
        ),
        id="makeup-not-allowed",
    ),
    pytest.param(
        Case(
            "PPPPPAA",
            7,
            AT_RISK,
            "Behöver göra minst 1 kompletteringsuppgift för att bli godkänd.",
            rules=MAKEUP,
        ),
        id="makeup-allowed-none-done",
    ),
    pytest.param(
        Case(
            "PPAA...",
            4,
            AT_RISK,
            "Behöver göra minst 1 kompletteringsuppgift för att bli godkänd, "
            "även om hen deltar i alla 3 återstående seminarier.",
            rules=MAKEUP,
        ),
        id="makeup-needed-besides-remaining",
    ),
    pytest.param(
        Case(
            "AAAAA.A",
            5,
            AT_RISK,
            "Behöver göra minst 5 kompletteringsuppgifter för att bli godkänd, "
            "även om hen deltar i seminarium 6.",
            rules=MAKEUP,
        ),
        id="makeup-many-needed",
    ),
    pytest.param(
        Case(
            "PPPPPEA",
            7,
            DONE,
            "Har deltagit i 6 av 7 seminarier, varav 1 genom kompletteringsuppgift.",
            rules=MAKEUP,
            makeup=(6,),
        ),
        id="makeup-for-excused",
    ),
    pytest.param(
        Case(
            "PPPPP.A",
            7,
            DONE,
            "Har deltagit i 6 av 7 seminarier, varav 1 genom kompletteringsuppgift.",
            rules=MAKEUP,
            makeup=(6,),
        ),
        id="makeup-for-unrecorded",
    ),
    pytest.param(
        Case(
            "PPPPPAA",
            7,
            AT_RISK,
            "Behöver göra minst 1 kompletteringsuppgift för att bli godkänd.",
            rules=MAKEUP,
            makeup=(1,),
        ),
        id="makeup-for-present-seminar-adds-nothing",
    ),
    pytest.param(
        Case(
            "AAPPPPP",
            7,
            DONE,
            "Har deltagit i 6 av 7 seminarier, varav 1 genom kompletteringsuppgift.",
            rules=THEMED_5_MAKEUP,
            makeup=(2,),
        ),
        id="makeup-covers-theme",
    ),
    pytest.param(
        Case(
            "AAPPPPP",
            7,
            AT_RISK,
            "Behöver göra minst 1 kompletteringsuppgift för att bli godkänd. "
            "Saknar seminarium inom temaområdet Att leda sig själv.",
            rules=THEMED_5_MAKEUP,
        ),
        id="makeup-needed-for-theme",
    ),
]

JOINERS = [
    pytest.param(
        Case("..PPPPA", 7, DONE, "Har deltagit i 4 av 5 seminarier.", joined_on=day(3)),
        id="joiner-completed-with-same-allowance",
    ),
    pytest.param(
        Case(
            "PPPPAA.",
            6,
            CANNOT,
            "Har missat 2 seminarier; kravet är 4 av 5.",
            joined_on=day(3),
        ),
        id="joiner-marks-before-joining-ignored",
    ),
    pytest.param(
        Case(
            "PP.....",
            2,
            ON_TRACK,
            "Har deltagit i 0 av 5 seminarier och behöver delta i 4 av de 5 återstående.",
            joined_on=day(2) + dt.timedelta(days=1),
        ),
        id="joiner-between-seminars",
    ),
    pytest.param(
        Case(
            "......",
            6,
            AT_RISK,
            "Kan bara bli godkänd om hen deltar i seminarium 7.",
            joined_on=day(7),
        ),
        id="joiner-for-last-seminar-must-attend-it",
    ),
    pytest.param(
        Case(
            ".......",
            7,
            NOT_TAKING_PART,
            "Inga seminarier infaller under deltagandeperioden.",
            joined_on=day(7) + dt.timedelta(days=1),
        ),
        id="joiner-after-last-seminar",
    ),
    pytest.param(
        Case(".......", 0, DONE, "Har deltagit i 0 av 7 seminarier.", rules=NOTHING_REQUIRED),
        id="nothing-required",
    ),
]

STATUSES = [
    pytest.param(
        Case(
            "PPPPP..",
            5,
            NOT_TAKING_PART,
            "Avbröt 3 november 2024.",
            status=EnrollmentStatus.WITHDRAWN,
            left_on=dt.date(2024, 11, 3),
        ),
        id="withdrawn-with-date",
    ),
    pytest.param(
        Case(
            "PPPPPPP",
            7,
            NOT_TAKING_PART,
            "Har avbrutit.",
            status=EnrollmentStatus.WITHDRAWN,
        ),
        id="withdrawn-without-date",
    ),
    pytest.param(
        Case(
            "PPPPPPP",
            7,
            NOT_TAKING_PART,
            "Har ansökt men är inte antagen.",
            status=EnrollmentStatus.APPLIED,
        ),
        id="applied",
    ),
    pytest.param(
        Case(
            ".......",
            0,
            NOT_TAKING_PART,
            "Är antagen men ännu inte inskriven i omgången.",
            status=EnrollmentStatus.ACCEPTED,
        ),
        id="accepted-not-enrolled",
    ),
    pytest.param(
        Case(
            "PPPAAAA",
            7,
            CANNOT,
            "Har missat 4 seminarier; kravet är 6 av 7.",
            status=EnrollmentStatus.COMPLETED,
        ),
        id="marked-completed-is-still-judged-by-rules",
    ),
]


@pytest.mark.parametrize("case", [*PLAIN, *LATE, *EXCUSED, *THEMES, *MAKEUPS, *JOINERS, *STATUSES])
def test_state_and_reason(case: Case) -> None:
    result = case.evaluate()

    assert (result.state, result.reason) == (case.state, case.reason)


@pytest.mark.parametrize(
    ("case", "counts"),
    [
        pytest.param(
            Case("PPPA..E", 4, CANNOT),
            {"attended": 3, "expected": 7, "required": 6, "remaining": 2, "missed": 2},
            id="advance-excuse-is-not-remaining",
        ),
        pytest.param(
            Case("P.PP...", 4, AT_RISK),
            {"attended": 3, "missed": 1, "unrecorded": 1, "remaining": 3},
            id="unrecorded",
        ),
        pytest.param(
            Case("PPPPPPP", 0, DONE),
            {"attended": 7, "remaining": 0},
            id="marks-count-before-held",
        ),
        pytest.param(
            Case("PAAPPPP", 7, DONE, rules=MAKEUP, makeup=(2, 3)),
            {"attended": 7, "made_up": 2, "missed": 0},
            id="made-up",
        ),
        pytest.param(
            Case("PAAPPPP", 7, CANNOT, makeup=(2, 3)),
            {"attended": 5, "made_up": 0, "missed": 2},
            id="made-up-ignored-when-not-allowed",
        ),
        pytest.param(
            Case("..PPP..", 5, ON_TRACK, joined_on=day(3)),
            {"expected": 5, "required": 4},
            id="joiner-keeps-allowance",
        ),
        pytest.param(
            Case("PPPPPPP", 7, NOT_TAKING_PART, status=EnrollmentStatus.WITHDRAWN, left_on=day(5)),
            {"expected": 5, "attended": 5, "required": 4},
            id="leaver-window-includes-leaving-day",
        ),
        pytest.param(
            Case("PPPPPPP", 7, NOT_TAKING_PART, status=EnrollmentStatus.APPLIED),
            {"expected": 0, "attended": 0, "required": 0},
            id="applicant-expected-nowhere",
        ),
    ],
)
def test_counts(case: Case, counts: dict[str, int]) -> None:
    result = case.evaluate()

    assert result.state == case.state
    assert {name: getattr(result, name) for name in counts} == counts


@pytest.mark.parametrize(
    ("rules", "themes", "marks", "missing"),
    [
        pytest.param(THEMED, THEMES_OF_SEVEN, "AAPAPAA", (1, 3), id="two-missing-in-order"),
        pytest.param(THEMED, THEMES_OF_SEVEN, "PAPAPPA", (), id="all-covered"),
        pytest.param(THEMED, THEMES_OF_SEVEN, ".......", (1, 2, 3), id="nothing-held"),
        pytest.param(DEFAULT, THEMES_OF_SEVEN, "AAPAPAA", (), id="not-required"),
        pytest.param(THEMED, (None,) * 7, "AAPAPAA", (), id="seminars-without-theme"),
    ],
)
def test_missing_themes(
    rules: CompletionRules, themes: tuple[int | None, ...], marks: str, missing: tuple[int, ...]
) -> None:
    result = evaluate(rules, cohort(7, themes), record(marks))

    assert result.missing_themes == missing


def test_theme_ids_stand_in_for_missing_names() -> None:
    result = evaluate(THEMED_5, cohort(7), record("AAPPPPP"))

    assert (
        result.reason == "Saknar seminarium inom temaområdet 1, och där återstår inga seminarier."
    )


def test_three_theme_names_are_listed_in_swedish() -> None:
    result = evaluate(
        CompletionRules(min_attended=0, require_each_theme=True),
        cohort(0),
        record(),
        theme_names=THEME_NAMES,
    )

    assert result.reason == (
        "Har deltagit i 0 av 7 seminarier men saknar ännu seminarium inom temaområdena "
        "Att leda sig själv, Att leda andra och Att leda verksamhet."
    )


@pytest.mark.parametrize(
    ("marks", "held", "rules", "makeup", "run"),
    [
        pytest.param("PAAPPPP", 7, DEFAULT, (), 2, id="two-absences-in-a-row"),
        pytest.param("PAAAPPP", 7, DEFAULT, (), 3, id="three-in-a-row"),
        pytest.param("PAPAPAP", 7, DEFAULT, (), 1, id="scattered-absences"),
        pytest.param("PPPPPPP", 7, DEFAULT, (), 0, id="no-absences"),
        pytest.param("PAEPPPP", 7, DEFAULT, (), 2, id="uncounted-excuse-continues-run"),
        pytest.param("PAEPPPP", 7, EXCUSED_COUNTED, (), 1, id="counted-excuse-breaks-run"),
        pytest.param("PALPPPP", 7, LATE_NOT_COUNTED, (), 2, id="uncounted-late-continues-run"),
        pytest.param("PALPPPP", 7, DEFAULT, (), 1, id="counted-late-breaks-run"),
        pytest.param("PA.APPP", 7, DEFAULT, (), 1, id="unrecorded-breaks-run"),
        pytest.param("PAAPPPP", 7, MAKEUP, (3,), 1, id="made-up-breaks-run"),
        pytest.param("PAAPPPP", 7, DEFAULT, (3,), 2, id="make-up-ignored-when-not-allowed"),
        pytest.param("PPPPPEE", 5, DEFAULT, (), 0, id="advance-excuses-not-in-run"),
    ],
)
def test_consecutive_absences(
    marks: str, held: int, rules: CompletionRules, makeup: tuple[int, ...], run: int
) -> None:
    result = evaluate(rules, cohort(held), record(marks, makeup=makeup))

    assert (result.consecutive_absences, result.flag_consecutive) == (run, run >= 2)


def test_consecutive_absences_follow_dates_not_list_order() -> None:
    seminars = cohort(7)
    shuffled = (seminars[1], seminars[5], seminars[0], seminars[2], *seminars[3:5], seminars[6])

    result = evaluate(DEFAULT, shuffled, record("PAAPPPP"))

    assert result.consecutive_absences == 2


def test_consecutive_absences_skip_seminars_outside_window() -> None:
    result = evaluate(DEFAULT, cohort(7), record("AAPAPPP", joined_on=day(3)))

    assert result.consecutive_absences == 1


@pytest.mark.parametrize(
    ("held", "mark", "participant", "expected"),
    [
        pytest.param(True, P, {}, CellState.PRESENT, id="present"),
        pytest.param(True, L, {}, CellState.LATE, id="late"),
        pytest.param(True, E, {}, CellState.EXCUSED, id="excused"),
        pytest.param(True, A, {}, CellState.ABSENT, id="absent"),
        pytest.param(True, None, {}, CellState.UNRECORDED, id="signed-nothing-recorded"),
        pytest.param(False, None, {}, CellState.NOT_YET_HELD, id="not-yet-held"),
        pytest.param(False, E, {}, CellState.EXCUSED, id="excused-in-advance"),
        pytest.param(
            True,
            P,
            {"joined_on": day(4) + dt.timedelta(days=1)},
            CellState.NOT_EXPECTED,
            id="before-joining-mark-hidden",
        ),
        pytest.param(True, P, {"joined_on": day(4)}, CellState.PRESENT, id="on-joining-day"),
        pytest.param(
            True,
            None,
            {"left_on": day(4) - dt.timedelta(days=1)},
            CellState.NOT_EXPECTED,
            id="after-leaving",
        ),
        pytest.param(True, A, {"left_on": day(4)}, CellState.ABSENT, id="on-leaving-day"),
        pytest.param(
            True,
            A,
            {"status": EnrollmentStatus.WITHDRAWN, "left_on": day(5)},
            CellState.ABSENT,
            id="withdrawn-inside-window",
        ),
        pytest.param(
            True, P, {"status": EnrollmentStatus.APPLIED}, CellState.NOT_EXPECTED, id="applied"
        ),
        pytest.param(
            False,
            None,
            {"status": EnrollmentStatus.ACCEPTED},
            CellState.NOT_EXPECTED,
            id="accepted",
        ),
    ],
)
def test_cell_state(
    held: bool,
    mark: AttendanceStatus | None,
    participant: dict[str, Any],
    expected: CellState,
) -> None:
    slot = SeminarSlot(id=7, number=4, date=day(4), theme_id=None, held=held, signed=held)
    base = ParticipantRecord(status=EnrollmentStatus.ENROLLED, marks={7: mark} if mark else {})

    assert cell_state(slot, replace(base, **participant)) == expected


ATTENDED, MISSED, PENDING = "attended", "missed", "pending"
PHASE_SLOTS = {
    SeminarPhase.NOT_HELD: {"held": False, "signed": False},
    SeminarPhase.MARKING: {"held": True, "signed": False},
    SeminarPhase.SIGNED: {"held": True, "signed": True},
}


@pytest.mark.parametrize(
    ("phase", "mark", "cell", "counts_as", "verdict"),
    [
        (SeminarPhase.NOT_HELD, None, CellState.NOT_YET_HELD, PENDING, ON_TRACK),
        (SeminarPhase.NOT_HELD, P, CellState.PRESENT, ATTENDED, ON_TRACK),
        (SeminarPhase.NOT_HELD, L, CellState.LATE, ATTENDED, ON_TRACK),
        (SeminarPhase.NOT_HELD, E, CellState.EXCUSED, MISSED, AT_RISK),
        (SeminarPhase.NOT_HELD, A, CellState.ABSENT, MISSED, AT_RISK),
        (SeminarPhase.MARKING, None, CellState.PENDING, PENDING, ON_TRACK),
        (SeminarPhase.MARKING, P, CellState.PRESENT, ATTENDED, ON_TRACK),
        (SeminarPhase.MARKING, L, CellState.LATE, ATTENDED, ON_TRACK),
        (SeminarPhase.MARKING, E, CellState.EXCUSED, MISSED, AT_RISK),
        (SeminarPhase.MARKING, A, CellState.ABSENT, MISSED, AT_RISK),
        (SeminarPhase.SIGNED, None, CellState.UNRECORDED, MISSED, AT_RISK),
        (SeminarPhase.SIGNED, P, CellState.PRESENT, ATTENDED, ON_TRACK),
        (SeminarPhase.SIGNED, L, CellState.LATE, ATTENDED, ON_TRACK),
        (SeminarPhase.SIGNED, E, CellState.EXCUSED, MISSED, AT_RISK),
        (SeminarPhase.SIGNED, A, CellState.ABSENT, MISSED, AT_RISK),
    ],
    ids=lambda value: getattr(value, "value", value) or "unmarked",
)
def test_cell_verdict_by_seminar_phase(
    phase: SeminarPhase,
    mark: AttendanceStatus | None,
    cell: CellState,
    counts_as: str,
    verdict: CompletionState,
) -> None:
    """Seminars 1-4 signed (present at all), seminar 5 in `phase` with `mark`, 6-7 not held:
    an unmarked cell is missed only once its seminar is signed off."""
    seminars = tuple(
        replace(slot, **PHASE_SLOTS[phase]) if slot.number == 5 else slot for slot in cohort(4)
    )
    fifth = seminars[4]
    code = {status: letter for letter, status in CODES.items()}
    participant = record("PPPP" + (code[mark] if mark else "."))

    result = evaluate(DEFAULT, seminars, participant)

    assert fifth.phase is phase
    assert cell_state(fifth, participant) is cell
    assert (result.attended, result.missed, result.remaining) == {
        ATTENDED: (5, 0, 2),
        MISSED: (4, 1, 2),
        PENDING: (4, 0, 3),
    }[counts_as]
    assert result.state is verdict
    assert result.unrecorded == (1 if cell is CellState.UNRECORDED else 0)


def test_column_totals_count_cells_per_seminar() -> None:
    seminars = cohort(1, themes=(None, None))
    records = [
        record("P."),
        record("LE"),
        record("A."),
        record(".."),
        record("PP", joined_on=day(2)),
        record("PP", status=EnrollmentStatus.APPLIED),
    ]

    cells = [tuple(cell_state(slot, r) for slot in seminars) for r in records]

    assert column_totals(2, cells) == (
        SeminarTotals(expected=4, present=1, late=1, excused=0, absent=1, unrecorded=1),
        SeminarTotals(expected=5, present=1, late=0, excused=1, absent=0, unrecorded=0),
    )
    assert column_totals(2, cells, [0, 3])[1].visitors == 3


@pytest.mark.parametrize(
    ("rules", "total", "expected", "required"),
    [
        pytest.param(DEFAULT, 7, 7, 6, id="everyone"),
        pytest.param(DEFAULT, 7, 5, 4, id="late-joiner-same-allowance"),
        pytest.param(DEFAULT, 7, 1, 1, id="tiny-window-needs-one"),
        pytest.param(DEFAULT, 7, 0, 0, id="empty-window"),
        pytest.param(CompletionRules(min_attended=9), 7, 7, 7, id="more-than-total"),
        pytest.param(NOTHING_REQUIRED, 7, 7, 0, id="nothing-required"),
    ],
)
def test_required_count(rules: CompletionRules, total: int, expected: int, required: int) -> None:
    assert required_count(rules, total, expected) == required


def test_negative_minimum_is_rejected() -> None:
    with pytest.raises(ValidationError) as caught:
        CompletionRules(min_attended=-1)

    assert caught.value.for_field("min_attended") is not None


def test_leaving_before_joining_is_rejected() -> None:
    with pytest.raises(ValidationError) as caught:
        record(joined_on=day(3), left_on=day(2))

    assert caught.value.for_field("left_on") is not None


def test_record_keeps_its_own_copy_of_marks() -> None:
    marks = {101: P}
    participant = ParticipantRecord(status=EnrollmentStatus.ENROLLED, marks=marks)
    marks[101] = A

    assert participant.marks == {101: P}
    with pytest.raises(TypeError):
        participant.marks[101] = A  # type: ignore[index]


# Invariants over random cohorts, participants and rules.

RANK = {CANNOT: 0, AT_RISK: 1, ON_TRACK: 2, DONE: 3}


@st.composite
def scenarios(
    draw: st.DrawFn,
) -> tuple[CompletionRules, tuple[SeminarSlot, ...], ParticipantRecord]:
    count = draw(st.integers(1, 8))
    themes = tuple(draw(st.lists(st.sampled_from((None, 1, 2, 3)), min_size=count, max_size=count)))
    held = draw(st.integers(0, count))
    seminars = cohort(held, themes, signed=draw(st.integers(0, held)))
    ids = [slot.id for slot in seminars]
    window_edges = st.none() | st.integers(0, 2 * count + 1).map(
        lambda week: FIRST + dt.timedelta(weeks=week - 1)
    )
    joined_on, left_on = draw(window_edges), draw(window_edges)
    if joined_on and left_on and left_on < joined_on:
        joined_on, left_on = left_on, joined_on
    participant = ParticipantRecord(
        status=draw(st.sampled_from(EnrollmentStatus)),
        joined_on=joined_on,
        left_on=left_on,
        marks=draw(st.dictionaries(st.sampled_from(ids), st.sampled_from(AttendanceStatus))),
        makeup_for=draw(st.frozensets(st.sampled_from(ids))),
    )
    rules = CompletionRules(
        min_attended=draw(st.integers(0, count + 1)),
        late_counts_as_present=draw(st.booleans()),
        excused_counts_as_attended=draw(st.booleans()),
        require_each_theme=draw(st.booleans()),
        allow_makeup=draw(st.booleans()),
    )
    return rules, seminars, participant


def with_marks(
    participant: ParticipantRecord, changes: dict[int, AttendanceStatus]
) -> ParticipantRecord:
    return replace(participant, marks={**participant.marks, **changes})


def remaining_ids(seminars: tuple[SeminarSlot, ...], participant: ParticipantRecord) -> list[int]:
    open_cells = {CellState.NOT_YET_HELD, CellState.PENDING}
    return [slot.id for slot in seminars if cell_state(slot, participant) in open_cells]


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_counts_add_up(
    scenario: tuple[CompletionRules, tuple[SeminarSlot, ...], ParticipantRecord],
) -> None:
    rules, seminars, participant = scenario
    result = evaluate(rules, seminars, participant)

    assert result.attended + result.missed + result.remaining == result.expected
    assert result.expected == sum(is_expected(slot, participant) for slot in seminars)
    assert result.required <= min(result.expected, rules.min_attended)
    assert result.unrecorded <= result.missed
    assert result.made_up <= result.attended
    assert result.consecutive_absences <= result.missed
    assert result.flag_consecutive == (result.consecutive_absences >= 2)
    assert result.remaining == len(remaining_ids(seminars, participant))


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_state_matches_counts(
    scenario: tuple[CompletionRules, tuple[SeminarSlot, ...], ParticipantRecord],
) -> None:
    rules, seminars, participant = scenario
    result = evaluate(rules, seminars, participant)

    not_taking_part = (
        participant.status
        in {EnrollmentStatus.APPLIED, EnrollmentStatus.ACCEPTED, EnrollmentStatus.WITHDRAWN}
        or result.expected == 0
    )
    assert (result.state is NOT_TAKING_PART) == not_taking_part
    if result.state is DONE:
        assert result.attended >= result.required
        assert result.missing_themes == ()
    if rules.allow_makeup:
        assert result.state is not CANNOT
    assert result.reason.endswith(".")


@settings(max_examples=150, deadline=None)
@given(scenarios(), st.data())
def test_adding_present_never_makes_state_worse(
    scenario: tuple[CompletionRules, tuple[SeminarSlot, ...], ParticipantRecord],
    data: st.DataObject,
) -> None:
    rules, seminars, participant = scenario
    slot = data.draw(st.sampled_from(seminars))
    before = evaluate(rules, seminars, participant).state

    after = evaluate(rules, seminars, with_marks(participant, {slot.id: P})).state

    if before is NOT_TAKING_PART:
        assert after is NOT_TAKING_PART
    else:
        assert RANK[after] >= RANK[before]


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_on_track_survives_missing_any_one_remaining_seminar(
    scenario: tuple[CompletionRules, tuple[SeminarSlot, ...], ParticipantRecord],
) -> None:
    rules, seminars, participant = scenario
    if evaluate(rules, seminars, participant).state is not ON_TRACK:
        return

    for seminar_id in remaining_ids(seminars, participant):
        missed_one = replace(
            with_marks(participant, {seminar_id: A}),
            makeup_for=participant.makeup_for - {seminar_id},
        )
        assert evaluate(rules, seminars, missed_one).state in {ON_TRACK, AT_RISK}


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_attending_all_remaining_decides_between_risk_and_cannot(
    scenario: tuple[CompletionRules, tuple[SeminarSlot, ...], ParticipantRecord],
) -> None:
    rules, seminars, participant = replace_rules(scenario, allow_makeup=False)
    before = evaluate(rules, seminars, participant).state
    everything = with_marks(participant, dict.fromkeys(remaining_ids(seminars, participant), P))

    after = evaluate(rules, seminars, everything).state

    if before in {ON_TRACK, AT_RISK}:
        assert after is DONE
    if before is CANNOT:
        assert after is CANNOT


@settings(max_examples=150, deadline=None)
@given(scenarios())
def test_at_risk_means_some_remaining_seminar_is_indispensable(
    scenario: tuple[CompletionRules, tuple[SeminarSlot, ...], ParticipantRecord],
) -> None:
    rules, seminars, participant = replace_rules(scenario, allow_makeup=False)
    if evaluate(rules, seminars, participant).state is not AT_RISK:
        return

    outcomes = {
        evaluate(rules, seminars, with_marks(participant, {seminar_id: A})).state
        for seminar_id in remaining_ids(seminars, participant)
    }
    assert CANNOT in outcomes


def replace_rules(
    scenario: tuple[CompletionRules, tuple[SeminarSlot, ...], ParticipantRecord],
    **changes: bool,
) -> tuple[CompletionRules, tuple[SeminarSlot, ...], ParticipantRecord]:
    rules, seminars, participant = scenario
    return replace(rules, **changes), seminars, participant


@settings(max_examples=150, deadline=None)
@given(scenarios(), st.data())
def test_others_marks_never_change_a_verdict(
    scenario: tuple[CompletionRules, tuple[SeminarSlot, ...], ParticipantRecord],
    data: st.DataObject,
) -> None:
    """Marking someone else makes an unsigned seminar held; this participant's verdict, counts,
    reason and run of absences stay exactly the same."""
    rules, seminars, participant = scenario
    unsigned = [slot for slot in seminars if not slot.signed]
    if not unsigned:
        return
    slot = data.draw(st.sampled_from(unsigned))
    toggled = tuple(replace(s, held=not s.held) if s == slot else s for s in seminars)

    assert evaluate(rules, toggled, participant) == evaluate(rules, seminars, participant)


@pytest.mark.parametrize(
    "rules", [DEFAULT, LATE_NOT_COUNTED, EXCUSED_COUNTED, THEMED, MAKEUP], ids=repr
)
def test_marks_judged_alike_get_the_same_verdict(rules: CompletionRules) -> None:
    """Every pattern of marks over four seminars (two signed, one being marked, one ahead):
    patterns `judged_alike` puts together get one verdict, so the matrix may evaluate one."""
    seminars = cohort(3, (1, 2, 3, None), signed=2)
    verdicts: dict[object, CompletionResult] = {}
    patterns = [""]
    for _ in seminars:
        patterns = [p + code for p in patterns for code in ".PLEA"]
    for marks in patterns:
        participant = record(marks, makeup=(1,))
        verdict = evaluate(rules, seminars, participant, theme_names=THEME_NAMES)
        assert verdicts.setdefault(judged_alike(rules, participant.marks), verdict) == verdict
    assert len(verdicts) == 4**4  # of 5**4 patterns: late is judged as present or as absent
    assert (judged_alike(rules, {1: P}) == judged_alike(rules, {1: L})) is rules.counts(L)

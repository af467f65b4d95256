"""One definition per figure: a seminar's counts and rate, participants, visitors, make-ups."""

from __future__ import annotations

import datetime as dt

from seminarkoll.domain.attendance import is_participant
from seminarkoll.domain.catalog import participant_counts, schedule_totals
from seminarkoll.domain.completion import (
    CellState,
    ParticipantRecord,
    SeminarSlot,
    SeminarTotals,
    is_expected,
    shows_makeup,
    tally,
)
from seminarkoll.domain.enums import AttendanceStatus, CompletionState, EnrollmentStatus
from seminarkoll.domain.exports import MADE_UP_WORD, VISITOR_WORD, MatrixEntry, RosterEntry

DAY = dt.date(2016, 9, 15)
SLOT = SeminarSlot(id=1, number=1, date=DAY, held=True, signed=True)
ENROLLED, WITHDRAWN = EnrollmentStatus.ENROLLED, EnrollmentStatus.WITHDRAWN


def test_tally_counts_each_cell_once_and_derives_attended_and_rate() -> None:
    cells = [
        CellState.PRESENT,
        CellState.PRESENT,
        CellState.LATE,
        CellState.EXCUSED,
        CellState.ABSENT,
        CellState.UNRECORDED,
        CellState.PENDING,
        CellState.NOT_EXPECTED,
    ]
    totals = tally(cells, visitors=2)

    assert totals == SeminarTotals(
        expected=7, present=2, late=1, excused=1, absent=1, unrecorded=1, pending=1, visitors=2
    )
    assert (totals.attended, totals.marked) == (3, 5)
    assert totals.rate == 3 / 7
    assert tally([]).rate is None


def test_a_visitor_is_never_expected_nor_counted() -> None:
    visitor = ParticipantRecord(WITHDRAWN, DAY, DAY, {1: AttendanceStatus.PRESENT})

    assert visitor.visit
    assert not is_expected(SLOT, visitor)
    assert not is_participant(visitor.status, visitor.joined_on, visitor.left_on)
    rows = [(1, WITHDRAWN, DAY, DAY), (2, ENROLLED, DAY, None)]
    marks = [(1, 1, AttendanceStatus.PRESENT), (2, 1, AttendanceStatus.PRESENT)]
    assert schedule_totals([SLOT], rows, marks) == {1: tally([CellState.PRESENT], visitors=1)}


def test_participants_are_the_matrix_rows_withdrawn_included_visitors_not() -> None:
    groups = [
        (7, ENROLLED, None, None, 18),
        (7, EnrollmentStatus.COMPLETED, None, None, 2),
        (7, WITHDRAWN, DAY, dt.date(2016, 10, 20), 1),
        (7, WITHDRAWN, DAY, DAY, 2),
        (7, EnrollmentStatus.APPLIED, None, None, 5),
    ]

    assert participant_counts(groups) == {7: (21, 1)}


def test_a_made_up_seminar_is_never_exported_as_absent() -> None:
    entry = MatrixEntry(
        enrollment_id=1,
        first_name="Maja",
        last_name="Andersson",
        workplace="",
        groups=(),
        status=ENROLLED,
        cells=(CellState.ABSENT, CellState.ABSENT, CellState.PRESENT),
        attended=1,
        required=1,
        state=CompletionState.COMPLETED,
        reason="",
        made_up=(True, False, True),
    )

    assert entry.cell_words == (MADE_UP_WORD, "Frånvarande", "Närvarande")
    assert shows_makeup(CellState.EXCUSED, True)
    assert not shows_makeup(CellState.PRESENT, True)


def test_a_visitor_in_the_roster_is_a_visitor() -> None:
    def entry(joined: dt.date, left: dt.date) -> RosterEntry:
        return RosterEntry(1, "Vera", "Besök", "", "", "", "", (), WITHDRAWN, joined, left)

    assert entry(DAY, DAY).status_word == VISITOR_WORD
    assert entry(DAY, dt.date(2016, 10, 20)).status_word == "Avbrutit"

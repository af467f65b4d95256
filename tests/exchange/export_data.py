"""Small, hand-made export data for testing the writers without a database."""

from __future__ import annotations

from datetime import date, datetime, time

from seminarkoll.domain.completion import CellState, SeminarTotals
from seminarkoll.domain.enums import AttendanceStatus, CompletionState, EnrollmentStatus
from seminarkoll.domain.exports import (
    AttendanceExport,
    CohortExport,
    ExportHeading,
    MatrixEntry,
    MatrixSeminar,
    RosterEntry,
    RosterExport,
    ScheduleEntry,
    ScheduleExport,
    SignInEntry,
    SignInExport,
)

HEADING = ExportHeading(
    cohort_id=7,
    programme_name="Ledare på lut",
    cohort_name="Omgång 3",
    school_year="2016/2017",
    created_at=datetime(2017, 1, 20, 14, 5),
)

ROSTER = RosterExport(
    HEADING,
    (
        RosterEntry(
            enrollment_id=11,
            first_name="Östen",
            last_name="Magnusson",
            workplace="Torsboskolan",
            role="Lärare",
            email="osten@example.se",
            phone="0520-123 45",
            groups=("Samtalsgrupp B",),
            status=EnrollmentStatus.ENROLLED,
            joined_on=date(2016, 8, 22),
            left_on=None,
        ),
        RosterEntry(
            enrollment_id=12,
            first_name="Åsa",
            last_name="Åberg",
            workplace="Björnens förskola",
            role="=Förskollärare",
            email="asa@example.se",
            phone="",
            groups=(),
            status=EnrollmentStatus.WITHDRAWN,
            joined_on=date(2016, 8, 22),
            left_on=date(2016, 10, 20),
        ),
        RosterEntry(
            enrollment_id=13,
            first_name="Zlatan",
            last_name="Ali",
            workplace="",
            role="",
            email="",
            phone="070",
            groups=("A", "B"),
            status=EnrollmentStatus.APPLIED,
            joined_on=None,
            left_on=None,
        ),
    ),
)

SEMINARS = (
    ScheduleEntry(
        seminar_id=101,
        number=1,
        date=date(2016, 9, 15),
        start_time=time(13),
        end_time=time(16),
        title="Uppstart",
        theme_name="Skolledarskapet",
        location="Kunskapens hus",
        lecturers=("Eva Lindberg (Förvaltningschef)",),
    ),
    ScheduleEntry(
        seminar_id=102,
        number=2,
        date=date(2016, 10, 13),
        start_time=None,
        end_time=None,
        title="Ekonomi",
        theme_name="",
        location="",
        lecturers=("Per Holm", "Eva Lindberg"),
    ),
)

SCHEDULE = ScheduleExport(HEADING, SEMINARS)

MATRIX = AttendanceExport(
    heading=HEADING,
    min_attended=1,
    seminars=(
        MatrixSeminar(101, 1, "Uppstart", date(2016, 9, 15), "Skolledarskapet", True, True),
        MatrixSeminar(102, 2, "Ekonomi", date(2016, 10, 13), "", False, False),
    ),
    entries=(
        MatrixEntry(
            enrollment_id=11,
            first_name="Östen",
            last_name="Magnusson",
            workplace="Torsboskolan",
            groups=("Samtalsgrupp B",),
            status=EnrollmentStatus.ENROLLED,
            cells=(CellState.PRESENT, CellState.NOT_YET_HELD),
            attended=1,
            required=1,
            state=CompletionState.COMPLETED,
            reason="Har deltagit i 1 av 2 seminarier.",
        ),
        MatrixEntry(
            enrollment_id=12,
            first_name="Åsa",
            last_name="Åberg",
            workplace="Björnens förskola",
            groups=(),
            status=EnrollmentStatus.WITHDRAWN,
            cells=(CellState.UNRECORDED, CellState.NOT_EXPECTED),
            attended=0,
            required=1,
            state=CompletionState.NOT_TAKING_PART,
            reason="Avbröt 2016-10-01.",
        ),
    ),
    totals=(
        SeminarTotals(expected=2, present=1, late=0, excused=0, absent=0, unrecorded=1),
        SeminarTotals(expected=1, present=0, late=0, excused=0, absent=0, unrecorded=0),
    ),
)

SIGNIN = SignInExport(
    heading=HEADING,
    seminar=SEMINARS[0],
    signed_off=False,
    entries=(
        SignInEntry(
            enrollment_id=12,
            first_name="Åsa",
            last_name="Åberg",
            workplace="Björnens förskola",
            role="Förskollärare",
            groups=(),
            status=AttendanceStatus.EXCUSED,
            note="Sjuk",
        ),
        SignInEntry(
            enrollment_id=11,
            first_name="Östen",
            last_name="Magnusson",
            workplace="Torsboskolan",
            role="Lärare",
            groups=("Samtalsgrupp B",),
            status=None,
            note="",
        ),
    ),
)

COHORT = CohortExport(roster=ROSTER, attendance=MATRIX, schedule=SCHEDULE)

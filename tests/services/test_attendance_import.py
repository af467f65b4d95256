"""Sign-in sheets and edited matrices imported back: exact marks, audit trail, no overwrites."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select

from seminarkoll.data.database import Database
from seminarkoll.data.models import Attendance, AttendanceChange
from seminarkoll.domain.enums import AttendanceStatus, EnrollmentStatus
from seminarkoll.domain.errors import ConflictError
from seminarkoll.exchange.cohort_workbook import MATRIX_SHEET
from seminarkoll.exchange.errors import CorruptWorkbookError, NotAnAttendanceFileError
from seminarkoll.exchange.signin_workbook import SIGNIN_SHEET
from seminarkoll.services.attendance import CellRef, MarkChange
from seminarkoll.services.attendance_import import MarkOutcome, ProblemsInFileError
from seminarkoll.services.container import Services
from tests.factories import Factory
from tests.snapshots import database_snapshot

P, L, E, A = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
)
TODAY = date(2024, 12, 1)


@dataclass(frozen=True)
class Course:
    cohort: int
    seminars: tuple[int, int, int]
    anna: int
    bo: int
    cilla: int


@pytest.fixture
def course(factory: Factory) -> Course:
    """Three seminars (two held by TODAY, one later) and three participants, Swedish names."""
    cohort = factory.cohort(min_attended=2)
    seminars = (
        factory.seminar(cohort, 1, date(2024, 9, 12)),
        factory.seminar(cohort, 2, date(2024, 10, 17)),
        factory.seminar(cohort, 3, date(2025, 2, 6)),
    )
    school = factory.workplace("Torsboskolan")
    anna = factory.enrollment(cohort, factory.person("Anna", "Öberg", workplace_id=school))
    bo = factory.enrollment(cohort, factory.person("Bo", "Andersson", workplace_id=school))
    cilla = factory.enrollment(cohort, factory.person("Cilla", "Ek", workplace_id=school))
    return Course(cohort, seminars, anna, bo, cilla)


def _marks(database: Database) -> dict[tuple[int, int], tuple[AttendanceStatus, str]]:
    with database.transaction() as session:
        return {
            (a.enrollment_id, a.seminar_id): (a.status, a.note)
            for a in session.scalars(select(Attendance))
        }


def _changes(database: Database) -> list[AttendanceChange]:
    with database.transaction() as session:
        return list(session.scalars(select(AttendanceChange).order_by(AttendanceChange.id)))


def _fill(path: Path, sheet_name: str, by_name: dict[str, dict[int, object]]) -> Path:
    """Type into the rows whose last name is a key: {column number: value}, as in Excel."""
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[sheet_name]
    assert isinstance(sheet, Worksheet)
    for row in sheet.iter_rows(min_row=5):
        last_name = row[1].value
        for column, value in by_name.get(str(last_name), {}).items():
            row[column - 1].value = value
    workbook.save(path)
    return path


def _signin(services: Services, seminar: int, tmp_path: Path) -> Path:
    return services.exports.export_signin(seminar, tmp_path / "närvarolista.xlsx").path


def test_filled_in_signin_sheet_changes_exactly_the_intended_marks(
    services: Services, database: Database, course: Course, tmp_path: Path
) -> None:
    services.attendance.excuse_in_advance(course.cilla, course.seminars[1], "Kurs")
    path = _signin(services, course.seminars[1], tmp_path)
    _fill(path, SIGNIN_SHEET, {"Öberg": {6: "Närvarande"}, "Andersson": {6: "Sen", 7: "13.25"}})
    plan = services.attendance_import.preview(path, TODAY)
    assert plan.problems == ()
    assert [(m.name, m.outcome, m.current, m.proposed) for m in plan.marks] == [
        ("Bo Andersson", MarkOutcome.NEW, None, L),
        ("Anna Öberg", MarkOutcome.NEW, None, P),
    ]
    assert plan.unchanged == 1  # Cilla's advance apology was printed and left as it was
    assert plan.summary == "2 nya markeringar, 1 oförändrade"
    result = services.attendance_import.apply(plan)
    assert result.changed == 2
    assert _marks(database) == {
        (course.anna, course.seminars[1]): (P, ""),
        (course.bo, course.seminars[1]): (L, "13.25"),
        (course.cilla, course.seminars[1]): (E, "Kurs"),
    }
    imported = [c for c in _changes(database) if c.source == "import"]
    assert {(c.enrollment_id, c.old_status, c.new_status) for c in imported} == {
        (course.anna, None, P),
        (course.bo, None, L),
    }
    assert all(c.reason == "Import från närvarolista.xlsx" for c in imported)

    before = database_snapshot(database)
    again = services.attendance_import.preview(path, TODAY)
    assert again.marks == ()
    assert again.unchanged == 3
    assert services.attendance_import.apply(again).changed == 0
    assert database_snapshot(database) == before


def test_marks_already_taken_are_conflicts_kept_unless_overwriting_is_chosen(
    services: Services, database: Database, course: Course, tmp_path: Path
) -> None:
    seminar = course.seminars[0]
    services.attendance.apply([MarkChange(course.anna, seminar, A, "Ringde inte")], source="matrix")
    path = _signin(services, seminar, tmp_path)
    _fill(path, SIGNIN_SHEET, {"Öberg": {6: "Närvarande", 7: "Kom ändå"}, "Ek": {6: "Närvarande"}})
    plan = services.attendance_import.preview(path, TODAY)
    (conflict,) = plan.conflicts
    assert (conflict.name, conflict.current, conflict.proposed) == ("Anna Öberg", A, P)
    assert conflict.description == "Frånvarande → Närvarande (anteckning: ”Kom ändå”)"
    result = services.attendance_import.apply(plan)
    assert (result.changed, result.conflicts_kept) == (1, 1)
    assert _marks(database)[course.anna, seminar] == (A, "Ringde inte")

    plan = services.attendance_import.preview(path, TODAY)
    assert [m.outcome for m in plan.marks] == [MarkOutcome.CONFLICT]
    result = services.attendance_import.apply(plan, overwrite_conflicts=True)
    assert (result.changed, result.conflicts_overwritten) == (1, 1)
    assert _marks(database)[course.anna, seminar] == (P, "Kom ändå")
    last = _changes(database)[-1]
    assert (last.old_status, last.new_status, last.old_note, last.source) == (
        A,
        P,
        "Ringde inte",
        "import",
    )


def test_a_note_alone_is_added_to_a_mark_without_one(
    services: Services, database: Database, course: Course, tmp_path: Path
) -> None:
    seminar = course.seminars[0]
    services.attendance.apply([MarkChange(course.bo, seminar, P)], source="matrix")
    path = _signin(services, seminar, tmp_path)
    _fill(path, SIGNIN_SHEET, {"Andersson": {7: "Gick 15.00"}})
    plan = services.attendance_import.preview(path, TODAY)
    assert [m.outcome for m in plan.marks] == [MarkOutcome.NOTE]
    services.attendance_import.apply(plan)
    assert _marks(database)[course.bo, seminar] == (P, "Gick 15.00")


def test_edited_matrix_round_trip_matches_by_id_not_by_row_order(
    services: Services, database: Database, course: Course, tmp_path: Path
) -> None:
    first, second, _ = course.seminars
    services.attendance.apply(
        [MarkChange(course.anna, first, P), MarkChange(course.bo, first, A)], source="matrix"
    )
    path = services.exports.export_attendance(course.cohort, tmp_path / "närvaro.xlsx").path
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[MATRIX_SHEET]
    assert isinstance(sheet, Worksheet)
    # Sorted Z to A on the name column in Excel: the rows move, the hidden ids move with them.
    rows = [[cell.value for cell in row] for row in sheet.iter_rows(min_row=5, max_row=7)]
    for offset, values in enumerate(reversed(rows)):
        for column, value in enumerate(values, start=1):
            sheet.cell(row=5 + offset, column=column, value=value)
    assert [sheet.cell(row=r, column=2).value for r in (5, 6, 7)] == ["Öberg", "Ek", "Andersson"]
    sheet["F7"] = "Sen"  # Bo: absent -> late at seminar 1
    sheet["G6"] = "Närvarande"  # Cilla: nothing -> present at seminar 2
    sheet["G5"] = "Anmäld frånvaro"  # Anna: nothing -> excused at seminar 2
    workbook.save(path)

    plan = services.attendance_import.preview(path, TODAY)
    assert plan.problems == ()
    assert sorted((m.name, m.seminar_number, m.outcome) for m in plan.marks) == [
        ("Anna Öberg", 2, MarkOutcome.NEW),
        ("Bo Andersson", 1, MarkOutcome.CONFLICT),
        ("Cilla Ek", 2, MarkOutcome.NEW),
    ]
    assert plan.unchanged == 1  # Anna's present at seminar 1, as before
    services.attendance_import.apply(plan, overwrite_conflicts=True)
    assert _marks(database) == {
        (course.anna, first): (P, ""),
        (course.bo, first): (L, ""),
        (course.anna, second): (E, ""),
        (course.cilla, second): (P, ""),
    }
    before = database_snapshot(database)
    assert services.attendance_import.preview(path, TODAY).marks == ()
    assert database_snapshot(database) == before


def test_signed_off_seminars_are_listed_and_left_alone(
    services: Services, database: Database, course: Course, tmp_path: Path
) -> None:
    seminar = course.seminars[0]
    path = _signin(services, seminar, tmp_path)
    services.attendance.sign(seminar)
    _fill(path, SIGNIN_SHEET, {"Öberg": {6: "Närvarande"}})
    plan = services.attendance_import.preview(path, TODAY)
    assert [m.outcome for m in plan.marks] == [MarkOutcome.LOCKED]
    result = services.attendance_import.apply(plan, overwrite_conflicts=True)
    assert (result.changed, result.locked) == (0, 1)
    assert _marks(database) == {}


def test_problems_refuse_the_whole_file_and_the_database_is_unchanged(
    services: Services, database: Database, course: Course, tmp_path: Path
) -> None:
    path = _signin(services, course.seminars[2], tmp_path)
    _fill(
        path,
        SIGNIN_SHEET,
        {"Öberg": {6: "Närvarande"}, "Andersson": {6: "Anmäld frånvaro"}, "Ek": {6: "Kanske"}},
    )
    before = database_snapshot(database)
    plan = services.attendance_import.preview(path, TODAY)
    # Rows in Swedish name order: Andersson 5, Ek 6, Öberg 7.
    assert [(p.row, p.column_label) for p in plan.problems] == [(6, "Närvaro"), (7, "Närvaro")]
    assert "”Kanske” är ingen närvaromarkering" in plan.problems[0].message
    assert "hålls först 6 februari 2025" in plan.problems[1].message
    assert plan.problems[1].message.startswith("Anna Öberg:")
    assert plan.problem_lines()[0] == f"{path}:6: Närvaro: {plan.problems[0].message}"
    with pytest.raises(ProblemsInFileError) as caught:
        services.attendance_import.apply(plan)
    assert "2 rutor" in str(caught.value)
    assert database_snapshot(database) == before


def test_marks_outside_a_participants_period_are_problems(
    services: Services, factory: Factory, course: Course, tmp_path: Path
) -> None:
    late = factory.enrollment(
        course.cohort,
        factory.person("Dan", "Berg"),
        status=EnrollmentStatus.ENROLLED,
        joined_on=date(2024, 10, 1),
    )
    path = services.exports.export_attendance(course.cohort, tmp_path / "närvaro.xlsx").path
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[MATRIX_SHEET]
    assert isinstance(sheet, Worksheet)
    row = next(r for r in sheet.iter_rows(min_row=5) if r[0].value == late)
    assert row[5].value == "–"
    row[5].value = "Närvarande"
    workbook.save(path)
    (problem,) = services.attendance_import.preview(path, TODAY).problems
    assert "Dan Berg: ingår inte i omgången vid seminarium 1" in problem.message


def test_changes_after_the_preview_are_never_overwritten(
    services: Services, database: Database, course: Course, tmp_path: Path
) -> None:
    seminar = course.seminars[0]
    path = _signin(services, seminar, tmp_path)
    _fill(path, SIGNIN_SHEET, {"Öberg": {6: "Närvarande"}})
    plan = services.attendance_import.preview(path, TODAY)
    services.attendance.set_status([CellRef(course.anna, seminar)], A)
    before = database_snapshot(database)
    with pytest.raises(ConflictError) as caught:
        services.attendance_import.apply(plan, overwrite_conflicts=True)
    assert "Förhandsgranska filen igen" in str(caught.value)
    assert database_snapshot(database) == before


def test_files_that_are_not_attendance_sheets_change_nothing(
    services: Services, database: Database, course: Course, tmp_path: Path
) -> None:
    roster = services.exports.export_roster(course.cohort, tmp_path / "deltagare.xlsx").path
    broken = tmp_path / "avklippt.xlsx"
    broken.write_bytes(_signin(services, course.seminars[0], tmp_path).read_bytes()[:900])
    before = database_snapshot(database)
    with pytest.raises(NotAnAttendanceFileError):
        services.attendance_import.preview(roster, TODAY)
    with pytest.raises(CorruptWorkbookError):
        services.attendance_import.preview(broken, TODAY)
    assert database_snapshot(database) == before

"""ExportService on the example programme: every export written, read back and refused cleanly."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from seminarkoll.domain.errors import NotFoundError, ValidationError
from seminarkoll.domain.exports import CELL_WORDS, COMPLETION_WORDS
from seminarkoll.exchange.cohort_workbook import MATRIX_SHEET, ROSTER_SHEET, SCHEDULE_SHEET
from seminarkoll.exchange.errors import TargetInUseError
from seminarkoll.exchange.signin_workbook import SIGNIN_SHEET
from seminarkoll.services.container import Services
from tests.factories import Factory


def _cohort(services: Services) -> int:
    return services.catalog.programmes()[0].cohorts[0].id


def _sheet(path: Path, name: str) -> Worksheet:
    sheet = openpyxl.load_workbook(path)[name]
    assert isinstance(sheet, Worksheet)
    return sheet


def test_attendance_matrix_reads_back_to_the_same_data(demo: Services, tmp_path: Path) -> None:
    cohort = _cohort(demo)
    result = demo.exports.export_attendance(cohort, tmp_path / "närvaro.xlsx")
    assert result.description == "Närvaromatrisen (21 deltagare, 7 seminarier)"
    matrix = demo.attendance.matrix(cohort)
    sheet = _sheet(result.path, MATRIX_SHEET)
    ids = [c.value for c in sheet[3]][5:12]
    assert ids == [f"status:{s.id}" for s in matrix.seminars]
    by_id = {row.enrollment_id: row for row in matrix.rows}
    rows = list(sheet.iter_rows(min_row=5, max_row=4 + len(matrix.rows), values_only=True))
    assert {row[0] for row in rows} == set(by_id)
    for row in rows:
        expected = by_id[int(str(row[0]))]
        assert row[1:3] == (expected.last_name, expected.first_name)
        assert [value or "" for value in row[5:12]] == [CELL_WORDS[c] for c in expected.cells]
        assert row[12:15] == (
            expected.result.attended,
            expected.result.required,
            COMPLETION_WORDS[expected.result.state],
        )
    assert [row[1] for row in rows][:2] == ["Ali", "Andersson"]
    assert [row[1] for row in rows][-1] == "Öberg"


def test_roster_schedule_and_cohort_workbook(demo: Services, tmp_path: Path) -> None:
    cohort = _cohort(demo)
    roster = demo.exports.export_roster(cohort, tmp_path / "deltagare.xlsx")
    assert roster.rows == 21
    schedule = demo.exports.export_schedule(cohort, tmp_path / "schema.xlsx")
    seminars = demo.catalog.cohort_overview(cohort).seminars
    rows = list(_sheet(schedule.path, SCHEDULE_SHEET).iter_rows(min_row=5, values_only=True))
    assert [(row[0], row[4]) for row in rows] == [(s.number, s.title) for s in seminars]
    whole = demo.exports.export_cohort(cohort, tmp_path / "omgång.xlsx")
    assert openpyxl.load_workbook(whole.path).sheetnames == [
        ROSTER_SHEET,
        MATRIX_SHEET,
        SCHEDULE_SHEET,
    ]
    csv = demo.exports.export_roster(cohort, tmp_path / "deltagare.csv")
    assert len(csv.path.read_text(encoding="utf-8-sig").splitlines()) == 22


def test_signin_sheet_lists_everyone_expected_with_marks_taken(
    demo: Services, tmp_path: Path
) -> None:
    cohort = _cohort(demo)
    seminar = demo.exports.seminar_id(cohort, 5)
    enrollment = demo.attendance.matrix(cohort).rows[0].enrollment_id
    demo.attendance.excuse_in_advance(enrollment, seminar, "Konferens")
    result = demo.exports.export_signin(seminar, tmp_path / "närvarolista.xlsx")
    expected = demo.attendance.sheet(seminar).rows
    assert result.rows == len(expected) == 20
    sheet = _sheet(result.path, SIGNIN_SHEET)
    rows = {row[0]: row[5:7] for row in sheet.iter_rows(min_row=5, values_only=True) if row[0]}
    assert rows[enrollment] == ("Anmäld frånvaro", "Konferens")
    assert sum(1 for status, _ in rows.values() if status is None) == 19
    pdf = demo.exports.export_signin(seminar, tmp_path / "närvarolista.pdf")
    assert pdf.path.read_bytes().startswith(b"%PDF")


def test_unknown_seminar_number_names_the_ones_there_are(demo: Services) -> None:
    with pytest.raises(NotFoundError) as caught:
        demo.exports.seminar_id(_cohort(demo), 9)
    assert "1, 2, 3, 4, 5, 6, 7" in str(caught.value)


def test_wrong_suffix_and_open_target_are_refused(demo: Services, tmp_path: Path) -> None:
    cohort = _cohort(demo)
    with pytest.raises(ValidationError) as caught:
        demo.exports.export_attendance(cohort, tmp_path / "närvaro.pdf")
    assert ".xlsx" in str(caught.value)
    assert ".csv" in str(caught.value)
    target = tmp_path / "närvaro.xlsx"
    target.write_bytes(b"old")
    (tmp_path / "~$närvaro.xlsx").write_bytes(b"lock")
    with pytest.raises(TargetInUseError):
        demo.exports.export_attendance(cohort, target)
    assert target.read_bytes() == b"old"


def test_visitors_and_made_up_seminars_in_the_workbook(
    demo: Services, factory: Factory, tmp_path: Path
) -> None:
    cohort = demo.catalog.programmes()[0].cohorts[0].id
    matrix = demo.attendance.matrix(cohort)
    fifth = matrix.seminars[4].id
    demo.attendance.add_walk_in(fifth, factory.person("Vera", "Besök"), join_cohort=False)
    demo.attendance.set_rules(cohort, replace(matrix.rules, allow_makeup=True))
    mohammed = next(r for r in matrix.rows if r.first_name == "Mohammed")
    second = matrix.seminars[1].id
    demo.attendance.record_makeup(mohammed.enrollment_id, second, "Reflektion")
    path = tmp_path / "omgang.xlsx"

    demo.exports.export_cohort(cohort, path)

    book = openpyxl.load_workbook(path)
    roster = [list(r) for r in book["Deltagare"].iter_rows(values_only=True)]
    vera = next(r for r in roster if "Vera" in r)
    assert "Besökare" in vera
    assert "Avbrutit" not in vera
    assert any("21 deltagare, 1 övriga" in str(cell) for row in roster[:3] for cell in row)
    rows = [list(r) for r in book["Närvaro"].iter_rows(values_only=True)]
    assert not any("Vera" in row for row in rows)
    ali = next(r for r in rows if "Ali" in r and "Mohammed" in r)
    assert "Kompletterat" in ali
    assert ali.count("Frånvarande") == 1

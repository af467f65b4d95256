"""Sign-in sheets and matrices: written, filled in as a person would, and read back by id."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.exchange.attendance_file import (
    MarkCell,
    SheetKind,
    UnknownStatusWord,
    parse_status,
    read_attendance_file,
)
from seminarkoll.exchange.cohort_workbook import (
    MATRIX_SHEET,
    write_attendance_workbook,
    write_cohort_workbook,
    write_roster_workbook,
)
from seminarkoll.exchange.errors import NotAnAttendanceFileError
from seminarkoll.exchange.signin_workbook import SIGNIN_SHEET, write_signin_workbook
from tests.exchange.export_data import COHORT, MATRIX, ROSTER, SIGNIN

A = AttendanceStatus


def _filled(path: Path, sheet_name: str, cells: dict[str, object]) -> Path:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[sheet_name]
    assert isinstance(sheet, Worksheet)
    for reference, value in cells.items():
        sheet[reference] = value
    workbook.save(path)
    return path


def test_signin_workbook_layout(tmp_path: Path) -> None:
    path = write_signin_workbook(SIGNIN, tmp_path / "närvarolista.xlsx")
    sheet = openpyxl.load_workbook(path)[SIGNIN_SHEET]
    assert isinstance(sheet, Worksheet)
    assert sheet["B1"].value == "Närvarolista – seminarium 1: Uppstart"
    assert sheet["B2"].value == (
        "Ledare på lut – Omgång 3 (2016/2017) · torsdag 2016-09-15 · 13:00–16:00 · Kunskapens hus"
    )
    assert sheet.column_dimensions["A"].hidden
    assert sheet.row_dimensions[3].hidden
    assert [c.value for c in sheet[3]] == [
        "Seminarkoll-id",
        "omgång:7",
        "närvarolista",
        None,
        None,
        "status:101",
        "anteckning:101",
    ]
    rows = [tuple(row) for row in sheet.iter_rows(min_row=4, values_only=True)]
    assert rows == [
        ("Id", "Efternamn", "Förnamn", "Arbetsplats", "Grupp", "Närvaro", "Anteckning"),
        (11, "Magnusson", "Östen", "Torsboskolan", "Samtalsgrupp B", None, None),
        (12, "Åberg", "Åsa", "Björnens förskola", None, "Anmäld frånvaro", "Sjuk"),
    ]
    (validation,) = sheet.data_validations.dataValidation
    assert validation.type == "list"
    assert validation.formula1 == '"Närvarande,Sen,Anmäld frånvaro,Frånvarande"'
    assert str(validation.sqref) == "F5:F6"
    assert validation.allow_blank
    assert validation.showErrorMessage
    assert sheet.freeze_panes == "B5"
    assert sheet.page_setup.orientation == "portrait"
    assert sheet.oddFooter.center.text == "Sida &P av &N"


def test_filled_in_signin_sheet_reads_back_by_id(tmp_path: Path) -> None:
    path = write_signin_workbook(SIGNIN, tmp_path / "närvarolista.xlsx")
    _filled(path, SIGNIN_SHEET, {"F5": "Närvarande", "G5": "Kom 13.20", "G6": "Sjuk hela veckan"})
    report = read_attendance_file(path)
    assert (report.kind, report.cohort_id, report.seminar_ids) == (SheetKind.SIGNIN, 7, (101,))
    assert report.problems == ()
    assert report.cells == (
        MarkCell(5, "Närvaro", 11, 101, "Östen Magnusson", A.PRESENT, "Kom 13.20"),
        MarkCell(6, "Närvaro", 12, 101, "Åsa Åberg", A.EXCUSED, "Sjuk hela veckan"),
    )


def test_rows_are_matched_by_id_not_by_order(tmp_path: Path) -> None:
    path = write_signin_workbook(SIGNIN, tmp_path / "närvarolista.xlsx")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[SIGNIN_SHEET]
    assert isinstance(sheet, Worksheet)
    # Sorted the other way round in Excel, with a row deleted above.
    first = [c.value for c in sheet[5]]
    second = [c.value for c in sheet[6]]
    for column, value in enumerate(second, start=1):
        sheet.cell(row=5, column=column, value=value)
    for column, value in enumerate(first, start=1):
        sheet.cell(row=6, column=column, value=value)
    sheet["F6"] = "sen"
    sheet.delete_rows(2)
    workbook.save(path)
    cells = read_attendance_file(path).cells
    assert [(c.row, c.enrollment_id, c.status) for c in cells] == [
        (4, 12, A.EXCUSED),
        (5, 11, A.LATE),
    ]


def test_unreadable_cells_and_rows_without_id_are_problems(tmp_path: Path) -> None:
    path = write_signin_workbook(SIGNIN, tmp_path / "närvarolista.xlsx")
    _filled(
        path,
        SIGNIN_SHEET,
        {
            "F5": "Närvarnde",
            "B7": "Ny",
            "C7": "Person",
            "F7": "Närvarande",
            "A8": 11,
            "F8": "Sen",
        },
    )
    report = read_attendance_file(path)
    assert [(p.row, p.column_label) for p in report.problems] == [
        (5, "Närvaro"),
        (7, "Närvaro"),
        (8, "Id"),
    ]
    assert "”Närvarnde” är ingen närvaromarkering" in report.problems[0].message
    assert "Närvarande, Sen, Anmäld frånvaro eller Frånvarande" in report.problems[0].message
    assert "saknar deltagarens id" in report.problems[1].message
    assert "Samma deltagare som på rad 5" in report.problems[2].message
    assert [c.enrollment_id for c in report.cells] == [12]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Närvarande", A.PRESENT),
        ("  närvarande ", A.PRESENT),
        ("NARVARANDE", A.PRESENT),
        ("x", A.PRESENT),
        ("✓", A.PRESENT),
        ("Sen", A.LATE),
        ("kom sent", A.LATE),
        ("Anmäld frånvaro", A.EXCUSED),
        ("förhinder", A.EXCUSED),
        ("Frånvarande", A.ABSENT),
        ("nej", A.ABSENT),
        ("absent", A.ABSENT),
        ("N", A.PRESENT),
        ("n", A.PRESENT),
        (1.0, A.PRESENT),
        ("S", A.LATE),
        (" 2 ", A.LATE),
        ("F", A.EXCUSED),
        (3, A.EXCUSED),
        ("a", A.ABSENT),
        ("4", A.ABSENT),
        (None, None),
        ("–", None),
        ("-", None),
    ],
)
def test_parse_status(text: object, status: AttendanceStatus | None) -> None:
    assert parse_status(text) is status  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["Kanske", 5, True, "B", "NS", "0"])
def test_unknown_status_words(value: object) -> None:
    with pytest.raises(UnknownStatusWord):
        parse_status(value)  # type: ignore[arg-type]


def test_edited_matrix_reads_back_each_seminar_column(tmp_path: Path) -> None:
    path = write_attendance_workbook(MATRIX, tmp_path / "närvaro.xlsx")
    _filled(path, MATRIX_SHEET, {"F5": "Sen", "G5": "Anmäld frånvaro", "F6": "Frånvarande"})
    report = read_attendance_file(path)
    assert report.kind is SheetKind.MATRIX
    assert report.seminar_ids == (101, 102)
    assert [
        (c.row, c.column_label, c.enrollment_id, c.seminar_id, c.status) for c in report.cells
    ] == [
        (5, "Sem. 1", 11, 101, A.LATE),
        (5, "Sem. 2", 11, 102, A.EXCUSED),
        (6, "Sem. 1", 12, 101, A.ABSENT),
    ]
    assert all(c.note is None for c in report.cells)
    assert report.problems == ()  # the totals rows below are skipped


def test_cohort_workbook_is_read_from_its_matrix_sheet(tmp_path: Path) -> None:
    path = write_cohort_workbook(COHORT, tmp_path / "omgång.xlsx")
    report = read_attendance_file(path)
    assert report.sheet_name == MATRIX_SHEET
    assert [c.status for c in report.cells] == [A.PRESENT]


def test_other_workbooks_are_not_attendance_files(tmp_path: Path) -> None:
    path = write_roster_workbook(ROSTER, tmp_path / "deltagare.xlsx")
    with pytest.raises(NotAnAttendanceFileError) as caught:
        read_attendance_file(path)
    assert "deltagare.xlsx" in str(caught.value)

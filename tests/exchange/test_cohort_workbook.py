"""Exported workbooks read back with openpyxl: values, hidden ids, look and print setup."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from seminarkoll.exchange.attendance_file import read_attendance_file
from seminarkoll.exchange.cohort_workbook import (
    MATRIX_SHEET,
    ROSTER_COLUMNS,
    ROSTER_SHEET,
    SCHEDULE_SHEET,
    write_attendance_csv,
    write_attendance_workbook,
    write_cohort_workbook,
    write_roster_csv,
    write_roster_workbook,
    write_schedule_workbook,
)
from seminarkoll.exchange.participant_rows import read_participant_file
from seminarkoll.exchange.spreadsheet import read_sheet
from tests.exchange.export_data import COHORT, MATRIX, ROSTER, SCHEDULE


def _sheet(path: Path, name: str) -> Worksheet:
    sheet = openpyxl.load_workbook(path)[name]
    assert isinstance(sheet, Worksheet)
    return sheet


def _values(sheet: Worksheet, first_row: int) -> list[tuple[object, ...]]:
    return [tuple(row) for row in sheet.iter_rows(min_row=first_row, values_only=True)]


def _assert_print_setup(sheet: Worksheet, landscape: bool = True) -> None:
    assert sheet.page_setup.orientation == ("landscape" if landscape else "portrait")
    assert sheet.page_setup.paperSize == 9  # A4
    assert sheet.page_setup.fitToWidth == 1
    assert sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert sheet.oddFooter.center.text == "Sida &P av &N"
    assert sheet.print_title_rows == "$4:$4"


def test_roster_workbook(tmp_path: Path) -> None:
    path = write_roster_workbook(ROSTER, tmp_path / "deltagare.xlsx")
    sheet = _sheet(path, ROSTER_SHEET)
    assert sheet["A1"].value == "Deltagarlista – Ledare på lut – Omgång 3 (2016/2017)"
    assert sheet["A1"].font.b
    assert _values(sheet, 4)[0] == ROSTER_COLUMNS
    rows = _values(sheet, 5)
    # Swedish order: Ali < Magnusson < Åberg.
    assert [row[:2] for row in rows] == [
        ("Ali", "Zlatan"),
        ("Magnusson", "Östen"),
        ("Åberg", "Åsa"),
    ]
    assert rows[1][2:8] == (
        "Torsboskolan",
        "Lärare",
        "osten@example.se",
        "0520-123 45",
        "Samtalsgrupp B",
        "Deltar",
    )
    assert rows[1][8] == datetime(2016, 8, 22)
    assert rows[2][3] == "=Förskollärare"  # text, never a formula
    assert sheet["D7"].data_type == "s"
    assert rows[2][7] == "Avbrutit"
    assert rows[2][9] == datetime(2016, 10, 20)
    assert rows[0][6] == "A, B"
    assert sheet.freeze_panes == "C5"
    assert sheet.auto_filter.ref == "A4:J7"
    _assert_print_setup(sheet)


def test_roster_workbook_imports_as_a_participant_list(tmp_path: Path) -> None:
    report = read_participant_file(write_roster_workbook(ROSTER, tmp_path / "deltagare.xlsx"))
    assert report.header.row_number == 4
    assert [(row.first_name, row.last_name, row.email) for row in report.rows] == [
        ("Zlatan", "Ali", None),
        ("Östen", "Magnusson", "osten@example.se"),
        ("Åsa", "Åberg", "asa@example.se"),
    ]


def test_roster_csv_is_what_swedish_excel_reads(tmp_path: Path) -> None:
    path = write_roster_csv(ROSTER, tmp_path / "deltagare.csv")
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    lines = text.split("\r\n")
    assert lines[0] == ";".join(ROSTER_COLUMNS)
    assert lines[2].startswith("Magnusson;Östen;Torsboskolan;Lärare;osten@example.se;")
    assert ";'=Förskollärare;" in lines[3]
    assert lines[-1] == ""
    read = read_sheet(path)
    assert read.rows[1].cells[:2] == ("Ali", "Zlatan")


def test_attendance_matrix(tmp_path: Path) -> None:
    path = write_attendance_workbook(MATRIX, tmp_path / "närvaro.xlsx")
    sheet = _sheet(path, MATRIX_SHEET)
    assert sheet.column_dimensions["A"].hidden
    assert sheet.row_dimensions[3].hidden
    ids = _values(sheet, 3)[0]
    assert ids[:3] == ("Seminarkoll-id", "omgång:7", "närvaromatris")
    assert ids[5:7] == ("status:101", "status:102")
    header = _values(sheet, 4)[0]
    assert header[:5] == ("Id", "Efternamn", "Förnamn", "Arbetsplats", "Grupp")
    assert header[5] == "Sem. 1\n2016-09-15\nSkolledarskapet"
    assert header[6] == "Sem. 2\n2016-10-13\nEkonomi"
    assert header[7:] == ("Deltagit", "Krav", "Resultat", "Förklaring")
    rows = _values(sheet, 5)
    assert rows[0] == (
        11,
        "Magnusson",
        "Östen",
        "Torsboskolan",
        "Samtalsgrupp B",
        "Närvarande",
        None,
        1,
        1,
        "Godkänd",
        "Har deltagit i 1 av 2 seminarier.",
    )
    assert rows[1][:7] == (12, "Åberg", "Åsa", "Björnens förskola", None, None, "–")
    assert rows[1][9] == "Deltar inte"
    totals = {row[1]: row[5:7] for row in rows[3:]}
    assert totals["Förväntade"] == (2, 1)
    assert totals["Närvarande"] == (1, 0)
    assert totals["Ej registrerade"] == (1, 0)
    assert all(row[0] == "summa" for row in rows[3:])
    assert sheet.freeze_panes == "F5"
    assert sheet.auto_filter.ref == "B4:K6"
    _assert_print_setup(sheet)
    assert sheet.print_area == "'Närvaro'!$B$1:$J$13"
    (validation,) = sheet.data_validations.dataValidation
    assert validation.type == "list"
    assert validation.formula1 == '"Närvarande,Sen,Anmäld frånvaro,Frånvarande"'
    assert str(validation.sqref) == "F5:G6"
    ranges = {str(cf.sqref) for cf in sheet.conditional_formatting}
    assert {"F5:G6", "F5:F6", "J5:J6"} <= ranges  # statuses, held seminar 1, verdicts
    assert "G5:G6" not in ranges  # seminar 2 is not held: empty cells are not "missing"
    words = {
        rule.formula[0]
        for cf in sheet.conditional_formatting
        if str(cf.sqref) == "F5:G6"
        for rule in cf.rules
        if rule.type == "cellIs"
    }
    assert words == {'"Närvarande"', '"Sen"', '"Anmäld frånvaro"', '"Frånvarande"', '"–"'}


def test_schedule_workbook(tmp_path: Path) -> None:
    sheet = _sheet(write_schedule_workbook(SCHEDULE, tmp_path / "schema.xlsx"), SCHEDULE_SHEET)
    rows = _values(sheet, 4)
    assert rows[0] == (
        "Nr",
        "Datum",
        "Veckodag",
        "Tid",
        "Seminarium",
        "Temaområde",
        "Plats",
        "Gästföreläsare",
    )
    assert rows[1] == (
        1,
        datetime(2016, 9, 15),
        "torsdag",
        "13:00–16:00",
        "Uppstart",
        "Skolledarskapet",
        "Kunskapens hus",
        "Eva Lindberg (Förvaltningschef)",
    )
    assert rows[2][3] is None
    assert rows[2][7] == "Per Holm\nEva Lindberg"
    assert sheet["H6"].alignment.wrap_text
    assert sheet.row_dimensions[6].height > sheet.row_dimensions[5].height
    _assert_print_setup(sheet)


def test_cohort_workbook_has_every_sheet(tmp_path: Path) -> None:
    path = write_cohort_workbook(COHORT, tmp_path / "omgång.xlsx")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == [ROSTER_SHEET, MATRIX_SHEET, SCHEDULE_SHEET]
    assert workbook.properties.creator == "Seminarkoll"
    assert workbook[MATRIX_SHEET]["A5"].value == 11
    single = openpyxl.load_workbook(write_attendance_workbook(MATRIX, tmp_path / "n.xlsx"))
    assert _values(workbook[MATRIX_SHEET], 3) == _values(single[MATRIX_SHEET], 3)


def test_empty_cohort_still_gives_a_finished_sheet(tmp_path: Path) -> None:
    from dataclasses import replace

    empty = replace(MATRIX, seminars=(), entries=(), totals=())
    sheet = _sheet(write_attendance_workbook(empty, tmp_path / "tom.xlsx"), MATRIX_SHEET)
    assert sheet["B4"].value == "Efternamn"
    assert not sheet.data_validations.dataValidation


@pytest.mark.parametrize("writer", [write_roster_workbook, write_roster_csv])
def test_nothing_is_written_when_the_target_is_open_in_excel(
    tmp_path: Path, writer: object
) -> None:
    from seminarkoll.exchange.errors import TargetInUseError

    suffix = ".csv" if writer is write_roster_csv else ".xlsx"
    target = tmp_path / f"deltagare{suffix}"
    target.write_bytes(b"old")
    (tmp_path / f"~$deltagare{suffix}").write_bytes(b"lock")
    with pytest.raises(TargetInUseError) as caught:
        writer(ROSTER, target)  # type: ignore[operator]
    assert target.name in str(caught.value)
    assert target.read_bytes() == b"old"


def test_a_matrix_over_school_years_labels_each_seminar_with_its_term(tmp_path: Path) -> None:
    later = replace(MATRIX.seminars[1], date=date(2017, 9, 14))
    matrix = replace(MATRIX, seminars=(MATRIX.seminars[0], later))
    path = write_attendance_workbook(matrix, tmp_path / "närvaro.xlsx")
    header = _values(_sheet(path, MATRIX_SHEET), 4)[0]
    assert header[5:7] == (
        "Sem. 1 (HT 2016)\n2016-09-15\nSkolledarskapet",
        "Sem. 2 (HT 2017)\n2017-09-14\nEkonomi",
    )
    assert read_attendance_file(path).seminar_ids == (101, 102)
    text = write_attendance_csv(matrix, tmp_path / "närvaro.csv").read_text("utf-8-sig")
    assert ";Sem. 1 (HT 2016) 2016-09-15;Sem. 2 (HT 2017) 2017-09-14;" in text.split("\r\n")[0]

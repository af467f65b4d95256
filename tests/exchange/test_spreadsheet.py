"""Tests for reading sheets from real .xlsx, .ods and .csv files into plain cell grids."""

from __future__ import annotations

import codecs
import zipfile
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import PatternFill

from seminarkoll.domain.errors import DomainError
from seminarkoll.exchange.errors import (
    CorruptWorkbookError,
    EmptySheetError,
    EncryptedWorkbookError,
    FileMissingError,
    FileReadError,
    NotASpreadsheetError,
    SheetNotFoundError,
    UnsupportedFileTypeError,
)
from seminarkoll.exchange.spreadsheet import (
    FileInUseWarning,
    SheetData,
    cell_text,
    excel_lock_file,
    normalise_cell,
    read_sheet,
)
from tests.exchange.workbooks import write_csv, write_ods, write_xlsx

OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


def grid(sheet: SheetData) -> list[tuple[int, tuple[object, ...]]]:
    return [(row.number, row.cells) for row in sheet.rows]


# --- value normalisation -------------------------------------------------------------------


def test_xlsx_cells_are_normalised_to_plain_values(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "typer.xlsx",
        [
            ["  Åsa Öberg ", 3.0, 2.5, True],
            [date(2025, 3, 7), datetime(2025, 3, 7, 13, 30), time(8, 15), "\u00a0"],
        ],
    )
    sheet = read_sheet(path)
    assert grid(sheet) == [
        (1, ("Åsa Öberg", 3, 2.5, True)),
        (2, (date(2025, 3, 7), datetime(2025, 3, 7, 13, 30), time(8, 15), None)),
    ]
    assert type(sheet.rows[0].cells[1]) is int


def test_phone_like_numbers_become_digit_ints_never_exponent_floats(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "telefon.xlsx", [[46701234567, 701234567.0, "0701234567"]])
    cells = read_sheet(path).rows[0].cells
    assert cells == (46701234567, 701234567, "0701234567")
    assert all(type(cell) is int for cell in cells[:2])
    assert cell_text(cells[0]) == "46701234567"


def test_floats_beyond_exact_integer_range_stay_floats() -> None:
    assert normalise_cell(2.0**60) == 2.0**60
    assert type(normalise_cell(2.0**60)) is float
    assert type(normalise_cell(2.0**53 - 1)) is int


def test_text_is_unicode_nfc_so_decomposed_letters_compare_equal() -> None:
    assert normalise_cell("O\u0308berg") == "Öberg"


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, None),
        ("Anna", "Anna"),
        (True, "SANT"),
        (False, "FALSKT"),
        (42, "42"),
        (2.5, "2.5"),
        (0.1 + 0.2, "0.3"),
        (date(2025, 3, 7), "2025-03-07"),
        (datetime(2025, 3, 7, 13, 30), "2025-03-07 13:30:00"),
        (time(8, 15), "08:15:00"),
        (timedelta(hours=25), "1 day, 1:00:00"),
    ],
)
def test_cell_text(value: object, text: str | None) -> None:
    assert cell_text(value) == text  # type: ignore[arg-type]


# --- grid shape ----------------------------------------------------------------------------


def test_fifty_thousand_blank_formatted_rows_yield_no_rows(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Namn", "E-post"])
    sheet.append(["Anna Berg", "anna@example.se"])
    fill = PatternFill("solid", fgColor="FFFF00")
    for number in range(3, 50_003):
        sheet.row_dimensions[number].fill = fill
        sheet.cell(row=number, column=3, value=" ").fill = fill
    path = tmp_path / "formaterad.xlsx"
    workbook.save(path)

    data = read_sheet(path)

    assert grid(data) == [(1, ("Namn", "E-post")), (2, ("Anna Berg", "anna@example.se"))]
    assert data.width == 2


def test_openpyxl_formulas_have_no_cached_value_and_read_as_none(tmp_path: Path) -> None:
    # openpyxl writes the formula without computing it; Excel-saved files carry the result.
    path = write_xlsx(tmp_path / "formel.xlsx", [["Namn", "Antal"], ["Anna Berg", "=1+2"]])
    assert grid(read_sheet(path)) == [(1, ("Namn", "Antal")), (2, ("Anna Berg", None))]


def test_merged_cells_carry_their_value_in_every_covered_cell(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Anmälda", None, None])
    sheet.append(["Namn", "Skola", "E-post"])
    sheet.append(["Anna Berg", "Torsboskolan", "anna@example.se"])
    sheet.append(["Per Ek", None, "per@example.se"])
    sheet.merge_cells("A1:C1")
    sheet.merge_cells("B3:B4")
    path = tmp_path / "sammanslagna.xlsx"
    workbook.save(path)

    assert grid(read_sheet(path)) == [
        (1, ("Anmälda", "Anmälda", "Anmälda")),
        (2, ("Namn", "Skola", "E-post")),
        (3, ("Anna Berg", "Torsboskolan", "anna@example.se")),
        (4, ("Per Ek", "Torsboskolan", "per@example.se")),
    ]


def test_ragged_rows_are_padded_to_the_widest_row(tmp_path: Path) -> None:
    xlsx = write_xlsx(tmp_path / "ojamn.xlsx", [["a"], ["b", "c", "d"], ["e", "f"]])
    csv_file = tmp_path / "ojamn.csv"
    csv_file.write_bytes(b"a;;\r\nb;c;d;e\r\nf\r\n")

    assert grid(read_sheet(xlsx)) == [
        (1, ("a", None, None)),
        (2, ("b", "c", "d")),
        (3, ("e", "f", None)),
    ]
    csv_sheet = read_sheet(csv_file)
    assert csv_sheet.width == 4
    assert grid(csv_sheet) == [
        (1, ("a", None, None, None)),
        (2, ("b", "c", "d", "e")),
        (3, ("f", None, None, None)),
    ]


def test_rows_and_columns_keep_excel_positions(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["C3"] = "Namn"
    sheet["C5"] = "Anna Berg"
    sheet["C9"] = "   "
    path = tmp_path / "forskjuten.xlsx"
    workbook.save(path)

    data = read_sheet(path)
    assert data.width == 3
    assert [row.number for row in data.rows] == [1, 2, 3, 4, 5]
    assert data.rows[2].cells == (None, None, "Namn")
    assert data.rows[3].cells == (None, None, None)
    assert data.rows[4].cells == (None, None, "Anna Berg")


def test_first_visible_sheet_is_read_unless_one_is_named(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    hidden = workbook.active
    assert hidden is not None
    hidden.title = "Gammal"
    hidden.append(["dold"])
    hidden.sheet_state = "hidden"
    workbook.create_sheet("Deltagare").append(["synlig"])
    workbook.create_sheet("Reserv").append(["reserv"])
    path = tmp_path / "blad.xlsx"
    workbook.save(path)

    first = read_sheet(path)
    assert (first.sheet_name, first.rows[0].cells) == ("Deltagare", ("synlig",))
    assert first.sheet_names == ("Gammal", "Deltagare", "Reserv")
    assert read_sheet(path, "reserv").rows[0].cells == ("reserv",)
    with pytest.raises(SheetNotFoundError) as caught:
        read_sheet(path, "Saknas")
    assert caught.value.available == ("Gammal", "Deltagare", "Reserv")
    assert "”Saknas”" in str(caught.value)


def test_ods_written_to_the_odf_layout_is_read(tmp_path: Path) -> None:
    path = write_ods(
        tmp_path / "lista.ods",
        [["Namn", "E-post", "Telefon"], ["Åsa Öberg", "asa@example.se", 701234567]],
    )
    data = read_sheet(path)
    assert data.sheet_name == "Blad1"
    assert grid(data) == [
        (1, ("Namn", "E-post", "Telefon")),
        (2, ("Åsa Öberg", "asa@example.se", 701234567)),
    ]


# --- CSV -----------------------------------------------------------------------------------


def test_swedish_excel_csv_cp1252_semicolon_crlf(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "excel.csv",
        [["Namn", "Skola"], ["Örjan Åkesson", "Vänersborgsvägens skola, hus B"]],
        encoding="cp1252",
    )
    assert path.read_bytes().count(b"\r\n") == 2
    data = read_sheet(path)
    assert data.sheet_name == "excel"
    assert grid(data) == [
        (1, ("Namn", "Skola")),
        (2, ("Örjan Åkesson", "Vänersborgsvägens skola, hus B")),
    ]


@pytest.mark.parametrize("delimiter", [";", ",", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1252", "utf-16"])
def test_csv_delimiters_and_encodings(tmp_path: Path, delimiter: str, encoding: str) -> None:
    rows = [["Förnamn", "Efternamn", "Mejl"], ["Åsa", "Öberg", "asa@example.se"]]
    path = write_csv(tmp_path / "lista.txt", rows, delimiter, encoding)
    assert [list(row.cells) for row in read_sheet(path).rows] == rows


def test_utf16_csv_starts_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "unicode.txt", [["a", "b"]], "\t", "utf-16")
    assert path.read_bytes()[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def test_csv_quoted_fields_keep_delimiters_and_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "citat.csv"
    path.write_text(
        'Namn;Anteckning\r\n"Berg; Anna";"rad ett\r\nrad två"\r\nPer Ek;kort\r\n',
        encoding="utf-8",
    )
    assert grid(read_sheet(path)) == [
        (1, ("Namn", "Anteckning")),
        (2, ("Berg; Anna", "rad ett\r\nrad två")),
        (3, ("Per Ek", "kort")),
    ]


def test_semicolon_file_with_commas_in_the_data_is_sniffed_as_semicolon(tmp_path: Path) -> None:
    path = tmp_path / "komma.csv"
    path.write_text(
        "Namn;Skola;Roll\r\nBerg, Anna;Torsboskolan;Lärare\r\nPer Ek;Sylteskolan, hus A;Rektor\r\n",
        encoding="utf-8",
    )
    assert read_sheet(path).rows[1].cells == ("Berg, Anna", "Torsboskolan", "Lärare")


def test_the_delimiter_giving_a_consistent_column_count_wins_over_more_columns(
    tmp_path: Path,
) -> None:
    path = tmp_path / "listor.csv"
    path.write_text(
        "Namn;Teman;E-post\r\n"
        "Anna Berg;ledarskap, lärande, samverkan, kommunikation;anna@example.se\r\n"
        "Per Ek;ledarskap, lärande, samverkan, kommunikation;per@example.se\r\n"
        "Eva Al;ledarskap, lärande, samverkan, kommunikation;eva@example.se\r\n"
        "Bo Ek;ledarskap;bo@example.se\r\n",
        encoding="utf-8",
    )
    assert read_sheet(path).width == 3


def test_excel_sep_hint_line_sets_the_delimiter_and_is_not_a_row(tmp_path: Path) -> None:
    path = tmp_path / "hint.csv"
    path.write_text("sep=,\r\nNamn,E-post\r\nAnna Berg,anna@example.se\r\n", encoding="utf-8")
    assert grid(read_sheet(path)) == [
        (1, ("Namn", "E-post")),
        (2, ("Anna Berg", "anna@example.se")),
    ]


def test_csv_has_one_sheet_named_after_the_file(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "lista.csv", [["a"]])
    assert read_sheet(path, "LISTA").sheet_names == ("lista",)
    with pytest.raises(SheetNotFoundError):
        read_sheet(path, "Blad2")


# --- lock files ----------------------------------------------------------------------------


@pytest.mark.parametrize("lock_name", ["~$deltagare.xlsx", ".~lock.deltagare.xlsx#"])
def test_lock_file_beside_the_file_is_a_warning(tmp_path: Path, lock_name: str) -> None:
    path = write_xlsx(tmp_path / "deltagare.xlsx", [["Namn"], ["Anna Berg"]])
    assert excel_lock_file(path) is None
    assert read_sheet(path).warnings == ()

    lock = tmp_path / lock_name
    lock.write_bytes(b"\x00" * 165)

    assert excel_lock_file(path) == lock
    data = read_sheet(path)
    assert data.warnings == (FileInUseWarning(path, lock),)
    assert "deltagare.xlsx" in data.warnings[0].message
    assert data.rows[1].cells == ("Anna Berg",)


def test_word_style_shortened_lock_name_is_found(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "anmalningar.csv", [["a"]])
    (tmp_path / "~$malningar.csv").write_bytes(b"owner")
    assert excel_lock_file(path) == tmp_path / "~$malningar.csv"


# --- errors --------------------------------------------------------------------------------


def _truncated_xlsx(tmp_path: Path) -> Path:
    whole = write_xlsx(tmp_path / "hel.xlsx", [["Namn"], ["Anna Berg"]]).read_bytes()
    path = tmp_path / "avbruten.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    return path


def _zip_with(tmp_path: Path, name: str, members: dict[str, str]) -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w") as archive:
        for member, text in members.items():
            archive.writestr(member, text)
    return path


def _broken_sheet_xml(tmp_path: Path) -> Path:
    source = write_xlsx(tmp_path / "källa.xlsx", [["Namn"], ["Anna Berg"]])
    path = tmp_path / "trasigt_blad.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as copy:
        for member in original.namelist():
            data = original.read(member)
            if member == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]
            copy.writestr(member, data)
    return path


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileMissingError):
        read_sheet(tmp_path / "finns_inte.xlsx")


def test_unsupported_extension_lists_what_is_supported(tmp_path: Path) -> None:
    path = tmp_path / "lista.pdf"
    path.write_bytes(b"%PDF-1.7")
    with pytest.raises(UnsupportedFileTypeError) as caught:
        read_sheet(path)
    assert ".xlsx" in str(caught.value)
    assert ".csv" in str(caught.value)


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (
            lambda d: _write(d / "text.xlsx", "Det här är en textfil.\n".encode()),
            NotASpreadsheetError,
        ),
        (lambda d: _write(d / "html.xls", b"<html><table></table></html>"), NotASpreadsheetError),
        (lambda d: _write(d / "binar.csv", b"PK\x03\x04\x00\x00abc"), NotASpreadsheetError),
        (lambda d: _write(d / "odefinierad.csv", b"Namn\r\n\x81\x8d\r\n"), NotASpreadsheetError),
        (lambda d: _zip_with(d, "arkiv.xlsx", {"a.txt": "hej"}), NotASpreadsheetError),
        (
            lambda d: _zip_with(
                d, "text.ods", {"mimetype": "application/vnd.oasis.opendocument.text"}
            ),
            NotASpreadsheetError,
        ),
        (
            lambda d: _zip_with(
                d, "halv.ods", {"mimetype": "application/vnd.oasis.opendocument.spreadsheet"}
            ),
            CorruptWorkbookError,
        ),
        (
            lambda d: _zip_with(
                d, "brev.xlsx", {"[Content_Types].xml": "<x/>", "word/document.xml": "<w/>"}
            ),
            NotASpreadsheetError,
        ),
        (lambda d: _mkdir(d / "mapp.xlsx"), NotASpreadsheetError),
        (lambda d: _write(d / "tom.xlsx", b""), CorruptWorkbookError),
        (_truncated_xlsx, CorruptWorkbookError),
        (_broken_sheet_xml, CorruptWorkbookError),
        (lambda d: _write(d / "losen.xlsx", OLE_MAGIC + bytes(4088)), EncryptedWorkbookError),
        (lambda d: _write(d / "losen.xlsm", OLE_MAGIC + bytes(4088)), EncryptedWorkbookError),
        (lambda d: _write(d / "skadad.xls", OLE_MAGIC + bytes(100)), CorruptWorkbookError),
        (lambda d: write_xlsx(d / "tomt.xlsx", []), EmptySheetError),
        (lambda d: write_xlsx(d / "blankt.xlsx", [["  ", None], [None, "\t"]]), EmptySheetError),
        (lambda d: _write(d / "tom.csv", b""), EmptySheetError),
        (lambda d: _write(d / "semikolon.csv", b";;;\r\n;;;\r\n \r\n"), EmptySheetError),
    ],
)
def test_unreadable_files_raise_typed_errors_naming_the_file(
    tmp_path: Path, make: Callable[[Path], Path], error: type[FileReadError]
) -> None:
    path = make(tmp_path)
    with pytest.raises(error) as caught:
        read_sheet(path)
    assert type(caught.value) is error
    assert isinstance(caught.value, DomainError)
    assert caught.value.path == path
    assert f"”{path.name}”" in str(caught.value)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path


@pytest.mark.parametrize(
    ("member", "readable"),
    [
        ("xl/worksheets/sheet1.xml", False),
        ("xl/workbook.xml", False),
        ("xl/_rels/workbook.xml.rels", False),
        ("_rels/.rels", False),
        ("xl/styles.xml", True),
        ("docProps/core.xml", True),
    ],
)
def test_workbook_missing_a_part(tmp_path: Path, member: str, readable: bool) -> None:
    source = write_xlsx(tmp_path / "källa.xlsx", [["Namn", "E-post"]])
    path = tmp_path / "utan_del.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as copy:
        assert member in original.namelist()
        for name in original.namelist():
            if name != member:
                copy.writestr(name, original.read(name))
    if readable:
        assert read_sheet(path).rows[0].cells == ("Namn", "E-post")
    else:
        with pytest.raises(CorruptWorkbookError):
            read_sheet(path)

"""Hostile and odd files are refused by the reader, quickly, with a typed Swedish error."""

from __future__ import annotations

import os
import time
import zipfile
from pathlib import Path

import pytest

from seminarkoll.exchange.errors import (
    CellTooLongError,
    FileReadError,
    FileTooLargeError,
    MixedEncodingError,
    NotARegularFileError,
    SheetTooLargeError,
    UnterminatedQuoteError,
)
from seminarkoll.exchange.participant_rows import read_participant_file
from seminarkoll.exchange.spreadsheet import MAX_FILE_MB, read_sheet
from seminarkoll.exchange.workbook_bounds import check_workbook
from tests.exchange.hostile_files import (
    ROWS,
    far_cell_xlsx,
    huge_cell_xlsx,
    mixed_encoding_csv,
    unterminated_quote_csv,
    with_sheet_data,
)
from tests.exchange.workbooks import write_csv, write_ods, write_xlsx

GB = 1024**3


@pytest.mark.parametrize(
    ("reference", "rows", "columns"),
    [
        ("XFD1048576", 1048576, 16384),
        ("A2000000000", 2000000000, 3),
        ("ZZZZZZ1", 2, 321272406),
        ("GR1048576", 1048576, 200),
        ("GR99999", 99999, 200),
        ("GS1", 2, 201),
    ],
)
def test_a_value_far_away_is_refused_before_the_grid_is_built(
    tmp_path: Path, reference: str, rows: int, columns: int
) -> None:
    path = far_cell_xlsx(tmp_path / "lista.xlsx", reference)
    assert path.stat().st_size < 10_000
    started = time.perf_counter()
    with pytest.raises(SheetTooLargeError) as caught:
        read_sheet(path)
    assert time.perf_counter() - started < 10
    assert (caught.value.rows, caught.value.columns) == (rows, columns)
    assert "”lista.xlsx” är för stort att läsa" in str(caught.value)


@pytest.mark.parametrize("reference", ["T500", "GR20", "Z9000"])
def test_a_value_far_but_within_the_limits_is_read(tmp_path: Path, reference: str) -> None:
    sheet = read_sheet(far_cell_xlsx(tmp_path / "lista.xlsx", reference))
    assert sheet.rows[1].cells[:3] == ROWS[1]
    assert sheet.rows[-1].cells[-1] == "x"


def test_empty_styled_cells_far_away_are_no_values_and_are_read(tmp_path: Path) -> None:
    path = with_sheet_data(
        tmp_path / "lista.xlsx",
        b'<row r="3"><c r="XFD3" s="1"/></row><row r="1048576" s="1" customFormat="1"/>',
    )
    assert read_sheet(path).rows[1].cells == ROWS[1]


@pytest.mark.parametrize(
    "extra",
    [
        # Cells without a reference follow the one before: 250 of them reach column 250.
        b'<row r="3">' + b"<c><v>1</v></c>" * 250 + b"</row>",
        # A namespace prefix and an unusual attribute order hide nothing.
        b'<x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" r="3">'
        b'<x:c t="n" r="XFD3"><x:v>1</x:v></x:c></x:row>',
        # Rows without a number follow the one before.
        b'<row r="99999"><c r="A99999"><v>1</v></c></row>' + b"<row><c><v>1</v></c></row>" * 2,
    ],
)
def test_unusual_cell_positions_are_followed_one_by_one(tmp_path: Path, extra: bytes) -> None:
    with pytest.raises(SheetTooLargeError):
        read_sheet(with_sheet_data(tmp_path / "lista.xlsx", extra))


@pytest.mark.parametrize("space", [b"\n", b"\t", b"\r\n  "])
def test_a_line_break_or_tab_before_a_reference_hides_nothing(tmp_path: Path, space: bytes) -> None:
    """XML allows any whitespace between a tag's name and its attributes, and calamine would
    place this value at XFD1048576 (a grid of terabytes): the scan must see it, whatever
    space precedes its references."""
    extra = b"<row" + space + b'r="1048576"><c' + space + b'r="XFD1048576"><v>1</v></c></row>'
    path = with_sheet_data(tmp_path / "lista.xlsx", extra)
    bounds = check_workbook(path, path.read_bytes())
    assert bounds is not None
    with pytest.raises(SheetTooLargeError) as refused:
        bounds.check_sheet("Blad1")
    assert (refused.value.rows, refused.value.columns) == (1048576, 16384)


@pytest.mark.parametrize(("character", "size"), [("x", 1 * GB), (" ", 2 * GB)])
def test_a_cell_of_gigabytes_is_refused_while_unpacking(
    tmp_path: Path, character: str, size: int
) -> None:
    path = huge_cell_xlsx(tmp_path / "lista.xlsx", character, size)
    assert path.stat().st_size < 3 * 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(CellTooLongError) as caught:
        read_sheet(path)
    assert time.perf_counter() - started < 10
    assert "”lista.xlsx” har en cell med mer text än ett kalkylblad rymmer" in str(caught.value)


def test_a_long_cell_within_excels_limit_is_read(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "lista.xlsx", [*ROWS, ["å" * 32_767]])
    assert read_sheet(path).rows[2].cells[0] == "å" * 32_767


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_link_to_a_device_is_refused_without_reading(tmp_path: Path, device: str) -> None:
    path = tmp_path / "lista.csv"
    path.symlink_to(device)
    with pytest.raises(NotARegularFileError) as caught:
        read_sheet(path)
    assert "”lista.csv” är ingen vanlig fil" in str(caught.value)


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    path = tmp_path / "lista.xlsx"
    os.mkfifo(path)
    with pytest.raises(NotARegularFileError):
        read_sheet(path)


def test_a_file_over_the_size_limit_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "lista.csv"
    with path.open("wb") as file:
        file.truncate(MAX_FILE_MB * 1024 * 1024 + 1)  # sparse: no disk space taken
    with pytest.raises(FileTooLargeError) as caught:
        read_sheet(path)
    assert f"mer än {MAX_FILE_MB} MB" in str(caught.value)


def test_a_workbook_unpacking_to_too_much_is_refused(tmp_path: Path) -> None:
    path = huge_cell_xlsx(tmp_path / "lista.xlsx", "<a/>", 256 * 1024 * 1024)  # many tags
    with pytest.raises(FileTooLargeError):
        read_sheet(path)


def test_a_csv_mixing_utf8_and_cp1252_is_refused_naming_both_rows(tmp_path: Path) -> None:
    with pytest.raises(MixedEncodingError) as caught:
        read_sheet(mixed_encoding_csv(tmp_path / "lista.csv"))
    assert "rad 2 är sparad som UTF-8 men rad 3 som Windows-1252" in str(caught.value)


def test_a_cp1252_line_that_is_also_utf8_is_taken_for_a_mix(tmp_path: Path) -> None:
    """The limit of telling encodings apart: in Windows-1252 "Ä" then a no-break space are the
    bytes of "Ġ" in UTF-8, so that line reads as UTF-8 and the file is refused as mixed (a
    clear message, nothing read wrongly) rather than guessed."""
    path = tmp_path / "lista.csv"
    path.write_bytes("Namn;E-post\r\nÅsa Berg;a@b.se\r\nBÄ\xa0;b@b.se\r\n".encode("cp1252"))
    with pytest.raises(MixedEncodingError) as caught:
        read_sheet(path)
    assert "rad 3 är sparad som UTF-8 men rad 2 som Windows-1252" in str(caught.value)


def test_a_cp1252_csv_alone_still_reads(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "lista.csv", [["Namn", "E-post"], ["Åke Ärlig", "a@b.se"]])
    assert read_sheet(path).rows[1].cells == ("Åke Ärlig", "a@b.se")


def test_an_unterminated_quote_is_refused_naming_its_row(tmp_path: Path) -> None:
    with pytest.raises(UnterminatedQuoteError) as caught:
        read_sheet(unterminated_quote_csv(tmp_path / "lista.csv"))
    assert "på rad 3 har ett fält ett citattecken" in str(caught.value)


def test_quotes_inside_an_unquoted_field_stay_text(tmp_path: Path) -> None:
    path = tmp_path / "lista.csv"
    path.write_bytes(b'Namn;E-post\r\nAnna "Ankan" Berg;anna@example.se\r\n')
    assert read_sheet(path).rows[1].cells[0] == 'Anna "Ankan" Berg'


def test_a_csv_cell_over_the_field_limit_is_refused_naming_its_row(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "lista.csv", [["Namn", "E-post"], ["x" * 200_000, "a@b.se"]])
    with pytest.raises(CellTooLongError) as caught:
        read_sheet(path)
    assert "på rad 2" in str(caught.value)


def test_control_characters_never_leave_the_reader(tmp_path: Path) -> None:
    csv_path = tmp_path / "lista.csv"
    csv_path.write_bytes(
        b"Namn;E-post;Skola/enhet\r\nAnna\x1b[31m Berg;anna@example.se;Sk\x07ola\x7f\r\n"
    )
    assert read_sheet(csv_path).rows[1].cells == ("Anna[31m Berg", "anna@example.se", "Skola")
    xlsx_path = write_xlsx(
        tmp_path / "lista.xlsx",
        [["Namn", "E-post"], ["Bo_x001B_[2J Ek_x0000_", "bo@example.se"]],
    )
    assert read_sheet(xlsx_path).rows[1].cells == ("Bo[2J Ek", "bo@example.se")


def test_problem_lines_quote_at_most_60_characters_of_a_cell(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        [
            ["Namn", "E-post"],
            ["Anna Berg", "x" * 20_000],
            ["Bo Ek", "å" * 20_000 + "@@b.se"],
            ["Å" * 20_000, "c@b.se"],
        ],
    )
    report = read_participant_file(path)
    assert len(report.problems) == 3
    for problem in report.problems:
        assert len(problem.message) < 140
        assert "…" in problem.message


def test_every_refusal_is_a_file_read_error_naming_the_file(tmp_path: Path) -> None:
    for path in (
        far_cell_xlsx(tmp_path / "a.xlsx", "XFD1048576"),
        mixed_encoding_csv(tmp_path / "b.csv"),
        unterminated_quote_csv(tmp_path / "c.csv"),
    ):
        with pytest.raises(FileReadError) as caught:
            read_sheet(path)
        assert caught.value.path == path
        assert f"”{path.name}”" in str(caught.value)


def _ods_rows(path: Path, extra: str) -> Path:
    """An .ods list (as LibreOffice saves it) with `extra` rows at the end of its table."""
    write_ods(path, [list(row) for row in ROWS])
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    content = members["content.xml"].decode().replace("</table:table>", f"{extra}</table:table>")
    members["content.xml"] = content.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


_ODS_VALUE = '<table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell>'


@pytest.mark.parametrize(
    ("extra", "rows", "columns"),
    [
        (
            f'<table:table-row table:number-rows-repeated="2000000">{_ODS_VALUE}</table:table-row>',
            2000002,
            3,
        ),
        (
            '<table:table-row table:number-rows-repeated="1048576"><table:table-cell '
            'table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p>'
            "</table:table-cell></table:table-row>",
            1048578,
            16384,
        ),
    ],
)
def test_repeated_ods_rows_and_cells_are_counted_before_the_grid_is_built(
    tmp_path: Path, extra: str, rows: int, columns: int
) -> None:
    with pytest.raises(SheetTooLargeError) as caught:
        read_sheet(_ods_rows(tmp_path / "lista.ods", extra))
    assert (caught.value.rows, caught.value.columns) == (rows, columns)


def test_repeated_empty_ods_rows_as_libreoffice_saves_them_are_read(tmp_path: Path) -> None:
    extra = (
        '<table:table-row table:number-rows-repeated="1048570">'
        '<table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
    )
    assert read_sheet(_ods_rows(tmp_path / "lista.ods", extra)).rows[1].cells == ROWS[1]

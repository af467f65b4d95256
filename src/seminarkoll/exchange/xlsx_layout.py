"""The look shared by exported sheets: title rows, header style, print setup, status colours.

Sheets are written with openpyxl in write-only mode: column widths, frozen panes and row
settings are set before the first row; everything else (filters, colours, validation, print
setup) before saving. Data cells carry no style of their own: their colours come from
conditional formatting, so a sheet of thousands of rows costs little more than plain values.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from contextlib import suppress
from pathlib import Path
from types import MappingProxyType
from typing import Protocol
from zipfile import ZIP_DEFLATED, ZipFile

from lxml.etree import SerialisationError
from openpyxl.cell import WriteOnlyCell
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter

from seminarkoll.domain.enums import AttendanceStatus, CompletionState
from seminarkoll.domain.exports import (
    COMPLETION_WORDS,
    NOT_EXPECTED_WORD,
    STATUS_WORDS,
    ExportHeading,
)
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate
from seminarkoll.exchange.safe_cells import xlsx_cell, xlsx_text, xlsx_value
from seminarkoll.exchange.writing import write_atomically

ID_MARKER = "Seminarkoll-id"
"""Column A of the hidden id row of a sheet that can be imported back."""
COHORT_PREFIX = "omgång:"
KIND_SIGNIN = "närvarolista"
KIND_MATRIX = "närvaromatris"
STATUS_PREFIX = "status:"
NOTE_PREFIX = "anteckning:"
TOTALS_MARKER = "summa"
"""Column A of a totals row, so that reading a matrix back skips it."""

TITLE_ROW, INFO_ROW, ID_ROW, HEADER_ROW, FIRST_DATA_ROW = 1, 2, 3, 4, 5

PERCENT = "0%"
"""The number format of a share shown as per cent."""

PERSON_COLUMNS = (
    "Id",
    QT_TRANSLATE_NOOP("FileWords", "Efternamn"),
    QT_TRANSLATE_NOOP("FileWords", "Förnamn"),
    QT_TRANSLATE_NOOP("FileWords", "Arbetsplats"),
    QT_TRANSLATE_NOOP("FileWords", "Grupp"),
)
"""The first headers of a sheet that can be imported back: who each row is (Swedish; written in
the chosen language)."""


class EnrolledPerson(Protocol):
    """What a row of a sheet that can be imported back says about who it is."""

    @property
    def enrollment_id(self) -> int: ...
    @property
    def last_name(self) -> str: ...
    @property
    def first_name(self) -> str: ...
    @property
    def workplace(self) -> str: ...
    @property
    def groups(self) -> tuple[str, ...]: ...


def person_cells(entry: EnrolledPerson) -> list[object]:
    """The values under PERSON_COLUMNS for `entry`."""
    return [
        entry.enrollment_id,
        entry.last_name,
        entry.first_name,
        entry.workplace,
        ", ".join(entry.groups),
    ]


_HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
_HEADER_FONT = Font(bold=True, color="1F2D3D")
_HEADER_ALIGNMENT = Alignment(wrap_text=True, vertical="center")
_HEADER_BORDER = Border(bottom=Side(style="medium", color="8EA9C1"))
_TITLE_FONT = Font(bold=True, size=14, color="1F2D3D")
_INFO_FONT = Font(italic=True, size=9, color="52606D")
_BOLD = Font(bold=True)
_WRAPPED = Alignment(wrap_text=True, vertical="top")

_STATUS_COLOURS: Mapping[AttendanceStatus, tuple[str, str]] = MappingProxyType(
    {
        AttendanceStatus.PRESENT: ("C6EFCE", "006100"),
        AttendanceStatus.LATE: ("FFEB9C", "7F6000"),
        AttendanceStatus.EXCUSED: ("DDEBF7", "1F4E78"),
        AttendanceStatus.ABSENT: ("FFC7CE", "9C0006"),
    }
)
"""Fill and text colour per mark (Excel's own good/neutral/bad palette)."""
_NOT_EXPECTED_COLOURS = ("F2F2F2", "808080")

_GRID_SIDE = Side(style="thin", color="BFC9D4")
_GRID_BORDER = Border(left=_GRID_SIDE, right=_GRID_SIDE, top=_GRID_SIDE, bottom=_GRID_SIDE)
_UNRECORDED_FILL = PatternFill("solid", fgColor="FCE4D6", bgColor="FCE4D6")

_COMPLETION_COLOURS: Mapping[CompletionState, tuple[str, str]] = MappingProxyType(
    {
        CompletionState.COMPLETED: ("C6EFCE", "006100"),
        CompletionState.ON_TRACK: ("E2EFDA", "375623"),
        CompletionState.AT_RISK: ("FFEB9C", "7F6000"),
        CompletionState.CANNOT_COMPLETE: ("FFC7CE", "9C0006"),
        CompletionState.NOT_TAKING_PART: ("F2F2F2", "808080"),
    }
)


def status_choices() -> tuple[str, ...]:
    """The words offered in a status dropdown, in the order of `AttendanceStatus`, in the
    chosen language."""
    return tuple(STATUS_WORDS[status] for status in AttendanceStatus)


def blank_workbook(title: str | None = None) -> Workbook:
    """An empty write-only workbook with Seminarkoll as author and `title`, if any."""
    workbook = Workbook(write_only=True)
    workbook.properties.creator = "Seminarkoll"
    if title is not None:
        workbook.properties.title = xlsx_text(title)
    return workbook


def new_workbook(heading: ExportHeading, subject: str) -> Workbook:
    """An empty workbook of an export about one cohort, titled "`subject` – cohort"."""
    return blank_workbook(f"{subject} – {heading.title}")


def save_workbook(book: Workbook, path: Path, fill: Callable[[Workbook], None]) -> Path:
    """Let `fill` add the sheets to `book`, and save it as `path` the safe way (see
    `write_atomically`): a full disk, also under the temporary files openpyxl writes the sheets
    to while they are filled, becomes one Swedish error about `path`.

    openpyxl's own `save` leaves its zip archive and the unfinished sheets' writers open when
    the disk fills up; they then fail once more, noisily, when Python collects them. Here the
    archive is closed by `with`, and the remaining sheets are finished on failure.
    """

    def write(temp: Path) -> None:
        try:
            fill(book)
            with ZipFile(temp, "w", ZIP_DEFLATED, allowZip64=True) as archive:
                ExcelWriter(book, archive).save()
        except SerialisationError as error:
            _finish_sheets(book)
            # lxml reports the operating system's error by name, e.g. "IO_ENOSPC".
            code = getattr(errno, str(error).removeprefix("IO_"), errno.EIO)
            raise OSError(code, os.strerror(code)) from error
        except BaseException:
            _finish_sheets(book)
            raise

    return write_atomically(path, write)


def _finish_sheets(book: Workbook) -> None:
    for sheet in book.worksheets:
        if isinstance(sheet, WriteOnlyWorksheet) and not sheet.closed:
            with suppress(Exception):
                sheet.close()


def prepare_sheet(
    sheet: WriteOnlyWorksheet,
    widths: Sequence[float],
    *,
    freeze: str,
    hidden_columns: Iterable[int] = (),
    id_row: bool = False,
    header_height: float = 30.0,
) -> None:
    """Column widths (1-based hidden columns), frozen panes, row heights and fit-to-page
    printing: everything written at the top of the sheet, so before its first row."""
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    for index in hidden_columns:
        sheet.column_dimensions[get_column_letter(index)].hidden = True
    if id_row:
        sheet.row_dimensions[ID_ROW].hidden = True
    sheet.row_dimensions[TITLE_ROW].height = 24
    sheet.row_dimensions[HEADER_ROW].height = header_height
    sheet.freeze_panes = freeze
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def append_title(sheet: WriteOnlyWorksheet, title: str, info: str, title_column: int = 1) -> None:
    """Rows 1 and 2: a large title and a small line of facts, starting at `title_column`."""
    pad: list[object] = [None] * (title_column - 1)
    sheet.append([*pad, _styled(sheet, title, font=_TITLE_FONT)])
    sheet.append([*pad, _styled(sheet, info, font=_INFO_FONT)])


def append_heading(
    sheet: WriteOnlyWorksheet, title: str, info: str, labels: Sequence[str | None]
) -> None:
    """The top of a sheet that is not read back: the title (`TITLE_ROW`), its facts
    (`INFO_ROW`), an empty `ID_ROW` and the header (`HEADER_ROW`)."""
    append_title(sheet, title, info)
    sheet.append([])
    append_header(sheet, labels)


def append_header(sheet: WriteOnlyWorksheet, labels: Sequence[str | None]) -> None:
    """The header row: bold on a pale blue band with a line below; None leaves a cell empty."""
    sheet.append(
        [
            None
            if label is None
            else _styled(
                sheet,
                label,
                font=_HEADER_FONT,
                fill=_HEADER_FILL,
                alignment=_HEADER_ALIGNMENT,
                border=_HEADER_BORDER,
            )
            for label in labels
        ]
    )


def bold(sheet: WriteOnlyWorksheet, value: object) -> WriteOnlyCell:
    """A bold cell (totals labels)."""
    return _styled(sheet, value, font=_BOLD)


def dated(sheet: WriteOnlyWorksheet, value: object) -> WriteOnlyCell:
    """A date cell shown as 2016-09-15 whatever the reader's locale."""
    cell = xlsx_cell(sheet, value)
    cell.number_format = "yyyy-mm-dd"
    return cell


def append_row(sheet: WriteOnlyWorksheet, values: Iterable[object]) -> None:
    """Append one row; every text value goes through `xlsx_value` (no control characters,
    never a formula), so any text from the database can be written."""
    sheet.append([xlsx_value(sheet, value) for value in values])


def percent(sheet: WriteOnlyWorksheet, share: float | None) -> WriteOnlyCell | None:
    """A share (0-1) shown as per cent (Excel writes "86 %" in Swedish); empty when there is
    none."""
    if share is None:
        return None
    cell = WriteOnlyCell(sheet, share)
    cell.number_format = PERCENT
    return cell


def wrapped(
    sheet: WriteOnlyWorksheet, value: object, number_format: str | None = None
) -> WriteOnlyCell:
    """A top-aligned cell whose text wraps (for short tables such as the schedule)."""
    cell = xlsx_cell(sheet, value)
    cell.alignment = _WRAPPED
    if number_format is not None:
        cell.number_format = number_format
    return cell


def print_setup(
    sheet: WriteOnlyWorksheet,
    heading: ExportHeading,
    *,
    landscape: bool,
    title_rows: str = f"{HEADER_ROW}:{HEADER_ROW}",
) -> None:
    """A4 fitted to the page width (see `prepare_sheet`), repeated header row, "Sida 1 av N"."""
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.orientation = "landscape" if landscape else "portrait"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.page_margins.top = 0.5
    sheet.page_margins.bottom = 0.6
    sheet.print_title_rows = title_rows
    sheet.oddFooter.left.text = _footer_text(heading.title)
    sheet.oddFooter.left.size = 8
    sheet.oddFooter.center.text = translate("Exports", "Sida &P av &N")
    sheet.oddFooter.center.size = 8
    sheet.oddFooter.right.text = translate("Exports", "Utdrag {created}").format(
        created=heading.created_label
    )
    sheet.oddFooter.right.size = 8


def table(sheet: WriteOnlyWorksheet, cells: str) -> None:
    """Make `cells` (header row and data rows) a filterable, bordered table."""
    sheet.auto_filter.ref = cells
    grid(sheet, cells)


def grid(sheet: WriteOnlyWorksheet, cells: str) -> None:
    """Thin cell borders on `cells` (header and data), drawn by an always-true conditional
    format: no per-cell style, and printed grid lines stay off the title rows. (The colour
    rules carry the same border, as LibreOffice applies only one format per cell.)"""
    sheet.conditional_formatting.add(
        cells, FormulaRule(formula=["TRUE"], border=_GRID_BORDER, stopIfTrue=False)
    )


def append_id_row(
    sheet: WriteOnlyWorksheet, cohort_id: int, kind: str, column_ids: Iterable[str]
) -> None:
    """The hidden id row of a sheet that can be imported back: the marker, the cohort and the
    `kind` of sheet under PERSON_COLUMNS, then what each further column holds (`column_ids`,
    e.g. "status:12")."""
    spare = [None] * (len(PERSON_COLUMNS) - 3)
    append_row(sheet, [ID_MARKER, f"{COHORT_PREFIX}{cohort_id}", kind, *spare, *column_ids])


def mark_cells(sheet: WriteOnlyWorksheet, area: str) -> None:
    """Make `area` (e.g. "F5:L40") the cells where marks are chosen: a dropdown of the marks'
    words, each word in its colour."""
    _status_dropdown(sheet, area)
    _status_colours(sheet, area)


def _status_colours(sheet: WriteOnlyWorksheet, area: str) -> None:
    """Colour each status word in `area`."""
    colours = {STATUS_WORDS[status]: pair for status, pair in _STATUS_COLOURS.items()}
    _word_colours(sheet, area, {**colours, NOT_EXPECTED_WORD: _NOT_EXPECTED_COLOURS})


def unrecorded_colour(
    sheet: WriteOnlyWorksheet, column: int, first_row: int, last_row: int
) -> None:
    """A pale orange for empty cells of one column: held, but nothing recorded."""
    letter = get_column_letter(column)
    sheet.conditional_formatting.add(
        f"{letter}{first_row}:{letter}{last_row}",
        FormulaRule(
            formula=[f"LEN(TRIM({letter}{first_row}))=0"],
            fill=_UNRECORDED_FILL,
            border=_GRID_BORDER,
        ),
    )


def completion_colours(sheet: WriteOnlyWorksheet, area: str) -> None:
    """Colour each completion verdict in `area`."""
    _word_colours(
        sheet, area, {COMPLETION_WORDS[state]: pair for state, pair in _COMPLETION_COLOURS.items()}
    )


def _status_dropdown(sheet: WriteOnlyWorksheet, area: str) -> None:
    """A dropdown of the status words on `area`; other text is refused with a Swedish message."""
    validation = DataValidation(
        type="list",
        formula1='"' + ",".join(status_choices()) + '"',
        allow_blank=True,
        showDropDown=False,
        showErrorMessage=True,
        showInputMessage=True,
        errorStyle="stop",
        errorTitle=translate("Exports", "Okänd närvaro"),
        error=translate("Exports", "Välj {choices} i listan, eller lämna rutan tom.").format(
            choices=_choices_text()
        ),
        promptTitle=translate("Exports", "Närvaro"),
        prompt=translate("Exports", "Välj i listan."),
    )
    validation.add(area)
    sheet.data_validations.append(validation)


def area(first_column: int, first_row: int, last_column: int, last_row: int) -> str:
    """An A1-style range, e.g. area(2, 4, 6, 40) == "B4:F40"."""
    return (
        f"{get_column_letter(first_column)}{first_row}:"
        f"{get_column_letter(last_column)}{max(last_row, first_row)}"
    )


def _choices_text() -> str:
    choices = status_choices()
    return translate("Exports", "{first} eller {last}").format(
        first=", ".join(choices[:-1]), last=choices[-1]
    )


def _word_colours(
    sheet: WriteOnlyWorksheet, cells: str, colours: Mapping[str, tuple[str, str]]
) -> None:
    for word, (fill, text) in colours.items():
        sheet.conditional_formatting.add(
            cells,
            CellIsRule(
                operator="equal",
                formula=[f'"{word}"'],
                fill=PatternFill("solid", fgColor=fill, bgColor=fill),
                font=Font(color=text),
                border=_GRID_BORDER,
            ),
        )


def _styled(
    sheet: WriteOnlyWorksheet,
    value: object,
    *,
    font: Font | None = None,
    fill: PatternFill | None = None,
    alignment: Alignment | None = None,
    border: Border | None = None,
) -> WriteOnlyCell:
    cell = xlsx_cell(sheet, value)
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    if alignment is not None:
        cell.alignment = alignment
    if border is not None:
        cell.border = border
    return cell


def _footer_text(text: str) -> str:
    """Header/footer text with "&" escaped (it starts a control code) and kept short."""
    text = xlsx_text(text)
    short = text if len(text) <= 80 else f"{text[:79]}…"
    return short.replace("&", "&&")

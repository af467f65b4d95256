"""Save the rows an import skipped, as they were in the file, with a "Problem" column added."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from seminarkoll.exchange.safe_cells import xlsx_cell
from seminarkoll.exchange.spreadsheet import CellValue
from seminarkoll.exchange.writing import check_target
from seminarkoll.exchange.xlsx_layout import (
    append_header,
    append_row,
    blank_workbook,
    save_workbook,
)

PROBLEM_COLUMN = "Problem"
ROW_COLUMN = "Rad i originalfilen"
_PROBLEM_FONT = Font(color="9C0006")


@dataclass(frozen=True)
class SkippedRow:
    """One row that was not imported: its row number, its cells and why."""

    row: int
    cells: tuple[CellValue, ...]
    problem: str


def write_skipped_rows(
    labels: Sequence[str], rows: Sequence[SkippedRow], path: Path, sheet_name: str = "Överhoppade"
) -> Path:
    """Save `rows` under the original header `labels`, with "Problem" and the original row
    number as two extra columns, so the file can be corrected and imported again."""
    check_target(path)
    return save_workbook(blank_workbook(), path, lambda book: _fill(book, labels, rows, sheet_name))


def _fill(
    book: Workbook, labels: Sequence[str], rows: Sequence[SkippedRow], sheet_name: str
) -> None:
    sheet: WriteOnlyWorksheet = book.create_sheet(sheet_name[:31])
    width = max([len(labels), *(len(row.cells) for row in rows)])
    for column in range(1, width + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 22
    sheet.column_dimensions[get_column_letter(width + 1)].width = 60
    sheet.column_dimensions[get_column_letter(width + 2)].width = 12
    sheet.freeze_panes = "A2"
    header = [*labels, *([""] * (width - len(labels))), PROBLEM_COLUMN, ROW_COLUMN]
    append_header(sheet, header)
    for row in rows:
        problem = xlsx_cell(sheet, row.problem)
        problem.font = _PROBLEM_FONT
        append_row(sheet, [*row.cells, *([None] * (width - len(row.cells))), problem, row.row])
    sheet.auto_filter.ref = f"A1:{get_column_letter(width + 2)}{len(rows) + 1}"

"""Text as exported cells carry it: never a control character, never a formula (xlsx and CSV)."""

from __future__ import annotations

import re

from openpyxl.cell import Cell, WriteOnlyCell
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from seminarkoll.domain.text import FORMULA_STARTS, without_control

_ESCAPE_LIKE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)")


def xlsx_text(text: str) -> str:
    """`text` as an .xlsx cell may hold it: without control characters (openpyxl refuses
    them; data stored before they were refused may hold some), and with text that looks like
    Excel's `_x001B_` escape kept literal (`_x005F_` is Excel's escaped underscore)."""
    clean = without_control(text)
    return _ESCAPE_LIKE.sub("_x005F_", clean) if "_x" in clean else clean


def xlsx_value(sheet: WriteOnlyWorksheet, value: object) -> object:
    """A value for `sheet.append`: text is cleaned (`xlsx_text`) and text that could be taken
    for a formula becomes a cell stored as text; other values stay as they are."""
    if not isinstance(value, str):
        return value
    clean = xlsx_text(value)
    if clean.startswith(FORMULA_STARTS):
        cell = WriteOnlyCell(sheet, clean)
        cell.data_type = "s"
        return cell
    return clean


def xlsx_cell(sheet: WriteOnlyWorksheet, value: object) -> WriteOnlyCell:
    """A cell (to be styled) holding `value` the way `xlsx_value` writes it."""
    cleaned = xlsx_value(sheet, value)
    return cleaned if isinstance(cleaned, Cell) else WriteOnlyCell(sheet, cleaned)


def csv_text(text: str) -> str:
    """`text` for a CSV cell: without control characters, and with a leading "'" when it
    starts like a formula, so that a spreadsheet opening the file shows it as text."""
    clean = without_control(text)
    return f"'{clean}" if clean.startswith(FORMULA_STARTS) else clean

"""What the import windows show of a file: participant columns, cell text and sheet problems."""

from __future__ import annotations

from seminarkoll.exchange.attendance_file import SheetProblem
from seminarkoll.exchange.columns import (
    ColumnMapping,
    ParticipantField,
    SheetHeader,
    column_letter,
    field_label,
    validate_mapping,
)
from seminarkoll.exchange.spreadsheet import CellValue, SheetData, cell_text

__all__ = [
    "CellValue",
    "ColumnMapping",
    "ParticipantField",
    "SheetData",
    "SheetHeader",
    "SheetProblem",
    "cell_text",
    "column_letter",
    "field_label",
    "validate_mapping",
]

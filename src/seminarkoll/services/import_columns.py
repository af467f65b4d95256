"""What the import windows show of a file: participant and role columns, cell text and sheet
problems."""

from __future__ import annotations

from seminarkoll.exchange.columns import (
    PARTICIPANT_COLUMNS,
    ColumnMapping,
    ColumnSet,
    FieldColumns,
    ParticipantField,
    SheetHeader,
    column_letter,
    field_label,
    validate_mapping,
)
from seminarkoll.exchange.problem_lines import CellProblem
from seminarkoll.exchange.role_rows import ROLE_COLUMNS, RoleField, role_field_label
from seminarkoll.exchange.spreadsheet import CellValue, SheetData, cell_text

__all__ = [
    "PARTICIPANT_COLUMNS",
    "ROLE_COLUMNS",
    "CellProblem",
    "CellValue",
    "ColumnMapping",
    "ColumnSet",
    "FieldColumns",
    "ParticipantField",
    "RoleField",
    "SheetData",
    "SheetHeader",
    "cell_text",
    "column_letter",
    "field_label",
    "role_field_label",
    "validate_mapping",
]

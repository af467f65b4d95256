"""A small generic Qt table model: rows of frozen dataclasses shown through column definitions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from seminarkoll.ui.formatting import chronological, display_date
from seminarkoll.ui.sorting import surname_first
from seminarkoll.ui.table_model import RowTableModel

Row = TypeVar("Row")
Day = TypeVar("Day", date, datetime)

ID_ROLE = Qt.ItemDataRole.UserRole + 60


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: header, displayed text, and optionally a sort value, tooltip and colour."""

    header: str
    text: Callable[[Row], str]
    sort: Callable[[Row], Any] | None = None
    tooltip: Callable[[Row], str | None] | None = None
    colour: Callable[[Row], str | None] | None = None


def name_column(header: str) -> Column[Any]:
    """A person's name (rows with `name`, `last_name` and `first_name`), sorted by last name,
    then first name."""
    return Column(header, lambda r: r.name, surname_first)


def date_column(
    header: str,
    value: Callable[[Row], Day | None],
    shown: Callable[[Day | None], str] = display_date,
) -> Column[Row]:
    """A date (or a moment) shown by `shown` and sorted in time order."""
    return Column(header, lambda r: shown(value(r)), lambda r: chronological(value(r)))


class ColumnsModel(RowTableModel[Row]):
    """Rows shown through `columns`; `ID_ROLE` gives `row_id(row)`."""

    def __init__(
        self, columns: Sequence[Column[Row]], row_id: Callable[[Row], int], parent: Any = None
    ) -> None:
        super().__init__([column.header for column in columns], parent)
        self._columns = list(columns)
        self._row_id = row_id

    def display(self, row: Row, column: int) -> str:
        return self._columns[column].text(row)

    def sort_value(self, row: Row, column: int) -> Any:
        sort = self._columns[column].sort
        return sort(row) if sort is not None else self.display(row, column)

    def cell(self, row: Row, index: int, role: int) -> Any:
        column = self._columns[index]
        if role == ID_ROLE:
            return self._row_id(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(row)
            return QBrush(QColor(colour)) if colour else None
        return super().cell(row, index, role)

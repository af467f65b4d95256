"""A small generic Qt table model: rows of frozen dataclasses shown through column definitions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from seminarkoll.ui.table_model import RowTableModel

Row = TypeVar("Row")

ID_ROLE = Qt.ItemDataRole.UserRole + 60


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: header, displayed text, and optionally a sort value, tooltip and colour."""

    header: str
    text: Callable[[Row], str]
    sort: Callable[[Row], Any] | None = None
    tooltip: Callable[[Row], str | None] | None = None
    colour: Callable[[Row], str | None] | None = None


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

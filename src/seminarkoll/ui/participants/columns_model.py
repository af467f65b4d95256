"""A small generic Qt table model: rows of frozen dataclasses shown through column definitions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from seminarkoll.ui.sorting import SORT_ROLE
from seminarkoll.ui.table_model import AnyIndex, RowTableModel

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

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort(row) if column.sort is not None else column.text(row)
        if role == ID_ROLE:
            return self._row_id(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
            colour = column.colour(row)
            return QBrush(QColor(colour)) if colour else None
        return None

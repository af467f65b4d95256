"""The usual set-up of a read-only list table: whole rows selected, sortable, no row numbers,
columns fitted to their contents."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView


def prepare_row_table(
    view: QTableView,
    model: QAbstractItemModel,
    sort_column: int,
    selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.ExtendedSelection,
) -> None:
    """Show `model` in `view` sorted by `sort_column`, selecting whole rows, never editing in
    place, without the vertical header."""
    view.setModel(model)
    view.setSortingEnabled(True)
    view.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(selection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()


def fit_columns(view: QTableView, stretch: int) -> None:
    """One line per row, columns as wide as their contents, `stretch` taking the rest."""
    view.setWordWrap(False)
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)

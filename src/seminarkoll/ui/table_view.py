"""The usual set-up of a read-only list table: whole rows selected, sortable, no row numbers,
columns fitted to their contents, and a hint instead of a blank grid when it is empty."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QAbstractProxyModel, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QHeaderView,
    QLabel,
    QLayout,
    QTableView,
    QVBoxLayout,
)


def prepare_row_table(
    view: QTableView,
    model: QAbstractItemModel,
    sort_column: int | None,
    selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.ExtendedSelection,
    *,
    order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
    editing: QAbstractItemView.EditTrigger = QAbstractItemView.EditTrigger.NoEditTriggers,
) -> None:
    """Show `model` in `view` sorted by `sort_column` in `order` (None: in the model's own
    order, not sortable), selecting whole rows, editing in place only on `editing` (never by
    default), without the vertical header."""
    view.setModel(model)
    if sort_column is not None:
        view.setSortingEnabled(True)
        view.sortByColumn(sort_column, order)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(selection)
    view.setEditTriggers(editing)
    view.verticalHeader().hide()


def fit_columns(view: QTableView, stretch: int) -> None:
    """One line per row, columns as wide as their contents, `stretch` taking the rest."""
    view.setWordWrap(False)
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


class EmptyHint(QObject):
    """Shows a hint in a table's empty area, and no scroll bars, while its model has no rows.

    `text` says why the table is empty and what to do ("Inga deltagare än – importera …");
    `filtered_text`, if given, is shown instead when a filter proxy hides every row of a
    source that has some. Set it up after the view has its model; the hint is a label over the
    viewport, so nothing is added to the paint path of a table that has rows.
    """

    def __init__(self, view: QAbstractItemView, text: str, filtered_text: str = "") -> None:
        super().__init__(view)
        self._view = view
        self._text = text
        self._filtered_text = filtered_text
        self.label = QLabel(view.viewport())
        self.label.setObjectName("emptyHint")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.label.setStyleSheet("color: #52606d; background: transparent; padding: 24px;")
        layout = QVBoxLayout(view.viewport())
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.label)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.refresh)
        self.refresh()

    def set_text(self, text: str, filtered_text: str | None = None) -> None:
        """Change what the hint says (for example when the user has narrowed the list)."""
        self._text = text
        if filtered_text is not None:
            self._filtered_text = filtered_text
        self.refresh()

    def text(self) -> str:
        """What the hint says now; empty while the table has rows."""
        return self.label.text() if not self.label.isHidden() else ""

    def refresh(self) -> None:
        """Show or hide the hint after the model's rows changed."""
        model = self._view.model()
        empty = model.rowCount() == 0
        text = self._text
        if empty and self._filtered_text and isinstance(model, QAbstractProxyModel):
            source = model.sourceModel()
            if source is not None and source.rowCount() > 0:
                text = self._filtered_text
        self.label.setText(text)
        self.label.setVisible(empty)
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if empty else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        view: QAbstractScrollArea = self._view
        view.setHorizontalScrollBarPolicy(policy)
        view.setVerticalScrollBarPolicy(policy)

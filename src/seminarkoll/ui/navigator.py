"""Left-hand tree of programmes and their cohorts."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QWidget

from seminarkoll.domain.translation import filled

if TYPE_CHECKING:
    from seminarkoll.domain.catalog import ProgrammeSummary

# Qt.ItemDataRole.UserRole as a number: touching PySide6's Qt namespace builds all of its
# enums (about 30 ms), which this module, on the path to the first paint, does not need.
USER_ROLE = 0x0100
KIND_ROLE = USER_ROLE + 10
ID_ROLE = USER_ROLE + 11
PROGRAMME, COHORT = "programme", "cohort"


class ProgrammeNavigator(QTreeView):
    """Programmes with their cohorts; emits cohort_selected / programme_selected."""

    cohort_selected = Signal(int)
    programme_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeNavigator")
        self._model = QStandardItemModel(self)
        self.setModel(self._model)
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.selectionModel().currentChanged.connect(self._current_changed)

    def set_programmes(self, programmes: Sequence[ProgrammeSummary]) -> None:
        """Show `programmes`, keeping the current selection when it still exists."""
        # Imported here: the catalogue's rules and records (about 40 ms) are not needed for
        # the window's first paint, which builds this tree empty.
        from seminarkoll.domain.catalog import cohort_status_word

        kept = self.current_item()
        self.blockSignals(True)
        self._model.clear()
        bold = QFont()
        bold.setBold(True)
        for programme in programmes:
            item = QStandardItem(programme.name)
            item.setFont(bold)
            item.setData(PROGRAMME, KIND_ROLE)
            item.setData(programme.id, ID_ROLE)
            item.setToolTip(programme.organiser)
            if programme.archived:
                item.setText(self.tr("%1 (arkiverat)").replace("%1", programme.name))
                item.setForeground(QColor("#7b8794"))
            for cohort in programme.cohorts:
                child = QStandardItem(f"{cohort.name} ({cohort.school_year})")
                child.setData(COHORT, KIND_ROLE)
                child.setData(cohort.id, ID_ROLE)
                child.setToolTip(
                    filled(
                        self.tr("%1 · %2 deltagare"),
                        cohort_status_word(cohort.status),
                        cohort.enrolled_count,
                    )
                )
                item.appendRow(child)
            self._model.appendRow(item)
        self.expandAll()
        self.blockSignals(False)
        if kept is not None:
            self.select(*kept)

    def current_item(self) -> tuple[str, int] | None:
        """(kind, id) of the selected item, or None."""
        index = self.currentIndex()
        if not index.isValid():
            return None
        return str(index.data(KIND_ROLE)), int(index.data(ID_ROLE))

    def select(self, kind: str, item_id: int) -> bool:
        """Select the programme or cohort with `item_id`; False when it is not shown."""
        for row in range(self._model.rowCount()):
            programme = self._model.item(row)
            candidates = [programme] + [programme.child(i) for i in range(programme.rowCount())]
            for item in candidates:
                if item.data(KIND_ROLE) == kind and item.data(ID_ROLE) == item_id:
                    self.setCurrentIndex(item.index())
                    return True
        return False

    def first_cohort_id(self) -> int | None:
        """The first cohort shown, if any."""
        for row in range(self._model.rowCount()):
            programme = self._model.item(row)
            if programme.rowCount():
                return int(programme.child(0).data(ID_ROLE))
        return None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        if current.data(KIND_ROLE) == COHORT:
            self.cohort_selected.emit(int(current.data(ID_ROLE)))
        else:
            self.programme_selected.emit(int(current.data(ID_ROLE)))

"""The register's "Hitta möjliga dubbletter": every pair of persons who may be one, merged one
pair at a time through the register's merge; and the words for why two persons may be one."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QTableView,
    QWidget,
)

from seminarkoll.services.duplicates import Likeness
from seminarkoll.ui.forms import close_buttons, counted, push_button, wrapped_label
from seminarkoll.ui.participants.columns_model import Column, ColumnsModel
from seminarkoll.ui.sorting import CollatingSortProxy, surname_first
from seminarkoll.ui.stacking import stacked
from seminarkoll.ui.table_view import fit_columns, prepare_row_table
from seminarkoll.ui.window_size import resize_within_screen

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.services.participants import DuplicatePair, PersonRow

translate = QCoreApplication.translate

Merge = Callable[["PersonRow", "PersonRow"], bool]
"""Merges two persons the way the register does (asks, merges, can be undone); True if done."""


def likeness_text(likeness: Likeness, *workplaces: str) -> str:
    """Why two persons may be one, e.g. "Samma namn på samma arbetsplats (Lextorpsskolan)."
    `workplaces`: the workplace names involved ('' for none)."""
    named = ", ".join(dict.fromkeys(w for w in workplaces if w))
    if likeness is Likeness.SAME_EMAIL:
        return translate("Duplicates", "Samma e-postadress.")
    if likeness is Likeness.SAME_NAME_SAME_WORKPLACE:
        text = translate("Duplicates", "Samma namn på samma arbetsplats (%1).")
    elif likeness is Likeness.SIMILAR_NAME_SAME_WORKPLACE:
        text = translate("Duplicates", "Liknande namn på samma arbetsplats (%1).")
    elif likeness is Likeness.SAME_NAME_SIMILAR_WORKPLACE:
        text = translate("Duplicates", "Samma namn på arbetsplatser med liknande namn (%1).")
    elif named:
        text = translate("Duplicates", "Samma namn (%1).")
    else:
        return translate("Duplicates", "Samma namn.")
    return text.replace("%1", named)


def _person(person: PersonRow) -> str:
    details = ", ".join(part for part in (person.workplace_name, person.email) if part)
    return f"{person.name} ({details})" if details else person.name


def _reason(pair: DuplicatePair) -> str:
    return likeness_text(pair.likeness, pair.first.workplace_name, pair.second.workplace_name)


def pairs_model(parent: QWidget) -> ColumnsModel[DuplicatePair]:
    """Pairs: the two persons, why they may be one, and how alike (per cent)."""
    return ColumnsModel(
        [
            Column(
                translate("Duplicates", "Person"),
                lambda p: _person(p.first),
                lambda p: surname_first(p.first),
                lambda p: _person(p.first),
            ),
            Column(
                translate("Duplicates", "Kanske samma som"),
                lambda p: _person(p.second),
                lambda p: surname_first(p.second),
                lambda p: _person(p.second),
            ),
            Column(
                translate("Duplicates", "Varför"),
                _reason,
                tooltip=_reason,
            ),
            Column(
                translate("Duplicates", "Likhet"),
                lambda p: f"{round(p.score)} %",
                lambda p: p.score,
            ),
        ],
        lambda p: p.first.id,
        parent,
    )


class DuplicatesDialog(QDialog):
    """The register scanned for possible duplicates; "Slå ihop …" merges the chosen pair
    through `merge` and scans again."""

    def __init__(self, services: Services, merge: Merge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        self.setWindowTitle(self.tr("Möjliga dubbletter"))
        self._services = services
        self._merge = merge
        self.summary = wrapped_label()
        self.summary.setObjectName("duplicatesSummary")
        self.model = pairs_model(self)
        self.proxy = CollatingSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("duplicatesTable")
        # Unsorted at first: the scan lists the likeliest pairs first, and sorting thousands
        # of pairs by collation would cost seconds; a click on a header sorts.
        prepare_row_table(self.table, self.proxy, -1, QTableView.SelectionMode.SingleSelection)
        self.table.doubleClicked.connect(lambda _index: self.merge_selected())
        self.merge_button = push_button(self.tr("&Slå ihop …"), self.merge_selected)
        self.merge_button.setObjectName("mergePair")
        stacked(self, self.summary, (self.table, 1), close_buttons(self, self.merge_button))
        self.merge_button.setDefault(True)
        resize_within_screen(self, 1180, 560)
        self.scan()
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_button())
        self._update_button()

    def scan(self) -> None:
        """Look through the whole register again."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            pairs = self._services.participants.find_duplicates()
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.model.set_rows(pairs)
        fit_columns(self.table, 2)
        if pairs:
            self.summary.setText(
                counted(
                    len(pairs),
                    self.tr(
                        "1 par personer kan vara samma person. Välj ett par och slå ihop "
                        "det om det är en och samma."
                    ),
                    self.tr(
                        "%1 par personer kan vara samma person. Välj ett par och slå ihop "
                        "det om det är en och samma."
                    ),
                )
            )
            self.table.selectRow(0)
        else:
            self.summary.setText(self.tr("Inga möjliga dubbletter i registret."))
        self._update_button()

    def selected_pair(self) -> DuplicatePair | None:
        """The pair chosen in the list."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.row_at(self.proxy.mapToSource(rows[0]).row())

    def merge_selected(self) -> None:
        """Merge the chosen pair (the register asks which to keep) and scan again."""
        pair = self.selected_pair()
        if pair is None:
            return
        row = self.table.currentIndex().row()
        if self._merge(pair.first, pair.second):
            self.scan()
            if self.proxy.rowCount():
                self.table.selectRow(min(max(row, 0), self.proxy.rowCount() - 1))

    def _update_button(self) -> None:
        self.merge_button.setEnabled(self.selected_pair() is not None)

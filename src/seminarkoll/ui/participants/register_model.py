"""Qt table model of the person register; sorts itself with Swedish collation keys (fast for
20,000 persons) and shows only the persons a search matched."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from seminarkoll.ui.attendance.labels import enrolment_label
from seminarkoll.ui.sorting import swedish_collator
from seminarkoll.ui.table_model import RowTableModel

if TYPE_CHECKING:
    from seminarkoll.services.participants import PersonRow

PERSON_ROLE = Qt.ItemDataRole.UserRole + 30


class PersonTableModel(RowTableModel["PersonRow"]):
    """Persons: last name, first name, workplace, title, e-mail, phone, cohorts, role.

    Sorting happens here (not in a proxy) by each text's rank in `QCollator` order, computed
    once per distinct text: a proxy's Python `lessThan` takes seconds for 20,000 rows, the
    ranks take milliseconds. A search narrows the rows to the ids the service found, keeping
    the sort order: their places in `_sorted` (every person loaded, in sort order) are looked
    up and sorted, so a search costs in proportion to what it found."""

    LAST, FIRST, WORKPLACE, TITLE, COHORTS, ROLE, EMAIL, PHONE = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                self.tr("Efternamn"),
                self.tr("Förnamn"),
                self.tr("Arbetsplats"),
                self.tr("Befattning"),
                self.tr("Omgångar"),
                self.tr("Roll"),
                self.tr("E-post"),
                self.tr("Telefon"),
            ),
            parent,
        )
        self._all: list[PersonRow] = []
        self._sorted: list[PersonRow] = []
        self._place: dict[int, int] = {}
        self._matches: Collection[int] | None = None
        self._keys: dict[int, list[int]] = {}
        self._sort_column = self.LAST
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._collator = swedish_collator()
        self._muted = QBrush(QColor("#627d98"))

    # -- content ---------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[PersonRow]) -> None:
        """Replace every person (after loading the register or a change)."""
        self.beginResetModel()
        self._all = list(rows)
        self._keys = {}
        self._sort_rows()
        self._rows = self._filtered()
        self.endResetModel()

    def set_matches(self, ids: Collection[int] | None) -> None:
        """Show only persons with these ids (None: everyone)."""
        self.beginResetModel()
        self._matches = ids
        self._rows = self._filtered()
        self.endResetModel()

    def person_at(self, row: int) -> PersonRow:
        """The person shown on `row`."""
        return self.row_at(row)

    def row_of(self, person_id: int) -> int | None:
        """The row showing `person_id`, or None when it is filtered out."""
        return next((row for row, person in enumerate(self._rows) if person.id == person_id), None)

    @property
    def total(self) -> int:
        """How many persons are loaded (before the search)."""
        return len(self._all)

    # -- sorting ---------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._headers):
            return
        self.layoutAboutToBeChanged.emit()
        old = [(index, self._rows[index.row()].id) for index in self.persistentIndexList()]
        self._sort_column, self._sort_order = column, order
        self._sort_rows()
        self._rows = self._filtered()
        position = {person.id: row for row, person in enumerate(self._rows)}
        self.changePersistentIndexList(
            [index for index, _ in old],
            [self.index(position[person_id], index.column()) for index, person_id in old],
        )
        self.layoutChanged.emit()

    def _sort_rows(self) -> None:
        """Put every person loaded in the sort order, and note each one's place there."""
        keys = self._column_keys(self._sort_column)
        order = sorted(
            range(len(self._all)),
            key=keys.__getitem__,
            reverse=self._sort_order == Qt.SortOrder.DescendingOrder,
        )
        self._sorted = list(map(self._all.__getitem__, order))
        self._place = dict(zip(map(attrgetter("id"), self._sorted), range(len(order)), strict=True))

    def _column_keys(self, column: int) -> list[int]:
        """Per row, one number that sorts as (the column's text, then the last name) sorts in
        Swedish order: integers compare faster than tuples."""
        keys = self._keys.get(column)
        if keys is None:
            people = self._all
            if column == self.LAST:
                pairs = [(p.last_name, p.first_name) for p in people]
            elif column == self.FIRST:
                pairs = [(p.first_name, p.last_name) for p in people]
            else:
                pairs = [(self.display(p, column), p.last_name) for p in people]
            rank = self._ranks({text for pair in pairs for text in pair})
            step = len(rank) + 1
            keys = [rank[first] * step + rank[second] for first, second in pairs]
            self._keys[column] = keys
        return keys

    def _ranks(self, texts: set[str]) -> dict[str, int]:
        """Each text's place in Swedish collation order; texts the collator holds equal share
        one. Names repeat, so sorting the distinct texts once and rows by numbers is much
        faster than comparing collation keys row by row."""
        ordered = sorted(texts, key=self._collator.sortKey)
        ranks: dict[str, int] = {}
        rank = 0
        for index, text in enumerate(ordered):
            if index and self._collator.compare(ordered[index - 1], text) != 0:
                rank += 1
            ranks[text] = rank
        return ranks

    def _filtered(self) -> list[PersonRow]:
        """The persons the search found (everyone without one), in the sort order; ids of
        persons not loaded are passed over."""
        if self._matches is None:
            return list(self._sorted)
        place = self._place
        places = sorted(place[i] for i in self._matches if i in place)
        return list(map(self._sorted.__getitem__, places))

    # -- what a row shows -----------------------------------------------------------------
    def cell(self, person: PersonRow, column: int, role: int) -> Any:
        if role == PERSON_ROLE:
            return person.id
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COHORTS and person.enrolments:
            return "\n".join(
                f"{e.cohort_name} ({e.school_year}): {enrolment_label(e.status)}"
                for e in person.enrolments
            )
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.COHORTS, self.ROLE):
            return self._muted
        return super().cell(person, column, role)

    def display(self, person: PersonRow, column: int) -> str:
        if column == self.COHORTS:
            return ", ".join(f"{e.cohort_name} ({e.school_year})" for e in person.enrolments)
        if column == self.ROLE:
            roles = (
                (person.enrolments, self.tr("Deltagare")),
                (person.is_lecturer, self.tr("Föreläsare")),
                (person.leads_group, self.tr("Gruppledare")),
            )
            return ", ".join(word for held, word in roles if held)
        text: str = getattr(person, _TEXT_ATTRIBUTES[column])
        return text


_TEXT_ATTRIBUTES = {
    PersonTableModel.LAST: "last_name",
    PersonTableModel.FIRST: "first_name",
    PersonTableModel.WORKPLACE: "workplace_name",
    PersonTableModel.TITLE: "title",
    PersonTableModel.EMAIL: "email",
    PersonTableModel.PHONE: "phone",
}
"""The attribute of PersonRow each plain text column shows."""

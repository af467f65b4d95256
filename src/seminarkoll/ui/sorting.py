"""Sort/filter proxy that sorts text with Swedish collation (Zlatan < Ärla < Åsa < Östen)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from functools import cmp_to_key
from typing import Any, Protocol, TypeVar

from PySide6.QtCore import (
    QCollator,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

SORT_ROLE = Qt.ItemDataRole.UserRole + 1

T = TypeVar("T")


class Named(Protocol):
    """A person in a list: first and last name."""

    @property
    def first_name(self) -> str: ...

    @property
    def last_name(self) -> str: ...


def surname_first(person: Named) -> str:
    """What a list of people sorts a person by: last name, then first name (collated)."""
    return f"{person.last_name} {person.first_name}"


def swedish_collator() -> QCollator:
    """A collator for Swedish names, numbers compared as numbers, case ignored."""
    collator = QCollator(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    collator.setNumericMode(True)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return collator


def swedish_sorted(items: Iterable[T], *texts: Callable[[T], str]) -> list[T]:
    """`items` in Swedish order by the Qt collator: by the first text, then the next (e.g. last
    name, then first name). Lists in the window use this; code without Qt uses
    `domain.text.swedish_key`."""
    collator = swedish_collator()

    def compare(first: T, second: T) -> int:
        # Not tuples of QCollatorSortKey: they have no ==, so ties on the first text would
        # never reach the second.
        for text in texts:
            order = collator.compare(text(first), text(second))
            if order:
                return order
        return 0

    return sorted(items, key=cmp_to_key(compare))


class CollatingSortProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE when the model offers it; strings are compared the Swedish way."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._collator = swedish_collator()
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)

    def lessThan(
        self,
        left: QModelIndex | QPersistentModelIndex,
        right: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        a = left.data(self.sortRole())
        b = right.data(self.sortRole())
        if a is None:
            a = left.data(Qt.ItemDataRole.DisplayRole)
        if b is None:
            b = right.data(Qt.ItemDataRole.DisplayRole)
        if isinstance(a, str) and isinstance(b, str):
            return self._collator.compare(a, b) < 0
        if a is None or b is None:
            return a is None and b is not None
        try:
            return bool(a < b)
        except TypeError:
            return str(a) < str(b)


@contextmanager
def refiltering(proxy: QSortFilterProxyModel) -> Iterator[None]:
    """Change a proxy's filter inside the block; the proxy filters its rows again after it."""
    proxy.beginFilterChange()
    yield
    proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)


class WordFilterProxy(CollatingSortProxy):
    """Swedish sorting plus type-ahead: only rows whose `haystack` holds every word typed
    (`set_text`, case ignored) are shown."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []

    def set_text(self, text: str) -> None:
        """Show only rows holding every word of `text`."""
        with refiltering(self):
            self._words = text.casefold().split()

    def haystack(self, source_row: int) -> str:
        """The text of a row of the source model that the typed words are looked for in."""
        return ""

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._words:
            return True
        haystack = self.haystack(source_row).casefold()
        return all(word in haystack for word in self._words)

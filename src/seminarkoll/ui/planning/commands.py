"""Undo commands for planning edits: each wraps service calls that redo and undo one change."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from seminarkoll.domain.errors import DomainError
from seminarkoll.ui.messages import show_error

translate = QCoreApplication.translate


class PlanningCommand(QUndoCommand):
    """A change already made when pushed; undo and redo run the given functions.

    `after` runs after every undo and redo (to refresh the views). When a function fails with
    a DomainError (the data changed meanwhile), the user is told and the command is dropped
    from the stack.
    """

    def __init__(
        self,
        text: str,
        undo: Callable[[], object],
        redo: Callable[[], object],
        after: Callable[[], object],
        parent_widget: QWidget | None = None,
    ) -> None:
        super().__init__(text)
        self._undo = undo
        self._redo = redo
        self._after = after
        self._parent_widget = parent_widget
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run(self._redo, translate("PlanningCommand", "Det gick inte att göra om"))

    def undo(self) -> None:
        self._run(self._undo, translate("PlanningCommand", "Det gick inte att ångra"))

    def _run(self, action: Callable[[], object], title: str) -> None:
        try:
            action()
        except DomainError as exc:
            self.setObsolete(True)
            show_error(self._parent_widget, title, exc)
        self._after()


def created(
    text: str,
    remove: Callable[[], Any],
    restore: Callable[[Any], object],
    after: Callable[[], object],
    parent_widget: QWidget | None = None,
) -> PlanningCommand:
    """Undo of a creation: `remove()` (keeping what it returns), redo: `restore(that)`."""
    kept: list[Any] = []

    def undo() -> None:
        kept.append(remove())

    def redo() -> None:
        restore(kept.pop())

    return PlanningCommand(text, undo, redo, after, parent_widget)


def removed(
    text: str,
    removal: Any,
    remove: Callable[[], Any],
    restore: Callable[[Any], object],
    after: Callable[[], object],
    parent_widget: QWidget | None = None,
) -> PlanningCommand:
    """Undo of a removal: `restore(removal)`, redo: `remove()` again."""
    kept: list[Any] = [removal]

    def undo() -> None:
        restore(kept.pop())

    def redo() -> None:
        kept.append(remove())

    return PlanningCommand(text, undo, redo, after, parent_widget)

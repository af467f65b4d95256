"""Where views put the changes they made: the window's undo stack and what refreshes after."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from seminarkoll.ui.planning.commands import PlanningCommand

UNDO_HINT_KEY = "Ctrl+Z"
"""The undo key named in confirmations ("Du kan ångra … med Ctrl+Z")."""


@dataclass(frozen=True)
class UndoHistory:
    """The undo stack a view pushes onto, what every undo and redo runs afterwards (to redraw
    the views that show the data), and the widget that shows a failed undo."""

    stack: QUndoStack
    after: Callable[[], object]
    parent: QWidget | None = None

    def push(self, text: str, undo: Callable[[], object], redo: Callable[[], object]) -> None:
        """Record a change already made: `undo` takes it back, `redo` makes it again."""
        self.stack.push(PlanningCommand(text, undo, redo, self.after, self.parent))


def undo_actions(stack: QUndoStack, parent: QWidget) -> list[QAction]:
    """Ångra and Gör om on `stack`, added to `parent` so their keys work in that window."""
    undo = stack.createUndoAction(parent, QCoreApplication.translate("Undo", "Ångra"))
    undo.setShortcuts(QKeySequence.StandardKey.Undo)
    redo = stack.createRedoAction(parent, QCoreApplication.translate("Undo", "Gör om"))
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    parent.addActions([undo, redo])
    return [undo, redo]

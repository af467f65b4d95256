"""The one way to make a menu or toolbar action: its text, what it calls and its shortcut."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

Shortcut = str | QKeySequence | QKeySequence.StandardKey


def menu_action(
    parent: QObject,
    text: str,
    slot: Callable[..., object],
    shortcut: Shortcut | None = None,
    *,
    scoped: bool = False,
) -> QAction:
    """An action labelled `text` whose `triggered` signal calls `slot`. A standard `shortcut`
    takes every key the platform binds to it; a `scoped` one works only while the focus is in
    the widget that holds the action (and its children)."""
    action = QAction(text, parent)
    if isinstance(shortcut, QKeySequence.StandardKey):
        action.setShortcuts(shortcut)
    elif shortcut:
        # setShortcuts, not setShortcut, and no copy of a QKeySequence: both build PySide6's
        # whole Qt namespace of enums (about 30 ms) before the main window's first paint.
        action.setShortcuts([QKeySequence(shortcut) if isinstance(shortcut, str) else shortcut])
    if scoped:
        from PySide6.QtCore import Qt  # here: the main window's first paint needs no Qt enums

        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    return action

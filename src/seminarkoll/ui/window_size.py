"""Window sizes that fit the screen: a wanted size, shrunk to the screen's free area."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

FRAME_ALLOWANCE = 40
"""Pixels left for the window manager's title bar and borders (not known before showing)."""


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen under `widget`'s window (or its parent's, before it is shown).

    Not `widget.screen()`: PySide6 records the returned QScreen as a child of the widget, and
    when the widget's wrapper is collected later the application's screen is deleted with it
    (a crash in the next dialog that asks for its screen).
    """
    anchor = widget.parentWidget() or widget
    top = anchor.window()
    centre = top.mapToGlobal(top.rect().center())
    return QGuiApplication.screenAt(centre) or QGuiApplication.primaryScreen()


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    """Give `widget` the wanted size, or less where its screen's free area (without task bar
    and docks) is smaller, e.g. 1280 x 720 on a 1366 x 768 laptop."""
    screen = screen_of(widget)
    if screen is None:
        widget.resize(width, height)
        return
    free = screen.availableGeometry()
    widget.resize(
        min(width, free.width() - FRAME_ALLOWANCE // 4),
        min(height, free.height() - FRAME_ALLOWANCE),
    )


def keep_within_screen(widget: QWidget) -> None:
    """Shrink and move a window whose remembered geometry no longer fits its screen."""
    screen = screen_of(widget)
    if screen is None:
        return
    free = screen.availableGeometry()
    frame = widget.frameGeometry()
    if free.contains(frame):
        return
    resize_within_screen(widget, widget.width(), widget.height())
    widget.move(
        max(free.left(), min(widget.x(), free.right() - widget.frameGeometry().width())),
        max(free.top(), min(widget.y(), free.bottom() - widget.frameGeometry().height())),
    )


def grow_to_fit(window: QWidget) -> None:
    """Make `window` tall enough for its layout at its present width, word-wrapped messages
    included, within its screen's free area.

    Needed after a message appears: a layout with word-wrapping labels does not raise its
    window's minimum height (Qt cannot know the height before the width), so without this
    the other rows get squeezed and the buttons slide over the fields above them.
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    need = max(
        layout.totalHeightForWidth(width)
        if layout.hasHeightForWidth()
        else layout.totalSizeHint().height(),
        layout.totalMinimumSize().height(),
    )
    screen = screen_of(window)
    if screen is not None:
        need = min(need, screen.availableGeometry().height() - FRAME_ALLOWANCE)
    if need > window.height():
        window.resize(width, need)

"""Window sizes: a window fits its screen, and asking for the screen leaves it alive."""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QDialog, QMainWindow
from pytestqt.qtbot import QtBot

from seminarkoll.ui.window_size import keep_within_screen, resize_within_screen, screen_of


def test_a_window_shrinks_to_its_screens_free_area(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    resize_within_screen(window, 5000, 5000)
    screen = screen_of(window)
    assert screen is not None
    free = screen.availableGeometry()
    assert 0 < window.width() <= free.width()
    assert 0 < window.height() <= free.height()
    window.move(free.right() + 500, free.bottom() + 500)
    keep_within_screen(window)
    assert free.contains(window.pos())


def test_asking_for_the_screen_does_not_tie_it_to_the_widget(qtbot: QtBot) -> None:
    """PySide6 makes the QScreen that `widget.screen()` returns a child of the widget's
    wrapper; collecting that wrapper later deleted the application's screen and crashed the
    next dialog. Our helpers keep no QScreen wrapper alive behind the widget."""
    window = QMainWindow()
    qtbot.addWidget(window)
    dialog = QDialog(window)
    resize_within_screen(window, 900, 700)
    keep_within_screen(window)
    resize_within_screen(dialog, 400, 300)
    assert not [o for o in gc.get_objects() if isinstance(o, QScreen)]
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del dialog
    gc.collect()
    (screen,) = QGuiApplication.screens()
    assert screen.availableGeometry().width() > 0

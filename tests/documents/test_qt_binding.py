"""PySide6 must not lose references to None: the version guard and a direct measurement.

Reproduction, ready to report upstream (PySide6-Essentials 6.12.0, CPython 3.11.7):

    import sys
    from PySide6.QtCore import QObject

    obj = QObject()
    before = sys.getrefcount(None)
    for _ in range(200):
        obj.setObjectName("x")  # any Qt method that returns nothing (void in C++)
    print(before - sys.getrefcount(None))  # 200 on 6.12.0; 0 on 6.11.3 or on Python >= 3.12
    # Run long enough and CPython aborts: "Fatal Python error: none_dealloc".
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QImage, QPainter

from seminarkoll.documents.qt_binding import binding_problem


@pytest.mark.parametrize(
    ("pyside", "python", "refused"),
    [
        ((6, 12, 0), (3, 11), True),
        ((6, 12, 0), (3, 12), False),
        ((6, 12, 0), (3, 13), False),
        ((6, 11, 3), (3, 11), False),
        ((6, 7, 0), (3, 11), False),
    ],
)
def test_guard_refuses_only_the_defective_pair(
    pyside: tuple[int, int, int], python: tuple[int, int], refused: bool
) -> None:
    problem = binding_problem(pyside, python)
    assert (problem is not None) is refused
    if problem is not None:
        assert "PySide6 6.12.0" in problem
        assert "Python 3.11" in problem


def test_installed_binding_passes_the_guard() -> None:
    assert binding_problem() is None


def test_ten_thousand_void_qt_calls_keep_none_alive() -> None:
    obj = QObject()
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    colour = QColor("#336699")
    before = sys.getrefcount(None)
    for _ in range(2_000):
        obj.setObjectName("x")
        painter.save()
        painter.setPen(colour)
        painter.fillRect(0, 0, 4, 4, colour)
        painter.restore()
    after = sys.getrefcount(None)
    painter.end()
    assert before - after <= 0

"""Painting the busiest views hundreds of times leaves Python's count of None references whole."""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from seminarkoll.services.container import Services
from seminarkoll.ui.attendance.matrix_tab import AttendanceTab
from seminarkoll.ui.attendance.signoff import SignOffWindow
from seminarkoll.ui.cohort_page import CohortPage
from seminarkoll.ui.participants.register_window import RegisterWindow

PAINTS = 300


def _matrix(services: Services) -> QWidget:
    tab = AttendanceTab()
    tab.set_cohort(services, services.catalog.programmes()[0].cohorts[0].id)
    return tab


def _signoff(services: Services) -> QWidget:
    cohort = services.catalog.programmes()[0].cohorts[0].id
    return SignOffWindow(services, services.attendance.seminars(cohort)[0].id)


def _register(services: Services) -> QWidget:
    return RegisterWindow(services)


def _schedule(services: Services) -> QWidget:
    page = CohortPage()
    page.show_overview(
        services.catalog.cohort_overview(services.catalog.programmes()[0].cohorts[0].id)
    )
    return page


@pytest.mark.parametrize("build", [_matrix, _signoff, _register, _schedule])
def test_repainting_keeps_none_alive(
    qtbot: QtBot, demo: Services, build: Callable[[Services], QWidget]
) -> None:
    widget = build(demo)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.repaint()
    before = sys.getrefcount(None)
    for _ in range(PAINTS):
        widget.repaint()
    assert before - sys.getrefcount(None) <= 0

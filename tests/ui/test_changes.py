"""A change value redraws what it touched: the main window and its features on a real database."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from seminarkoll.app import DatabaseOpener
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.services.attendance import CellRef
from seminarkoll.services.container import Services
from seminarkoll.services.planning import ProgrammeInput
from seminarkoll.ui.host import Change
from seminarkoll.ui.main_window import MainWindow
from seminarkoll.ui.participants.menus import MARKED
from seminarkoll.ui.schedule_model import ScheduleTableModel
from tests.factories import Factory


class Redraws:
    """Counts how often each view of the window is redrawn (the real methods still run)."""

    def __init__(self, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
        self.counts: Counter[str] = Counter()
        participation = window.participation
        assert participation.roster_tab is not None
        assert participation.attendance_tab is not None
        views: dict[str, tuple[object, str]] = {
            "tree": (window.navigator, "set_programmes"),
            "overview": (window.cohort_page, "show_overview"),
            "roster": (participation.roster_tab, "set_cohort"),
            "attendance": (participation.attendance_tab, "set_cohort"),
        }
        for name, (view, method) in views.items():
            monkeypatch.setattr(view, method, self._counting(name, getattr(view, method)))

    def _counting(self, name: str, method: Callable[..., Any]) -> Callable[..., Any]:
        def counted(*args: Any, **kwargs: Any) -> Any:
            self.counts[name] += 1
            return method(*args, **kwargs)

        return counted


@pytest.fixture
def window(qtbot: QtBot, demo: Services, db_location: DatabaseLocation) -> MainWindow:
    window = MainWindow(DatabaseOpener(), db_location)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.services is not None and window.services.is_open)
    assert window.pages.currentWidget() is window.cohort_page
    window.notice_outside_changes()  # whatever opening the database wrote itself
    return window


def _cohort(window: MainWindow) -> int:
    overview = window.cohort_page.overview
    assert overview is not None
    return overview.cohort.id


def test_a_roster_change_reloads_the_roster_and_not_the_tree_or_the_schedule(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch, factory: Factory
) -> None:
    window.participation.show_roster()
    roster = window.participation.roster_tab
    assert roster is not None
    before = roster.model.rowCount()
    subtitle = window.cohort_page.subtitle.text()
    factory.enrollment(_cohort(window), factory.person(last_name="Nyqvist"))
    redraws = Redraws(window, monkeypatch)

    window.apply_change(Change(roster=True))

    assert roster.model.rowCount() == before + 1
    assert redraws.counts == Counter(roster=1)
    assert window.cohort_page.subtitle.text() == subtitle  # the overview was left as it was


def test_marks_redraw_the_schedule_totals_and_the_matrix_not_the_roster(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = window.services
    assert services is not None
    cohort = _cohort(window)
    window.participation.show_matrix()
    seminar = services.catalog.cohort_overview(cohort).seminars[-1]
    proxy = window.cohort_page.schedule_proxy
    last = proxy.rowCount() - 1
    assert proxy.index(last, ScheduleTableModel.ATTENDANCE).data() == "–"
    enrollment = services.attendance.matrix(cohort).rows[0].enrollment_id
    services.attendance.set_status([CellRef(enrollment, seminar.id)], AttendanceStatus.PRESENT)
    redraws = Redraws(window, monkeypatch)

    window.apply_change(MARKED)

    assert redraws.counts == Counter(overview=1, attendance=1)
    assert proxy.index(last, ScheduleTableModel.ATTENDANCE).data() != "–"


def test_a_tab_out_of_view_is_reloaded_when_it_is_next_shown(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window.participation.show_roster()
    redraws = Redraws(window, monkeypatch)

    window.apply_change(Change(attendance=True))
    assert redraws.counts == Counter()
    window.participation.show_matrix()
    assert redraws.counts == Counter(attendance=1)
    window.participation.show_roster()
    assert redraws.counts == Counter(attendance=1)


def test_a_tree_change_rebuilds_the_tree_with_the_new_name(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = window.services
    assert services is not None
    overview = window.cohort_page.overview
    assert overview is not None
    programme = services.planning.programme(overview.cohort.programme_id)
    services.planning.update_programme(
        programme.id, ProgrammeInput("Ledare på lut II", programme.organiser)
    )
    redraws = Redraws(window, monkeypatch)

    window.apply_change(Change(tree=True, programme_id=programme.id))

    assert redraws.counts["tree"] == 1
    names = [
        window.navigator.model().index(row, 0).data()
        for row in range(window.navigator.model().rowCount())
    ]
    assert "Ledare på lut II" in names
    assert _cohort(window) == overview.cohort.id


def test_a_change_in_another_cohort_shows_that_cohort(window: MainWindow, factory: Factory) -> None:
    services = window.services
    assert services is not None
    programme = window.cohort_page.overview
    assert programme is not None
    other = factory.cohort(programme.cohort.programme_id, name="Omgång 9")
    window.apply_change(Change(tree=True))  # the new cohort enters the tree

    window.apply_change(Change(roster=True, cohort_id=other))

    assert _cohort(window) == other


def test_planning_changes_reach_the_window_through_the_same_value(window: MainWindow) -> None:
    """The planning controller announces a Change; the window redraws the schedule from it."""
    services = window.services
    assert services is not None
    cohort = _cohort(window)
    seminar = services.catalog.cohort_overview(cohort).seminars[0]
    window.planning.controller.changed.emit(Change(overview=True, seminar_id=seminar.id))
    selected = window.cohort_page.schedule.selectionModel().selectedRows()
    assert [index.row() for index in selected] == [0]


def test_a_change_by_another_program_reaches_the_open_register(
    window: MainWindow, factory: Factory
) -> None:
    window.participation.open_register()
    register = window.participation.register_window
    assert register is not None
    before = register.model.rowCount()
    factory.person(first_name="Östen", last_name="Utifrån")

    assert window.notice_outside_changes()

    assert register.model.rowCount() == before + 1

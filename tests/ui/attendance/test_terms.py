"""A cohort over several school years: the schedule and the matrix label seminars by term."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from seminarkoll.services.container import Services
from seminarkoll.ui.attendance.matrix_model import TERM_START_ROLE, AttendanceMatrixModel
from seminarkoll.ui.attendance.matrix_tab import AttendanceTab
from seminarkoll.ui.cohort_page import CohortPage
from seminarkoll.ui.schedule_model import ScheduleTableModel
from tests.factories import Factory

HORIZONTAL = Qt.Orientation.Horizontal
TOOLTIP = Qt.ItemDataRole.ToolTipRole
DATES = (date(2025, 9, 10), date(2026, 2, 4), date(2026, 9, 9), date(2027, 3, 3))


def _cohort(factory: Factory, dates: tuple[date, ...]) -> int:
    cohort = factory.cohort(
        school_year="2025/2026", start_date=date(2025, 8, 15), end_date=date(2027, 6, 11)
    )
    for number, day in enumerate(dates, start=1):
        factory.seminar(cohort, number, day)
    factory.enrollment(cohort)
    return cohort


def test_the_matrix_header_starts_each_term_with_its_label(
    qtmodeltester: object, services: Services, factory: Factory
) -> None:
    model = AttendanceMatrixModel()
    model.set_matrix(services.attendance.matrix(_cohort(factory, DATES)))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    first = model.FIRST_SEMINAR
    headers = [model.headerData(first + i, HORIZONTAL) for i in range(4)]
    assert [(h.split("\n")[0], h.split("\n")[-1]) for h in headers] == [
        ("1", "HT 2025"),
        ("2", "VT 2026"),
        ("3", "HT 2026"),
        ("4", "VT 2027"),
    ]
    assert "Termin: VT 2026" in model.headerData(first + 1, HORIZONTAL, TOOLTIP)
    assert [model.headerData(first + i, HORIZONTAL, TERM_START_ROLE) for i in range(4)] == [
        True
    ] * 4


def test_two_seminars_in_one_term_share_its_label(services: Services, factory: Factory) -> None:
    model = AttendanceMatrixModel()
    dates = (date(2025, 9, 10), date(2025, 10, 8), date(2026, 9, 9))
    model.set_matrix(services.attendance.matrix(_cohort(factory, dates)))
    first = model.FIRST_SEMINAR
    assert [model.headerData(first + i, HORIZONTAL).split("\n")[-1] for i in range(3)] == [
        "HT 2025",
        "",
        "HT 2026",
    ]
    assert not model.headerData(first + 1, HORIZONTAL, TERM_START_ROLE)


def test_within_one_school_year_the_header_has_no_term(demo: Services) -> None:
    model = AttendanceMatrixModel()
    model.set_matrix(demo.attendance.matrix(demo.catalog.programmes()[0].cohorts[0].id))
    header = model.headerData(model.FIRST_SEMINAR, HORIZONTAL)
    assert len(header.split("\n")) == 3
    assert not model.headerData(model.FIRST_SEMINAR, HORIZONTAL, TERM_START_ROLE)


def test_the_schedule_shows_the_term_column_only_over_school_years(
    qtbot: QtBot, services: Services, factory: Factory, demo: Services
) -> None:
    page = CohortPage()
    qtbot.addWidget(page)
    page.show_overview(services.catalog.cohort_overview(_cohort(factory, DATES)))
    model = page.schedule_model
    terms = [model.index(r, ScheduleTableModel.TERM).data() for r in range(4)]
    assert terms == ["HT 2025", "VT 2026", "HT 2026", "VT 2027"]
    assert not page.schedule.isColumnHidden(ScheduleTableModel.TERM)
    assert "2025/2026–2026/2027" in page.subtitle.text()
    page.show_overview(demo.catalog.cohort_overview(demo.catalog.programmes()[0].cohorts[0].id))
    assert page.schedule.isColumnHidden(ScheduleTableModel.TERM)


def test_seminar_columns_are_wide_enough_for_the_term(
    qtbot: QtBot, services: Services, factory: Factory
) -> None:
    tab = AttendanceTab()
    qtbot.addWidget(tab)
    tab.set_cohort(services, _cohort(factory, DATES))
    header = tab.view.horizontalHeader()
    first = AttendanceMatrixModel.FIRST_SEMINAR
    needed = header.fontMetrics().horizontalAdvance("VT 2027")
    assert all(tab.view.columnWidth(first + i) > needed + 8 for i in range(4))

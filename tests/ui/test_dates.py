"""One readable date form in the UI: tables, history, date fields; English names in English;
date columns still sort by date."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from pytestqt.qtbot import QtBot

from seminarkoll.services.container import Services
from seminarkoll.ui.formatting import date_and_time, display_date
from seminarkoll.ui.forms import date_edit
from seminarkoll.ui.participants.roster_tab import RosterTab
from seminarkoll.ui.sorting import SORT_ROLE

UI = Path(__file__).parents[2] / "src" / "seminarkoll" / "ui"


@pytest.fixture
def english() -> Iterator[None]:
    """Dates and numbers follow English for one test (as install_translations sets them)."""
    swedish = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(swedish)


def test_the_one_form_is_readable_swedish() -> None:
    assert display_date(date(2024, 9, 12)) == "tors 12 sep. 2024"
    assert display_date(None) == ""
    stamp = datetime(2017, 2, 9, 16, 5)
    assert date_and_time(stamp) == "tors 9 feb. 2017 16:05"
    aware = datetime(2017, 2, 9, 15, 5, tzinfo=UTC)
    assert date_and_time(aware).startswith("tors 9 feb. 2017 ")


def test_english_mode_names_months_and_days_in_english(english: None, qtbot: QtBot) -> None:
    assert display_date(date(2024, 9, 12)) == "Thu 12 Sept 2024"
    edit = date_edit(date(2024, 5, 2))
    qtbot.addWidget(edit)
    assert edit.text() == "Thu 2 May 2024"


def test_a_date_field_shows_the_readable_form_and_keeps_its_date(qtbot: QtBot) -> None:
    edit = date_edit(date(2024, 9, 12))
    qtbot.addWidget(edit)
    assert edit.text() == "tors 12 sep. 2024"
    assert edit.calendarPopup()
    edit.setDate(edit.date().addDays(30))
    assert edit.text() == "lör 12 okt. 2024"
    assert edit.date().toPython() == date(2024, 10, 12)


def test_the_roster_shows_readable_dates_and_sorts_them_by_date(
    qtbot: QtBot, demo: Services
) -> None:
    tab = RosterTab()
    qtbot.addWidget(tab)
    cohort = demo.catalog.programmes()[0].cohorts[0].id
    tab.set_cohort(demo, cohort)
    model = tab.proxy.sourceModel()
    start = next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == "Start"
    )
    rows = demo.enrollment.roster(cohort)
    shown = {model.index(r, start).data() for r in range(model.rowCount())}
    assert shown == {display_date(r.joined_on) for r in rows}
    assert all(re.fullmatch(r"\w+ \d{1,2} \w+\.? \d{4}", text) for text in shown if text)
    tab.proxy.sort(start, Qt.SortOrder.AscendingOrder)
    order = [tab.proxy.index(r, start).data(SORT_ROLE) for r in range(tab.proxy.rowCount())]
    assert order == sorted(order)
    assert order == sorted(r.joined_on.isoformat() for r in rows)


def test_no_ui_module_formats_dates_for_display_past_the_helpers() -> None:
    """ISO text and ad-hoc date fields only in formatting.py (display, sort values) and
    forms.py (`date_edit`)."""
    iso = re.compile(r"isoformat\(|yyyy-MM-dd|%Y-%m-%d|QDateEdit\(")
    found = [
        f"{path.relative_to(UI)}:{number}"
        for path in sorted(UI.rglob("*.py"))
        if path.name not in ("formatting.py", "forms.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if iso.search(line)
    ]
    assert found == []

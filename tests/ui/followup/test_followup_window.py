"""After the seminar in the window: the Uppföljning tab, certificates, settings, e-mail lists."""

from __future__ import annotations

import gc
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from seminarkoll.app import DatabaseOpener
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.email_list import EmailFilter, SeminarMarks
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.services.container import Services
from seminarkoll.ui.followup.certificates_dialog import CertificatesDialog
from seminarkoll.ui.followup.email_button import EmailButton, EmailContext
from seminarkoll.ui.followup.followup_tab import FollowUpTab, ProgrammeFollowUpDialog
from seminarkoll.ui.followup.organisation_page import OrganisationPage
from seminarkoll.ui.formatting import display_date
from seminarkoll.ui.main_window import MainWindow
from seminarkoll.ui.participants.card import card_html
from seminarkoll.ui.participants.roster_tab import RosterTab
from seminarkoll.ui.settings_dialog import SettingsDialog
from tests.factories import Factory
from tests.finished_demo import finish_demo
from tests.ui.modal import when_modal

PAINTS = 300
LOGO = Path(__file__).parents[3] / "src" / "seminarkoll" / "resources" / "seminarkoll.svg"


@pytest.fixture
def finished(services: Services) -> int:
    return finish_demo(services)


def test_followup_tab_draws_charts_and_fills_tables(
    qtbot: QtBot, qtmodeltester: object, services: Services, finished: int
) -> None:
    tab = FollowUpTab()
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.show()
    tab.set_cohort(services, finished)
    assert tab.attendance_chart.chart is not None
    assert tab.attendance_chart.chart.categories == ("1", "2", "3", "4", "5", "6", "7")
    assert tab.cohorts_chart.chart is not None
    assert tab.cohorts_chart.chart.categories == ("2016/2017",)
    assert tab.seminars.rowCount() == 7
    assert tab.seminars.index(4, 9).data() == "90\u00a0%"
    assert tab.workplaces.rowCount() == 7  # the administration has no participants
    assert "17 godkända av 21" in tab.summary.text()
    for model in (tab.seminars, tab.themes, tab.workplaces, tab.cohorts):
        qtmodeltester.check(model)  # type: ignore[attr-defined]
    tab.repaint()
    for _ in range(3):
        tab.attendance_chart.repaint()
        tab.cohorts_chart.repaint()
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(PAINTS):
        tab.attendance_chart.repaint()
        tab.cohorts_chart.repaint()
    # A defective binding drops a reference on every void call: dozens per chart paint.
    # One stray reference freed by the test harness is not that.
    assert before - sys.getrefcount(None) < PAINTS


def test_programme_dialog_compares_cohorts(qtbot: QtBot, services: Services, finished: int) -> None:
    programme = services.catalog.programmes()[0].id
    dialog = ProgrammeFollowUpDialog(services, programme)
    qtbot.addWidget(dialog)
    assert dialog.chart.chart is not None
    assert dialog.chart.chart.title == "Omgångar år för år"
    assert "Ledare på lut" in dialog.windowTitle()


def test_window_adds_the_tab_and_the_menu_entries(
    qtbot: QtBot, services: Services, finished: int, db_location: DatabaseLocation
) -> None:
    services.database.close()
    window = MainWindow(DatabaseOpener(), db_location)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.services is not None)
    tabs = window.cohort_page.tabs
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert names[-1] == "Uppföljning"
    assert window.followup.tab is None  # built when first shown
    tabs.setCurrentIndex(len(names) - 1)
    assert window.followup.tab is not None
    assert tabs.currentWidget() is window.followup.tab
    assert window.followup.tab.seminars.rowCount() == 7
    assert window.followup.certificates_action.isEnabled()
    assert window.followup.settings_action in window.menuBar().actions()[0].menu().actions()


def test_certificates_dialog_checks_completers_and_records_printing(
    qtbot: QtBot, qtmodeltester: object, services: Services, finished: int
) -> None:
    dialog = CertificatesDialog(services, finished)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert len(dialog.model.chosen()) == 17
    dialog.model.check(set())
    johan = next(r for r in dialog.model.rows() if r.name == "Johan Ek")
    row = dialog.model.rows().index(johan)
    dialog.model.setData(
        dialog.model.index(row, 0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert dialog.model.chosen() == [johan.enrollment_id]
    assert dialog.model.index(row, 2).data() == "Deltagarintyg"
    seen = when_modal(QPrintPreviewDialog, lambda d: d.accept())
    dialog.preview()
    assert seen
    after = {c.name: c.issued_at for c in services.certificates.candidates(finished)}
    assert after["Johan Ek"] is not None
    assert after["Maja Andersson"] is None
    assert dialog.issued
    shown = {r.name: dialog.model.index(i, 4).data() for i, r in enumerate(dialog.model.rows())}
    assert shown["Johan Ek"] == display_date(date.today())
    assert shown["Maja Andersson"] == ""
    roster = RosterTab()
    qtbot.addWidget(roster)
    roster.set_cohort(services, finished)
    rows = roster.model.rows()
    johan_row = next(i for i, r in enumerate(rows) if r.name == "Johan Ek")
    assert roster.model.headerData(9, Qt.Orientation.Horizontal) == "Intyg utfärdat"
    assert roster.model.index(johan_row, 9).data() == display_date(date.today())
    card = card_html(services.participants.card(rows[johan_row].person_id))
    assert f"intyg utfärdat {display_date(date.today())}" in card


def test_settings_dialog_saves_the_organisation(
    qtbot: QtBot, services: Services, finished: int
) -> None:
    dialog = SettingsDialog(services)
    qtbot.addWidget(dialog)
    page = dialog.pages[0]
    assert isinstance(page, OrganisationPage)
    assert dialog.tabs.tabText(0) == "Organisation och intyg"
    page.name.setText("Trollhättans stad")
    page.signer_name.setText("Karin Fredriksson")
    page.place.setText("Trollhättan")
    assert page.load_logo(LOGO)
    assert page.logo_preview.pixmap() is not None
    dialog.accept()
    saved = services.certificates.organisation()
    assert saved.name == "Trollhättans stad"
    assert saved.logo == LOGO.read_bytes()
    assert saved.place == "Trollhättan"
    assert not page.load_logo(Path(__file__))
    box = page.findChild(QMessageBox, "errorBox")
    assert box is not None
    assert "ingen bild" in box.text()
    empty = SettingsDialog(None)
    qtbot.addWidget(empty)
    assert not isinstance(empty.pages[0], OrganisationPage)


def test_email_button_copies_outlook_lines_and_names_the_missing(
    qtbot: QtBot, demo: Services
) -> None:
    cohort = demo.catalog.programmes()[0].cohorts[0].id
    button = EmailButton(lambda: EmailContext(demo, cohort, frozenset(), 2))
    qtbot.addWidget(button)
    button.email_menu.aboutToShow.emit()
    texts = [a.text() for a in button.email_menu.actions()]
    assert "Kopiera adresser: alla deltagare" in texts
    assert "Kopiera adresser: markerade (0)" in texts
    assert "Skriv e-post till alla (hemlig kopia) …" in texts
    button.copy(
        EmailContext(demo, cohort), EmailFilter(seminar_number=2, marks=SeminarMarks.ABSENT)
    )
    sheet = demo.attendance.sheet(demo.exports.seminar_id(cohort, 2))
    absent = sorted(r.name for r in sheet.rows if r.status is AttendanceStatus.ABSENT)
    line = QGuiApplication.clipboard().text()
    assert sorted(part.split(" <")[0] for part in line.split("; ")) == absent
    from seminarkoll.data.models import Person

    with demo.database.transaction() as session:
        session.query(Person).filter(Person.first_name == "Johan").update(
            {"email": None, "email_key": None}
        )
    boxes: list[str] = []
    when_modal(QMessageBox, lambda box: (boxes.append(box.text()), box.accept()))
    button.copy(EmailContext(demo, cohort), EmailFilter())
    assert boxes
    assert "Saknar e-postadress: Johan Ek." in boxes[0]
    assert "Johan Ek" not in QGuiApplication.clipboard().text()


def test_write_copies_instead_when_the_link_is_too_long(
    qtbot: QtBot, services: Services, factory: Factory
) -> None:
    cohort = factory.cohort()
    for number in range(80):
        person = factory.person(
            "Deltagare", f"Nummer{number}", f"deltagare.nummer{number}@exempel.trollhattan.se"
        )
        factory.enrollment(cohort, person)
    button = EmailButton(lambda: EmailContext(services, cohort))
    qtbot.addWidget(button)
    boxes: list[str] = []
    when_modal(QMessageBox, lambda box: (boxes.append(box.text()), box.accept()))
    button.write(EmailContext(services, cohort))
    assert boxes
    assert "Hemlig kopia" in boxes[0]
    assert QGuiApplication.clipboard().text().count("; ") == 79

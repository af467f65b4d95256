"""Empty tables say why they are empty, instead of showing a blank grid with scroll bars."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from seminarkoll.app import DatabaseOpener
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.services.container import Services
from seminarkoll.ui.main_window import MainWindow
from seminarkoll.ui.sorting import CollatingSortProxy
from seminarkoll.ui.table_model import AnyIndex, RowTableModel
from seminarkoll.ui.table_view import EmptyHint
from tests.factories import Factory

OFF, AS_NEEDED = Qt.ScrollBarPolicy.ScrollBarAlwaysOff, Qt.ScrollBarPolicy.ScrollBarAsNeeded


class _Names(RowTableModel[str]):
    def __init__(self) -> None:
        super().__init__(("Namn", "Anteckning", "Mer"))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()]
        return None


def test_hint_shows_while_empty_says_when_a_filter_hides_all_and_hides_with_rows(
    qtbot: QtBot, qtmodeltester: object
) -> None:
    model = _Names()
    proxy = CollatingSortProxy()
    proxy.setSourceModel(model)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(proxy)
    for column in range(3):
        view.setColumnWidth(column, 400)  # wider than the view: a scroll bar if rows
    view.resize(500, 300)
    hint = EmptyHint(view, "Inga deltagare än", "Ingen matchar sökningen")
    view.show()
    qtbot.waitExposed(view)
    assert hint.label.isVisible()
    assert hint.text() == "Inga deltagare än"
    assert view.horizontalScrollBarPolicy() == OFF
    assert not view.horizontalScrollBar().isVisible()
    assert hint.label.geometry() == view.viewport().rect()

    model.set_rows(["Åsa", "Östen"])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert not hint.label.isVisible()
    assert hint.text() == ""
    assert view.horizontalScrollBarPolicy() == AS_NEEDED
    qtbot.waitUntil(lambda: view.horizontalScrollBar().isVisible())

    proxy.setFilterFixedString("xyz")
    assert proxy.rowCount() == 0
    assert hint.text() == "Ingen matchar sökningen"
    proxy.setFilterFixedString("")
    assert hint.text() == ""
    model.set_rows([])
    assert hint.text() == "Inga deltagare än"
    hint.set_text("Registret är tomt")
    assert hint.label.text() == "Registret är tomt"


def test_hint_lets_clicks_through_to_the_table(qtbot: QtBot) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(_Names())
    hint = EmptyHint(view, "Tomt")
    assert hint.label.testAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)


def test_an_empty_cohort_explains_its_empty_tables(
    qtbot: QtBot, services: Services, factory: Factory, db_location: DatabaseLocation
) -> None:
    factory.cohort(name="Omgång 1")
    services.database.close()
    window = MainWindow(DatabaseOpener(), db_location)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.services is not None)
    page = window.cohort_page
    qtbot.waitUntil(lambda: page.overview is not None)
    assert page.schedule_proxy.rowCount() == 0
    assert page.schedule_hint.text().startswith("Inga seminarier än")
    assert page.schedule.verticalScrollBarPolicy() == OFF
    page.tabs.setCurrentIndex(1)
    participation = window.participation
    assert participation is not None
    roster = participation.roster_tab
    assert roster is not None
    qtbot.waitUntil(lambda: roster.empty_hint.label.isVisible())
    assert "Importera deltagare" in roster.empty_hint.text()
    page.tabs.setCurrentIndex(2)
    matrix = participation.attendance_tab
    assert matrix is not None
    qtbot.waitUntil(lambda: matrix.empty_hint.label.isVisible())
    assert matrix.empty_hint.text().startswith("Ingen närvaro att visa än")

"""The seminar sign-off view, and the acceptance walk on the example programme."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from seminarkoll.app import DatabaseOpener
from seminarkoll.cli import main
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.services.attendance import CellRef
from seminarkoll.services.container import Services
from seminarkoll.ui.attendance.dialogs import UnlockDialog
from seminarkoll.ui.attendance.signoff import (
    ENROLLMENT_ROLE,
    NameFilterProxy,
    SignOffModel,
    SignOffWindow,
    status_at,
)
from seminarkoll.ui.main_window import MainWindow
from seminarkoll.ui.participants.picker import WalkInDialog
from seminarkoll.ui.settings import app_settings
from tests.ui.modal import when_modal

P, L, E, A = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
)


def _seminar(services: Services, number: int) -> int:
    cohort = services.catalog.programmes()[0].cohorts[0].id
    return services.attendance.seminars(cohort)[number - 1].id


def _window(qtbot: QtBot, services: Services, number: int) -> SignOffWindow:
    window = SignOffWindow(services, _seminar(services, number))
    qtbot.addWidget(window)
    window.show()
    return window


def _statuses(window: SignOffWindow) -> dict[str, AttendanceStatus | None]:
    proxy = window.proxy
    return {
        window.model.row_at(proxy.mapToSource(proxy.index(r, 0)).row()).first_name: status_at(
            proxy.index(r, 0)
        )
        for r in range(proxy.rowCount())
    }


def test_models_pass_qt_checks(qtmodeltester: object, demo: Services) -> None:
    model = SignOffModel()
    model.set_rows(demo.attendance.sheet(_seminar(demo, 3)).rows)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    proxy = NameFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("sylte")
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    assert proxy.rowCount() == 3


def test_type_ahead_and_enter_marks_present(qtbot: QtBot, demo: Services) -> None:
    window = _window(qtbot, demo, 5)
    assert window.count.text() == "0 av 20 närvarande"
    window.search.insert("åsa")
    assert window.proxy.rowCount() == 1
    qtbot.keyClick(window.search, Qt.Key.Key_Return)
    assert window.search.text() == ""
    assert _statuses(window)["Åsa"] is P
    assert window.count.text() == "1 av 20 närvarande"
    assert window.message.text() == "Åsa Lundqvist markerad som närvarande."


def test_letters_in_the_list_go_to_the_search(qtbot: QtBot, demo: Services) -> None:
    window = _window(qtbot, demo, 5)
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    assert window.focusWidget() is window.table
    qtbot.keyClick(window.table, Qt.Key.Key_K)
    assert window.search.text() == "k"
    assert window.focusWidget() is window.search


def test_click_cycles_and_apology_shows(qtbot: QtBot, demo: Services) -> None:
    sheet = demo.attendance.sheet(_seminar(demo, 5))
    anna = next(r for r in sheet.rows if r.first_name == "Anna")
    demo.attendance.excuse_in_advance(anna.enrollment_id, sheet.seminar.id, "Mejl: sjuk")
    window = _window(qtbot, demo, 5)
    assert _statuses(window)["Anna"] is E
    row = next(
        r
        for r in range(window.proxy.rowCount())
        if window.proxy.index(r, 0).data(ENROLLMENT_ROLE) == anna.enrollment_id
    )
    assert window.proxy.index(row, SignOffModel.NOTE).data() == "Mejl: sjuk"
    status = window.proxy.index(0, SignOffModel.STATUS)
    rect = window.table.visualRect(status)
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert status_at(window.proxy.index(0, 0)) is P
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert status_at(window.proxy.index(0, 0)) is L


def test_remaining_absent_keeps_marks(qtbot: QtBot, demo: Services) -> None:
    seminar = _seminar(demo, 5)
    sheet = demo.attendance.sheet(seminar)
    johan = next(r for r in sheet.rows if r.first_name == "Johan")
    demo.attendance.set_status([CellRef(johan.enrollment_id, seminar)], L)
    window = _window(qtbot, demo, 5)

    def agree(box: QMessageBox) -> None:
        assert "19 deltagare utan markering" in box.text()
        (button,) = [
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
        ]
        button.click()

    seen = when_modal(QMessageBox, agree)
    window.remaining_button.click()
    assert seen
    statuses = _statuses(window)
    assert statuses["Johan"] is L
    assert list(statuses.values()).count(A) == 19
    assert not window.remaining_button.isEnabled()
    assert window.detail.text() == "varav 1 sena · 19 frånvarande · 0 ej markerade"


def _main_window(qtbot: QtBot, location: DatabaseLocation) -> MainWindow:
    window = MainWindow(DatabaseOpener(), location)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.services is not None)
    qtbot.waitUntil(lambda: window.participation.cohort_id is not None)
    return window


def test_acceptance_walk(
    qtbot: QtBot,
    demo: Services,
    db_location: DatabaseLocation,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Seminar 5 of the example: 15 present by keyboard only, a walk-in, sign; reopen: locked;
    unlock with a reason; the audit trail shows both states; matrix and CLI agree."""
    demo.database.close()
    main_window = _main_window(qtbot, db_location)
    services = main_window.services
    assert services is not None
    services.coordinator.set_name("Karin Fredriksson")
    seminar = _seminar(services, 5)
    window = main_window.participation.open_signoff(seminar)
    assert window is not None
    assert window.focusWidget() is window.search
    qtbot.keyClick(window.search, Qt.Key.Key_Down)
    for _ in range(15):
        qtbot.keyClick(window.table, Qt.Key.Key_N)
    assert window.count.text() == "15 av 20 närvarande"
    assert list(_statuses(window).values()).count(P) == 15

    def walk_in(dialog: WalkInDialog) -> None:
        dialog.panel.search.setText("sandberg")
        dialog.panel.apply_search()
        assert dialog.panel.model.rowCount() == 1
        dialog.panel.table.selectRow(0)
        assert dialog.join.isChecked()
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    seen = when_modal(WalkInDialog, walk_in)
    window.walk_in_button.click()
    assert seen
    assert window.count.text() == "16 av 21 närvarande"
    assert "Helena Sandberg är antagen" in window.message.text()

    def sign_anyway(box: QMessageBox) -> None:
        assert "5 deltagare saknar markering" in box.text()
        next(b for b in box.buttons() if b.text() == "Signera ändå").click()

    when_modal(QMessageBox, sign_anyway)
    window.sign_button.click()
    assert "Signerad av Karin Fredriksson" in window.state.text()
    window.close()
    qtbot.waitUntil(lambda: seminar not in main_window.participation.signoff_windows)

    again = main_window.participation.open_signoff(seminar)
    assert again is not None
    assert not again.sign_button.isEnabled()
    assert again.unlock_button.isEnabled()
    assert again.lock.isVisibleTo(again)
    qtbot.keyClick(again.search, Qt.Key.Key_Down)
    first = int(again.table.currentIndex().data(ENROLLMENT_ROLE))
    qtbot.keyClick(again.table, Qt.Key.Key_S)
    assert "signerat" in again.message.text()
    assert services.attendance.history(first, seminar).status is P

    def unlock(dialog: UnlockDialog) -> None:
        dialog.reason.setPlainText("Kom efter pausen")
        dialog.buttons.accepted.emit()

    when_modal(UnlockDialog, unlock)
    again.unlock_button.click()
    assert again.sign_button.isEnabled()
    assert "Upplåst av Karin Fredriksson" in again.state.text()
    again.table.setFocus()
    again.table.setCurrentIndex(again.proxy.index(0, 0))
    qtbot.keyClick(again.table, Qt.Key.Key_S)
    history = services.attendance.history(first, seminar)
    assert [(e.kind, e.old_status, e.new_status) for e in history.entries] == [
        ("change", None, P),
        ("sign", None, None),
        ("unlock", None, None),
        ("change", P, L),
    ]
    assert history.entries[2].reason == "Kom efter pausen"
    assert history.entries[3].reason == "Efter upplåsning: Kom efter pausen"

    main_window.participation.show_matrix()
    tab = main_window.participation.attendance_tab
    assert tab is not None
    model = tab.model
    shown = {
        model.index(r, model.NAME).data(): (
            model.index(r, model.WORKPLACE).data(),
            model.row_at(r).result,
            model.index(r, model.state_column).data(),
        )
        for r in range(model.rowCount())
    }
    assert len(shown) == 22
    assert db_location.path is not None
    assert main(["status", "--cohort", "Omgång 3", "--db", str(db_location.path)]) == 0
    _title, _columns, *lines, _totals = capsys.readouterr().out.splitlines()
    assert len(lines) == len(shown)
    for line in lines:
        name = next(n for n in shown if line.startswith(n + " "))
        workplace, result, state = shown[name]
        assert f"{result.attended}/{result.expected}" in line
        assert line.endswith(state.split(" · ")[0])
        assert (workplace or "–") in line


def test_sign_seminar_uses_the_schedule_selection(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    demo.database.close()
    main_window = _main_window(qtbot, db_location)
    page = main_window.cohort_page
    schedule = page.schedule
    row = next(
        r for r in range(schedule.model().rowCount()) if schedule.model().index(r, 0).data() == "3"
    )
    schedule.setCurrentIndex(schedule.model().index(row, 0))
    main_window.participation.signoff_action.trigger()
    (window,) = main_window.participation.signoff_windows.values()
    assert window.title.text() == "Seminarium 3 · Förskolans ledarskap"
    assert window.lock.isVisibleTo(window)
    assert window.count.text() == "17 av 20 närvarande"
    window.close()
    qtbot.waitUntil(lambda: not main_window.participation.signoff_windows)
    main_window.participation.show_matrix()
    tab = main_window.participation.attendance_tab
    assert tab is not None
    current = tab.current_seminar()
    assert current is not None
    assert current.number == 5
    main_window.participation.signoff_action.trigger()
    assert {w.seminar_id for w in main_window.participation.signoff_windows.values()} == {
        current.id
    }


def test_remembered_coordinator_name_is_used(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    demo.database.close()
    app_settings().setValue("coordinator/name", "Karin Fredriksson")
    main_window = _main_window(qtbot, db_location)
    assert main_window.services is not None
    assert main_window.services.coordinator.name == "Karin Fredriksson"
    assert main_window.participation.register_action.isEnabled()
    main_window.participation.open_register()
    window = main_window.participation.register_window
    assert window is not None
    assert window.count.text() == "26 personer"

"""Signing off offline in the window: Signera offline …, the sign-off view on the file (keys mark
people there, not in the shared database), and the marks read back through the attendance
import's preview with the conflicts listed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.services.attendance import CellRef
from seminarkoll.services.container import Services
from seminarkoll.services.offline_signoff import offline_seminar
from seminarkoll.ui.attendance.offline_signoff import OfflineSignOffWindow
from seminarkoll.ui.attendance.signoff import SignOffModel
from seminarkoll.ui.exchange.models import AttendancePlanModel
from seminarkoll.ui.exchange.offline_import import OfflineImportDialog
from seminarkoll.ui.main_window import MainWindow
from tests.ui.attendance.test_signoff import _main_window, _seminar

P, L, A = AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ABSENT


def _copied(qtbot: QtBot, location: DatabaseLocation, number: int) -> tuple[MainWindow, Path]:
    """The main window on `location` after Signera offline … of seminar `number`."""
    main_window = _main_window(qtbot, location)
    services = main_window.services
    assert services is not None
    assert location.path is not None
    path = location.path.parent / f"seminarium {number}.sqlite3"
    main_window.offline.sign_offline(path, _seminar(services, number))
    qtbot.waitUntil(lambda: main_window.offline.last_copy is not None)
    qtbot.waitUntil(lambda: not main_window.offline.task.running)  # type: ignore[union-attr]
    return main_window, path


def _names(window: OfflineSignOffWindow) -> list[str]:
    proxy = window.proxy
    return [proxy.index(r, SignOffModel.NAME).data() for r in range(proxy.rowCount())]


def test_sign_offline_then_read_the_marks_back_with_a_conflict(
    qtbot: QtBot, qtmodeltester: object, demo: Services, db_location: DatabaseLocation
) -> None:
    demo.database.close()
    main_window, path = _copied(qtbot, db_location, 5)
    services = main_window.services
    assert services is not None
    seminar = _seminar(services, 5)
    assert "Seminarium 5 med 21 deltagare" in main_window.statusBar().currentMessage()
    assert main_window.offline.export_action.text() == "Signera &offline …"

    window = main_window.offline.open_file(path)
    assert window is not None
    assert window.windowTitle() == f"Offline – seminarium 5 – Omgång 3 – {path.name}"
    assert window.banner.text().startswith(f"Offline-signering i {path.name}, kopierad ")
    names = _names(window)
    first, second, third = names[:3]
    window.table.setFocus()
    window.table.setCurrentIndex(window.proxy.index(0, SignOffModel.NAME))
    for key in (Qt.Key.Key_N, Qt.Key.Key_S, Qt.Key.Key_N):
        qtbot.keyClick(window.table, key)
    assert window.count.text() == "3 av 20 närvarande"
    shared = {row.name: row for row in services.attendance.sheet(seminar).rows}
    assert {shared[n].status for n in (first, second, third)} == {None}  # only in the file
    services.attendance.set_status([CellRef(shared[third].enrollment_id, seminar)], A)
    window.close()
    qtbot.waitUntil(lambda: not main_window.offline.windows)

    dialog = main_window.offline.read_back(path, seminar)
    assert isinstance(dialog, OfflineImportDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None and not dialog.task.running)  # type: ignore[union-attr]
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert dialog.title.text() == (
        f"Offline-signering från {path.name} – Ledare på lut – Omgång 3 (2016/2017)"
    )
    assert dialog.summary.text() == (
        "I filen: 2 nya markeringar, 1 konflikt, 0 oförändrade. Tomma rutor ändrar ingenting."
    )
    rows = {
        dialog.model.index(r, AttendancePlanModel.NAME).data(): (
            dialog.model.index(r, AttendancePlanModel.OUTCOME).data()
        )
        for r in range(dialog.model.rowCount())
    }
    assert rows == {first: "Ny markering", second: "Ny markering", third: "Konflikt"}
    assert dialog.overwrite.isVisible()
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None)
    assert "2 markeringar sparade, 1 konflikt behölls oförändrad" in dialog.summary.text()
    after = {row.name: row.status for row in services.attendance.sheet(seminar).rows}
    assert (after[first], after[second], after[third]) == (P, L, A)
    history = services.attendance.history(shared[first].enrollment_id, seminar)
    assert history.entries[-1].source == "offline"


def test_a_file_for_another_seminar_is_refused_in_the_window(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    demo.database.close()
    main_window, path = _copied(qtbot, db_location, 5)
    services = main_window.services
    assert services is not None
    dialog = main_window.offline.read_back(path, _seminar(services, 6))
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "errorBox") is not None)
    box = dialog.findChild(QMessageBox, "errorBox")
    assert isinstance(box, QMessageBox)
    assert box.text().startswith(f"Filen ”{path.name}” gäller ett annat seminarium än det valda")
    assert dialog.plan is None
    assert not dialog.apply_button.isEnabled()


def test_a_file_that_is_not_an_offline_signing_is_not_opened(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    demo.database.close()
    main_window = _main_window(qtbot, db_location)
    assert db_location.path is not None
    assert main_window.offline.open_file(db_location.path) is None
    box = main_window.findChild(QMessageBox, "errorBox")
    assert isinstance(box, QMessageBox)
    assert box.text() == (
        f"{db_location.path} är ingen offline-signering från Seminarkoll (filen saknar uppgift "
        "om varifrån den kopierades). Välj filen som Signera offline sparade."
    )
    assert not main_window.offline.windows


def test_the_same_file_opens_once(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    demo.database.close()
    main_window, path = _copied(qtbot, db_location, 2)
    services = main_window.services
    assert services is not None
    window = main_window.offline.open_file(path)
    assert window is not None
    totals = services.attendance.sheet(_seminar(services, 2)).totals  # as in the shared database
    assert window.count.text() == f"{totals.attended} av {totals.expected} närvarande"
    assert main_window.offline.open_file(path) is None
    box = main_window.findChild(QMessageBox, "errorBox")
    assert isinstance(box, QMessageBox)
    assert "redan öppen i Seminarkoll" in box.text()
    window.close()
    qtbot.waitUntil(lambda: not main_window.offline.windows)
    assert offline_seminar(path).seminar_id == _seminar(services, 2)

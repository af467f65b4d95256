"""The backups window, restoring from it, the retention window and the database check."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date

from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from seminarkoll.app import DatabaseOpener
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.services.container import Services
from seminarkoll.ui.main_window import MainWindow
from seminarkoll.ui.privacy.backups_dialog import BackupsDialog
from seminarkoll.ui.privacy.thinning_dialog import ThinningDialog
from tests.finished_demo import finish_demo
from tests.ui.modal import when_modal


def _window(qtbot: QtBot, location: DatabaseLocation) -> MainWindow:
    window = MainWindow(DatabaseOpener(), location)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.services is not None or window.exit_code is not None)
    return window


def _destructive(box: QMessageBox) -> None:
    next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
    ).click()


def test_backups_window_lists_and_takes_backups(
    qtbot: QtBot, qtmodeltester: ModelTester, demo: Services
) -> None:
    dialog = BackupsDialog(demo.backups)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0
    assert not dialog.empty_hint.isHidden()
    dialog.take_backup()
    assert dialog.model.rowCount() == 1
    qtmodeltester.check(dialog.model)
    model = dialog.model
    assert model.index(0, 1).data() == "manuell"
    assert [model.index(0, c).data() for c in (3, 4, 5)] == ["1", "1", "26"]
    dialog.table.selectRow(0)
    assert dialog.restore_button.isEnabled()
    text = dialog.confirmation_text(dialog.model.row_at(0))
    assert "1 program, 1 omgångar och 26 personer" in text
    assert "anonymiseras och gallras igen" in text
    dialog.daily.setValue(3)
    dialog.save_retention()
    assert demo.backups.retention().daily == 3


def test_restore_from_the_window(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    backup = demo.backups.take()
    demo.database.close()
    assert db_location.path is not None
    with closing(sqlite3.connect(db_location.path)) as conn:
        conn.execute("DELETE FROM attendance")
        conn.commit()
    window = _window(qtbot, db_location)
    window.privacy.show_backups()
    dialog = window.privacy.backups_dialog
    row = next(r for r in range(dialog.model.rowCount()) if dialog.model.row_at(r).path == backup)
    dialog.table.selectRow(row)
    seen = when_modal(QMessageBox, _destructive)
    dialog.restore_selected()
    assert seen
    qtbot.waitUntil(lambda: window.services is not None)
    with closing(sqlite3.connect(db_location.path)) as conn:
        assert conn.execute("SELECT count(*) FROM attendance").fetchone()[0] == 81
    assert "återställd" in window.statusBar().currentMessage()
    window.close()


def test_thinning_window_previews_then_thins(qtbot: QtBot, services: Services) -> None:
    finish_demo(services)
    dialog = ThinningDialog(services.thinning, today=date(2026, 12, 1))
    qtbot.addWidget(dialog)
    assert dialog.cutoff() == date(2021, 12, 1)
    assert dialog.model.rowCount() == 1
    assert dialog.model.index(0, 0).data() == "Omgång 3 (2016/2017)"
    assert dialog.thin_button.isEnabled()
    seen = when_modal(QMessageBox, _destructive)
    dialog.thin()
    assert seen
    assert dialog.model.rowCount() == 0
    assert not dialog.thin_button.isEnabled()
    dialog.years.setValue(5)
    dialog.save_setting()
    assert services.thinning.thin_after_years() == 5


def test_check_from_the_help_menu(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    demo.database.close()
    assert db_location.path is not None
    with closing(sqlite3.connect(db_location.path)) as conn:
        conn.execute("DELETE FROM signoff_event WHERE id = 2")
        conn.commit()
    window = _window(qtbot, db_location)
    box = window.privacy.check_action.trigger() or window.findChild(QMessageBox, "checkBox")
    assert box is not None
    assert "signeringsloggen" in box.text()
    assert "rad 2 saknas" in box.text()
    box.accept()
    window.close()


def test_the_window_reminds_when_thinning_is_due(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    demo.thinning.set_thin_after_years(5)
    assert demo.thinning.due() is not None
    demo.database.close()
    window = _window(qtbot, db_location)
    qtbot.waitUntil(lambda: "dags att gallra en omgång" in window.statusBar().currentMessage())
    window.close()

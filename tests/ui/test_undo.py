"""Ångra and Gör om in the main window for marks, batch marks, notes, merges and removals,
checked against the database after each step."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from seminarkoll.app import DatabaseOpener
from seminarkoll.data.audit_chain import verify
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.data.models import Base
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.services.container import Services
from seminarkoll.services.participants import PersonInput
from seminarkoll.ui.attendance.dialogs import NoteDialog
from seminarkoll.ui.attendance.matrix_tab import AttendanceTab
from seminarkoll.ui.attendance.matrix_view import cell_at
from seminarkoll.ui.main_window import MainWindow
from seminarkoll.ui.participants.merge_dialog import MergeDialog
from tests.ui.modal import when_modal

P, A = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT


def _window(qtbot: QtBot, demo: Services, location: DatabaseLocation) -> MainWindow:
    demo.database.close()
    window = MainWindow(DatabaseOpener(), location)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitUntil(lambda: window.services is not None)
    qtbot.waitUntil(lambda: window.participation.attendance_tab is not None)
    return window


def _services(window: MainWindow) -> Services:
    assert window.services is not None
    return window.services


def _matrix(window: MainWindow) -> AttendanceTab:
    window.participation.show_matrix()
    tab = window.participation.attendance_tab
    assert tab is not None
    return tab


def _rows(window: MainWindow, table: str, *skip: str) -> set[tuple[Any, ...]]:
    """Every row of `table` (without the columns in `skip`, nor the version, time and editor
    of the last edit: a redo is an edit of its own)."""
    left_out = {*skip, "updated_at", "version", "changed_at", "changed_by"}
    columns = [c for c in Base.metadata.tables[table].columns if c.name not in left_out]
    with _services(window).database.transaction() as session:
        return {tuple(row) for row in session.execute(select(*columns))}


def _marks(window: MainWindow) -> set[tuple[Any, ...]]:
    return _rows(window, "attendance", "id", "recorded_at", "recorded_by")


def _ids(tab: AttendanceTab, first_name: str, number: int) -> tuple[int, int]:
    matrix = tab.model.matrix
    assert matrix is not None
    row = next(r for r in matrix.rows if r.first_name == first_name)
    return row.enrollment_id, matrix.seminars[number - 1].id


def _sources(window: MainWindow, cell: tuple[int, int]) -> list[str]:
    return [e.source for e in _services(window).attendance.history(*cell).entries]


def _undo(window: MainWindow) -> None:
    assert window.planning.undo_action.isEnabled()
    window.planning.undo_action.trigger()


def _redo(window: MainWindow) -> None:
    assert window.planning.redo_action.isEnabled()
    window.planning.redo_action.trigger()


def test_a_mark_by_key_is_undone_and_redone(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    window = _window(qtbot, demo, db_location)
    tab = _matrix(window)
    before = _marks(window)
    maja = _ids(tab, "Maja", 5)
    qtbot.wait(300)  # the window's background open may still refresh the matrix
    # Select explicitly: setCurrentIndex extends the selection when Qt believes Ctrl is
    # still held (a dialog that took an earlier test's Ctrl+E kept the key's release).
    tab.view.selectionModel().setCurrentIndex(
        cell_at(tab.view, *maja), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    tab.view.setFocus()
    assert tab.view.currentIndex() == cell_at(tab.view, *maja)
    assert not window.planning.undo_action.isEnabled()
    qtbot.keyClick(tab.view, Qt.Key.Key_N)
    after = _marks(window)
    assert after - before == {(maja[1], maja[0], P, "")}
    assert window.planning.undo_action.text() == "&Ångra markering ”närvarande”"

    _undo(window)
    assert _marks(window) == before
    assert _sources(window, maja) == ["matrix", "undo"]
    assert tab.model.matrix is not None
    assert not any(
        r.enrollment_id == maja[0] and r.cells[4].name == "PRESENT" for r in tab.model.matrix.rows
    )
    _redo(window)
    assert _marks(window) == after
    assert _sources(window, maja) == ["matrix", "undo", "redo"]


def test_a_batch_mark_is_undone_and_redone(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    window = _window(qtbot, demo, db_location)
    tab = _matrix(window)
    before = _marks(window)
    top = cell_at(tab.view, *_ids(tab, "Maja", 5))
    selection = QItemSelection(top, tab.proxy.index(top.row() + 4, top.column() + 1))
    tab.view.selectionModel().select(selection, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    tab.status_actions[A].trigger()
    batch = _marks(window)
    assert batch != before
    assert {m[2] for m in batch - before} == {A}
    assert "av 10 rutor" in window.planning.undo_action.text()

    _undo(window)
    assert _marks(window) == before
    _redo(window)
    assert _marks(window) == batch
    _undo(window)
    assert _marks(window) == before


def test_set_remaining_absent_is_undone(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    window = _window(qtbot, demo, db_location)
    tab = _matrix(window)
    maja, seminar = _ids(tab, "Maja", 5)
    untouched = _marks(window)
    signoff = window.participation.open_signoff(seminar)
    assert signoff is not None
    signoff.set_mark(maja, P)
    before = _marks(window)

    def agree(box: QMessageBox) -> None:
        next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
        ).click()

    seen = when_modal(QMessageBox, agree)
    signoff.mark_remaining_absent()
    assert seen
    absent = _marks(window)
    assert len(absent - before) == 19
    assert signoff.sheet is not None
    assert signoff.sheet.unmarked == 0

    _undo(window)
    assert _marks(window) == before
    assert signoff.sheet.unmarked == 19
    _redo(window)
    assert _marks(window) == absent
    _undo(window)
    _undo(window)
    assert _marks(window) == untouched
    assert _sources(window, (maja, seminar)) == ["signoff", "undo"]


def test_a_note_is_undone(qtbot: QtBot, demo: Services, db_location: DatabaseLocation) -> None:
    window = _window(qtbot, demo, db_location)
    tab = _matrix(window)
    before = _marks(window)

    def write(dialog: NoteDialog) -> None:
        dialog.note.setPlainText("Ringde och sa att hon kommer")
        dialog.buttons.accepted.emit()

    seen = when_modal(NoteDialog, write)
    tab.view.setCurrentIndex(cell_at(tab.view, *_ids(tab, "Anna", 5)))
    qtbot.keyClick(tab.view, Qt.Key.Key_N)
    tab.view.setCurrentIndex(cell_at(tab.view, *_ids(tab, "Anna", 5)))
    marked = _marks(window)
    tab.edit_note()
    assert seen
    noted = _marks(window)
    assert {m[3] for m in noted - marked} == {"Ringde och sa att hon kommer"}
    assert window.planning.undo_action.text() == "&Ångra anteckning"
    _undo(window)
    assert _marks(window) == marked
    _undo(window)
    assert _marks(window) == before
    _redo(window)
    _redo(window)
    assert _marks(window) == noted


def test_a_merge_is_undone_and_redone(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    window = _window(qtbot, demo, db_location)
    services = _services(window)
    tab = _matrix(window)
    anna, first = _ids(tab, "Anna", 1)
    maja, _ = _ids(tab, "Maja", 1)
    keep, remove = (
        next(r.person_id for r in tab.model.matrix.rows if r.enrollment_id == e)  # type: ignore[union-attr]
        for e in (anna, maja)
    )
    for seminar in services.attendance.seminars(tab.model.matrix.cohort_id):  # type: ignore[union-attr]
        if seminar.signed_off:
            services.attendance.unlock(seminar.id, "Anna och Maja är samma person")
    tables = ("person", "enrollment", "attendance", "group_member", "cohort_group")
    before = {t: _rows(window, t) for t in tables}
    trail = _rows(window, "attendance_change")
    window.participation.open_register()
    register = window.participation.register_window
    assert register is not None
    register.select_ids([keep, remove])

    seen = when_modal(MergeDialog, lambda dialog: dialog.ok.click())
    register.merge_action.trigger()
    assert seen
    merged = {t: _rows(window, t) for t in tables}
    assert merged["person"] != before["person"]
    assert len(merged["person"]) == len(before["person"]) - 1
    assert register.undo_action.isEnabled()
    assert window.planning.undo_action.text().startswith("&Ångra sammanslagning av ")

    register.undo_action.trigger()
    assert {t: _rows(window, t) for t in tables} == before
    assert trail < _rows(window, "attendance_change")
    assert "undo" in _sources(window, (anna, first))
    assert register.model.row_of(remove) is not None

    register.redo_action.trigger()
    assert {t: _rows(window, t) for t in tables} == merged
    register.undo_action.trigger()
    assert {t: _rows(window, t) for t in tables} == before
    services.participants.person(remove)
    with services.database.transaction() as session:
        assert [state.problem for state in verify(session.connection())] == [None, None]


def test_a_removal_is_undone_and_redone(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    window = _window(qtbot, demo, db_location)
    services = _services(window)
    school = services.workplaces.workplaces()[0].id
    nora = services.participants.create(
        PersonInput("Nora", "Nyström", "nora@skola.se", workplace_id=school, notes="Ny rektor")
    )
    tables = ("person", "enrollment", "attendance", "attendance_change")
    before = {t: _rows(window, t) for t in tables}
    window.participation.open_register()
    register = window.participation.register_window
    assert register is not None
    register.select_ids([nora])

    def agree(box: QMessageBox) -> None:
        assert "Du kan ångra borttagningen med Ctrl+Z" in box.text()
        next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
        ).click()

    seen = when_modal(QMessageBox, agree)
    register.delete_action.trigger()
    assert seen
    removed = {t: _rows(window, t) for t in tables}
    assert removed != before
    assert services.participants.search("nora") == ()
    assert window.planning.undo_action.text() == "&Ångra borttagning av Nora Nyström"

    _undo(window)
    assert {t: _rows(window, t) for t in tables} == before
    assert services.participants.person(nora).notes == "Ny rektor"
    assert register.model.row_of(nora) is not None
    _redo(window)
    assert {t: _rows(window, t) for t in tables} == removed

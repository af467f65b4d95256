"""The lecturer register window and the programme dialog's edit mode, driven like a user."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from seminarkoll.services.container import Services
from seminarkoll.ui.planning.controller import PlanningController
from seminarkoll.ui.planning.lecturer_dialogs import LecturerDialog
from seminarkoll.ui.planning.lecturer_register import LecturerRegisterWindow
from seminarkoll.ui.planning.models import LecturerSeminarsModel, LecturerTableModel
from seminarkoll.ui.programme_dialog import ProgrammeDialog
from tests.ui.keys import press
from tests.ui.modal import error_box
from tests.ui.planning.modal import answer


@pytest.fixture
def controller(qtbot: QtBot, demo: Services) -> PlanningController:
    parent = QWidget()
    qtbot.addWidget(parent)
    return PlanningController(lambda: demo, QUndoStack(parent), parent)


@pytest.fixture
def register(qtbot: QtBot, controller: PlanningController) -> LecturerRegisterWindow:
    window = controller.open_lecturers()
    qtbot.addWidget(window)
    return window


def names(register: LecturerRegisterWindow) -> list[str]:
    proxy = register.proxy
    return [proxy.index(r, LecturerTableModel.NAME).data() for r in range(proxy.rowCount())]


def test_search_and_seminars_across_cohorts(qtbot: QtBot, register: LecturerRegisterWindow) -> None:
    assert names(register) == [
        "Maria Dahl",
        "Per Holm",
        "Eva Lindberg",
        "Helena Sandberg",
        "Anders Wikström",
    ]
    assert register.count_label.text() == "5 föreläsare"
    qtbot.keyClicks(register.search, "verksamhetschef")
    register.reload()
    assert names(register) == ["Maria Dahl", "Anders Wikström"]
    register.table.selectRow(1)
    assert "Anders Wikström" in register.details.text()
    seminars = register.seminar_proxy
    assert [seminars.index(r, LecturerSeminarsModel.TITLE).data() for r in range(2)] == [
        "Systematiskt kvalitetsarbete",
        "Grundskolans uppdrag och organisation",
    ]
    with qtbot.waitSignal(register.seminar_requested) as opened:
        register.seminars.setCurrentIndex(seminars.index(0, 0))
        register.seminars.activated.emit(seminars.index(0, 0))
    assert opened.args is not None
    register.search.clear()
    register.search.insert("zzz")
    register.reload()
    assert names(register) == []
    assert register.details.text() == "Ingen föreläsare matchar sökningen."


def test_create_edit_and_remove_with_undo(
    qtbot: QtBot, demo: Services, register: LecturerRegisterWindow, controller: PlanningController
) -> None:
    def create(dialog: QWidget) -> None:
        assert isinstance(dialog, LecturerDialog)
        dialog.first_name.setText("Lena")
        dialog.last_name.setText("Ek")
        dialog.title.setEditText("Ekonomichef")
        dialog.organisation.setText("Vänersborgs kommun")
        dialog.buttons.accepted.emit()

    answer(LecturerDialog, create)
    qtbot.mouseClick(register.new_button, Qt.MouseButton.LeftButton)
    assert "Lena Ek" in names(register)
    assert "Lena Ek" in register.details.text()
    lena = register.selected_id()
    assert lena is not None

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, LecturerDialog)
        assert dialog.first_name.text() == "Lena"
        dialog.phone.setText("0521-72 10 00")
        dialog.buttons.accepted.emit()

    answer(LecturerDialog, edit)
    register.edit_selected()
    assert demo.lecturers.lecturer(lena).phone == "0521-72 10 00"
    controller.undo_stack.undo()
    assert demo.lecturers.lecturer(lena).phone == ""

    def remove(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        assert box.text().startswith("Föreläsaren Lena Ek tas bort.")
        next(b for b in box.buttons() if b.text() == "Ta bort").click()

    answer(QMessageBox, remove)
    register.remove_selected()
    assert "Lena Ek" not in names(register)
    controller.undo_stack.undo()
    assert "Lena Ek" in names(register)
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert "Lena Ek" not in names(register)


def test_programme_dialog_edits_and_archives(qtbot: QtBot, demo: Services) -> None:
    programme = demo.catalog.programmes()[0]
    details = demo.planning.programme(programme.id)
    dialog = ProgrammeDialog(
        lambda data, seen: demo.planning.update_programme(programme.id, data, version=seen),
        None,
        details,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name.text() == "Ledare på lut"
    assert dialog.contact.text() == "Karin Fredriksson"
    dialog.name.clear()
    dialog.buttons.accepted.emit()
    assert dialog.errors.text("name") == "Ange programmets namn."
    dialog.name.setText("Ledare på lut")
    dialog.archived.setChecked(True)
    dialog.buttons.accepted.emit()
    assert dialog.saved_id == programme.id
    assert demo.planning.programme(programme.id).archived


def shown(qtbot: QtBot, controller: PlanningController) -> LecturerRegisterWindow:
    """The register opened and active, so that its shortcuts reach it."""
    register = controller.open_lecturers()
    register.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is register)
    return register


def test_find_and_close_take_every_platform_key(
    qtbot: QtBot, controller: PlanningController
) -> None:
    for keys in QKeySequence.keyBindings(QKeySequence.StandardKey.Find):
        register = shown(qtbot, controller)
        register.table.setFocus()
        press(register.table, keys)
        assert register.search.hasFocus(), keys.toString()
    for keys in QKeySequence.keyBindings(QKeySequence.StandardKey.Close):
        register = shown(qtbot, controller)
        with qtbot.waitSignal(register.destroyed):
            press(register.table, keys)


def test_stale_lecturer_edit_and_its_undo_keep_the_other_change(
    qtbot: QtBot,
    demo: Services,
    register: LecturerRegisterWindow,
    controller: PlanningController,
    second_coordinator: Callable[[str], Services],
) -> None:
    lars = second_coordinator("Lars")
    register.table.selectRow(0)
    maria = register.selected_id()
    assert maria is not None

    def phone_by_lars(number: str) -> None:
        details = lars.lecturers.lecturer(maria)
        lars.lecturers.update_lecturer(
            maria, replace(details.as_input(), phone=number), version=details.version
        )

    refused: list[str] = []

    def edit_while_lars_edits(dialog: QWidget) -> None:
        assert isinstance(dialog, LecturerDialog)
        dialog.phone.setText("0521-1")
        phone_by_lars("0521-2")
        dialog.buttons.accepted.emit()
        refused.append(dialog.general_error.text())
        dialog.reject()

    answer(LecturerDialog, edit_while_lars_edits)
    assert not controller.edit_lecturer(maria, register)
    assert refused[0].startswith("Uppgifterna om Maria Dahl ändrades av Lars kl. ")
    assert demo.lecturers.lecturer(maria).phone == "0521-2"

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, LecturerDialog)
        dialog.phone.setText("0521-3")
        dialog.buttons.accepted.emit()

    answer(LecturerDialog, edit)
    assert controller.edit_lecturer(maria, register)
    controller.undo_stack.undo()
    controller.undo_stack.redo()
    assert demo.lecturers.lecturer(maria).phone == "0521-3"
    phone_by_lars("0521-4")
    controller.undo_stack.undo()
    parent = register.parentWidget()
    assert parent is not None
    box = error_box(parent)
    assert box.windowTitle() == "Det gick inte att ångra"
    assert box.text().startswith("Uppgifterna om Maria Dahl ändrades av Lars kl. ")
    assert demo.lecturers.lecturer(maria).phone == "0521-4"
    assert controller.undo_stack.count() == 0  # the refused edit is off the stack

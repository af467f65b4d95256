"""The theme-area editor driven like a user, with undo, checked in the database."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QAbstractItemView, QColorDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from seminarkoll.services.container import Services
from seminarkoll.services.planning import ProgrammeInput
from seminarkoll.ui.planning.controller import PlanningController
from seminarkoll.ui.planning.models import ThemeTableModel
from seminarkoll.ui.planning.theme_editor import ThemeEditorDialog, ThemeRemovalDialog
from tests.factories import Factory
from tests.ui.planning.modal import answer

THEMES = (
    "Skolledarskapet sett ur olika perspektiv",
    "Det pedagogiska ledarskapet",
    "Skolutveckling",
    "Framgångsfaktorer",
)


@pytest.fixture
def controller(qtbot: QtBot, services: Services) -> PlanningController:
    parent = QWidget()
    qtbot.addWidget(parent)
    return PlanningController(lambda: services, QUndoStack(parent), parent)


@pytest.fixture
def editor(qtbot: QtBot, services: Services, controller: PlanningController) -> ThemeEditorDialog:
    programme = services.planning.create_programme(ProgrammeInput("Ledare på lut"))
    dialog = ThemeEditorDialog(controller, programme)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def names(services: Services) -> list[str]:
    programme = services.catalog.programmes()[0].id
    return [t.name for t in services.planning.themes(programme)]


def add(qtbot: QtBot, editor: ThemeEditorDialog, name: str) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    editor.name.setText(name)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)


def test_four_theme_areas_reordered_renamed_and_undone(
    qtbot: QtBot, services: Services, editor: ThemeEditorDialog, controller: PlanningController
) -> None:
    assert editor.save_button.text() == "&Lägg till"
    for name in THEMES:
        add(qtbot, editor, name)
    assert names(services) == list(THEMES)
    assert editor.model.rowCount() == 4
    colours = {t.colour for t in editor.model.rows()}
    assert len(colours) == 4
    editor.table.selectRow(3)
    qtbot.mouseClick(editor.up_button, Qt.MouseButton.LeftButton)
    assert names(services)[2] == "Framgångsfaktorer"
    assert editor.selected_id() == editor.model.rows()[2].id
    editor.table.selectRow(0)
    editor.name.setText("Skolledarskapet")
    editor.description.setPlainText("Kommunens styrning och ekonomi")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert names(services)[0] == "Skolledarskapet"
    assert controller.undo_stack.count() == 6
    controller.undo_stack.undo()
    assert names(services)[0] == "Skolledarskapet sett ur olika perspektiv"
    assert editor.model.rows()[0].name == "Skolledarskapet sett ur olika perspektiv"
    controller.undo_stack.undo()
    assert names(services) == list(THEMES)
    controller.undo_stack.redo()
    assert names(services)[2] == "Framgångsfaktorer"


def test_duplicate_and_empty_names_are_refused_in_place(
    qtbot: QtBot, services: Services, editor: ThemeEditorDialog
) -> None:
    add(qtbot, editor, "Skolutveckling")
    add(qtbot, editor, "skolutveckling")
    assert editor.errors.text("name") == (
        "Programmet har redan ett temaområde som heter ”skolutveckling”."
    )
    add(qtbot, editor, "  ")
    assert editor.errors.text("name") == "Ange temaområdets namn."
    assert names(services) == ["Skolutveckling"]


def test_removing_a_theme_area_in_use_asks_where_its_seminars_go(
    qtbot: QtBot,
    services: Services,
    factory: Factory,
    editor: ThemeEditorDialog,
    controller: PlanningController,
) -> None:
    for name in THEMES[:2]:
        add(qtbot, editor, name)
    first, second = (t.id for t in editor.model.rows())
    cohort = factory.cohort(services.catalog.programmes()[0].id)
    seminar = factory.seminar(cohort, 1, date(2024, 9, 5), theme_area_id=first)
    editor.reload()
    editor.table.selectRow(0)

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, ThemeRemovalDialog)
        assert dialog.move_radio.isChecked()
        assert dialog.target.currentData() == second
        dialog.remove_button.click()

    answered = answer(ThemeRemovalDialog, choose)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert answered
    assert names(services) == [THEMES[1]]
    assert services.schedule.seminar(seminar).theme_id == second
    controller.undo_stack.undo()
    assert names(services) == list(THEMES[:2])
    assert services.schedule.seminar(seminar).theme_id == first


def test_removing_an_unused_theme_area_confirms_first(
    qtbot: QtBot, services: Services, editor: ThemeEditorDialog
) -> None:
    add(qtbot, editor, "Skolutveckling")
    editor.table.selectRow(0)
    texts: list[str] = []

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    answer(QMessageBox, cancel)
    editor.remove_selected()
    assert texts[0].startswith("Temaområdet ”Skolutveckling” tas bort. Inget seminarium")
    assert names(services) == ["Skolutveckling"]

    def accept(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        next(b for b in box.buttons() if b.text() == "Ta bort").click()

    answer(QMessageBox, accept)
    editor.remove_selected()
    assert names(services) == []
    assert editor.save_button.text() == "&Lägg till"


def test_keyboard_moves_theme_areas(
    qtbot: QtBot, services: Services, editor: ThemeEditorDialog
) -> None:
    for name in THEMES[:3]:
        add(qtbot, editor, name)
    editor.activateWindow()
    qtbot.waitActive(editor)
    editor.table.selectRow(0)
    editor.table.setFocus()
    qtbot.keyClick(editor.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert names(services) == [THEMES[1], THEMES[0], THEMES[2]]
    qtbot.keyClick(editor.table, Qt.Key.Key_Insert)
    assert editor.save_button.text() == "&Lägg till"
    assert editor.focusWidget() is editor.name


def drop(editor: ThemeEditorDialog, source: int, row: int, on: int | None = None) -> bool:
    """What the table view does when row `source` is dropped before `row` (or onto `on`)."""
    model = editor.model
    data = model.mimeData([model.index(source, ThemeTableModel.NAME)])
    parent = model.index(on, ThemeTableModel.NAME) if on is not None else QModelIndex()
    return model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, parent)


def test_theme_areas_reorder_by_drag_and_drop(
    qtbot: QtBot, services: Services, editor: ThemeEditorDialog, controller: PlanningController
) -> None:
    for name in THEMES:
        add(qtbot, editor, name)
    assert editor.table.dragDropMode() == QAbstractItemView.DragDropMode.InternalMove
    moved = editor.model.rows()[3].id
    editor.table.selectRow(3)
    with qtbot.waitSignal(controller.changed):
        assert not drop(editor, 3, 0)  # the view removes nothing itself
    assert names(services) == [THEMES[3], THEMES[0], THEMES[1], THEMES[2]]
    assert editor.selected_id() == moved
    with qtbot.waitSignal(controller.changed):
        drop(editor, 0, -1)  # below the last row
    assert names(services) == list(THEMES)
    with qtbot.waitSignal(controller.changed):
        drop(editor, 0, -1, on=2)  # onto the third row: lands just above it
    assert names(services) == [THEMES[1], THEMES[0], THEMES[2], THEMES[3]]
    controller.undo_stack.undo()
    assert names(services) == list(THEMES)


def test_a_drop_in_place_or_of_foreign_data_changes_nothing(
    qtbot: QtBot, services: Services, editor: ThemeEditorDialog
) -> None:
    for name in THEMES[:2]:
        add(qtbot, editor, name)
    with qtbot.assertNotEmitted(editor.model.reorder_requested):
        drop(editor, 1, 2)  # right below itself
        drop(editor, 0, 0)  # right above itself
        foreign = QMimeData()
        foreign.setText("1")
        assert not editor.model.dropMimeData(foreign, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert names(services) == list(THEMES[:2])


def test_theme_model_passes_qt_checks(
    qtbot: QtBot, qtmodeltester: object, editor: ThemeEditorDialog
) -> None:
    for name in THEMES:
        add(qtbot, editor, name)
    assert editor.model.rowCount() == 4
    qtmodeltester.check(editor.model)  # type: ignore[attr-defined]


def test_enter_in_the_name_saves_and_never_opens_the_colour_picker(
    qtbot: QtBot, services: Services, editor: ThemeEditorDialog
) -> None:
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    editor.colour_button.setFocus()
    editor.name.setFocus()
    qtbot.keyClicks(editor.name, "Skolutveckling")
    pickers = answer(QColorDialog, lambda dialog: dialog.reject())
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    qtbot.wait(300)
    assert pickers == []
    assert names(services) == ["Skolutveckling"]
    assert not editor.colour_button.autoDefault()

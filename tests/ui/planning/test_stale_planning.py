"""Programme, theme-area and group-meeting edits refused as stale, driven like a user: the
dialog names who changed what, reads the other change in again or writes over it; a reorder
over another coordinator's change moves nothing; a removal over one asks as a list action
does (read in again, removing nothing, or remove anyway)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from seminarkoll.services.container import Services
from seminarkoll.services.group_meetings import MeetingInput
from seminarkoll.services.groups import GroupInput
from seminarkoll.ui.participants.meetings_dialog import GroupMeetingsDialog, MeetingDialog
from seminarkoll.ui.planning.controller import PlanningController
from seminarkoll.ui.planning.theme_editor import ThemeEditorDialog
from seminarkoll.ui.programme_dialog import ProgrammeDialog
from seminarkoll.ui.stale_edit import StaleEditDialog
from tests.factories import Factory
from tests.ui.modal import error_box, when_modal


@pytest.fixture
def other(second_coordinator: Callable[[str], Services]) -> Services:
    """Another coordinator, "anna", with a database of her own on the same file."""
    return second_coordinator("anna")


@pytest.fixture
def controller(qtbot: QtBot, services: Services) -> PlanningController:
    parent = QWidget()
    qtbot.addWidget(parent)
    return PlanningController(lambda: services, QUndoStack(parent), parent)


def _set_organiser(services: Services, programme: int, organiser: str) -> None:
    details = services.planning.programme(programme)
    services.planning.update_programme(
        programme, replace(details.as_input(), organiser=organiser), version=details.version
    )


def test_stale_programme_save_reloads_then_saves_and_undoes(
    qtbot: QtBot, services: Services, other: Services, controller: PlanningController
) -> None:
    programme = Factory(services.database).programme("Ledare på lut")
    texts: list[str] = []

    def edit(dialog: ProgrammeDialog) -> None:
        dialog.name.setText("Ledare på lut 2")
        _set_organiser(other, programme, "BUF")

        def reload(box: StaleEditDialog) -> None:
            texts.append(box.text())
            box.reload_button.click()

        when_modal(StaleEditDialog, reload)
        dialog.buttons.accepted.emit()
        texts.append(f"{dialog.isVisible()} {dialog.name.text()} {dialog.organiser.text()}")
        dialog.contact.setText("Karin")
        dialog.buttons.accepted.emit()

    seen = when_modal(ProgrammeDialog, edit)
    assert controller.edit_programme(programme)

    assert seen
    assert texts[0].startswith("Programmet Ledare på lut ändrades av anna kl. ")
    assert texts[0].endswith(" efter att du öppnade det.")
    assert texts[1] == "True Ledare på lut BUF"  # reloaded: the edit went, anna's change shows
    saved = other.planning.programme(programme)
    assert (saved.name, saved.organiser, saved.contact_person) == ("Ledare på lut", "BUF", "Karin")
    controller.undo_stack.undo()
    assert other.planning.programme(programme).contact_person == ""
    controller.undo_stack.redo()
    assert other.planning.programme(programme).contact_person == "Karin"
    _set_organiser(other, programme, "Rektorsområdet")
    controller.undo_stack.undo()  # refused: anna changed it after the redo
    box = error_box(controller.parent())
    assert box.text().startswith("Programmet Ledare på lut ändrades av anna")
    box.close()
    assert other.planning.programme(programme).contact_person == "Karin"


def test_stale_theme_save_can_write_over_the_other_change(
    qtbot: QtBot, services: Services, other: Services, controller: PlanningController
) -> None:
    factory = Factory(services.database)
    programme = factory.programme()
    themes = [factory.theme(programme, name, n) for n, name in enumerate(("Ledarskap", "Samtal"))]
    editor = ThemeEditorDialog(controller, programme)
    qtbot.addWidget(editor)
    editor.show()
    editor.table.selectRow(1)
    editor.name.setText("Samtal och möten")
    theirs = other.planning.themes(programme)[1]
    other.planning.update_theme(
        themes[1], replace(theirs.as_input(), colour="#b5485d"), version=theirs.version
    )

    seen = when_modal(StaleEditDialog, lambda box: box.overwrite_button.click())
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    assert seen
    assert seen[0].text().startswith("Temaområdet Samtal ändrades av anna kl. ")
    saved = other.planning.themes(programme)[1]
    assert (saved.name, saved.colour) == ("Samtal och möten", theirs.colour)
    assert editor.model.rows()[1].name == "Samtal och möten"
    controller.undo_stack.undo()  # back to what was saved before: anna's colour
    back = other.planning.themes(programme)[1]
    assert (back.name, back.colour) == ("Samtal", "#b5485d")


def test_reorder_over_another_order_moves_nothing_and_shows_it(
    qtbot: QtBot, services: Services, other: Services, controller: PlanningController
) -> None:
    factory = Factory(services.database)
    programme = factory.programme()
    first, second, third = (
        factory.theme(programme, name, n) for n, name in enumerate(("Ett", "Två", "Tre"))
    )
    editor = ThemeEditorDialog(controller, programme)
    qtbot.addWidget(editor)
    editor.show()
    other.planning.reorder_themes(programme, [third, first, second], shown=[first, second, third])
    editor.table.selectRow(0)

    editor.move_selected(1)

    box = error_box(controller.parent())
    assert box.windowTitle() == "Temaområdena kunde inte flyttas"
    assert "ändrat ordningen för temaområdena" in box.text()
    box.close()
    assert [t.id for t in other.planning.themes(programme)] == [third, first, second]
    assert editor.shown_order() == [third, first, second]
    editor.table.selectRow(0)
    editor.move_selected(1)
    assert [t.id for t in other.planning.themes(programme)] == [first, third, second]


def _confirm_removal(box: QMessageBox) -> None:
    next(b for b in box.buttons() if b.text() == "Ta bort").click()


def test_removing_a_seminar_or_cohort_changed_meanwhile_asks_first(
    qtbot: QtBot, services: Services, other: Services, controller: PlanningController
) -> None:
    factory = Factory(services.database)
    cohort = factory.cohort(name="Omgång 2", min_attended=1)
    seminar = factory.seminar(cohort, 1, date(2024, 9, 5), title="Uppstart")
    shown = services.catalog.cohort_overview(cohort)
    details = other.schedule.seminar(seminar)
    other.schedule.update_seminar(
        seminar, replace(details.as_input(), location="Aulan"), version=details.version
    )
    mine = other.planning.cohort(cohort)
    other.planning.update_cohort(
        cohort, replace(mine.as_input(), notes="Anna"), version=mine.version
    )
    changes: list[object] = []
    controller.changed.connect(changes.append)

    when_modal(QMessageBox, _confirm_removal)
    seen = when_modal(StaleEditDialog, lambda box: box.reload_button.click())
    assert not controller.remove_seminar(seminar, shown.seminars[0].version)
    assert seen[0].text().startswith("Seminarium 1 i Omgång 2 ändrades av anna kl. ")
    assert seen[0].text().endswith(" sedan listan visades.")
    assert other.schedule.seminar(seminar).location == "Aulan"
    assert controller.undo_stack.count() == 0
    assert len(changes) == 1  # the views show what is saved now

    when_modal(QMessageBox, _confirm_removal)
    seen = when_modal(StaleEditDialog, lambda box: box.overwrite_button.click())
    assert controller.remove_cohort(cohort, shown.cohort.version)
    assert seen[0].text().startswith("Omgång 2 (2024/2025) ändrades av anna kl. ")
    assert [c.id for p in other.catalog.programmes() for c in p.cohorts] == []
    controller.undo_stack.undo()
    assert other.planning.cohort(cohort).notes == "Anna"  # back as anna left it
    controller.undo_stack.redo()
    assert [c.id for p in other.catalog.programmes() for c in p.cohorts] == []


def test_stale_meeting_save_reloads_the_other_change(
    qtbot: QtBot, services: Services, other: Services
) -> None:
    cohort = Factory(services.database).cohort()
    group = services.groups.create(cohort, GroupInput("Lärgrupp 1"))
    meeting = services.group_meetings.add_meeting(MeetingInput(group, date(2024, 10, 1)))
    dialog = MeetingDialog(services, group, meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.notes.setPlainText("Mina anteckningar")
    theirs = other.group_meetings.meeting(meeting.id)
    other.group_meetings.update_meeting(
        meeting.id, replace(theirs.as_input(), place="Biblioteket"), version=theirs.version
    )

    seen = when_modal(StaleEditDialog, lambda box: box.reload_button.click())
    dialog.buttons.accepted.emit()

    assert seen
    assert seen[0].text().startswith("Träffen 1 oktober 2024 i Lärgrupp 1 ändrades av anna")
    assert dialog.isVisible()
    assert (dialog.place.text(), dialog.notes.toPlainText()) == ("Biblioteket", "")
    dialog.notes.setPlainText("Mina anteckningar")
    dialog.buttons.accepted.emit()
    assert not dialog.isVisible()
    saved = other.group_meetings.meeting(meeting.id)
    assert (saved.place, saved.notes) == ("Biblioteket", "Mina anteckningar")


def test_removing_a_meeting_changed_meanwhile_asks_first(
    qtbot: QtBot, services: Services, other: Services
) -> None:
    cohort = Factory(services.database).cohort()
    group = services.groups.create(cohort, GroupInput("Lärgrupp 1"))
    meeting = services.group_meetings.add_meeting(MeetingInput(group, date(2024, 10, 1)))
    dialog = GroupMeetingsDialog(services, group, "Lärgrupp 1")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.table.selectRow(0)
    theirs = other.group_meetings.meeting(meeting.id)
    other.group_meetings.update_meeting(
        meeting.id, replace(theirs.as_input(), place="Biblioteket"), version=theirs.version
    )

    when_modal(QMessageBox, _confirm_removal)
    seen = when_modal(StaleEditDialog, lambda box: box.reload_button.click())
    dialog.remove_meeting()

    assert seen[0].text().startswith("Träffen 1 oktober 2024 i Lärgrupp 1 ändrades av anna kl. ")
    assert [m.place for m in other.group_meetings.meetings(group)] == ["Biblioteket"]
    assert [m.place for m in dialog.model.rows()] == ["Biblioteket"]  # shown as saved now

    theirs = other.group_meetings.meeting(meeting.id)
    other.group_meetings.update_meeting(
        meeting.id, replace(theirs.as_input(), place="Aulan"), version=theirs.version
    )
    dialog.table.selectRow(0)
    when_modal(QMessageBox, _confirm_removal)
    seen = when_modal(StaleEditDialog, lambda box: box.overwrite_button.click())
    dialog.remove_meeting()
    assert seen
    assert other.group_meetings.meetings(group) == ()
    assert dialog.model.rowCount() == 0


def test_own_edits_one_after_another_undo_and_redo_without_refusing_each_other(
    qtbot: QtBot, services: Services, controller: PlanningController
) -> None:
    programme = Factory(services.database).programme("Ledare på lut")
    for organiser in ("BUF", "Rektorsområdet"):

        def edit(dialog: ProgrammeDialog, organiser: str = organiser) -> None:
            dialog.organiser.setText(organiser)
            dialog.buttons.accepted.emit()

        when_modal(ProgrammeDialog, edit)
        assert controller.edit_programme(programme)

    def organiser() -> str:
        return services.planning.programme(programme).organiser

    controller.undo_stack.undo()
    assert organiser() == "BUF"
    controller.undo_stack.undo()
    assert organiser() == ""
    controller.undo_stack.redo()
    controller.undo_stack.redo()
    assert organiser() == "Rektorsområdet"
    assert controller.undo_stack.index() == 2


def test_removing_a_theme_area_changed_meanwhile_asks_first(
    qtbot: QtBot, services: Services, other: Services, controller: PlanningController
) -> None:
    factory = Factory(services.database)
    programme = factory.programme()
    theme = factory.theme(programme, "Samtal")
    editor = ThemeEditorDialog(controller, programme)
    qtbot.addWidget(editor)
    editor.show()
    editor.table.selectRow(0)
    theirs = other.planning.themes(programme)[0]
    other.planning.update_theme(
        theme, replace(theirs.as_input(), name="Samtal och möten"), version=theirs.version
    )

    when_modal(QMessageBox, _confirm_removal)
    seen = when_modal(StaleEditDialog, lambda box: box.reload_button.click())
    editor.remove_selected()

    assert seen[0].text().startswith("Temaområdet Samtal och möten ändrades av anna kl. ")
    assert [t.name for t in other.planning.themes(programme)] == ["Samtal och möten"]
    assert [t.name for t in editor.model.rows()] == ["Samtal och möten"]
    assert controller.undo_stack.count() == 0

    theirs = other.planning.themes(programme)[0]
    other.planning.update_theme(
        theme, replace(theirs.as_input(), name="Samtal"), version=theirs.version
    )
    editor.table.selectRow(0)
    when_modal(QMessageBox, _confirm_removal)
    seen = when_modal(StaleEditDialog, lambda box: box.overwrite_button.click())
    editor.remove_selected()
    assert seen
    assert other.planning.themes(programme) == ()
    controller.undo_stack.undo()
    assert [t.name for t in other.planning.themes(programme)] == ["Samtal"]
    controller.undo_stack.redo()
    assert other.planning.themes(programme) == ()


def _new_programme(controller: PlanningController, name: str) -> int:
    def create(dialog: ProgrammeDialog) -> None:
        dialog.name.setText(name)
        dialog.buttons.accepted.emit()

    when_modal(ProgrammeDialog, create)
    programme = controller.new_programme()
    assert programme is not None
    return programme


def test_undoing_a_creation_someone_else_changed_since_removes_nothing(
    qtbot: QtBot, services: Services, other: Services, controller: PlanningController
) -> None:
    programme = _new_programme(controller, "Rektorsprogrammet")
    _set_organiser(other, programme, "BUF")

    controller.undo_stack.undo()

    box = error_box(controller.parent())
    assert box.windowTitle() == "Det gick inte att ångra"
    assert box.text().startswith("Programmet Rektorsprogrammet ändrades av anna kl. ")
    box.close()
    assert other.planning.programme(programme).organiser == "BUF"
    assert controller.undo_stack.count() == 0  # the step is dropped


def test_undoing_a_creation_after_own_edits_removes_it(
    qtbot: QtBot, services: Services, controller: PlanningController
) -> None:
    programme = _new_programme(controller, "Rektorsprogrammet")

    def edit(dialog: ProgrammeDialog) -> None:
        dialog.organiser.setText("BUF")
        dialog.buttons.accepted.emit()

    when_modal(ProgrammeDialog, edit)
    assert controller.edit_programme(programme)
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert services.catalog.programmes() == ()
    controller.undo_stack.redo()
    controller.undo_stack.redo()
    assert services.planning.programme(programme).organiser == "BUF"
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert services.catalog.programmes() == ()

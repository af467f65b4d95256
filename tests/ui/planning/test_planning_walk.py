"""The issue's acceptance walk in the real main window: empty database -> programme -> four
theme areas -> cohort 2024/2025 from the template on Thursdays -> copy to 2025/2026; then
schedule editing with the keyboard, undo, and calendar and PDF export."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import cast

import icalendar
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from seminarkoll.app import DatabaseOpener
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.calendar import SchoolYear, holiday_eve_name, is_day_off, school_breaks
from seminarkoll.services.container import Services
from seminarkoll.ui.main_window import MainWindow
from seminarkoll.ui.planning.cohort_dialog import COPY, TEMPLATE, CohortDialog
from seminarkoll.ui.planning.lecturer_dialogs import LecturerDialog
from seminarkoll.ui.planning.seminar_dialog import SeminarDialog
from seminarkoll.ui.planning.theme_editor import ThemeEditorDialog
from seminarkoll.ui.programme_dialog import ProgrammeDialog
from seminarkoll.ui.schedule_model import ScheduleTableModel
from seminarkoll.ui.stale_edit import StaleEditDialog
from tests.services.test_stale_edits import set_place
from tests.ui.keys import press
from tests.ui.modal import error_box
from tests.ui.planning.modal import answer

THEMES = (
    "Skolledarskapet sett ur olika perspektiv",
    "Det pedagogiska ledarskapet",
    "Skolutveckling",
    "Framgångsfaktorer",
)


def open_window(qtbot: QtBot, location: DatabaseLocation) -> MainWindow:
    window = MainWindow(DatabaseOpener(), location)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.services is not None)
    window.activateWindow()
    qtbot.waitActive(window)
    return window


def services_of(window: MainWindow) -> Services:
    assert window.services is not None
    return window.services


def shown_titles(window: MainWindow) -> list[str]:
    proxy = window.cohort_page.schedule_proxy
    return [proxy.index(r, ScheduleTableModel.TITLE).data() for r in range(proxy.rowCount())]


def select_row(qtbot: QtBot, window: MainWindow, row: int) -> None:
    """Select a schedule row with the window active (offscreen, a closed box keeps it)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    table = window.cohort_page.schedule
    table.selectRow(row)
    table.setFocus()


def test_acceptance_walk(qtbot: QtBot, db_location: DatabaseLocation) -> None:
    window = open_window(qtbot, db_location)
    assert window.pages.currentWidget() is window.welcome

    # The programme.
    def programme(dialog: QWidget) -> None:
        assert isinstance(dialog, ProgrammeDialog)
        dialog.name.setText("Ledare på lut")
        dialog.organiser.setText("Trollhättans stad")
        dialog.buttons.accepted.emit()

    answer(ProgrammeDialog, programme)
    window.new_programme_action.trigger()
    services = services_of(window)
    (created,) = services.catalog.programmes()
    assert created.name == "Ledare på lut"
    assert window.planning.current_programme() == created.id
    assert window.hint.text().startswith("Ledare på lut har inga omgångar än.")

    # Its four theme areas.
    def themes(dialog: QWidget) -> None:
        assert isinstance(dialog, ThemeEditorDialog)
        for name in THEMES:
            dialog.start_new()
            dialog.name.setText(name)
            dialog.save()
        dialog.reject()

    answer(ThemeEditorDialog, themes)
    window.planning.themes_action.trigger()
    assert [t.name for t in services.planning.themes(created.id)] == list(THEMES)

    # Cohort 2024/2025 from the template on Thursdays.
    def first_cohort(dialog: QWidget) -> None:
        assert isinstance(dialog, CohortDialog)
        assert dialog.mode() == TEMPLATE
        dialog.school_year.setText("2024/2025")
        dialog._school_year_edited("2024/2025")
        dialog.weekday.setCurrentIndex(dialog.weekday.findData(3))
        dialog.buttons.accepted.emit()

    answer(CohortDialog, first_cohort)
    window.planning.new_cohort_action.trigger()
    assert window.pages.currentWidget() is window.cohort_page
    first = window.cohort_page.overview
    assert first is not None
    assert first.cohort.school_year == "2024/2025"
    dates = [s.date for s in first.seminars]
    breaks = school_breaks(SchoolYear(2024))
    assert len(dates) == 7
    assert all(a < b for a, b in itertools.pairwise(dates))
    assert all(d.weekday() == 3 for d in dates)
    assert all(is_day_off(d, breaks) is None and holiday_eve_name(d) is None for d in dates)
    assert [d.isocalendar().week for d in dates] == [36, 40, 45, 48, 6, 12, 19]

    # Plan the first seminar: Enter opens the dialog; a new lecturer is added inline.
    def plan(dialog: QWidget) -> None:
        assert isinstance(dialog, SeminarDialog)
        dialog.title.setText("Uppstart: vad innebär det att leda?")
        dialog.theme.setCurrentIndex(dialog.theme.findText(THEMES[0]))

        def lecturer(inner: QWidget) -> None:
            assert isinstance(inner, LecturerDialog)
            inner.first_name.setText("Eva")
            inner.last_name.setText("Lindberg")
            inner.title.setEditText("Förvaltningschef")
            inner.buttons.accepted.emit()

        answer(LecturerDialog, lecturer)
        dialog.new_lecturer()
        dialog.buttons.accepted.emit()

    answer(SeminarDialog, plan)
    select_row(qtbot, window, 0)
    qtbot.keyClick(window.cohort_page.schedule, Qt.Key.Key_Return)
    assert shown_titles(window)[0] == "Uppstart: vad innebär det att leda?"
    assert window.planning.selected_seminar() == first.seminars[0].id
    seminar = services.schedule.seminar(first.seminars[0].id)
    assert [lec.name for lec in seminar.lecturers] == ["Eva Lindberg"]

    # Copy it to 2025/2026: dates, themes and lecturers come along.
    def copy(dialog: QWidget) -> None:
        assert isinstance(dialog, CohortDialog)
        assert dialog.mode() == COPY
        assert dialog.school_year.text() == "2025/2026"
        assert dialog.name.text() == "Omgång 2"
        dialog.buttons.accepted.emit()

    answer(CohortDialog, copy)
    window.planning.new_cohort_action.trigger()
    second = window.cohort_page.overview
    assert second is not None
    assert second.cohort.school_year == "2025/2026"
    original = services.catalog.cohort_overview(first.cohort.id).seminars
    for old, new in zip(original, second.seminars, strict=True):
        assert new.date.weekday() == old.date.weekday() == 3
        assert new.date.isocalendar().week == old.date.isocalendar().week
        assert (new.title, new.theme_name, new.lecturers) == (
            old.title,
            old.theme_name,
            old.lecturers,
        )
    assert second.seminars[0].lecturers == ("Eva Lindberg (Förvaltningschef)",)
    assert second.seminars[0].theme_name == THEMES[0]

    # Undo the copy (Ctrl+Z), then redo it.
    assert window.planning.undo_action.text() == "&Ångra ny omgång ”Omgång 2”"
    window.planning.undo_action.trigger()
    assert [c.name for c in services.catalog.programmes()[0].cohorts] == ["Omgång 1"]
    window.planning.redo_action.trigger()
    assert [c.name for c in services.catalog.programmes()[0].cohorts] == ["Omgång 2", "Omgång 1"]


@pytest.fixture
def demo_window(qtbot: QtBot, demo: Services, db_location: DatabaseLocation) -> MainWindow:
    demo.database.close()
    window = open_window(qtbot, db_location)
    assert window.pages.currentWidget() is window.cohort_page
    return window


def test_keyboard_editing_of_the_schedule_with_undo(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    table = window.cohort_page.schedule
    titles = shown_titles(window)
    select_row(qtbot, window, 6)
    assert window.planning.move_up_action.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert shown_titles(window)[5:] == [titles[6], titles[5]]
    assert window.planning.selected_seminar() is not None
    window.planning.undo_action.trigger()
    assert shown_titles(window) == titles

    messages: list[str] = []

    def confirm_removal(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        messages.append(box.text())
        next(b for b in box.buttons() if b.text() == "Ta bort").click()

    answer(QMessageBox, confirm_removal)
    select_row(qtbot, window, 1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert messages[0].startswith(
        "Seminarium 2 ”Skolans ekonomi och styrning” (13 oktober 2016) tas bort, tillsammans med "
        "1 föreläsarkoppling, 21 närvaronoteringar och 1 signeringshändelse."
    )
    assert "Ctrl+Z" in messages[0]
    assert len(shown_titles(window)) == 6
    assert window.cohort_page.overview is not None
    assert [s.number for s in window.cohort_page.overview.seminars] == [1, 2, 3, 4, 5, 6]
    window.planning.undo_action.trigger()
    assert shown_titles(window) == titles
    assert window.cohort_page.schedule_proxy.index(1, ScheduleTableModel.ATTENDANCE).data() == (
        "20 av 21"
    )

    def add(dialog: QWidget) -> None:
        assert isinstance(dialog, SeminarDialog)
        dialog.title.setText("Extra: samtal om ledarskap")
        dialog.date.setDate(QDate(2017, 5, 18))
        dialog.buttons.accepted.emit()

    answer(SeminarDialog, add)
    select_row(qtbot, window, 0)
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    assert shown_titles(window)[-1] == "Extra: samtal om ledarskap"
    assert "Seminarium 8 är sparat." in window.statusBar().currentMessage()


def test_cancelling_a_removal_keeps_everything(qtbot: QtBot, demo_window: MainWindow) -> None:
    titles = shown_titles(demo_window)

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Cancel).click()

    answer(QMessageBox, cancel)
    select_row(qtbot, demo_window, 0)
    demo_window.planning.remove_seminar_action.trigger()
    assert shown_titles(demo_window) == titles
    assert demo_window.undo_stack.count() == 0


def test_calendar_and_pdf_export(qtbot: QtBot, demo_window: MainWindow, tmp_path: Path) -> None:
    target = tmp_path / "schema"

    def save_as(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        assert dialog.selectedFiles()[0].endswith("Ledare på lut – Omgång 3 (2016-2017).ics")
        dialog.selectFile(str(target))
        dialog.accept()

    answer(QFileDialog, save_as)
    demo_window.planning.export_calendar_action.trigger()
    events = icalendar.Calendar.from_ical((tmp_path / "schema.ics").read_bytes()).walk("VEVENT")
    assert len(events) == 7
    assert "7 seminarier sparade" in demo_window.statusBar().currentMessage()

    def save_pdf(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        assert dialog.directory().absolutePath() == str(tmp_path)
        dialog.selectFile(str(tmp_path / "utskrift.pdf"))
        dialog.accept()

    answer(QFileDialog, save_pdf)
    demo_window.planning.print_action.trigger()
    data = (tmp_path / "utskrift.pdf").read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1
    box = demo_window.findChild(QMessageBox, "pdfSavedBox")
    assert box is not None
    assert "utskrift.pdf" in box.text()
    box.close()

    select_row(qtbot, demo_window, 2)

    def save_one(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        assert dialog.selectedFiles()[0].endswith("– seminarium 3.ics")
        dialog.selectFile(str(tmp_path / "ett.ics"))
        dialog.accept()

    answer(QFileDialog, save_one)
    demo_window.planning.export_seminar_action.trigger()
    (event,) = icalendar.Calendar.from_ical((tmp_path / "ett.ics").read_bytes()).walk("VEVENT")
    assert event.decoded("dtstart").date() == date(2016, 11, 17)


def test_planning_menus_follow_the_selection(qtbot: QtBot, demo_window: MainWindow) -> None:
    planning = demo_window.planning
    assert planning.edit_cohort_action.isEnabled()
    assert planning.themes_action.isEnabled()
    assert not planning.edit_seminar_action.isEnabled()
    select_row(qtbot, demo_window, 0)
    assert planning.edit_seminar_action.isEnabled()
    programme = demo_window.navigator.model().index(0, 0)
    demo_window.navigator.setCurrentIndex(programme)
    assert not planning.edit_cohort_action.isEnabled()
    assert planning.edit_programme_action.isEnabled()
    menus = [a.text() for a in demo_window.menuBar().actions()]
    assert menus[:3] == ["&Arkiv", "&Redigera", "&Planering"]
    assert menus[-1] == "&Hjälp"


def test_standard_shortcuts_bind_every_platform_key(qtbot: QtBot, demo_window: MainWindow) -> None:
    planning, table = demo_window.planning, demo_window.cohort_page.schedule
    standard = QKeySequence.StandardKey
    for action, key in (
        (planning.remove_seminar_action, standard.Delete),
        (planning.print_action, standard.Print),
        (planning.undo_action, standard.Undo),
    ):
        assert action.shortcuts() == QKeySequence.keyBindings(key), action.text()
    titles = shown_titles(demo_window)

    def cancel(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        box.button(QMessageBox.StandardButton.Cancel).click()

    def close(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.reject()

    for keys in QKeySequence.keyBindings(standard.Delete):
        asked = answer(QMessageBox, cancel)
        select_row(qtbot, demo_window, 1)
        press(table, keys)
        assert len(asked) == 1, keys.toString()
    for keys in QKeySequence.keyBindings(standard.Print):
        asked = answer(QFileDialog, close)
        select_row(qtbot, demo_window, 1)
        press(table, keys)
        assert len(asked) == 1, keys.toString()
    last = titles[-1]
    for keys in QKeySequence.keyBindings(standard.Undo):
        overview = demo_window.cohort_page.overview
        assert overview is not None
        assert planning.controller.move_seminar(
            overview.seminars[-1].id, -1, planning.shown_versions
        )
        assert shown_titles(demo_window)[-2] == last
        select_row(qtbot, demo_window, 0)
        press(table, keys)
        assert shown_titles(demo_window) == titles, keys.toString()


def test_archive_programme_edit_and_remove_cohort_with_undo(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    planning = window.planning
    services = services_of(window)

    def archive(dialog: QWidget) -> None:
        assert isinstance(dialog, ProgrammeDialog)
        dialog.archived.setChecked(True)
        dialog.buttons.accepted.emit()

    answer(ProgrammeDialog, archive)
    planning.edit_programme_action.trigger()
    tree = window.navigator.model()
    assert tree.index(0, 0).data() == "Ledare på lut (arkiverat)"
    planning.undo_action.trigger()
    assert tree.index(0, 0).data() == "Ledare på lut"

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, CohortDialog)
        dialog.name.setText("Omgång 3 – Trollhättan")
        dialog.buttons.accepted.emit()

    answer(CohortDialog, rename)
    planning.edit_cohort_action.trigger()
    assert window.cohort_page.title.text() == "Ledare på lut – Omgång 3 – Trollhättan"
    assert tree.index(0, 0, tree.index(0, 0)).data() == "Omgång 3 – Trollhättan (2016/2017)"

    texts: list[str] = []

    def confirm_removal(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        texts.append(box.text())
        next(b for b in box.buttons() if b.text() == "Ta bort").click()

    answer(QMessageBox, confirm_removal)
    planning.remove_cohort_action.trigger()
    assert texts[0].startswith(
        "Omgången ”Omgång 3 – Trollhättan” (2016/2017) tas bort, tillsammans med 7 seminarier,"
    )
    assert services.catalog.programmes()[0].cohorts == ()
    assert window.pages.currentWidget() is not window.cohort_page
    planning.undo_action.trigger()
    (cohort,) = services.catalog.programmes()[0].cohorts
    assert cohort.enrolled_count == 21  # participants, the one who withdrew included
    assert window.cohort_page.overview is not None
    assert window.cohort_page.overview.cohort.id == cohort.id
    planning.undo_action.trigger()
    assert services.catalog.programmes()[0].cohorts[0].name == "Omgång 3"


def _places(window: MainWindow) -> list[str]:
    proxy = window.cohort_page.schedule_proxy
    return [proxy.index(r, ScheduleTableModel.PLACE).data() for r in range(proxy.rowCount())]


def _seminar_ids(window: MainWindow) -> list[int]:
    return [row.id for row in window.cohort_page.schedule_model.rows()]


def test_stale_seminar_move_refused_and_the_schedule_shown_afresh_or_moved_over(
    qtbot: QtBot, demo_window: MainWindow, second_coordinator: Callable[[str], Services]
) -> None:
    window, lars = demo_window, second_coordinator("Lars")
    table = window.cohort_page.schedule
    titles = shown_titles(window)
    ids = _seminar_ids(window)
    set_place(lars, ids[5], "Stadshuset")  # the neighbour the move would swap with
    select_row(qtbot, window, 6)
    texts: list[str] = []

    def read_again(box: QWidget) -> None:
        assert isinstance(box, StaleEditDialog)
        texts.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Escape)

    answer(StaleEditDialog, read_again)
    qtbot.keyClick(table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)

    (text,) = texts
    assert text.startswith("Seminarium 6 i ")
    assert " ändrades av Lars kl. " in text
    assert text.endswith(" sedan listan visades.")
    assert shown_titles(window) == titles
    assert _places(window)[5] == "Stadshuset"  # the schedule shows Lars's change
    assert not window.planning.undo_action.isEnabled()

    assert window.planning.selected_seminar() == ids[6]  # still chosen, to try again
    qtbot.wait(50)  # the window, active again, has looked for outside changes
    set_place(lars, ids[5], "Biblioteket")
    moved_over = answer(
        StaleEditDialog, lambda box: cast(StaleEditDialog, box).overwrite_button.click()
    )
    window.planning.move_up_action.trigger()
    assert len(moved_over) == 1
    assert shown_titles(window)[5:7] == [titles[6], titles[5]]
    assert "Biblioteket" in _places(window)  # Lars's change stays, in the seminar moved
    assert window.planning.undo_action.isEnabled()

    set_place(lars, ids[6], "Aulan")  # moved after Karin's move: her undo is refused
    window.planning.undo_action.trigger()
    box = error_box(window)
    assert box.windowTitle() == "Det gick inte att ångra"
    assert " ändrades av Lars kl. " in box.text()
    assert shown_titles(window)[5:7] == [titles[6], titles[5]]
    assert "Aulan" in _places(window)
    assert not window.planning.undo_action.isEnabled()


def test_stale_undo_of_a_seminar_edit_keeps_the_other_change(
    qtbot: QtBot, demo_window: MainWindow, second_coordinator: Callable[[str], Services]
) -> None:
    window, lars = demo_window, second_coordinator("Lars")
    seminar = _seminar_ids(window)[2]
    services = services_of(window)

    def edit(dialog: QWidget) -> None:
        assert isinstance(dialog, SeminarDialog)
        dialog.title.setText("Karins titel")
        dialog.buttons.accepted.emit()

    edited = answer(SeminarDialog, edit)
    assert window.planning.controller.edit_seminar(seminar)
    assert edited
    window.planning.undo_action.trigger()
    window.planning.redo_action.trigger()
    assert services.schedule.seminar(seminar).title == "Karins titel"
    details = lars.schedule.seminar(seminar)
    lars.schedule.update_seminar(
        seminar, replace(details.as_input(), title="Lars titel"), version=details.version
    )

    window.planning.undo_action.trigger()

    box = error_box(window)
    assert box.text().startswith("Seminarium 3 i ")
    assert " ändrades av Lars kl. " in box.text()
    assert services.schedule.seminar(seminar).title == "Lars titel"
    assert "Lars titel" in shown_titles(window)


def _confirm_removal(box: QWidget) -> None:
    assert isinstance(box, QMessageBox)
    next(b for b in box.buttons() if b.text() == "Ta bort").click()


def test_removing_a_seminar_changed_since_the_schedule_showed_it_asks_first(
    qtbot: QtBot, demo_window: MainWindow, second_coordinator: Callable[[str], Services]
) -> None:
    window, lars = demo_window, second_coordinator("Lars")
    ids = _seminar_ids(window)
    set_place(lars, ids[2], "Stadshuset")
    select_row(qtbot, window, 2)

    answer(QMessageBox, _confirm_removal)
    seen = answer(StaleEditDialog, lambda box: cast(StaleEditDialog, box).reload_button.click())
    window.planning.remove_seminar_action.trigger()

    box = cast(StaleEditDialog, seen[0])
    assert box.text().startswith("Seminarium 3 i ")
    assert " ändrades av Lars kl. " in box.text()
    assert box.text().endswith(" sedan listan visades.")
    assert _seminar_ids(window) == ids
    assert _places(window)[2] == "Stadshuset"  # the schedule shows what is saved now
    assert not window.planning.undo_action.isEnabled()


def test_removing_a_cohort_changed_since_it_was_shown_asks_first(
    qtbot: QtBot, demo_window: MainWindow, second_coordinator: Callable[[str], Services]
) -> None:
    window, lars = demo_window, second_coordinator("Lars")
    overview = window.cohort_page.overview
    assert overview is not None
    shown = overview.cohort
    details = lars.planning.cohort(shown.id)
    lars.planning.update_cohort(
        shown.id, replace(details.as_input(), notes="Lars"), version=details.version
    )

    answer(QMessageBox, _confirm_removal)
    seen = answer(StaleEditDialog, lambda box: cast(StaleEditDialog, box).reload_button.click())
    window.planning.remove_cohort_action.trigger()

    box = cast(StaleEditDialog, seen[0])
    assert box.text().startswith(f"{shown.name} ({shown.school_year}) ändrades av Lars kl. ")
    assert [c.id for c in services_of(window).catalog.programmes()[0].cohorts] == [shown.id]
    assert not window.planning.undo_action.isEnabled()
    again = window.cohort_page.overview
    assert again is not None
    assert again.cohort.version == details.version + 1  # the page shows what is saved now

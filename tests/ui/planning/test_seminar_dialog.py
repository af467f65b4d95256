"""The seminar dialog driven like a user: type, pick, save; then the database is checked."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from seminarkoll.services.container import Services
from seminarkoll.services.lecturers import LecturerInput
from seminarkoll.services.planning import ThemeInput
from seminarkoll.services.schedule import LecturerAssignment
from seminarkoll.ui.planning.lecturer_dialogs import LecturerDialog, LecturerPickerDialog
from seminarkoll.ui.planning.models import SeminarLecturersModel
from seminarkoll.ui.planning.seminar_dialog import SeminarDialog
from tests.factories import Factory
from tests.ui.planning.modal import answer


@pytest.fixture
def cohort(factory: Factory, services: Services) -> int:
    programme = factory.programme("Ledare på lut")
    for name in ("Skolledarskapet", "Skolutveckling"):
        services.planning.add_theme(programme, ThemeInput(name))
    cohort_id = factory.cohort(
        programme, name="Omgång 4", start_date=date(2024, 8, 15), end_date=date(2025, 6, 13)
    )
    factory.seminar(cohort_id, 1, date(2024, 9, 5), title="Uppstart", location="Stadshuset")
    return cohort_id


def open_dialog(qtbot: QtBot, services: Services, cohort: int, seminar: int | None = None):
    details = services.schedule.seminar(seminar) if seminar is not None else None
    dialog = SeminarDialog(services, services.schedule.seminar_form(cohort), details)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    return dialog


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type ASCII with real key presses; the rest goes in as an input method would."""
    ascii_part = text.encode("ascii", "ignore").decode()
    if ascii_part == text:
        qtbot.keyClicks(widget, text)
    else:
        widget.setFocus()
        widget.insert(text)  # type: ignore[attr-defined]


def test_new_seminar_with_a_new_and_a_registered_lecturer(
    qtbot: QtBot, services: Services, cohort: int
) -> None:
    eva = services.lecturers.create_lecturer(LecturerInput("Eva", "Lindberg", "Förvaltningschef"))
    dialog = open_dialog(qtbot, services, cohort)
    assert dialog.date.date() == QDate(2024, 10, 3)
    assert dialog.location.text() == "Stadshuset"
    type_text(qtbot, dialog.title, "Skolans ekonomi och styrning")
    dialog.date.setDate(QDate(2024, 10, 10))
    dialog.start_time.setTime(QTime(9, 0))
    dialog.end_time.setTime(QTime(12, 0))
    dialog.location.clear()
    type_text(qtbot, dialog.location, "Kunskapens hus, sal 3")
    dialog.theme.setCurrentIndex(dialog.theme.findText("Skolutveckling"))
    dialog.agenda.setPlainText("Budgetprocessen och samtal i grupper.")

    def pick(picker: QWidget) -> None:
        assert isinstance(picker, LecturerPickerDialog)
        assert picker.model.rowCount() == 1
        picker.buttons.accepted.emit()

    answered = answer(LecturerPickerDialog, pick)
    qtbot.mouseClick(dialog.pick_button, Qt.MouseButton.LeftButton)
    assert answered

    def describe(lecturer: QWidget) -> None:
        assert isinstance(lecturer, LecturerDialog)
        lecturer.first_name.setText("Per")
        lecturer.last_name.setText("Holm")
        lecturer.title.setEditText("Ekonomichef")
        lecturer.email.setText("per.holm@exempel.se")
        lecturer.buttons.accepted.emit()

    answer(LecturerDialog, describe)
    qtbot.mouseClick(dialog.new_lecturer_button, Qt.MouseButton.LeftButton)
    model = dialog.lecturer_model
    assert [model.index(r, SeminarLecturersModel.NAME).data() for r in range(2)] == [
        "Eva Lindberg",
        "Per Holm (ny)",
    ]
    model.setData(model.index(1, SeminarLecturersModel.TOPIC), "Budget")
    assert services.lecturers.search("holm") == ()  # not stored before the seminar is saved
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved is not None
    saved = services.schedule.seminar(dialog.saved.seminar_id)
    assert (saved.number, saved.title, saved.date) == (
        2,
        "Skolans ekonomi och styrning",
        date(2024, 10, 10),
    )
    assert (saved.start_time, saved.end_time, saved.location) == (
        time(9),
        time(12),
        "Kunskapens hus, sal 3",
    )
    assert saved.description == "Budgetprocessen och samtal i grupper."
    themes = {t.name: t.id for t in services.planning.themes(services.catalog.programmes()[0].id)}
    assert saved.theme_id == themes["Skolutveckling"]
    assert [(lec.person_id == eva, lec.name, lec.topic) for lec in saved.lecturers] == [
        (True, "Eva Lindberg", ""),
        (False, "Per Holm", "Budget"),
    ]


def test_invalid_input_is_shown_next_to_the_fields_and_nothing_is_saved(
    qtbot: QtBot, services: Services, cohort: int
) -> None:
    dialog = open_dialog(qtbot, services, cohort)
    dialog.date.setDate(QDate(2025, 8, 14))
    dialog.start_time.setTime(QTime(16, 0))
    dialog.end_time.setTime(QTime(13, 0))
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert dialog.errors.text("title") == "Ange en titel."
    assert dialog.errors.text("end_time") == "Sluttiden måste vara efter starttiden."
    assert dialog.errors.text("date") == (
        "Datumet måste ligga inom omgångens tid, 15 augusti 2024–13 juni 2025."
    )
    assert dialog.errors.label("title").isVisible()
    assert dialog.focusWidget() is dialog.title
    assert len(services.catalog.cohort_overview(cohort).seminars) == 1
    type_text(qtbot, dialog.title, "Uppföljning")
    dialog.date.setDate(QDate(2024, 9, 5))
    dialog.end_time.setTime(QTime(17, 0))
    dialog.buttons.accepted.emit()
    assert dialog.errors.text("title") == ""
    assert dialog.errors.text("date") == (
        "Omgången har redan ett seminarium 5 september 2024. Välj en annan dag."
    )
    assert len(services.catalog.cohort_overview(cohort).seminars) == 1


def test_weekend_holiday_and_break_dates_are_warned_about(
    qtbot: QtBot, services: Services, cohort: int
) -> None:
    dialog = open_dialog(qtbot, services, cohort)
    dialog.date.setDate(QDate(2024, 10, 31))
    assert dialog.warnings.isVisible()
    assert "Höstlov" in dialog.warnings.text()
    assert "vecka 44" in dialog.weekday.text()
    dialog.date.setDate(QDate(2025, 1, 6))
    assert "helgdag (Trettondedag jul)" in dialog.warnings.text()
    dialog.date.setDate(QDate(2024, 9, 14))
    assert "lördag" in dialog.warnings.text()
    dialog.date.setDate(QDate(2024, 9, 5))
    assert "redan ett seminarium" in dialog.warnings.text()
    dialog.date.setDate(QDate(2024, 9, 12))
    assert not dialog.warnings.isVisible()
    type_text(qtbot, dialog.title, "Lov")
    dialog.date.setDate(QDate(2024, 10, 31))
    dialog.buttons.accepted.emit()
    assert dialog.saved is not None
    assert dialog.saved.warnings == (
        "Datumet ligger under ett skollov (Höstlov, 28 oktober 2024–1 november 2024).",
    )


def test_editing_changes_title_topic_and_removes_a_lecturer(
    qtbot: QtBot, services: Services, cohort: int
) -> None:
    first = services.catalog.cohort_overview(cohort).seminars[0].id
    eva = services.lecturers.create_lecturer(LecturerInput("Eva", "Lindberg"))
    per = services.lecturers.create_lecturer(LecturerInput("Per", "Holm"))
    details = services.schedule.seminar(first)
    services.schedule.update_seminar(
        first,
        replace(details.as_input(), lecturers=(LecturerAssignment(eva), LecturerAssignment(per))),
    )
    dialog = open_dialog(qtbot, services, cohort, first)
    assert dialog.windowTitle() == "Seminarium 1"
    assert dialog.title.text() == "Uppstart"
    dialog.title.selectAll()
    type_text(qtbot, dialog.title, "Uppstart: vad innebär det att leda?")
    dialog.lecturers.selectRow(0)
    dialog.lecturers.setFocus()
    qtbot.keyClick(dialog.lecturers, Qt.Key.Key_Delete)
    assert dialog.lecturer_model.rowCount() == 1
    dialog.lecturer_model.setData(
        dialog.lecturer_model.index(0, SeminarLecturersModel.TOPIC), "Ekonomi"
    )
    dialog.buttons.accepted.emit()
    saved = services.schedule.seminar(first)
    assert saved.title == "Uppstart: vad innebär det att leda?"
    assert [(lec.person_id, lec.topic) for lec in saved.lecturers] == [(per, "Ekonomi")]


def test_an_inline_lecturer_with_a_taken_email_is_refused_in_place(
    qtbot: QtBot, services: Services, cohort: int
) -> None:
    services.lecturers.create_lecturer(LecturerInput("Eva", "Lindberg", email="eva@exempel.se"))
    dialog = open_dialog(qtbot, services, cohort)
    messages: list[str] = []

    def describe(lecturer: QWidget) -> None:
        assert isinstance(lecturer, LecturerDialog)
        lecturer.first_name.setText("Eva")
        lecturer.email.setText("EVA@exempel.se")
        lecturer.buttons.accepted.emit()
        messages.append(lecturer.errors.text("email"))
        lecturer.reject()

    answer(LecturerDialog, describe)
    dialog.new_lecturer()
    assert messages == ["E-postadressen används redan av Eva Lindberg (föreläsare)."]
    assert dialog.lecturer_model.rowCount() == 0

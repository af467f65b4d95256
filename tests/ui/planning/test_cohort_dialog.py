"""The "Ny omgång" dialog and cohort editing, driven like a user, checked in the database."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from seminarkoll.domain.enums import CohortStatus
from seminarkoll.services.container import Services
from seminarkoll.services.planning import ProgrammeInput
from seminarkoll.ui.planning.cohort_dialog import COPY, EMPTY, TEMPLATE, CohortDialog
from seminarkoll.ui.planning.models import PlanPreviewModel


def new_dialog(qtbot: QtBot, services: Services, programme_id: int) -> CohortDialog:
    programmes = [(p.id, p.name) for p in services.catalog.programmes()]
    dialog = CohortDialog(services, programmes, programme_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def preview_dates(dialog: CohortDialog) -> list[str]:
    model = dialog.preview_model
    return [model.index(r, PlanPreviewModel.DATE).data() for r in range(model.rowCount())]


def test_first_cohort_from_the_template_on_thursdays(qtbot: QtBot, services: Services) -> None:
    programme = services.planning.create_programme(ProgrammeInput("Ledare på lut"))
    dialog = new_dialog(qtbot, services, programme)
    assert dialog.name.text() == "Omgång 1"
    assert dialog.mode() == TEMPLATE
    assert not dialog.copy_radio.isEnabled()
    dialog.school_year.clear()
    qtbot.keyClicks(dialog.school_year, "2024/2025")
    assert dialog.start_date.date() == QDate(2024, 8, 15)
    assert dialog.end_date.date() == QDate(2025, 6, 13)
    dialog.weekday.setCurrentIndex(dialog.weekday.findData(3))
    qtbot.keyClicks(dialog.location, "Stadshuset")
    dialog.update_preview()
    assert len(preview_dates(dialog)) == 7
    assert preview_dates(dialog)[0].startswith("tors 5 sep. 2024")
    assert dialog.count_label.text() == "av 7 seminarier"
    dialog.min_attended.setValue(6)
    dialog.excused.setChecked(True)
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.created is not None
    overview = services.catalog.cohort_overview(dialog.created.cohort_id)
    assert overview.cohort.name == "Omgång 1"
    assert overview.cohort.school_year == "2024/2025"
    assert [s.date.weekday() for s in overview.seminars] == [3] * 7
    assert {s.location for s in overview.seminars} == {"Stadshuset"}
    details = services.planning.cohort(dialog.created.cohort_id)
    assert (details.min_attended, details.excused_counts_as_attended) == (6, True)


def test_invalid_cohort_input_shows_next_to_the_fields(qtbot: QtBot, services: Services) -> None:
    programme = services.planning.create_programme(ProgrammeInput("Ledare på lut"))
    dialog = new_dialog(qtbot, services, programme)
    dialog.set_mode(EMPTY)
    dialog.name.clear()
    dialog.school_year.setText("2024")
    dialog.end_date.setDate(QDate(2024, 1, 1))
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert dialog.errors.text("name") == "Ange ett namn på omgången."
    assert dialog.errors.text("school_year") == (
        "Skriv läsåret som två år med snedstreck, till exempel 2024/2025."
    )
    assert dialog.errors.text("end") == "Slutdatumet måste vara efter startdatumet."
    assert services.catalog.programmes()[0].cohorts == ()
    dialog.update_preview()
    assert "snedstreck" in dialog.preview_note.text()


def test_copy_the_previous_cohort_to_the_next_school_year(qtbot: QtBot, demo: Services) -> None:
    programme = demo.catalog.programmes()[0]
    source = demo.catalog.cohort_overview(programme.cohorts[0].id).seminars
    dialog = new_dialog(qtbot, demo, programme.id)
    assert dialog.mode() == COPY
    assert dialog.name.text() == "Omgång 4"
    assert dialog.school_year.text() == "2017/2018"
    assert dialog.source.currentText() == "Omgång 3 (2016/2017)"
    dialog.update_preview()
    assert not dialog.preview.isColumnHidden(PlanPreviewModel.SOURCE)
    assert len(preview_dates(dialog)) == 7
    assert not dialog.count.isEnabled()
    dialog.buttons.accepted.emit()
    assert dialog.created is not None
    copied = demo.catalog.cohort_overview(dialog.created.cohort_id).seminars
    assert [s.title for s in copied] == [s.title for s in source]
    assert [s.theme_name for s in copied] == [s.theme_name for s in source]
    assert [s.lecturers for s in copied] == [s.lecturers for s in source]
    assert [s.date.isocalendar().week for s in copied] == [
        s.date.isocalendar().week for s in source
    ]
    assert all(s.date.year in (2017, 2018) for s in copied)


def test_edit_status_requirement_and_notes(qtbot: QtBot, demo: Services) -> None:
    cohort_id = demo.catalog.programmes()[0].cohorts[0].id
    dialog = CohortDialog(demo, details=demo.planning.cohort(cohort_id))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.windowTitle() == "Redigera omgång"
    assert dialog.count_label.text() == "av 7 seminarier"
    assert dialog.min_attended.maximum() == 7
    dialog.status.setCurrentIndex(dialog.status.findData(CohortStatus.COMPLETED))
    dialog.min_attended.setValue(5)
    dialog.each_theme.setChecked(True)
    dialog.notes.setPlainText("Avslutning i stadshuset")
    dialog.start_date.setDate(QDate(2016, 10, 1))
    dialog.buttons.accepted.emit()
    assert "seminarier före startdatumet (15 september 2016)" in dialog.errors.text("start")
    assert demo.planning.cohort(cohort_id).status is CohortStatus.RUNNING
    dialog.start_date.setDate(QDate(2016, 8, 22))
    dialog.buttons.accepted.emit()
    details = demo.planning.cohort(cohort_id)
    assert details.status is CohortStatus.COMPLETED
    assert (details.min_attended, details.require_each_theme) == (5, True)
    assert details.notes == "Avslutning i stadshuset"
    assert details.start_date == date(2016, 8, 22)


def test_the_sportlov_week_shapes_the_template_and_is_stored(
    qtbot: QtBot, services: Services
) -> None:
    programme = services.planning.create_programme(ProgrammeInput("Ledare på lut"))
    dialog = new_dialog(qtbot, services, programme)
    dialog.school_year.clear()
    qtbot.keyClicks(dialog.school_year, "2024/2025")
    dialog.weekday.setCurrentIndex(dialog.weekday.findData(3))
    dialog.count.setValue(12)
    assert dialog.sportlov.currentData() == 9
    dialog.update_preview()
    assert any("v. 8" in text for text in preview_dates(dialog))
    dialog.sportlov.setCurrentIndex(dialog.sportlov.findData(8))
    dialog.update_preview()
    assert not any("v. 8" in text for text in preview_dates(dialog))
    dialog.buttons.accepted.emit()
    assert dialog.created is not None
    assert services.planning.cohort(dialog.created.cohort_id).sportlov_week == 8

    editing = CohortDialog(services, details=services.planning.cohort(dialog.created.cohort_id))
    qtbot.addWidget(editing)
    editing.show()
    assert editing.sportlov.isVisible()
    assert editing.sportlov.currentData() == 8
    editing.sportlov.setCurrentIndex(editing.sportlov.findData(10))
    editing.buttons.accepted.emit()
    assert services.planning.cohort(dialog.created.cohort_id).sportlov_week == 10

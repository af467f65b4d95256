"""The Antagning window: filters, bulk decisions, interviews and the waitlist question."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from seminarkoll.domain.enums import EnrollmentStatus as S
from seminarkoll.services.container import Services
from seminarkoll.ui.participants.intake_window import ApplicantTableModel, IntakeWindow
from tests.factories import Factory
from tests.ui.modal import when_modal


def _window(qtbot: QtBot, services: Services, factory: Factory) -> tuple[IntakeWindow, int]:
    cohort = factory.cohort(name="Omgång 9")
    for first, last, day in (("Anna", "Ek", 1), ("Bo", "Lind", 2), ("Cia", "Åberg", 3)):
        services.intake.apply(cohort, factory.person(first, last), date(2026, 4, day))
    window = IntakeWindow(services, cohort)
    qtbot.addWidget(window)
    window.show()
    return window, cohort


def _select(window: IntakeWindow, *names: str) -> None:
    selection = window.view.selectionModel()
    selection.clearSelection()
    for row in range(window.proxy.rowCount()):
        if window.proxy.index(row, ApplicantTableModel.NAME).data() in names:
            selection.select(
                window.proxy.index(row, 0),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def _statuses(services: Services, cohort: int) -> dict[str, S]:
    return {a.first_name: a.status for a in services.intake.applicants(cohort)}


def test_model_passes_qt_checks(
    qtmodeltester: object, qtbot: QtBot, services: Services, factory: Factory
) -> None:
    window, _cohort = _window(qtbot, services, factory)
    qtmodeltester.check(window.model)  # type: ignore[attr-defined]
    assert window.summary.text() == "Anmäld: 3"


def test_bulk_decisions_and_the_waitlist_question(
    qtbot: QtBot, services: Services, factory: Factory
) -> None:
    window, cohort = _window(qtbot, services, factory)
    _select(window, "Anna Ek", "Bo Lind")
    window.accept_button.click()
    _select(window, "Cia Åberg")
    window.waitlist_button.click()
    assert _statuses(services, cohort) == {
        "Anna": S.ACCEPTED,
        "Bo": S.ACCEPTED,
        "Cia": S.WAITLISTED,
    }
    window.status_filter.setCurrentIndex(window.status_filter.findData(S.WAITLISTED.value))
    assert window.proxy.rowCount() == 1
    window.status_filter.setCurrentIndex(0)
    window.search.setText("lind")
    assert window.proxy.rowCount() == 1
    window.search.clear()

    _select(window, "Bo Lind")
    answers: list[str] = []

    def yes(box: QMessageBox) -> None:
        answers.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()
        if len(answers) == 1:
            when_modal(QMessageBox, yes)

    when_modal(QMessageBox, yes)
    window.withdraw_button.click()
    assert "Cia Åberg har väntat längst" in answers[1]
    assert _statuses(services, cohort) == {"Anna": S.ACCEPTED, "Cia": S.ACCEPTED}


def test_interview_outcome_and_copied_addresses(
    qtbot: QtBot, services: Services, factory: Factory
) -> None:
    window, cohort = _window(qtbot, services, factory)
    anna = next(a for a in services.intake.applicants(cohort) if a.first_name == "Anna")
    services.intake.book_interview([anna.enrollment_id], datetime(2026, 5, 4, 10, 0))
    window.reload()
    _select(window, "Anna Ek")

    def answer(dialog: QInputDialog) -> None:
        dialog.setTextValue("Stark motivation")
        dialog.accept()

    seen = when_modal(QInputDialog, answer)
    window.outcome_button.click()
    assert seen
    assert services.intake.applicant(anna.enrollment_id).interview_outcome == "Stark motivation"
    window.status_filter.setCurrentIndex(window.status_filter.findData(S.APPLIED.value))
    window.copy_button.click()
    assert QGuiApplication.clipboard().text() == (
        "Bo Lind <bo.lind@example.se>; Cia Åberg <cia.åberg@example.se>"
    )

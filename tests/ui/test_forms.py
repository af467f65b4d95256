"""Form dialogs grow when messages appear, so the buttons never slide over the fields."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRect
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QWidget
from pytestqt.qtbot import QtBot

from seminarkoll.services.container import Services
from seminarkoll.ui.participants.person_dialog import PersonDialog
from seminarkoll.ui.planning.seminar_dialog import SeminarDialog
from seminarkoll.ui.window_size import screen_of
from tests.factories import Factory


def _rect(widget: QWidget, dialog: QDialog) -> QRect:
    return QRect(widget.mapTo(dialog, widget.rect().topLeft()), widget.size())


def _messages(dialog: QDialog) -> list[QLabel]:
    return [
        label
        for label in dialog.findChildren(QLabel)
        if label.isVisible() and label.wordWrap() and label.text()
    ]


def _assert_laid_out(dialog: QDialog, notes: QWidget, buttons: QDialogButtonBox) -> None:
    button_box = _rect(buttons, dialog)
    assert not button_box.intersects(_rect(notes, dialog))
    assert _rect(notes, dialog).height() == notes.height() > 0
    for label in _messages(dialog):
        assert not _rect(label, dialog).intersects(button_box), label.objectName()
        assert label.height() >= label.heightForWidth(label.width()) - 1, label.objectName()


def test_person_dialog_grows_for_long_messages(qtbot: QtBot, services: Services) -> None:
    dialog = PersonDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    before = dialog.height()
    dialog.first_name.setText("A" * 150)
    dialog.last_name.setText("B" * 150)
    dialog.email.setText("inte-en-adress-" * 12)
    dialog.phone.setText("0" * 70)
    dialog.title_edit.setText("Förstelärare " * 30)
    dialog.organisation.setText("Kommunen " * 40)
    dialog.notes.setPlainText("Anteckning " * 2000)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    messages = _messages(dialog)
    assert len(messages) >= 4
    assert any(
        label.heightForWidth(label.width()) > 2 * label.fontMetrics().height() for label in messages
    )  # at least one message wraps onto several lines
    assert dialog.height() > before
    screen = screen_of(dialog)
    assert screen is not None
    assert dialog.height() > screen.availableGeometry().height() * 2 // 3  # past adjustSize's cap
    _assert_laid_out(dialog, dialog.notes, dialog.buttons)


def test_seminar_dialog_grows_for_a_holiday_warning_and_messages(
    qtbot: QtBot, services: Services, factory: Factory
) -> None:
    cohort = factory.cohort(start_date=date(2024, 8, 15), end_date=date(2025, 6, 13))
    dialog = SeminarDialog(services, services.schedule.seminar_form(cohort))
    qtbot.addWidget(dialog)
    dialog.resize(dialog.minimumWidth(), 200)
    dialog.show()
    dialog.date.setDate(QDate(2025, 5, 29))  # Kristi himmelsfärdsdag
    assert dialog.warnings.isVisible()
    _assert_laid_out(dialog, dialog.notes, dialog.buttons)
    dialog.title.setText("T" * 400)
    dialog.location.setText("Rum " * 100)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert dialog.errors.text("title")
    _assert_laid_out(dialog, dialog.notes, dialog.buttons)

"""Later roles on the participant card: the roles dialog adds, changes and removes them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from seminarkoll.services.alumni import RoleInput
from seminarkoll.services.container import Services
from seminarkoll.ui.participants.card import ParticipantCardDialog
from seminarkoll.ui.participants.roles_dialog import RoleDialog, RolesDialog, RoleTableModel
from tests.factories import Factory
from tests.ui.modal import when_modal


def test_model_passes_qt_checks(
    qtmodeltester: object, services: Services, factory: Factory
) -> None:
    person = factory.person("Lina", "Ek")
    services.alumni.add_role(person, RoleInput("Rektor", date(2020, 8, 1)))
    model = RoleTableModel()
    model.set_rows(services.alumni.roles(person))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.index(0, RoleTableModel.ENDED).data() == "pågår"


def test_add_change_and_remove_a_role(qtbot: QtBot, services: Services, factory: Factory) -> None:
    person = factory.person("Lina", "Ek")
    dialog = RolesDialog(services, person, "Lina Ek")
    qtbot.addWidget(dialog)
    dialog.show()

    def fill(form: RoleDialog) -> None:
        form.title_box.setCurrentText("Förskolechef")
        form.workplace_box.setCurrentText("Björnens förskola")
        form.started.setDate(QDate(2019, 8, 1))
        form.buttons.button(form.buttons.StandardButton.Save).click()

    added = when_modal(RoleDialog, fill)
    dialog.add_button.click()
    assert added
    roles = services.alumni.roles(person)
    assert [(r.title, r.workplace_name, r.started_on) for r in roles] == [
        ("Förskolechef", "Björnens förskola", date(2019, 8, 1))
    ]
    assert dialog.changed

    dialog.view.selectRow(0)

    def end(form: RoleDialog) -> None:
        form.still.setChecked(False)
        form.ended.setDate(QDate(2018, 1, 1))
        form.buttons.button(form.buttons.StandardButton.Save).click()
        assert "efter startdatumet" in form.error_text("ended_on")
        form.ended.setDate(QDate(2022, 6, 30))
        form.buttons.button(form.buttons.StandardButton.Save).click()

    edited = when_modal(RoleDialog, end)
    dialog.edit_button.click()
    assert edited
    assert services.alumni.roles(person)[0].ended_on == date(2022, 6, 30)

    dialog.view.selectRow(0)
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    dialog.remove_button.click()
    assert services.alumni.roles(person) == ()
    assert dialog.model.rowCount() == 0


def test_card_lists_later_roles(qtbot: QtBot, services: Services, factory: Factory) -> None:
    person = factory.person("Lina", "Ek")
    school = factory.workplace("Sylteskolan")
    services.alumni.add_role(person, RoleInput("Rektor", date(2020, 8, 1), workplace_id=school))
    card = ParticipantCardDialog(services, person)
    qtbot.addWidget(card)
    text = card.browser.toPlainText()
    assert "Senare roller" in text
    assert "Rektor, Sylteskolan" in text

"""The signer's name: asked for the first time someone signs a seminar, then remembered."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from seminarkoll.services.container import Services
from seminarkoll.ui.attendance.dialogs import CoordinatorDialog
from seminarkoll.ui.attendance.signoff import SignOffWindow
from seminarkoll.ui.settings import COORDINATOR_KEY, app_settings
from tests.ui.modal import when_modal


def _window(qtbot: QtBot, services: Services, number: int) -> SignOffWindow:
    cohort = services.catalog.programmes()[0].cohorts[0].id
    window = SignOffWindow(services, services.attendance.seminars(cohort)[number - 1].id)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_first_sign_off_asks_for_the_signers_name_and_remembers_it(
    qtbot: QtBot, demo: Services
) -> None:
    assert not demo.coordinator.chosen
    window = _window(qtbot, demo, 5)
    hints: list[str] = []

    def cancel(dialog: CoordinatorDialog) -> None:
        hints.extend(label.text() for label in dialog.findChildren(QLabel))
        dialog.reject()

    seen = when_modal(CoordinatorDialog, cancel)
    window.sign_button.click()
    assert seen
    assert any("Du signerar för första gången" in hint for hint in hints)
    assert not demo.attendance.sheet(window.seminar_id).seminar.signed_off
    assert app_settings().value(COORDINATOR_KEY) is None

    def give_name(dialog: CoordinatorDialog) -> None:
        assert dialog.name.text() == demo.coordinator.name  # the login name, to correct
        dialog.name.clear()
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.isVisible()  # an empty name is refused ...
        assert dialog.error_text("name") == "Ange ditt namn."
        dialog.name.setText("Karin Fredriksson")  # ... a real one is taken
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    def sign_anyway(box: QMessageBox) -> None:
        next(b for b in box.buttons() if b.text() == "Signera ändå").click()

    named = when_modal(CoordinatorDialog, give_name)
    asked = when_modal(QMessageBox, sign_anyway)
    window.sign_button.click()
    assert named
    assert asked
    assert "Signerad av Karin Fredriksson" in window.state.text()
    assert app_settings().value(COORDINATOR_KEY) == "Karin Fredriksson"
    assert demo.coordinator.chosen

    # The next sign-off signs straight away with the remembered name.
    other = _window(qtbot, demo, 6)
    again = when_modal(CoordinatorDialog, lambda dialog: dialog.reject(), tries=50)
    when_modal(QMessageBox, sign_anyway)
    other.sign_button.click()
    assert "Signerad av Karin Fredriksson" in other.state.text()
    qtbot.wait(600)
    assert not again

"""The participant register: Swedish sorting, type-ahead search, filters, edit, merge, enrol."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from seminarkoll.domain.text import swedish_key
from seminarkoll.services.container import Services
from seminarkoll.services.participants import PersonRole
from seminarkoll.ui.participants.card import ParticipantCardDialog
from seminarkoll.ui.participants.merge_dialog import MergeDialog
from seminarkoll.ui.participants.person_dialog import DuplicateChooser, PersonDialog
from seminarkoll.ui.participants.picker import EnrolDialog
from seminarkoll.ui.participants.register_model import PersonTableModel
from seminarkoll.ui.participants.register_window import SEARCH_DELAY_MS, RegisterWindow
from tests.factories import Factory
from tests.ui.modal import when_modal


def _window(qtbot: QtBot, services: Services) -> RegisterWindow:
    window = RegisterWindow(services)
    qtbot.addWidget(window)
    window.show()
    return window


def _last_names(window: RegisterWindow) -> list[str]:
    return [window.model.index(r, 0).data() for r in range(window.model.rowCount())]


def test_model_passes_qt_checks(qtmodeltester: object, demo: Services) -> None:
    model = PersonTableModel()
    model.set_rows(demo.participants.register())
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_matches(demo.participants.search("berg"))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.sort(PersonTableModel.WORKPLACE, Qt.SortOrder.DescendingOrder)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_a_search_shows_its_persons_in_the_sort_order(demo: Services) -> None:
    model = PersonTableModel()
    model.set_rows(demo.participants.register())
    everyone = [model.person_at(row) for row in range(model.rowCount())]
    found = demo.participants.search("berg")
    assert 1 < len(found) < len(everyone)
    model.set_matches((max(found) + 1000, *reversed(found)))
    shown = [model.person_at(row) for row in range(model.rowCount())]
    assert shown == [person for person in everyone if person.id in found]
    model.sort(PersonTableModel.FIRST, Qt.SortOrder.DescendingOrder)
    assert model.rowCount() == len(found)
    names = [
        (swedish_key(p.first_name), swedish_key(p.last_name))
        for p in (model.person_at(row) for row in range(len(found)))
    ]
    assert names == sorted(names, reverse=True)
    model.set_matches(None)
    assert model.rowCount() == len(everyone)
    assert model.row_of(found[0]) is not None


def test_swedish_sorting(qtbot: QtBot, services: Services, factory: Factory) -> None:
    for last in ("Östen", "Zetterlund", "Åberg", "Ärlig", "Andersson", "öberg"):
        factory.person("Test", last)
    window = _window(qtbot, services)
    assert _last_names(window) == ["Andersson", "Zetterlund", "Åberg", "Ärlig", "öberg", "Östen"]
    window.table.sortByColumn(PersonTableModel.LAST, Qt.SortOrder.DescendingOrder)
    assert _last_names(window)[0] == "Östen"


def test_names_the_collator_holds_equal_are_ordered_by_the_next_column(
    services: Services, factory: Factory
) -> None:
    """Sorting ranks each distinct text once; texts equal but for case share one rank."""
    for first, last in (("Östen", "berg"), ("Anna", "Berg"), ("Ärla", "BERG"), ("Åsa", "Ek")):
        factory.person(first, last)
    model = PersonTableModel()
    model.set_rows(services.participants.register())
    rows = [model.person_at(r) for r in range(model.rowCount())]
    assert [(p.first_name, p.last_name) for p in rows] == [
        ("Anna", "Berg"),
        ("Ärla", "BERG"),
        ("Östen", "berg"),
        ("Åsa", "Ek"),
    ]
    model.sort(PersonTableModel.FIRST, Qt.SortOrder.AscendingOrder)
    firsts = [model.person_at(r).first_name for r in range(model.rowCount())]
    assert firsts == ["Anna", "Åsa", "Ärla", "Östen"]


def test_search_as_you_type_is_casefolded(qtbot: QtBot, demo: Services) -> None:
    window = _window(qtbot, demo)
    assert window.count.text() == "26 personer"
    window.search.insert("åsa")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert _last_names(window) == ["Lundqvist"]
    assert window.count.text() == "1 av 26 personer"
    assert "Åsa Lundqvist" in window.card.toPlainText()
    assert "Ledare på lut – Omgång 3 (2016/2017)" in window.card.toPlainText()
    window.search.setText("SYLTE")
    window.apply_search()
    assert _last_names(window) == ["Ali", "Nilsson", "Nyström"]


def test_filters(qtbot: QtBot, demo: Services) -> None:
    window = _window(qtbot, demo)
    window.role.setCurrentIndex(window.role.findData(PersonRole.LECTURER))
    assert window.model.rowCount() == 5
    window.role.setCurrentIndex(0)
    window.workplace.setCurrentIndex(window.workplace.findText("Torsboskolan"))
    assert _last_names(window) == ["Johansson", "Magnusson", "Petrović"]
    window.search.setText("östen")
    window.apply_search()
    assert _last_names(window) == ["Magnusson"]


def test_new_person_validates_next_to_the_field(qtbot: QtBot, services: Services) -> None:
    dialog = PersonDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.email.setText("anna@")
    dialog.buttons.accepted.emit()
    assert dialog.error_text("first_name") == "Ange förnamn."
    assert "ingen giltig" in dialog.error_text("email")
    assert services.participants.register() == ()
    dialog.first_name.setText("Anna")
    assert dialog.error_text("first_name") == ""
    assert "ingen giltig" in dialog.error_text("email")
    dialog.email.setText("anna@exempel.se")
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.saved_id is not None
    assert services.participants.person(dialog.saved_id).email == "anna@exempel.se"


def test_duplicate_chooser_can_use_the_existing_person(
    qtbot: QtBot, services: Services, factory: Factory
) -> None:
    school = factory.workplace("Lextorpsskolan")
    existing = factory.person("Anna", "Bergström", "anna.b@exempel.se", workplace_id=school)
    dialog = PersonDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first_name.setText("Anna")
    dialog.last_name.insert("Bergstrom")
    dialog.workplace.setCurrentIndex(dialog.workplace.findData(school))

    def back(chooser: DuplicateChooser) -> None:
        assert chooser.create_button.isEnabled()
        chooser.reject()

    seen = when_modal(DuplicateChooser, back)
    dialog.buttons.accepted.emit()
    assert seen
    assert dialog.isVisible()
    assert len(services.participants.register()) == 1

    def use(chooser: DuplicateChooser) -> None:
        chooser.use_button.click()

    when_modal(DuplicateChooser, use)
    dialog.buttons.accepted.emit()
    assert dialog.saved_id == existing
    assert dialog.used_existing
    assert len(services.participants.register()) == 1


def test_same_email_cannot_be_created_again(
    qtbot: QtBot, services: Services, factory: Factory
) -> None:
    factory.person("Anna", "Berg", "anna@exempel.se")
    dialog = PersonDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first_name.setText("Annika")
    dialog.email.setText("ANNA@exempel.se")

    def check(chooser: DuplicateChooser) -> None:
        assert not chooser.create_button.isEnabled()
        assert "E-postadressen används redan" in chooser.note.text()
        chooser.reject()

    seen = when_modal(DuplicateChooser, check)
    dialog.buttons.accepted.emit()
    assert seen


def test_merge_from_the_register(qtbot: QtBot, services: Services, factory: Factory) -> None:
    first = factory.person("Anna", "Berg", "anna@exempel.se")
    second = factory.person("Anna", "Berg", "", phone="070-123")
    window = _window(qtbot, services)
    window.select_ids([first, second])
    assert window.merge_action.isEnabled()

    def merge(dialog: MergeDialog) -> None:
        assert "Telefonnumret ”070-123” flyttas över." in dialog.preview.toPlainText()
        dialog.ok.click()

    seen = when_modal(MergeDialog, merge)
    window.merge_action.trigger()
    assert seen
    (row,) = services.participants.register()
    assert (row.id, row.phone) == (first, "070-123")
    assert window.model.rowCount() == 1


def _agree(expected: str) -> Callable[[QMessageBox], None]:
    def agree(box: QMessageBox) -> None:
        assert expected in box.text()
        next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
        ).click()

    return agree


def test_delete_without_history_says_what_goes(
    qtbot: QtBot, demo: Services, factory: Factory
) -> None:
    factory.person("Ny", "Utanhistorik")
    window = _window(qtbot, demo)
    window.search.setText("utanhistorik")
    window.apply_search()
    window.select_ids(list(demo.participants.search("utanhistorik")))
    seen = when_modal(QMessageBox, _agree("Ny Utanhistorik tas bort ur registret."))
    window.delete_action.trigger()
    assert seen
    assert demo.participants.search("utanhistorik") == ()


def test_removing_a_person_with_history_offers_anonymisation(qtbot: QtBot, demo: Services) -> None:
    window = _window(qtbot, demo)
    window.search.setText("zlatan")
    window.apply_search()
    (zlatan,) = demo.participants.search("zlatan")
    window.select_ids([zlatan])
    seen = when_modal(QMessageBox, _agree("kan därför inte tas bort helt, men kan anonymiseras"))
    window.delete_action.trigger()
    assert seen
    assert demo.participants.search("zlatan") == ()
    assert demo.participants.person(zlatan).first_name == "Anonymiserad"
    assert demo.participants.removal_impact(zlatan).marks == 4


def test_register_extract_from_the_register(qtbot: QtBot, demo: Services, tmp_path: Path) -> None:
    window = _window(qtbot, demo)
    (leila,) = demo.participants.search("leila")
    window.select_ids([leila])
    assert window.person_data.export_action.isEnabled()
    saved = window.person_data.export_selected(tmp_path / "leila.xlsx")
    assert saved == tmp_path / "leila.xlsx"
    book = openpyxl.load_workbook(saved)
    assert book["Personuppgifter"]["B5"].value == "Leila"
    assert book["Närvaro"].max_row >= 5
    done = window.findChild(QMessageBox, "exportDoneBox")
    assert done is not None
    assert "Leila Haddad" in done.text()
    done.accept()


def test_enrol_selected_persons(qtbot: QtBot, demo: Services, factory: Factory) -> None:
    new = [factory.person("Ny", f"Deltagare{n}") for n in range(3)]
    cohort = demo.catalog.programmes()[0].cohorts[0]
    window = _window(qtbot, demo)
    window.select_ids(new)
    assert window.count.text().endswith("3 valda")

    def enrol(dialog: EnrolDialog) -> None:
        dialog.cohort.setCurrentIndex(dialog.cohort.findData(cohort.id))
        dialog._accept()

    seen = when_modal(EnrolDialog, enrol)
    window.enrol_action.trigger()
    assert seen
    assert "3 antogs" in window.statusBar().currentMessage()
    roster = {r.person_id for r in demo.enrollment.roster(cohort.id)}
    assert set(new) <= roster


def test_participant_card_dialog(qtbot: QtBot, demo: Services) -> None:
    dialog = ParticipantCardDialog(demo, demo.participants.search("leila")[0])
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Leila Haddad" in text
    assert "Avbrutit" in text
    assert "Deltar inte" in text
    assert "Avbröt 20 oktober 2016." in text


def test_a_new_person_hidden_by_the_filters_is_shown_and_can_be_enrolled(
    qtbot: QtBot, demo: Services
) -> None:
    window = _window(qtbot, demo)
    window.cohort.setCurrentIndex(1)
    window.search.setText("berg")
    window.apply_search()

    def create(dialog: PersonDialog) -> None:
        dialog.first_name.setText("Nora")
        dialog.last_name.setText("Nyström")
        dialog.buttons.accepted.emit()

    seen = when_modal(PersonDialog, create)
    window.new_action.trigger()
    assert seen
    (nora,) = demo.participants.search("nora nyström")
    assert window.selected_ids() == [nora]
    assert window.enrol_action.isEnabled()
    qtbot.wait(SEARCH_DELAY_MS * 3)
    assert window.selected_ids() == [nora]
    assert window.enrol_action.isEnabled()
    assert window.edit_action.isEnabled()


def test_empty_register_says_how_to_fill_it_and_a_fruitless_search_says_so(
    qtbot: QtBot, services: Services, factory: Factory
) -> None:
    window = _window(qtbot, services)
    assert window.empty_hint.text().startswith("Registret är tomt")
    factory.person(first_name="Åsa", last_name="Lundqvist")
    window.reload()
    assert window.empty_hint.text() == ""
    window.search.setText("zzz")
    window.apply_search()
    assert window.empty_hint.text() == "Ingen person matchar sökningen och urvalet."


def test_delete_and_undo_take_every_platform_key(qtbot: QtBot, services: Services) -> None:
    window = _window(qtbot, services)
    standard = QKeySequence.StandardKey
    assert window.delete_action.shortcuts() == QKeySequence.keyBindings(standard.Delete)
    assert window.undo_action.shortcuts() == QKeySequence.keyBindings(standard.Undo)

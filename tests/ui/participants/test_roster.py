"""The cohort's "Deltagare" tab, the groups editor, enrolment and workplace dialogs."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QItemSelectionModel
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from seminarkoll.domain.enums import EnrollmentStatus, GroupKind, WorkplaceKind
from seminarkoll.services.container import Services
from seminarkoll.ui.participants.enrolment_dialog import EnrolmentDialog
from seminarkoll.ui.participants.groups_dialog import GroupDialog, GroupsDialog
from seminarkoll.ui.participants.picker import EnrolDialog
from seminarkoll.ui.participants.roster_tab import RosterTab, roster_model
from seminarkoll.ui.participants.workplaces import ID_ROLE as WORKPLACE_ID
from seminarkoll.ui.participants.workplaces import (
    WorkplaceDialog,
    WorkplacesDialog,
    WorkplaceTableModel,
)
from tests.factories import Factory
from tests.ui.keys import press
from tests.ui.modal import when_modal


def _cohort(services: Services) -> int:
    return services.catalog.programmes()[0].cohorts[0].id


def _tab(qtbot: QtBot, demo: Services) -> RosterTab:
    tab = RosterTab()
    qtbot.addWidget(tab)
    tab.show()
    tab.set_cohort(demo, _cohort(demo))
    return tab


def _select(tab: RosterTab, *first_names: str) -> None:
    selection = tab.table.selectionModel()
    selection.clearSelection()
    for row in range(tab.proxy.rowCount()):
        index = tab.proxy.index(row, 0)
        if index.data().split()[0] in first_names:
            selection.select(
                index,
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_models_pass_qt_checks(qtmodeltester: object, demo: Services, qtbot: QtBot) -> None:
    tab = _tab(qtbot, demo)
    model = roster_model(tab)
    model.set_rows(demo.enrollment.roster(_cohort(demo)))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    qtmodeltester.check(tab.proxy)  # type: ignore[attr-defined]
    workplaces = WorkplaceTableModel()
    workplaces.set_rows(demo.workplaces.workplaces())
    qtmodeltester.check(workplaces)  # type: ignore[attr-defined]
    groups = GroupsDialog(demo, _cohort(demo))
    qtbot.addWidget(groups)
    qtmodeltester.check(groups.groups_model)  # type: ignore[attr-defined]
    qtmodeltester.check(groups.members_model)  # type: ignore[attr-defined]


def test_roster_shows_status_groups_and_filters(qtbot: QtBot, demo: Services) -> None:
    tab = _tab(qtbot, demo)
    assert tab.proxy.rowCount() == 21
    assert tab.summary.text() == "21 i omgången · 20 deltar · 1 avbrutit · 3 grupper"
    tab.group.setCurrentIndex(tab.group.findText("Samtalsgrupp A (Helena Sandberg)"))
    assert tab.proxy.rowCount() == 7
    tab.search.setText("förskol")
    names = {tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())}
    assert names == {"Sara Håkansson", "Ingrid Ström"}


def test_withdraw_keeps_history(qtbot: QtBot, demo: Services) -> None:
    tab = _tab(qtbot, demo)
    _select(tab, "Anna")
    tab.set_status(EnrollmentStatus.WITHDRAWN)
    anna = next(r for r in demo.enrollment.roster(_cohort(demo)) if r.first_name == "Anna")
    assert anna.status is EnrollmentStatus.WITHDRAWN
    assert anna.left_on == date.today()
    assert "2 avbrutit" in tab.summary.text()
    matrix = demo.attendance.matrix(_cohort(demo))
    assert next(r for r in matrix.rows if r.first_name == "Anna").result.attended == 4


def test_edit_enrolment_validates_dates(qtbot: QtBot, demo: Services) -> None:
    row = next(r for r in demo.enrollment.roster(_cohort(demo)) if r.first_name == "Johan")
    dialog = EnrolmentDialog(demo, row)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.status.setCurrentIndex(dialog.status.findData(EnrollmentStatus.WITHDRAWN))
    assert dialog.left.value() == date.today()
    dialog.left.set_value(date(2016, 1, 1))
    dialog.buttons.accepted.emit()
    assert "före startdatumet" in dialog.error_text("left_on")
    dialog.left.set_value(date(2017, 1, 10))
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    johan = next(r for r in demo.enrollment.roster(_cohort(demo)) if r.first_name == "Johan")
    assert (johan.status, johan.left_on) == (EnrollmentStatus.WITHDRAWN, date(2017, 1, 10))


def test_add_from_register(qtbot: QtBot, demo: Services, factory: Factory) -> None:
    new = factory.person("Greta", "Nyman")
    tab = _tab(qtbot, demo)

    def pick(dialog: EnrolDialog) -> None:
        assert dialog.panel is not None
        assert dialog.panel.model.total == 5 + 1
        dialog.panel.search.setText("nyman")
        dialog.panel.apply_search()
        dialog.panel.table.selectRow(0)
        assert dialog.joined.date().toPython() == date.today()  # seminars have been held
        dialog.joined.setDate(QDate(2017, 1, 22))
        dialog._accept()

    seen = when_modal(EnrolDialog, pick)
    tab.add_from_register()
    assert seen
    greta = next(r for r in demo.enrollment.roster(_cohort(demo)) if r.person_id == new)
    assert greta.joined_on == date(2017, 1, 22)
    assert tab.proxy.rowCount() == 22


def test_remove_from_cohort_says_what_goes(qtbot: QtBot, demo: Services) -> None:
    for seminar in demo.attendance.seminars(_cohort(demo))[:4]:
        demo.attendance.unlock(seminar.id, "Zlatan ska inte stå på listorna.")
    tab = _tab(qtbot, demo)
    _select(tab, "Zlatan")

    def agree(box: QMessageBox) -> None:
        assert "Zlatan Petrović tas bort ur omgången tillsammans med 4 närvaromarkeringar" in (
            box.text()
        )
        next(
            b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.DestructiveRole
        ).click()

    seen = when_modal(QMessageBox, agree)
    tab.remove()
    assert seen
    assert tab.proxy.rowCount() == 20
    assert demo.participants.search("zlatan")


def test_every_delete_key_asks_before_removing_from_the_cohort(
    qtbot: QtBot, demo: Services
) -> None:
    tab = _tab(qtbot, demo)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    _select(tab, "Zlatan")
    tab.table.setFocus()
    bindings = QKeySequence.keyBindings(QKeySequence.StandardKey.Delete)
    assert tab.remove_action.shortcuts() == bindings
    for keys in bindings:
        asked: list[str] = []

        def decline(box: QMessageBox, asked: list[str] = asked) -> None:
            asked.append(box.text())
            box.button(QMessageBox.StandardButton.Cancel).click()

        when_modal(QMessageBox, decline)
        press(tab.table, keys)
        qtbot.waitUntil(lambda asked=asked: bool(asked))
        assert "Zlatan Petrović" in asked[0], keys.toString()
    assert tab.proxy.rowCount() == 21


def test_groups_editor(qtbot: QtBot, demo: Services) -> None:
    cohort = _cohort(demo)
    dialog = GroupsDialog(demo, cohort)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.groups_model.rowCount() == 3
    assert dialog.members_label.text() == "Medlemmar i Samtalsgrupp A – ledare: Helena Sandberg"
    assert dialog.members_model.rowCount() == 7
    dialog.members_table.selectAll()
    dialog.remove_members()
    assert dialog.members_model.rowCount() == 0
    assert dialog.loose_model.rowCount() == 7

    def create(form: GroupDialog) -> None:
        form.name.setText("Lärteam Norr")
        form.kind.setCurrentIndex(form.kind.findData(GroupKind.LEARNING_TEAM))
        form.leader.setCurrentIndex(form.leader.findText("Eva Lindberg – Förvaltningschef"))
        form.buttons.accepted.emit()

    when_modal(GroupDialog, create)
    dialog.new_group()
    assert dialog.groups_model.rowCount() == 4
    assert dialog.loose_label.text() == "Deltagare utan lärteam"
    assert dialog.loose_model.rowCount() == 20
    dialog.distribute()
    assert dialog.message.text() == "21 deltagare placerades i grupper av typen lärteam."
    assert dialog.loose_model.rowCount() == 0
    groups = {g.name: g for g in demo.groups.groups(cohort)}
    assert groups["Lärteam Norr"].leader_name == "Eva Lindberg"
    assert len(groups["Lärteam Norr"].members) == 21
    assert sum(len(g.members) for g in groups.values()) == 21 + 14
    dialog.distribute()
    assert dialog.message.text() == "Alla deltagare har redan en grupp av typen lärteam."
    assert dialog.changed


def test_distribute_without_groups_says_so(
    qtbot: QtBot, services: Services, factory: Factory
) -> None:
    cohort = factory.cohort()
    factory.enrollment(cohort)
    dialog = GroupsDialog(services, cohort)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.message.text() == ""
    dialog.distribute()
    assert dialog.message.text().startswith("Det finns inga grupper att fördela till.")
    assert not dialog.changed


def test_workplaces_dialog(qtbot: QtBot, services: Services) -> None:
    dialog = WorkplacesDialog(services)
    qtbot.addWidget(dialog)

    def add(form: WorkplaceDialog) -> None:
        form.buttons.accepted.emit()
        assert form.error_text("name") == "Ange arbetsplatsens namn."
        form.name.setText("Strandskolan")
        form.kind.setCurrentIndex(form.kind.findData(WorkplaceKind.COMPULSORY_SCHOOL))
        form.area.setText("Öst")
        form.buttons.accepted.emit()

    seen = when_modal(WorkplaceDialog, add)
    dialog.add()
    assert seen
    assert dialog.proxy.rowCount() == 1
    assert dialog.proxy.index(0, 1).data() == "Grundskola"
    assert dialog.proxy.index(0, 0).data(WORKPLACE_ID) == services.workplaces.workplaces()[0].id

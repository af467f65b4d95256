"""The role import window driven as a user would, on real .xlsx files and a real database: file,
columns (also chosen by hand), preview, import; with problems nothing can be imported."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from pytestqt.qtbot import QtBot

from seminarkoll.exchange.role_rows import RoleField, role_field_label
from seminarkoll.services.alumni import RoleInput
from seminarkoll.services.container import Services
from seminarkoll.services.role_import import RoleOutcome
from seminarkoll.ui.exchange.role_import import RoleImportDialog, RolePreviewModel
from tests.exchange.workbooks import write_xlsx
from tests.factories import Factory
from tests.snapshots import database_snapshot


@pytest.fixture
def people(factory: Factory, services: Services) -> tuple[int, int]:
    anna = factory.person("Anna", "Berg", "anna.berg@example.se")
    bo = factory.person("Bo", "Ek", "bo.ek@example.se")
    services.alumni.add_role(bo, RoleInput("Rektor", date(2020, 8, 1)))
    return anna, bo


def _dialog(qtbot: QtBot, services: Services, path: Path) -> RoleImportDialog:
    dialog = RoleImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.sheet is not None or dialog.file_error.isVisible())
    qtbot.waitUntil(lambda: not dialog._running())
    return dialog


def _next(qtbot: QtBot, dialog: RoleImportDialog, page: int) -> None:
    assert dialog.next_button.isEnabled()
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == page and not dialog._running())


def test_preview_then_import_adds_the_new_roles(
    qtbot: QtBot,
    qtmodeltester: object,
    services: Services,
    people: tuple[int, int],
    tmp_path: Path,
) -> None:
    anna, bo = people
    path = write_xlsx(
        tmp_path / "hr.xlsx",
        [
            ("E-post", "Roll", "Skola", "Från"),
            ("anna.berg@example.se", "Biträdande rektor", "Björkskolan", date(2024, 8, 1)),
            ("bo.ek@example.se", "rektor", "", date(2020, 8, 1)),
        ],
    )
    dialog = _dialog(qtbot, services, path)
    assert dialog.step.text() == "Steg 1 av 3: Fil och kolumner"
    assert dialog.columns.combos[RoleField.STARTED_ON].currentText() == "Från"
    assert dialog.sheet_model.headerData(3, Qt.Orientation.Horizontal) == "D · Från\n→ Från"
    _next(qtbot, dialog, dialog.PREVIEW)
    qtmodeltester.check(dialog.preview_model)  # type: ignore[attr-defined]
    model = dialog.preview_model
    outcomes = [model.index(r, RolePreviewModel.OUTCOME).data() for r in range(2)]
    assert outcomes == ["Ny roll", "Finns redan"]
    assert model.index(0, RolePreviewModel.NAME).data() == "Anna Berg"
    assert "1 nya roller, 1 finns redan, 0 rader med problem" in dialog.summary.text()
    assert dialog.workplaces_label.text() == "Nya arbetsplatser läggs till: Björkskolan."
    assert dialog.next_button.text() == "&Importera 1 roller"
    with qtbot.waitSignal(dialog.imported, timeout=10000):  # the window redraws on it
        _next(qtbot, dialog, dialog.DONE)
    assert "1 roller lades till, 1 fanns redan" in dialog.result_label.text()
    assert [(r.title, r.workplace_name) for r in services.alumni.roles(anna)] == [
        ("Biträdande rektor", "Björkskolan")
    ]
    assert len(services.alumni.roles(bo)) == 1


def test_rows_with_problems_block_the_import_and_cancelling_changes_nothing(
    qtbot: QtBot, services: Services, people: tuple[int, int], tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "hr.xlsx",
        [
            ("Mejl", "Befattning", "Datum"),
            ("anna.berg@example.se", "Rektor", date(2024, 8, 1)),
            ("ingen@example.se", "Rektor", date(2024, 8, 1)),
            ("bo.ek@example.se", "Kung", "igår"),
        ],
    )
    before = database_snapshot(services.database)
    dialog = _dialog(qtbot, services, path)
    _next(qtbot, dialog, dialog.PREVIEW)
    assert dialog.preview is not None
    assert dialog.preview.count(RoleOutcome.ERROR) == 2
    assert not dialog.next_button.isEnabled()
    assert dialog.refused_label.isVisible()
    text = dialog.refused_label.text()
    assert text.splitlines()[1:] == [
        "Rad 3, Mejl: Ingen person i registret har e-posten ”ingen@example.se”.",
        "Rad 4, Befattning: ”Kung” är ingen roll som känns igen (kända roller: Rektor, "
        "Biträdande rektor, Förskolechef, Enhetschef, Verksamhetschef, Förvaltningschef).",
        "Rad 4, Datum: ”igår” är inget datum; skriv det som ÅÅÅÅ-MM-DD.",
    ]
    dialog.close_button.click()
    QThreadPool.globalInstance().waitForDone()
    assert database_snapshot(services.database) == before


def test_unrecognised_headers_are_chosen_by_clicking_the_columns(
    qtbot: QtBot, services: Services, people: tuple[int, int], tmp_path: Path
) -> None:
    anna, _bo = people
    path = write_xlsx(
        tmp_path / "hr.xlsx",
        [("Vem", "Vad", "När"), ("anna.berg@example.se", "Förskolechef", date(2023, 1, 9))],
    )
    dialog = _dialog(qtbot, services, path)
    assert "känns inte igen" in dialog.file_warning.text()
    assert not dialog.next_button.isEnabled()
    for column, field in enumerate((RoleField.EMAIL, RoleField.ROLE, RoleField.STARTED_ON)):
        menu = dialog.columns.menu(column, dialog)
        choice = next(a for a in menu.actions() if a.text() == role_field_label(field))
        choice.trigger()
        menu.close()
    assert dialog.columns.combos[RoleField.ROLE].currentText() == "Vad"
    _next(qtbot, dialog, dialog.PREVIEW)
    _next(qtbot, dialog, dialog.DONE)
    assert [r.title for r in services.alumni.roles(anna)] == ["Förskolechef"]
    again = _dialog(qtbot, services, path)  # the choices are remembered for these headers
    assert not again.file_warning.isVisible()
    assert again.columns.combos[RoleField.STARTED_ON].currentText() == "När"
    assert again.next_button.isEnabled()

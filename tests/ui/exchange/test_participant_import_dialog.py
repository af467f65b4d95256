"""The participant import window driven as a user would: file, columns, preview, import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt, QThreadPool
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from seminarkoll.data.models import Person
from seminarkoll.exchange.columns import ParticipantField
from seminarkoll.services.container import Services
from seminarkoll.services.participant_import import RowOutcome
from seminarkoll.ui.exchange.models import ROW_LOOKS, ImportPreviewModel
from seminarkoll.ui.exchange.participant_import import MAPPING_KEY, ParticipantImportDialog
from seminarkoll.ui.settings import app_settings
from tests.exchange.workbooks import write_xlsx
from tests.factories import Factory
from tests.snapshots import database_snapshot

F = ParticipantField


@pytest.fixture
def cohort(factory: Factory) -> int:
    return factory.cohort(name="Omgång 4")


def _persons(services: Services) -> int:
    with services.database.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(Person)) or 0)


def _dialog(qtbot: QtBot, services: Services, cohort: int, path: Path) -> ParticipantImportDialog:
    dialog = ParticipantImportDialog(services, cohort)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(path)
    qtbot.waitUntil(lambda: dialog.sheet is not None or dialog.file_error.isVisible())
    qtbot.waitUntil(lambda: not dialog._running())
    return dialog


def _next(qtbot: QtBot, dialog: ParticipantImportDialog, page: int) -> None:
    assert dialog.next_button.isEnabled()
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == page and not dialog._running())


def test_enter_on_the_preview_imports_rather_than_cancels(
    qtbot: QtBot, services: Services, cohort: int, samples: Path
) -> None:
    dialog = _dialog(qtbot, services, cohort, samples / "deltagare_ren.xlsx")
    _next(qtbot, dialog, dialog.PREVIEW)
    assert dialog.next_button.isDefault()
    assert not dialog.close_button.autoDefault()
    dialog.close_button.setFocus()
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.DONE, timeout=20000)
    assert dialog.isVisible()
    assert _persons(services) == 25


def test_problem_sample_walkthrough_with_only_valid_rows(
    qtbot: QtBot,
    qtmodeltester: object,
    services: Services,
    cohort: int,
    tmp_path: Path,
    samples: Path,
) -> None:
    dialog = _dialog(qtbot, services, cohort, samples / "problemrader.xlsx")
    assert dialog.step.text() == "Steg 1 av 3: Fil och kolumner"
    assert dialog.columns.combos[F.EMAIL].currentText() == "E-post"
    qtmodeltester.check(dialog.sheet_model)  # type: ignore[attr-defined]
    assert dialog.sheet_model.rowCount() == 10

    _next(qtbot, dialog, dialog.PREVIEW)
    qtmodeltester.check(dialog.preview_model)  # type: ignore[attr-defined]
    qtmodeltester.check(dialog.preview_proxy)  # type: ignore[attr-defined]
    assert "6 ny" in dialog.summary.text()
    assert "4 med problem eller dubbletter" in dialog.summary.text()
    # The problems are shown first; the rest are one choice away.
    assert dialog.preview_proxy.rowCount() == 4
    rows = [dialog.preview_proxy.index(r, ImportPreviewModel.ROW).data() for r in range(4)]
    assert rows == ["5", "8", "10", "11"]
    duplicate = dialog.preview_proxy.index(1, ImportPreviewModel.OUTCOME)
    assert duplicate.data() == "Dubblett"
    brush = duplicate.data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(brush, QBrush)
    assert brush.color() == ROW_LOOKS[RowOutcome.DUPLICATE].background
    dialog.filter_combo.setCurrentIndex(0)
    assert dialog.preview_proxy.rowCount() == 10
    dialog.search.setText("sjoberg402")
    assert dialog.preview_proxy.rowCount() == 2
    dialog.search.clear()

    assert not dialog.next_button.isEnabled()
    assert dialog.refused_label.isVisible()
    dialog.skip_invalid.setChecked(True)
    assert dialog.next_button.text() == "&Importera 6 rader"
    _next(qtbot, dialog, dialog.DONE)
    assert "Importen är klar: 6 nya, 0 uppdaterade, 0 oförändrade." in dialog.result_label.text()
    assert dialog.skipped_model.rowCount() == 4
    assert _persons(services) == 6

    saved = tmp_path / "överhoppade.xlsx"
    dialog.save_skipped_to(saved)
    sheet = openpyxl.load_workbook(saved).active
    assert sheet is not None
    assert sheet.cell(row=1, column=sheet.max_column - 1).value == "Problem"
    assert sheet.max_row == 5
    assert str(saved) in dialog.result_label.text()


def test_mapping_problems_show_by_the_field_and_block_the_preview(
    qtbot: QtBot, services: Services, cohort: int, tmp_path: Path, samples: Path
) -> None:
    dialog = _dialog(qtbot, services, cohort, samples / "deltagare_ren.xlsx")
    name = dialog.columns.combos[F.FULL_NAME]
    email = dialog.columns.combos[F.EMAIL]
    email.setCurrentIndex(name.currentIndex())
    error = dialog.columns.errors[F.EMAIL]
    assert error.isVisible()
    assert "redan vald för Namn" in error.text()
    assert not dialog.next_button.isEnabled()
    name.setCurrentIndex(0)
    assert "Välj kolumnen med namn" in dialog.columns.errors[F.FULL_NAME].text()
    assert not dialog.next_button.isEnabled()


def test_changed_mapping_is_remembered_for_the_same_headers(
    qtbot: QtBot, services: Services, cohort: int, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        [["Namn", "Kontakt", "Skola"], ["Anna Berg", "anna@example.se", "Torsboskolan"]],
    )
    dialog = _dialog(qtbot, services, cohort, path)
    email = dialog.columns.combos[F.EMAIL]
    assert email.currentText() == "(används inte)"
    email.setCurrentIndex(email.findData(1))
    _next(qtbot, dialog, dialog.PREVIEW)
    assert dialog.preview_model.row_at(0).email == "anna@example.se"
    assert app_settings().value(MAPPING_KEY + dialog.sheet.key)  # type: ignore[union-attr]

    again = _dialog(
        qtbot,
        services,
        cohort,
        write_xlsx(
            tmp_path / "lista2.xlsx",
            [["NAMN", "kontakt", "skola"], ["Per Ek", "per@example.se", "Strandskolan"]],
        ),
    )
    assert again.columns.combos[F.EMAIL].currentData() == 1
    assert "förra gången" in again.remembered.text()


def test_unreadable_file_is_explained_in_the_window(
    qtbot: QtBot, services: Services, cohort: int, samples: Path
) -> None:
    dialog = _dialog(qtbot, services, cohort, samples / "trasig.xlsx")
    assert dialog.file_error.isVisible()
    assert "är skadad eller ofullständig" in dialog.file_error.text()
    assert not dialog.next_button.isEnabled()
    assert not dialog.columns.combos[F.FULL_NAME].isEnabled()
    dialog.open_file(samples / "deltagare_ren.xlsx")
    qtbot.waitUntil(lambda: dialog.sheet is not None and not dialog._running())
    assert not dialog.file_error.isVisible()
    assert dialog.next_button.isEnabled()


def test_unrecognised_headers_are_mapped_by_hand_and_the_import_uses_the_mapping(
    qtbot: QtBot, qtmodeltester: object, services: Services, cohort: int, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "anmälda.xlsx",
        [
            ["Anmälda till Ledare på lut"],
            ["Förnamn X", "Efternamn Y", "Mejl", "Fika"],
            ["Lina", "Yilmaz", "lina@example.se", "kaffe"],
            ["Östen", "Ärla", "osten@example.se", "te"],
        ],
    )
    dialog = _dialog(qtbot, services, cohort, path)
    assert not dialog.file_error.isVisible()
    assert dialog.file_warning.isVisible()
    assert "känns inte igen" in dialog.file_warning.text()
    assert "Rad 2 räknas som rubrikrad" in dialog.file_warning.text()
    # The recognised column is chosen; the name is left for the user, who cannot go on yet.
    assert all(combo.isEnabled() for combo in dialog.columns.combos.values())
    assert dialog.columns.combos[F.EMAIL].currentText() == "Mejl"
    assert "Välj kolumnen med namn" in dialog.columns.errors[F.FULL_NAME].text()
    assert not dialog.next_button.isEnabled()
    qtmodeltester.check(dialog.sheet_model)  # type: ignore[attr-defined]
    model = dialog.sheet_model
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "Lina"
    assert isinstance(model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole), QBrush)

    first = dialog.columns.combos[F.FIRST_NAME]
    first.setCurrentIndex(first.findData(0))  # by the field's list ...
    assert not dialog.next_button.isEnabled()
    menu = dialog.columns.menu(1, dialog)  # ... or by the column's header in the file
    choices = {action.text(): action for action in menu.actions()}
    assert list(choices)[-1] == "(används inte)"
    assert [a.text() for a in menu.actions() if a.isChecked()] == ["(används inte)"]
    choices["Efternamn"].trigger()
    menu.deleteLater()
    assert dialog.columns.combos[F.LAST_NAME].currentText() == "Efternamn Y"
    assert not dialog.columns.errors[F.FULL_NAME].isVisible()
    assert model.headerData(1, Qt.Orientation.Horizontal) == "B · Efternamn Y\n→ Efternamn"
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.headerData(3, Qt.Orientation.Horizontal) == "D · Fika"
    dialog.columns.assign(2, None)  # a column can be left out, too
    assert dialog.columns.combos[F.EMAIL].currentData() is None
    dialog.columns.assign(2, F.EMAIL)
    qtmodeltester.check(model)  # type: ignore[attr-defined]

    _next(qtbot, dialog, dialog.PREVIEW)
    names = {row.name: row.outcome for row in dialog.preview_model.rows()}
    assert names == {"Lina Yilmaz": RowOutcome.NEW, "Östen Ärla": RowOutcome.NEW}
    assert dialog.preview_model.row_at(1).email == "osten@example.se"
    _next(qtbot, dialog, dialog.DONE)
    with services.database.transaction() as session:
        people = session.execute(
            select(Person.first_name, Person.last_name, Person.email).order_by(Person.email)
        ).all()
    assert [tuple(p) for p in people] == [
        ("Lina", "Yilmaz", "lina@example.se"),
        ("Östen", "Ärla", "osten@example.se"),
    ]
    # The same headers next time: the columns are chosen as before.
    again = _dialog(qtbot, services, cohort, path)
    assert again.columns.combos[F.LAST_NAME].currentData() == 1
    assert "förra gången" in again.remembered.text()
    assert not again.file_warning.isVisible()
    assert again.next_button.isEnabled()


def test_cancelling_the_import_saves_nothing(
    qtbot: QtBot, services: Services, cohort: int, samples: Path
) -> None:
    dialog = _dialog(qtbot, services, cohort, samples / "deltagare_ren.xlsx")
    _next(qtbot, dialog, dialog.PREVIEW)
    before = database_snapshot(services.database)
    pool = QThreadPool.globalInstance()
    threads = pool.maxThreadCount()
    for _ in range(threads):
        pool.reserveThread()
    try:
        dialog.next_button.click()
        assert dialog.cancel_button.isEnabled()
        dialog.cancel_button.click()
    finally:
        for _ in range(threads):
            pool.releaseThread()
    qtbot.waitUntil(lambda: not dialog._running())
    assert dialog.busy_label.text() == "Avbrutet. Ingenting sparades."
    assert dialog.pages.currentIndex() == dialog.PREVIEW
    assert database_snapshot(services.database) == before


def test_refused_import_shows_an_error_and_saves_nothing(
    qtbot: QtBot, services: Services, cohort: int, samples: Path
) -> None:
    dialog = _dialog(qtbot, services, cohort, samples / "deltagare_ren.xlsx")
    _next(qtbot, dialog, dialog.PREVIEW)
    services.planning.remove_cohort(cohort)  # removed meanwhile, from another window
    dialog.next_button.click()
    qtbot.waitUntil(lambda: not dialog._running())
    box = dialog.findChild(QMessageBox, "errorBox")
    assert box is not None
    assert "Omgången finns inte längre" in box.text()
    assert _persons(services) == 0


def test_file_open_in_excel_is_pointed_out_on_both_pages(
    qtbot: QtBot, services: Services, cohort: int, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "lista.xlsx", [["Namn", "E-post"], ["Per Ek", "per@example.se"]])
    (tmp_path / "~$lista.xlsx").write_bytes(b"lock")
    dialog = _dialog(qtbot, services, cohort, path)
    assert dialog.file_warning.isVisible()
    assert "öppen i ett annat program" in dialog.file_warning.text()
    _next(qtbot, dialog, dialog.PREVIEW)
    assert dialog.preview_warning.isVisible()
    assert "senast sparade versionen" in dialog.preview_warning.text()


def test_without_any_cohort_the_preview_is_not_offered(
    qtbot: QtBot, services: Services, samples: Path
) -> None:
    dialog = ParticipantImportDialog(services, None)
    qtbot.addWidget(dialog)
    dialog.open_file(samples / "deltagare_ren.xlsx")
    qtbot.waitUntil(lambda: dialog.sheet is not None and not dialog._running())
    assert not dialog.cohort_combo.isEnabled()
    assert "ingen omgång" in dialog.cohort_combo.placeholderText()
    assert not dialog.next_button.isEnabled()


def test_joining_date_is_asked_and_used(qtbot: QtBot, demo: Services, tmp_path: Path) -> None:
    cohort = demo.catalog.programmes()[0].cohorts[0].id
    path = write_xlsx(
        tmp_path / "sena.xlsx",
        [["Förnamn", "Efternamn", "E-post"], ["Vera", "Ny", "vera.ny@example.se"]],
    )
    dialog = _dialog(qtbot, demo, cohort, path)
    _next(qtbot, dialog, dialog.PREVIEW)
    assert dialog.joined.date().toPython() == date.today()  # seminars have been held

    dialog.joined.setDate(QDate(2017, 1, 10))
    _next(qtbot, dialog, dialog.DONE)

    assert "från tis 10 jan. 2017" in dialog.result_label.text()
    vera = next(r for r in demo.enrollment.roster(cohort) if r.first_name == "Vera")
    assert vera.joined_on == date(2017, 1, 10)

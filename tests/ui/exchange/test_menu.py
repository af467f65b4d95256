"""Import and export in the main window's Arkiv menu, on the example programme."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import openpyxl
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from seminarkoll.app import DatabaseOpener
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.services.container import Services
from seminarkoll.ui.exchange.files import FOLDER_KEY, safe_file_name
from seminarkoll.ui.exchange.menu import SeminarChooser
from seminarkoll.ui.exchange.participant_import import ParticipantImportDialog
from seminarkoll.ui.main_window import MainWindow
from seminarkoll.ui.settings import app_settings


def _window(qtbot: QtBot, location: DatabaseLocation) -> MainWindow:
    window = MainWindow(DatabaseOpener(), location)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.services is not None)
    return window


def test_actions_are_in_the_arkiv_menu_with_shortcuts(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    window = _window(qtbot, db_location)
    menu = window.exchange
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]  # type: ignore[union-attr]
    assert "Importera &deltagare …" in texts
    assert "Importera &närvaro …" in texts
    assert texts.index("Importera &roller från HR …") == texts.index("Importera &närvaro …") + 1
    assert "&Exportera" in texts
    assert texts.index("&Exportera") < texts.index("&Avsluta")
    assert menu.import_participants_action.shortcut() == QKeySequence("Ctrl+I")
    assert menu.cohort_action.shortcut() == QKeySequence("Ctrl+E")
    assert [a.text() for a in menu.export_menu.actions() if a.text()] == [
        "&Deltagarlista (Excel) …",
        "Deltagarlista (&CSV) …",
        "&Närvaromatris (Excel) …",
        "Närvaromatris (CS&V) …",
        "&Schema (Excel) …",
        "&Hela omgången (Excel) …",
        "Närvarolista för seminarium (&Excel) …",
        "Närvarolista för seminarium (&PDF) …",
    ]
    menu.update_actions()
    assert menu.cohort_id() == demo.catalog.programmes()[0].cohorts[0].id
    assert menu.matrix_action.isEnabled()


def test_exports_write_files_and_say_so(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation, tmp_path: Path
) -> None:
    window = _window(qtbot, db_location)
    target = tmp_path / "närvaro.xlsx"
    window.exchange.export("attendance", ".xlsx", target)
    qtbot.waitUntil(lambda: "är sparad" in window.statusBar().currentMessage(), timeout=10000)
    assert str(target) in window.statusBar().currentMessage()
    assert openpyxl.load_workbook(target).sheetnames == ["Närvaro"]
    cohort = window.exchange.cohort_id()
    assert cohort is not None
    seminar = demo.exports.seminar_id(cohort, 3)
    pdf = tmp_path / "sem3.pdf"
    window.exchange.export("signin", ".pdf", pdf, seminar_id=seminar)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert "Närvarolistan för seminarium 3" in window.statusBar().currentMessage()


def test_import_from_the_menu_refreshes_the_cohort(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation, samples: Path
) -> None:
    window = _window(qtbot, db_location)
    before = demo.catalog.programmes()[0].cohorts[0].enrolled_count
    assert f"{before} deltagare" in window.cohort_page.subtitle.text()
    dialog = window.exchange.import_participants(samples / "deltagare_ren.xlsx")
    assert isinstance(dialog, ParticipantImportDialog)
    qtbot.waitUntil(lambda: dialog.sheet is not None and not dialog._running())
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.PREVIEW and not dialog._running())
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.DONE)
    qtbot.waitUntil(lambda: f"{before + 25} deltagare" in window.cohort_page.subtitle.text())
    dialog.close()


def test_file_names_are_safe_and_the_folder_is_remembered(tmp_path: Path) -> None:
    from seminarkoll.ui.exchange.files import last_folder, remember_folder

    assert safe_file_name("Närvaro Omgång 3 2016/2017") == "Närvaro Omgång 3 2016-2017"
    assert safe_file_name(' <"> ') == "-"
    remember_folder(tmp_path / "fil.xlsx")
    assert app_settings().value(FOLDER_KEY) == str(tmp_path)
    assert last_folder() == tmp_path


def test_the_window_offers_the_command_lines_export_formats(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    from seminarkoll.commands.export import EXPORT_KINDS

    window = _window(qtbot, db_location)
    offered = set(window.exchange.formats)
    assert window.planning.export_calendar_action.isEnabled()
    assert window.planning.print_action.isEnabled()
    offered |= {("schedule", ".ics"), ("schedule", ".pdf")}  # in the Planering menu
    kinds = ("roster", "attendance", "schedule", "cohort", "signin")
    on_the_command_line = {
        (kind, suffix) for kind in kinds for suffix in EXPORT_KINDS[kind].suffixes
    }
    assert offered == on_the_command_line


def test_the_matrix_as_csv_from_the_window(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation, tmp_path: Path
) -> None:
    window = _window(qtbot, db_location)
    target = tmp_path / "närvaro.csv"
    window.exchange.export("attendance", ".csv", target)
    qtbot.waitUntil(lambda: "är sparad" in window.statusBar().currentMessage(), timeout=10000)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Efternamn", "Förnamn", "Arbetsplats", "Grupp"]
    assert rows[0][-4:] == ["Deltagit", "Krav", "Resultat", "Förklaring"]
    matrix = demo.attendance.matrix(demo.catalog.programmes()[0].cohorts[0].id)
    assert len(rows) == 1 + len(matrix.rows)
    assert len(rows[0]) == 4 + len(matrix.seminars) + 4
    assert "Närvarande" in {cell for row in rows[1:] for cell in row}


def test_a_sign_in_sheet_can_be_for_one_group(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation, tmp_path: Path
) -> None:
    window = _window(qtbot, db_location)
    cohort = window.exchange.cohort_id()
    assert cohort is not None
    seminars = demo.catalog.cohort_overview(cohort).seminars
    groups = [(g.id, g.name, len(g.members)) for g in demo.groups.groups(cohort)]
    chooser = SeminarChooser(seminars, window, groups)
    qtbot.addWidget(chooser)
    labels = [chooser.group_combo.itemText(i) for i in range(chooser.group_combo.count())]
    assert labels == ["Hela omgången", *(f"{name} ({n} deltagare)" for _, name, n in groups)]
    assert chooser.group_id() is None
    chooser.group_combo.setCurrentIndex(2)
    assert chooser.group_id() == groups[1][0]
    alone = SeminarChooser(seminars, window)
    qtbot.addWidget(alone)
    assert not alone.group_combo.isVisibleTo(alone)
    sheet = tmp_path / "grupp.xlsx"
    window.exchange.export(
        "signin", ".xlsx", sheet, seminar_id=seminars[4].id, group_id=groups[1][0]
    )
    qtbot.waitUntil(lambda: "är sparad" in window.statusBar().currentMessage(), timeout=10000)
    assert f"seminarium 5, {groups[1][1]}" in window.statusBar().currentMessage()
    names = {m.name for m in demo.groups.groups(cohort)[1].members}
    rows = list(openpyxl.load_workbook(sheet).active.iter_rows(values_only=True))
    listed = {f"{r[2]} {r[1]}" for r in rows if isinstance(r[0], int)}
    assert listed == names

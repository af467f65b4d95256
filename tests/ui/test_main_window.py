"""The main window on real databases: opens after the first paint, shows the cohort schedule."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from seminarkoll.app import DatabaseOpener
from seminarkoll.data.location import DatabaseLocation, for_sqlite_file, resolve
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.services.attendance import CellRef
from seminarkoll.services.container import Services
from seminarkoll.ui.main_window import MainWindow
from seminarkoll.ui.navigator import ID_ROLE, KIND_ROLE
from seminarkoll.ui.schedule_model import ScheduleTableModel
from seminarkoll.ui.window_size import screen_of
from tests.factories import Factory
from tests.ui.modal import when_modal


def _window(qtbot: QtBot, location: DatabaseLocation) -> MainWindow:
    window = MainWindow(DatabaseOpener(), location)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.services is not None or window.exit_code is not None)
    return window


def test_demo_database_shows_the_cohort_schedule(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    demo.database.close()
    window = _window(qtbot, db_location)
    assert window.pages.currentWidget() is window.cohort_page
    page = window.cohort_page
    assert "Ledare på lut" in page.title.text()
    assert "Omgång 3" in page.title.text()
    assert "2016/2017" in page.subtitle.text()
    proxy = page.schedule_proxy
    assert proxy.rowCount() == 7
    first_date = proxy.index(0, ScheduleTableModel.DATE).data()
    assert first_date.startswith("tors 15 sep")
    assert first_date.endswith("v. 37")
    titles = [proxy.index(r, ScheduleTableModel.THEME).data() for r in range(7)]
    assert titles[4] == "Det pedagogiska ledarskapet"
    assert proxy.index(0, ScheduleTableModel.ATTENDANCE).data() == "19 av 20"
    assert proxy.index(6, ScheduleTableModel.ATTENDANCE).data() == "–"
    assert str(db_location.path) in window.statusBar().findChildren(type(page.title))[-1].text()


def test_sorting_by_date_descending(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    window = _window(qtbot, db_location)
    table = window.cohort_page.schedule
    table.sortByColumn(ScheduleTableModel.DATE, Qt.SortOrder.DescendingOrder)
    numbers = [table.model().index(r, ScheduleTableModel.NUMBER).data() for r in range(7)]
    assert numbers == ["7", "6", "5", "4", "3", "2", "1"]


def test_schedule_model_passes_qt_checks(qtmodeltester: object, demo: Services) -> None:
    model = ScheduleTableModel()
    overview = demo.catalog.cohort_overview(demo.catalog.programmes()[0].cohorts[0].id)
    model.set_rows(overview.seminars)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 7


def test_empty_database_offers_the_example(qtbot: QtBot, db_location: DatabaseLocation) -> None:
    window = _window(qtbot, db_location)
    assert window.pages.currentWidget() is window.welcome
    qtbot.mouseClick(window.welcome.demo_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.cohort_page
    assert window.cohort_page.schedule_proxy.rowCount() == 7


def test_empty_database_offers_the_chefsprogram(
    qtbot: QtBot, db_location: DatabaseLocation
) -> None:
    window = _window(qtbot, db_location)
    button = window.welcome.example_buttons["chefsprogram"]
    assert button.text() == "Chefsprogram med mentor"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.cohort_page
    assert "Chefsprogram med mentor" in window.cohort_page.title.text()
    assert window.cohort_page.schedule_proxy.rowCount() == 6


def test_first_run_texts_are_centred_by_the_style_sheet(
    qtbot: QtBot, db_location: DatabaseLocation
) -> None:
    window = _window(qtbot, db_location)
    found = window.welcome.findChildren(QLabel)
    examples = [label for label in found if label.objectName() == "exampleDescription"]
    labels = [*(label for label in found if label not in examples), window.hint]
    assert len(labels) == 4
    for label in labels:
        assert label.alignment() == Qt.AlignmentFlag.AlignCenter, label.text()
    assert len(examples) == len(window.welcome.example_buttons) == 3
    for label in examples:
        assert label.alignment() & Qt.AlignmentFlag.AlignLeft, label.text()


def test_file_menu_shortcuts(qtbot: QtBot, db_location: DatabaseLocation) -> None:
    window = _window(qtbot, db_location)
    assert window.open_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Open)
    assert window.quit_action.shortcut() == QKeySequence("Ctrl+Q")
    assert window.new_programme_action.shortcut() == QKeySequence("Ctrl+Shift+N")


def test_navigator_roles_are_user_roles() -> None:
    user_role = Qt.ItemDataRole.UserRole
    assert [KIND_ROLE - user_role, ID_ROLE - user_role] == [10, 11]


FIRST_PAINT = """
import sys
from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from seminarkoll.app import DatabaseOpener, resolve
from seminarkoll.ui.main_window import MainWindow
app = QApplication(sys.argv)
class Watch(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            later = ("sqlalchemy", "seminarkoll.domain.catalog", "seminarkoll.domain.exports",
                     "seminarkoll.ui.welcome_page")
            types = ("QMessageBox" in QtWidgets.__dict__, "QFileDialog" in QtWidgets.__dict__)
            print("Qt" in QtCore.__dict__, *(name in sys.modules for name in later), *types,
                  flush=True)
            app.exit(0)
        return False
window = MainWindow(DatabaseOpener(), resolve(sys.argv[1]))
watch = Watch()
window.installEventFilter(watch)
window.show()
app.exec()
"""


def test_first_paint_needs_neither_the_data_stack_nor_the_qt_enums(
    demo: Services, db_location: DatabaseLocation, tmp_path: Path
) -> None:
    """What the window's first paint does without, and what each would cost the start-up
    benchmark (bench/startup.py): PySide6's Qt namespace of enums (30 ms), SQLAlchemy (400 ms),
    the catalogue's and the exports' records (70 ms; the programme tree and the date fields
    use them later), the welcome page (10 ms; it shows for an empty database, once open),
    and the Python types of the message box and the file dialog (6 ms; built on first use)."""
    demo.database.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SEMINARKOLL_CONFIG_DIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(db_location.path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        timeout=60,
    )
    assert result.stdout.split() == ["False"] * 7


def test_loading_the_example_twice_explains_why_not(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    window = _window(qtbot, db_location)
    window.demo_action.trigger()
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None
    assert "finns redan" in box.text()
    box.close()


def test_new_programme_dialog_saves_and_validates(
    qtbot: QtBot, db_location: DatabaseLocation, services: Services
) -> None:
    from seminarkoll.ui.programme_dialog import ProgrammeDialog

    dialog = ProgrammeDialog(lambda data, _: services.planning.create_programme(data))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.accepted.emit()
    assert dialog.name_error.isVisible()
    assert "namn" in dialog.name_error.text()
    assert services.catalog.programmes() == ()
    # QTest can only type ASCII keys; the Swedish letters go in as an input method would.
    qtbot.keyClicks(dialog.name, "Ledare p")
    dialog.name.insert("å lut")
    dialog.organiser.insert("Trollhättans stad")
    dialog.buttons.accepted.emit()
    assert dialog.result() == dialog.DialogCode.Accepted
    (programme,) = services.catalog.programmes()
    assert (programme.name, programme.organiser) == ("Ledare på lut", "Trollhättans stad")


def test_second_window_on_the_same_database_is_refused(
    qtbot: QtBot, db_location: DatabaseLocation
) -> None:
    first = _window(qtbot, db_location)
    assert first.services is not None
    second = _window(qtbot, db_location)
    assert second.exit_code == 2
    box = second.findChild(QMessageBox, "errorBox")
    assert box is not None
    assert "redan öppen i Seminarkoll, i ett annat fönster" in box.text()
    assert str(os.getpid()) not in box.text()
    assert "process" not in box.text()
    box.close()


def test_a_text_file_is_refused_in_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("hej", encoding="utf-8")
    window = _window(qtbot, for_sqlite_file(notes))
    assert window.exit_code == 2
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None
    assert "ingen Seminarkoll-databas" in box.text()
    box.close()


def test_an_unreachable_server_is_explained_in_a_dialog(qtbot: QtBot) -> None:
    window = _window(qtbot, resolve("postgresql+psycopg://nobody@127.0.0.1:1/x"))
    assert window.exit_code == 2
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None
    assert box.text() == (
        "Databasservern i postgresql+psycopg://nobody@127.0.0.1:1/x tar inte emot "
        "anslutningar: fel port, eller servern är avstängd."
    )
    box.close()


def test_window_geometry_is_remembered(qtbot: QtBot, db_location: DatabaseLocation) -> None:
    window = _window(qtbot, db_location)
    window.resize(700, 520)
    window.close()
    again = _window(qtbot, db_location)
    assert (again.width(), again.height()) == (700, 520)


def test_details_follow_the_selected_seminar(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    window = _window(qtbot, db_location)
    page = window.cohort_page
    assert "Uppstart: vad innebär det att leda?" in page.details.text()
    assert "19 av 20 närvarande" in page.details.text()
    page.schedule.selectRow(4)
    text = page.details.text()
    assert "Att leda lärande" in text
    assert "Helena Sandberg (Utvecklingsledare)" in text
    assert "inte genomfört än · 20 förväntade" in text


def test_first_window_and_big_windows_fit_the_free_screen(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    """A 1366 x 768 laptop offers about 1280 x 720; the offscreen screen here is smaller
    still, so every window must shrink to it instead of running off the bottom."""
    demo.database.close()
    window = _window(qtbot, db_location)
    screen = screen_of(window)
    assert screen is not None
    free = screen.availableGeometry()
    assert free.width() < 1280
    assert window.width() <= free.width()
    assert window.height() <= free.height()
    qtbot.waitUntil(lambda: window.services is not None)
    window.participation.show_matrix()
    assert window.participation.attendance_tab is not None
    assert window.minimumSizeHint().width() <= 1240  # with the matrix, its legend and hints
    window.participation.open_register()
    register = window.participation.register_window
    assert register is not None
    narrowest = register.minimumSizeHint().width()
    assert narrowest <= 1240
    assert register.width() <= max(free.width(), narrowest)
    assert register.height() <= free.height()


def test_no_two_window_wide_actions_share_a_shortcut(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    demo.database.close()
    window = _window(qtbot, db_location)
    window.show_cohort(demo.catalog.programmes()[0].cohorts[0].id)
    owners: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        if action.shortcutContext() not in (
            Qt.ShortcutContext.WindowShortcut,
            Qt.ShortcutContext.ApplicationShortcut,
        ):
            continue
        for sequence in action.shortcuts():
            keys = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            owners.setdefault(keys, []).append(action.text().replace("&", ""))
    assert "Ctrl+E" in owners
    assert "Ctrl+Shift+E" in owners
    shared = {keys: names for keys, names in owners.items() if len(names) > 1}
    assert shared == {}


def test_ctrl_e_exports_without_the_menu_having_been_opened(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation
) -> None:
    demo.database.close()
    window = _window(qtbot, db_location)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.pages.currentIndex() == window.COHORT)
    assert window.exchange.cohort_action.isEnabled()
    assert window.exchange.matrix_action.isEnabled()
    asked = when_modal(QFileDialog, lambda dialog: dialog.reject())
    with qtbot.waitSignal(window.exchange.cohort_action.triggered, timeout=2000):
        qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(asked))
    # The file dialog took the key's release: let Qt know Ctrl is up again (later tests
    # select cells, and a held Ctrl would add to the selection instead of replacing it).
    qtbot.keyRelease(window, Qt.Key.Key_Control)
    assert QApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier
    window.navigator.select("programme", demo.catalog.programmes()[0].id)
    assert not window.exchange.cohort_action.isEnabled()


def test_an_empty_file_becomes_a_database_only_when_the_user_agrees(
    qtbot: QtBot, tmp_path: Path
) -> None:
    empty = tmp_path / "tom.sqlite3"
    empty.write_bytes(b"")

    def refuse(box: QMessageBox) -> None:
        assert "tom.sqlite3 är tom (0 byte)" in box.text()
        box.reject()

    asked = when_modal(QMessageBox, refuse)
    refused = _window(qtbot, for_sqlite_file(empty))
    assert asked
    assert refused.exit_code == 2
    assert empty.read_bytes() == b""
    error = refused.findChild(QMessageBox, "errorBox")
    assert error is not None
    error.close()

    def agree(box: QMessageBox) -> None:
        (create,) = [b for b in box.buttons() if b.text() == "Skapa ny databas"]
        create.click()

    asked = when_modal(QMessageBox, agree)
    window = _window(qtbot, for_sqlite_file(empty))
    assert asked
    assert window.services is not None
    assert window.services.catalog.programmes() == ()
    assert empty.stat().st_size > 0


def test_changes_by_another_program_show_when_the_window_is_activated(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation, factory: Factory
) -> None:
    window = _window(qtbot, db_location)
    qtbot.waitUntil(lambda: window.pages.currentIndex() == window.COHORT)
    assert window.services is not None
    qtbot.waitUntil(lambda: window.services is not None and window.services.is_open)
    overview = window.cohort_page.overview
    assert overview is not None
    cohort, enrolled = overview.cohort.id, overview.cohort.enrolled_count
    window.notice_outside_changes()  # whatever opening the database wrote itself
    assert not window.notice_outside_changes()

    for number in range(3):
        factory.enrollment(cohort, factory.person(first_name="Ny", last_name=f"Deltagare {number}"))
    QApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))
    qtbot.waitUntil(
        lambda: (
            window.cohort_page.overview is not None
            and window.cohort_page.overview.cohort.enrolled_count == enrolled + 3
        )
    )
    assert f"{enrolled + 3} deltagare" in window.cohort_page.subtitle.text()
    assert "ändrats av någon annan" in window.statusBar().currentMessage()

    assert window.services is not None
    seminar = window.services.catalog.cohort_overview(cohort).seminars[-1]
    window.services.attendance.set_status(
        [CellRef(window.services.attendance.matrix(cohort).rows[0].enrollment_id, seminar.id)],
        AttendanceStatus.EXCUSED,
    )
    assert not window.notice_outside_changes()

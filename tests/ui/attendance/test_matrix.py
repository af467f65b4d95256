"""The attendance matrix tab driven by the keyboard, on the example programme."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from seminarkoll.domain.completion import CellState
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.services.attendance import CellRef
from seminarkoll.services.container import Services
from seminarkoll.ui.attendance.dialogs import (
    ApologyDialog,
    CoordinatorDialog,
    MakeupDialog,
    NoteDialog,
    RulesDialog,
    UnlockDialog,
)
from seminarkoll.ui.attendance.matrix_model import (
    ENROLLMENT_ROLE,
    NOTE_ROLE,
    SEMINAR_ROLE,
    AttendanceMatrixModel,
    MatrixFilterProxy,
    cell_state_at,
)
from seminarkoll.ui.attendance.matrix_tab import AttendanceTab
from seminarkoll.ui.attendance.matrix_view import cell_at
from seminarkoll.ui.cohort_page import CohortPage
from seminarkoll.ui.formatting import date_and_time
from tests.factories import Factory
from tests.ui.modal import when_modal


def _tab(qtbot: QtBot, demo: Services) -> AttendanceTab:
    tab = AttendanceTab()
    qtbot.addWidget(tab)
    tab.resize(1300, 800)
    tab.show()
    tab.set_cohort(demo, demo.catalog.programmes()[0].cohorts[0].id)
    return tab


def _ids(tab: AttendanceTab, first_name: str, number: int) -> tuple[int, int]:
    matrix = tab.model.matrix
    assert matrix is not None
    row = next(r for r in matrix.rows if r.first_name == first_name)
    return row.enrollment_id, matrix.seminars[number - 1].id


def _state(tab: AttendanceTab, first_name: str, number: int) -> CellState:
    state = cell_state_at(cell_at(tab.view, *_ids(tab, first_name, number)))
    assert state is not None
    return state


def _go(tab: AttendanceTab, first_name: str, number: int) -> None:
    index = cell_at(tab.view, *_ids(tab, first_name, number))
    tab.view.setCurrentIndex(index)
    tab.view.setFocus()


def test_models_pass_qt_checks(qtmodeltester: object, demo: Services) -> None:
    model = AttendanceMatrixModel()
    model.set_matrix(demo.attendance.matrix(demo.catalog.programmes()[0].cohorts[0].id))
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    proxy = MatrixFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_attention_only(True)
    qtmodeltester.check(proxy)  # type: ignore[attr-defined]
    assert model.columnCount() == 2 + 7 + 2


def test_rows_sort_the_swedish_way_and_show_totals(qtbot: QtBot, demo: Services) -> None:
    tab = _tab(qtbot, demo)
    names = [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())]
    assert names[0] == "Mohammed Ali"
    assert names[-3:] == ["Karin Wallin", "Ahmed Yilmaz", "Lars Öberg"]
    model = tab.model
    header = model.headerData(model.FIRST_SEMINAR, Qt.Orientation.Horizontal)
    assert header.split("\n") == ["1", "15/9", "19/20"]
    assert model.headerData(model.FIRST_SEMINAR + 4, Qt.Orientation.Horizontal).endswith("– /20")
    mohammed = next(r for r in range(model.rowCount()) if model.row_at(r).first_name == "Mohammed")
    assert model.index(mohammed, model.attended_column).data() == "2 av 7"
    assert model.index(mohammed, model.state_column).data() == "Kan inte bli godkänd · 2 i rad"
    assert "Har missat 2 seminarier" in model.index(mohammed, model.state_column).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert _state(tab, "Anna", 5) is CellState.NOT_YET_HELD
    assert "Krav: 6 av 7 seminarier" in tab.summary.text()


def test_keyboard_entry_moves_down_and_cycles(qtbot: QtBot, demo: Services) -> None:
    tab = _tab(qtbot, demo)
    _go(tab, "Maja", 5)
    qtbot.keyClick(tab.view, Qt.Key.Key_N)
    assert _state(tab, "Maja", 5) is CellState.PRESENT
    qtbot.keyClick(tab.view, Qt.Key.Key_2)
    assert _state(tab, "Linnea", 5) is CellState.LATE
    qtbot.keyClick(tab.view, Qt.Key.Key_F)
    qtbot.keyClick(tab.view, Qt.Key.Key_A)
    assert _state(tab, "Anna", 5) is CellState.EXCUSED
    assert _state(tab, "Johan", 5) is CellState.ABSENT
    assert tab.model.matrix is not None
    assert tab.model.matrix.seminars[4].held
    assert _state(tab, "Tove", 5) is CellState.PENDING
    _go(tab, "Maja", 5)
    qtbot.keyClick(tab.view, Qt.Key.Key_Space)
    assert _state(tab, "Maja", 5) is CellState.LATE
    _go(tab, "Maja", 5)
    qtbot.keyClick(tab.view, Qt.Key.Key_Delete)
    assert _state(tab, "Maja", 5) is CellState.PENDING
    history = demo.attendance.history(*_ids(tab, "Maja", 5))
    assert [(e.old_status, e.new_status) for e in history.entries] == [
        (None, AttendanceStatus.PRESENT),
        (AttendanceStatus.PRESENT, AttendanceStatus.LATE),
        (AttendanceStatus.LATE, None),
    ]
    assert {e.source for e in history.entries} == {"matrix"}


def test_excused_before_the_seminar_is_an_apology(qtbot: QtBot, demo: Services) -> None:
    tab = _tab(qtbot, demo)
    _go(tab, "Anna", 6)
    qtbot.keyClick(tab.view, Qt.Key.Key_3)
    assert _state(tab, "Anna", 6) is CellState.EXCUSED
    assert tab.model.matrix is not None
    assert not tab.model.matrix.seminars[5].held
    history = demo.attendance.history(*_ids(tab, "Anna", 6))
    assert history.entries[-1].source == "apology"


def test_multi_cell_selection_and_set_status(qtbot: QtBot, demo: Services) -> None:
    tab = _tab(qtbot, demo)
    selection = tab.view.selectionModel()
    selection.clearSelection()
    for name in ("Anna", "Johan", "Tove"):
        selection.select(
            cell_at(tab.view, *_ids(tab, name, 6)), QItemSelectionModel.SelectionFlag.Select
        )
    tab.status_actions[AttendanceStatus.ABSENT].trigger()
    assert {_state(tab, n, 6) for n in ("Anna", "Johan", "Tove")} == {CellState.ABSENT}
    assert _state(tab, "Maja", 6) is CellState.PENDING
    assert tab.message.text() == "3 rutor fick frånvarande."


def test_not_expected_cells_refuse_marks(qtbot: QtBot, demo: Services) -> None:
    tab = _tab(qtbot, demo)
    _go(tab, "Linnea", 1)
    qtbot.keyClick(tab.view, Qt.Key.Key_N)
    assert _state(tab, "Linnea", 1) is CellState.NOT_EXPECTED
    assert "förväntas inte" in tab.message.text()


def test_signed_column_asks_for_a_reason(qtbot: QtBot, demo: Services) -> None:
    tab = _tab(qtbot, demo)
    _go(tab, "Mohammed", 2)

    def cancel(dialog: UnlockDialog) -> None:
        dialog.reject()

    seen = when_modal(UnlockDialog, cancel)
    qtbot.keyClick(tab.view, Qt.Key.Key_N)
    assert seen
    assert _state(tab, "Mohammed", 2) is CellState.ABSENT

    def unlock(dialog: UnlockDialog) -> None:
        dialog.reason.setPlainText("Närvarolistan var felläst")
        dialog.buttons.accepted.emit()

    when_modal(UnlockDialog, unlock)
    qtbot.keyClick(tab.view, Qt.Key.Key_N)
    assert _state(tab, "Mohammed", 2) is CellState.PRESENT
    assert tab.model.matrix is not None
    assert not tab.model.matrix.seminars[1].signed_off
    history = demo.attendance.history(*_ids(tab, "Mohammed", 2))
    assert [e.kind for e in history.entries][-3:] == ["sign", "unlock", "change"]
    assert history.entries[-1].reason == "Efter upplåsning: Närvarolistan var felläst"


def test_note_on_a_cell(qtbot: QtBot, demo: Services) -> None:
    tab = _tab(qtbot, demo)
    _go(tab, "Anna", 5)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "Sätt en markering först" in tab.message.text()
    qtbot.keyClick(tab.view, Qt.Key.Key_S)
    _go(tab, "Anna", 5)

    def write(dialog: NoteDialog) -> None:
        dialog.note.setPlainText("Kom 13.25, tåget var sent")
        dialog.buttons.accepted.emit()

    seen = when_modal(NoteDialog, write)
    qtbot.keyClick(tab.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert seen
    index = cell_at(tab.view, *_ids(tab, "Anna", 5))
    assert index.data(NOTE_ROLE) == "Kom 13.25, tåget var sent"
    assert "Kom 13.25" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_keys_typed_while_the_note_dialog_opens_go_to_the_dialog(
    qtbot: QtBot, demo: Services
) -> None:
    """Text typed right after Ctrl+Enter is queued before the dialog shows; it must land in
    the note, not mark cells (N, A, S and space would otherwise change marks)."""
    tab = _tab(qtbot, demo)
    _go(tab, "Anna", 5)
    qtbot.keyClick(tab.view, Qt.Key.Key_S)
    _go(tab, "Anna", 5)
    marks_before = [r.cells for r in tab.model.matrix.rows]  # type: ignore[union-attr]
    typed = "Anna sa nej"
    notes: list[str] = []

    def read_then_save(dialog: NoteDialog) -> None:
        def finish() -> None:
            notes.append(dialog.note.toPlainText())
            dialog.buttons.accepted.emit()

        QTimer.singleShot(200, finish)

    seen = when_modal(NoteDialog, read_then_save)
    QCoreApplication.postEvent(
        tab.view,
        QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier),
    )
    for char in typed:
        key = Qt.Key.Key_Space if char == " " else Qt.Key(ord(char.upper()))
        modifiers = (
            Qt.KeyboardModifier.ShiftModifier if char.isupper() else Qt.KeyboardModifier.NoModifier
        )
        QCoreApplication.postEvent(tab.view, QKeyEvent(QEvent.Type.KeyPress, key, modifiers, char))
    qtbot.waitUntil(lambda: bool(notes), timeout=5000)
    assert seen
    assert notes == [typed]
    assert [r.cells for r in tab.model.matrix.rows] == marks_before  # type: ignore[union-attr]
    assert cell_at(tab.view, *_ids(tab, "Anna", 5)).data(NOTE_ROLE) == typed


def test_status_column_shows_its_whole_text_and_a_wrapped_tooltip(
    qtbot: QtBot, demo: Services
) -> None:
    tab = _tab(qtbot, demo)
    column = tab.model.state_column
    metrics = tab.view.fontMetrics()
    bold = QFontMetrics(tab.model._bold)
    widest = max(
        max(metrics.horizontalAdvance(text), bold.horizontalAdvance(text))
        for text in (tab.proxy.index(r, column).data() for r in range(tab.proxy.rowCount()))
    )
    assert tab.view.columnWidth(column) >= widest + 8
    tooltip = tab.proxy.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("<p>")


def test_filters_by_group_and_attention(qtbot: QtBot, demo: Services) -> None:
    tab = _tab(qtbot, demo)
    assert tab.proxy.rowCount() == 21
    tab.attention.setChecked(True)
    shown = {tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())}
    assert shown == {"Mohammed Ali", "Zlatan Petrović", "Lars Öberg", "Ingrid Ström"}
    tab.attention.setChecked(False)
    tab.group.setCurrentIndex(tab.group.findText("Samtalsgrupp A"))
    assert tab.proxy.rowCount() == 7
    tab.search.setText("lextorp")
    assert [tab.proxy.index(r, 0).data() for r in range(tab.proxy.rowCount())] == ["Anna Bergström"]


def test_history_panel_follows_the_cursor(qtbot: QtBot, demo: Services) -> None:
    tab = _tab(qtbot, demo)
    tab.history_action.trigger()
    assert tab.history.isVisible()
    _go(tab, "Johan", 2)
    text = tab.history.toPlainText()
    assert "Johan Ek" in text
    assert "Sen" in text
    assert "Signerat av Karin Fredriksson" in text
    entries = demo.attendance.history(*_ids(tab, "Johan", 2)).entries
    assert date_and_time(entries[0].at) in text
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)  # the readable form, never ISO


def test_rules_and_makeup_dialogs(qtbot: QtBot, demo: Services) -> None:
    tab = _tab(qtbot, demo)
    _go(tab, "Mohammed", 2)

    def refused(dialog: MakeupDialog) -> None:
        dialog.description.setText("Skriftlig reflektion")
        dialog.buttons.accepted.emit()
        assert "tillåter inte" in dialog.general_error.text()
        dialog.reject()

    seen = when_modal(MakeupDialog, refused)
    tab.makeup_action.trigger()
    assert seen

    def allow(dialog: RulesDialog) -> None:
        dialog.minimum.setValue(5)
        dialog.makeup.setChecked(True)
        dialog.buttons.accepted.emit()

    when_modal(RulesDialog, allow)
    tab.rules_action.trigger()
    assert "Krav: 5 av 7 seminarier" in tab.summary.text()
    assert "komplettering tillåten" in tab.summary.text()
    assert "per läsår" not in tab.summary.text()
    programme = demo.catalog.programmes()[0].id
    details = demo.planning.programme(programme)
    demo.planning.update_programme(programme, replace(details.as_input(), min_per_school_year=2))
    tab.set_cohort(demo, demo.catalog.programmes()[0].cohorts[0].id)
    assert "minst 2 per läsår" in tab.summary.text()
    _go(tab, "Mohammed", 2)

    def record(dialog: MakeupDialog) -> None:
        dialog.description.setText("Skriftlig reflektion")
        dialog.buttons.accepted.emit()

    when_modal(MakeupDialog, record)
    tab.makeup_action.trigger()
    index = cell_at(tab.view, *_ids(tab, "Mohammed", 2))
    assert index.data() == "K"
    row = next(
        r for r in range(tab.model.rowCount()) if tab.model.row_at(r).first_name == "Mohammed"
    )
    assert tab.model.index(row, tab.model.attended_column).data() == "3 av 7"


def test_apology_dialog_records_an_advance_excuse(qtbot: QtBot, demo: Services) -> None:
    tab = _tab(qtbot, demo)
    _go(tab, "Johan", 7)

    def excuse(dialog: ApologyDialog) -> None:
        assert dialog.participant.currentText() == "Johan Ek"
        assert dialog.seminar.currentText().startswith("7. Vad gör skillnad?")
        dialog.note.setText("Mejl 20 april: konferens")
        dialog.buttons.accepted.emit()

    seen = when_modal(ApologyDialog, excuse)
    tab.apology_action.trigger()
    assert seen
    assert _state(tab, "Johan", 7) is CellState.EXCUSED
    history = demo.attendance.history(*_ids(tab, "Johan", 7))
    assert (history.note, history.entries[-1].source) == ("Mejl 20 april: konferens", "apology")


def test_coordinator_name_is_remembered(qtbot: QtBot, demo: Services) -> None:
    dialog = CoordinatorDialog(demo.coordinator.name, demo.coordinator.set_name)
    qtbot.addWidget(dialog)
    dialog.name.setText("  ")
    dialog.buttons.accepted.emit()
    assert dialog.error_text("name") == "Ange ditt namn."
    dialog.name.setText("Karin Fredriksson")
    dialog.buttons.accepted.emit()
    assert demo.coordinator.name == "Karin Fredriksson"


def test_marking_one_person_changes_no_one_elses_status(qtbot: QtBot, demo: Services) -> None:
    tab = _tab(qtbot, demo)
    model = tab.model

    def statuses() -> dict[str, tuple[str, str]]:
        return {
            model.row_at(r).name: (
                model.index(r, model.attended_column).data(),
                model.index(r, model.state_column).data(),
            )
            for r in range(model.rowCount())
        }

    before, summary = statuses(), tab.summary.text()
    tab.view.selectionModel().clearSelection()
    _go(tab, "Maja", 5)
    tab.view.selectionModel().select(
        tab.view.currentIndex(), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    qtbot.keyClick(tab.view, Qt.Key.Key_N)

    after = statuses()
    assert _state(tab, "Maja", 5) is CellState.PRESENT
    assert _state(tab, "Tove", 5) is CellState.PENDING
    assert after.pop("Maja Andersson") != before.pop("Maja Andersson")
    assert after == before
    assert tab.summary.text() == summary
    tove = cell_at(tab.view, *_ids(tab, "Tove", 5))
    assert "Väntar på markering" in tove.data(Qt.ItemDataRole.ToolTipRole)


def test_summary_follows_the_group_and_the_header_counts_the_rows(
    qtbot: QtBot, demo: Services
) -> None:
    tab = _tab(qtbot, demo)
    matrix = tab.model.matrix
    assert matrix is not None
    assert tab.summary.text().startswith(f"{len(matrix.rows)} deltagare")
    group = next(g for g in matrix.groups if g.name == "Samtalsgrupp A")
    members = [r for r in matrix.rows if group.id in r.group_ids]

    tab.group.setCurrentIndex(tab.group.findData(group.id))

    assert tab.summary.text().startswith(f"Samtalsgrupp A: {len(members)} deltagare")
    assert tab.proxy.rowCount() == len(members)
    page = CohortPage()
    qtbot.addWidget(page)
    page.show_overview(demo.catalog.cohort_overview(matrix.cohort_id))
    assert f"{len(matrix.rows)} deltagare (varav 1 avbrutit)" in page.subtitle.text()
    first = page.schedule_model.index(0, page.schedule_model.ATTENDANCE).data()
    assert first == f"{matrix.totals[0].attended} av {matrix.totals[0].expected}" == "19 av 20"
    header = tab.model.headerData(tab.model.FIRST_SEMINAR, Qt.Orientation.Horizontal)
    assert header.endswith("19/20")


def _cursor(tab: AttendanceTab) -> tuple[int, int]:
    index = tab.view.currentIndex()
    return index.data(ENROLLMENT_ROLE), index.data(SEMINAR_ROLE)


def _selected(tab: AttendanceTab) -> list[tuple[int, int]]:
    return [(i.data(ENROLLMENT_ROLE), i.data(SEMINAR_ROLE)) for i in tab.view.selected_cells()]


def test_refreshes_keep_the_cursor_on_its_person_and_seminar(
    qtbot: QtBot, demo: Services, factory: Factory
) -> None:
    """Marks made elsewhere, re-sorting by verdict and a new row (a model reset) leave the
    cursor on the same enrolment and seminar, and nothing else selected."""
    tab = _tab(qtbot, demo)
    tab.view.sortByColumn(tab.model.state_column, Qt.SortOrder.AscendingOrder)
    for name in ("Maja", "Tove", "Johan"):
        _go(tab, name, 5)
        kept = _cursor(tab)
        for other in ("Tove", "Maja", "Anna"):
            for status in (AttendanceStatus.ABSENT, AttendanceStatus.PRESENT):
                demo.attendance.set_status([CellRef(*_ids(tab, other, 5))], status)
                tab.reload()  # as after a change in another window
                assert _cursor(tab) == kept
                assert _selected(tab) == [kept]
    cohort = demo.catalog.programmes()[0].cohorts[0].id
    rows = tab.model.rowCount()
    demo.enrollment.enrol(cohort, [factory.person("Aaron", "Aalto", "aaron@exempel.se")])
    tab.reload()
    assert tab.model.rowCount() == rows + 1
    assert _cursor(tab) == kept
    assert _selected(tab) == [kept]


def test_the_key_marks_the_cursor_cell_whatever_keys_are_held(qtbot: QtBot, demo: Services) -> None:
    """With Ctrl down, Qt would make a moved cursor toggle its cell into the old selection;
    the next key would then mark the old cell as well."""
    tab = _tab(qtbot, demo)
    _go(tab, "Tove", 5)
    QTest.keyPress(tab.view, Qt.Key.Key_Control, Qt.KeyboardModifier.ControlModifier)
    try:
        _go(tab, "Maja", 5)
        assert _selected(tab) == [_ids(tab, "Maja", 5)]
    finally:
        QTest.keyRelease(tab.view, Qt.Key.Key_Control)
    qtbot.keyClick(tab.view, Qt.Key.Key_N)
    assert _state(tab, "Maja", 5) is CellState.PRESENT
    assert _state(tab, "Tove", 5) is CellState.PENDING

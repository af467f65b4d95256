"""The small shared ui helpers: button boxes and rows, stacked layouts, menu actions, the
type-ahead filter."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from seminarkoll.ui.forms import close_buttons, enter_presses, push_button, wrapped_label
from seminarkoll.ui.menu_action import menu_action
from seminarkoll.ui.sorting import WordFilterProxy, surname_first
from seminarkoll.ui.stacking import stacked
from seminarkoll.ui.table_model import RowTableModel


def test_close_buttons_reject_the_dialog_and_keep_the_action_buttons(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    pressed: list[str] = []
    action = push_button("Gör", lambda: pressed.append("gör"))
    box = close_buttons(dialog, action)
    assert box.buttonRole(action) == QDialogButtonBox.ButtonRole.ActionRole
    action.click()
    assert pressed == ["gör"]
    dialog.open()
    box.button(QDialogButtonBox.StandardButton.Close).click()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()


def test_enter_presses_the_default_button_only(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    main, cancel = QPushButton("Importera", dialog), QPushButton("Avbryt", dialog)
    assert cancel.autoDefault()  # what a dialog's buttons do unless told otherwise
    enter_presses(main, cancel)
    assert main.isDefault()
    assert not cancel.autoDefault()


def test_stacked_lays_parts_out_one_below_the_other_with_their_stretch(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    first, second = wrapped_label("Först"), QLabel("Sedan")
    layout = stacked(owner, first, (second, 2), 1)
    assert owner.layout() is layout
    assert first.wordWrap()
    assert [layout.itemAt(i).widget() for i in range(2)] == [first, second]
    assert [layout.stretch(i) for i in range(3)] == [0, 2, 1]
    assert layout.itemAt(2).spacerItem() is not None


def test_a_menu_action_calls_its_slot_with_its_shortcut(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    called: list[bool] = []
    action = menu_action(owner, "&Spara", lambda: called.append(True), "Ctrl+S", scoped=True)
    action.trigger()
    assert called == [True]
    assert action.shortcut() == QKeySequence("Ctrl+S")
    assert action.shortcutContext() == Qt.ShortcutContext.WidgetWithChildrenShortcut
    standard = menu_action(owner, "&Öppna", lambda: None, QKeySequence.StandardKey.Open)
    assert standard.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Open)
    assert standard.shortcutContext() == Qt.ShortcutContext.WindowShortcut


@dataclass(frozen=True)
class _Person:
    first_name: str
    last_name: str
    workplace: str


class _People(RowTableModel[_Person]):
    def display(self, row: _Person, column: int) -> str:
        return surname_first(row)


class _PeopleFilter(WordFilterProxy):
    def haystack(self, source_row: int) -> str:
        model = self.sourceModel()
        assert isinstance(model, _People)
        row = model.row_at(source_row)
        return f"{surname_first(row)} {row.workplace}"


def test_the_type_ahead_filter_wants_every_word_typed(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    model = _People(("Namn",), owner)
    model.set_rows(
        [
            _Person("Åsa", "Öberg", "Ekskolan"),
            _Person("Anna", "Berg", "Ekskolan"),
            _Person("Åke", "Berg", "Björkskolan"),
        ]
    )
    proxy = _PeopleFilter(owner)
    proxy.setSourceModel(model)

    def shown() -> list[str]:
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]

    proxy.set_text("berg  EKSKOLAN")
    assert shown() == ["Öberg Åsa", "Berg Anna"]
    proxy.set_text("berg åke")
    assert shown() == ["Berg Åke"]
    proxy.set_text("")
    assert len(shown()) == 3

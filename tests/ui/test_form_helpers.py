"""Helpers the planning and participant dialogs share: form values by field name, rows of
widgets, tables kept in their own order, name and date columns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from seminarkoll.ui.field_values import field_values, show_record
from seminarkoll.ui.formatting import display_date
from seminarkoll.ui.participants.columns_model import ColumnsModel, date_column, name_column
from seminarkoll.ui.stacking import side_by_side
from seminarkoll.ui.table_view import prepare_row_table


@dataclass(frozen=True)
class Record:
    name: str
    notes: str
    active: bool
    count: int
    title: str
    week: int
    start: date


def _fields() -> dict[str, QWidget]:
    title = QComboBox()
    title.setEditable(True)
    week = QComboBox()
    for number in (7, 8, 9):
        week.addItem(f"vecka {number}", number)
    count = QSpinBox()
    count.setRange(0, 40)
    return {
        "name": QLineEdit(),
        "notes": QPlainTextEdit(),
        "active": QCheckBox(),
        "count": count,
        "title": title,
        "week": week,
        "start": QDateEdit(),
    }


def test_a_record_shown_in_fields_reads_back_the_same(qtbot: QtBot) -> None:
    fields = _fields()
    for field in fields.values():
        qtbot.addWidget(field)
    record = Record("Omgång 3", "rad 1\nrad 2", True, 12, "rektor", 8, date(2024, 9, 5))
    show_record(fields, record)
    assert Record(**field_values(fields)) == record
    name, week = fields["name"], fields["week"]
    assert isinstance(name, QLineEdit)
    assert isinstance(week, QComboBox)
    name.setText("Omgång 4")
    week.setCurrentIndex(2)
    assert field_values(fields)["name"] == "Omgång 4"
    assert field_values(fields)["week"] == 9


def test_a_choice_that_is_not_in_the_list_shows_the_first_item(qtbot: QtBot) -> None:
    fields = _fields()
    for field in fields.values():
        qtbot.addWidget(field)
    show_record(fields, Record("", "", False, 0, "", 52, date(2024, 1, 1)))
    assert field_values(fields)["week"] == 7


def test_a_field_of_an_unknown_kind_is_refused(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(TypeError, match="QLabel"):
        field_values({"name": label})


def test_side_by_side_puts_parts_in_a_row_with_their_stretch(qtbot: QtBot) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    first, second = QPushButton("Ny"), QPushButton("Ta bort")
    row = side_by_side(first, (second, 2), 1)
    owner.setLayout(row)
    assert [row.itemAt(i).widget() for i in range(2)] == [first, second]
    assert [row.stretch(i) for i in range(3)] == [0, 2, 1]
    assert row.itemAt(2).spacerItem() is not None


@dataclass(frozen=True)
class Person:
    id: int
    name: str
    first_name: str
    last_name: str
    joined_on: date | None


def test_a_table_in_its_own_order_is_not_sortable_and_keeps_the_rows(qtbot: QtBot) -> None:
    view = QTableView()
    qtbot.addWidget(view)
    model: ColumnsModel[Person] = ColumnsModel(
        [name_column("Namn"), date_column("Start", lambda p: p.joined_on)], lambda p: p.id
    )
    model.set_rows(
        [
            Person(1, "Örjan Ek", "Örjan", "Ek", date(2024, 9, 1)),
            Person(2, "Anna Berg", "Anna", "Berg", None),
        ]
    )
    prepare_row_table(view, model, None)
    assert not view.isSortingEnabled()
    assert [model.index(row, 0).data() for row in range(2)] == ["Örjan Ek", "Anna Berg"]
    assert model.index(0, 1).data() == display_date(date(2024, 9, 1))
    assert model.index(1, 1).data() == ""
    assert model.sort_value(model.row_at(0), 0) == "Ek Örjan"
    assert model.sort_value(model.row_at(0), 1) < model.sort_value(
        Person(3, "", "", "", date(2025, 1, 1)), 1
    )
    assert model.sort_value(model.row_at(1), 1) == ""

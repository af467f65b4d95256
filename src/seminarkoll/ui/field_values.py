"""A record's values shown in form fields and read back from them, field by field name."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from seminarkoll.ui.formatting import qdate


def show_record(fields: Mapping[str, QWidget], record: object) -> None:
    """Show each attribute of `record` named in `fields` in its field."""
    for name, field in fields.items():
        set_value(field, getattr(record, name))


def field_values(fields: Mapping[str, QWidget]) -> dict[str, Any]:
    """What each field holds now, by its name in `fields`."""
    return {name: value_of(field) for name, field in fields.items()}


def set_value(field: QWidget, value: Any) -> None:
    """Show `value` in `field`: text, plain text, a check, a number, a date; an editable combo
    box shows it as its text, another chooses the item with it as data (else the first)."""
    if isinstance(field, QCheckBox):
        field.setChecked(value)
    elif isinstance(field, QLineEdit):
        field.setText(value)
    elif isinstance(field, QPlainTextEdit):
        field.setPlainText(value)
    elif isinstance(field, QComboBox) and field.isEditable():
        field.setEditText(value)
    elif isinstance(field, QComboBox):
        field.setCurrentIndex(max(field.findData(value), 0))
    elif isinstance(field, QSpinBox):
        field.setValue(value)
    elif isinstance(field, QDateEdit):
        field.setDate(qdate(value))
    else:
        raise TypeError(type(field).__name__)


def value_of(field: QWidget) -> Any:
    """What `field` holds, as `set_value` shows it."""
    if isinstance(field, QCheckBox):
        return field.isChecked()
    if isinstance(field, QLineEdit):
        return field.text()
    if isinstance(field, QPlainTextEdit):
        return field.toPlainText()
    if isinstance(field, QComboBox) and field.isEditable():
        return field.currentText()
    if isinstance(field, QComboBox):
        return field.currentData()
    if isinstance(field, QSpinBox):
        return field.value()
    if isinstance(field, QDateEdit):
        return field.date().toPython()
    raise TypeError(type(field).__name__)

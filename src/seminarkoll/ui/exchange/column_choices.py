"""The column choices of an import: for each field of a list, which column of the file it reads."""

from __future__ import annotations

import json
from enum import StrEnum
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QMenu, QVBoxLayout, QWidget

from seminarkoll.domain.errors import ValidationError
from seminarkoll.services.import_columns import ColumnSet, FieldColumns, SheetHeader
from seminarkoll.ui.forms import error_label
from seminarkoll.ui.settings import app_settings


class ColumnChoices(QWidget):
    """One combo box per field of `columns` ("(används inte)" or a column of the file), with the
    mapping's problems under the fields they concern; `changed` follows every choice. A mapping
    chosen by hand is remembered per set of header texts under the settings key `remember_at`."""

    changed = Signal()

    def __init__(
        self, columns: ColumnSet[Any], remember_at: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._columns = columns
        self._remember_at = remember_at
        self._header: SheetHeader[Any] | None = None
        self.combos: dict[StrEnum, QComboBox] = {}
        self.errors: dict[StrEnum, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for field in columns.fields:
            combo = QComboBox()
            combo.setObjectName(f"column_{field.value}")
            combo.currentIndexChanged.connect(self._changed)
            error = error_label()
            holder = QVBoxLayout()
            holder.setContentsMargins(0, 0, 0, 0)
            holder.setSpacing(1)
            holder.addWidget(combo)
            holder.addWidget(error)
            form.addRow(f"{columns.label(field)}:", holder)
            self.combos[field] = combo
            self.errors[field] = error

    def fill(self, header: SheetHeader[Any] | None, width: int, mapping: FieldColumns[Any]) -> None:
        """Offer the `width` columns of a file with `header` (None: no file) and choose
        `mapping`."""
        self._header = header
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(används inte)"), None)
            if header is not None:
                for column in range(max(width, len(header.labels))):
                    combo.addItem(header.column_label(column), column)
            combo.setCurrentIndex(max(combo.findData(mapping.get(field)), 0))
            combo.setEnabled(header is not None)
            combo.blockSignals(False)
        self._changed()

    def clear(self) -> None:
        """Offer no columns (there is no file)."""
        self.fill(None, 0, FieldColumns())

    def mapping(self) -> FieldColumns[Any]:
        """The columns chosen."""
        return FieldColumns(
            {
                field: int(combo.currentData())
                for field, combo in self.combos.items()
                if combo.currentData() is not None
            }
        )

    def problems(self) -> ValidationError | None:
        """Why the chosen columns cannot be read (None: they can, or there is no file)."""
        if self._header is None:
            return None
        try:
            self._columns.validate(self.mapping(), self._header)
        except ValidationError as problems:
            return problems
        return None

    def assign(self, column: int, field: StrEnum | None) -> None:
        """Read `column` as `field` (None: ignore the column); a field that read this column
        before lets go of it."""
        for other, combo in self.combos.items():
            if other != field and combo.currentData() == column:
                combo.setCurrentIndex(0)
        if field is not None:
            combo = self.combos[field]
            combo.setCurrentIndex(max(combo.findData(column), 0))

    def menu(self, column: int, parent: QWidget) -> QMenu:
        """The fields `column` can be read as, and "(används inte)"; the current one checked."""
        menu = QMenu(parent)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        current = {combo.currentData(): f for f, combo in self.combos.items()}.get(column)
        choices: list[tuple[str, StrEnum | None]] = [
            (self._columns.label(field), field) for field in self.combos
        ]
        choices.append((self.tr("(används inte)"), None))
        for text, field in choices:
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(field == current)
            action.triggered.connect(lambda _on, f=field: self.assign(column, f))
        return menu

    def remembered(self, header: SheetHeader[Any]) -> FieldColumns[Any] | None:
        """The mapping the user chose last time for this header, if it still fits the file."""
        value = app_settings().value(self._remember_at + header.key)
        if not value:
            return None
        try:
            stored = json.loads(str(value))
            fields = self._columns.fields
            mapping = FieldColumns({fields(k): int(v) for k, v in stored.items()})
            self._columns.validate(mapping, header)
        except (ValueError, TypeError, AttributeError, ValidationError):
            return None
        return mapping

    def remember(self, header: SheetHeader[Any], mapping: FieldColumns[Any]) -> None:
        """Remember `mapping` for this header, unless it is the one the header suggests."""
        key = self._remember_at + header.key
        settings = app_settings()
        if mapping == header.mapping:
            settings.remove(key)
        else:
            settings.setValue(
                key, json.dumps({field.value: column for field, column in mapping.items()})
            )

    def _changed(self) -> None:
        problems = self.problems()
        for field, label in self.errors.items():
            message = problems.for_field(field.value) if problems else None
            label.setText(message or "")
            label.setVisible(bool(message))
        self.changed.emit()

"""Form-dialog helpers: an error label under each field and a save callback that may refuse."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.errors import DomainError, ValidationError


class FormDialog(QDialog):
    """A dialog with a form; `add_field` puts an error label under each field. On Save it calls
    `self.save()`; a ValidationError shows its messages next to the fields and keeps the dialog
    open, any other DomainError shows above the buttons."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(500)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._errors: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self.general_error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.save: Callable[[], object] = lambda: None

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """Add a labelled field with its own (hidden) error label; returns the widget."""
        self.form.addRow(label, widget)
        error = _error_label()
        error.setObjectName(f"error_{name}")
        self.form.addRow("", error)
        self._errors[name] = error
        self._fields[name] = widget
        return widget

    def error_text(self, name: str) -> str:
        """The error shown under a field ('' when none)."""
        label = self._errors.get(name)
        return label.text() if label is not None and not label.isHidden() else ""

    def show_problems(self, error: DomainError) -> None:
        """Show `error` next to the fields it names (or above the buttons)."""
        for label in (*self._errors.values(), self.general_error):
            label.hide()
        unplaced = []
        problems = error.problems if isinstance(error, ValidationError) else ()
        for problem in problems:
            place = self._errors.get(problem.field)
            if place is None:
                unplaced.append(problem.message)
                continue
            place.setText(problem.message)
            place.show()
        if not problems:
            unplaced.append(str(error))
        if unplaced:
            self.general_error.setText(" ".join(unplaced))
            self.general_error.show()
        first = next((p.field for p in problems if p.field in self._fields), None)
        if first is not None:
            self._fields[first].setFocus()
        self.adjustSize()

    def _accept(self) -> None:
        try:
            self.save()
        except DomainError as exc:
            self.show_problems(exc)
            return
        self.accept()


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("fieldError")
    label.setStyleSheet("color: #b3261e;")
    label.setWordWrap(True)
    label.hide()
    return label

"""Form helpers: an error label under each field, filled from a ValidationError's problems,
and a form dialog whose save callback may refuse."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.errors import DomainError, ValidationError
from seminarkoll.ui.stacking import stacked
from seminarkoll.ui.window_size import grow_to_fit


def qtime(value: time) -> QTime:
    """A QTime for a Python time (minutes precision)."""
    return QTime(value.hour, value.minute)


def pytime(value: QTime) -> time:
    """A Python time for a QTime (minutes precision)."""
    return time(value.hour(), value.minute())


def date_edit(value: date | None = None) -> QDateEdit:
    """A date field showing the UI's one date form, with a calendar popup; today when `value`
    is None."""
    # Imported here: the formatting rules bring the export words (about 20 ms), which the
    # welcome page, on the path to the window's first paint, does not need.
    from seminarkoll.ui.formatting import DATE_FORMAT, qdate

    edit = QDateEdit(qdate(value) if value is not None else QDate.currentDate())
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    return edit


def counted(count: int, one: str, many: str) -> str:
    """`one` or `many` (translated texts with %1) for `count`, e.g. "1 omgång", "2 omgångar"."""
    return (one if count == 1 else many).replace("%1", str(count))


def wrapped_label(text: str = "") -> QLabel:
    """A label whose text wraps at the width it is given (an explanation, a summary)."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def error_label() -> QLabel:
    """A hidden, red, word-wrapping label for one field's problem."""
    label = wrapped_label()
    label.setObjectName("fieldError")
    label.setStyleSheet("color: #b3261e;")
    label.hide()
    return label


def push_button(text: str, clicked: Callable[[], object]) -> QPushButton:
    """A button labelled `text` that calls `clicked` when pressed."""
    button = QPushButton(text)
    button.clicked.connect(clicked)
    return button


def enter_presses(default: QPushButton, *others: QPushButton) -> None:
    """Make Enter press `default`, and never one of `others` (a cancel, a file chooser)."""
    default.setDefault(True)
    for button in others:
        button.setAutoDefault(False)


def save_cancel_buttons(dialog: QDialog, on_save: Callable[[], object]) -> QDialogButtonBox:
    """Save and Cancel buttons: Save calls `on_save`, Cancel rejects `dialog`."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(on_save)
    buttons.rejected.connect(dialog.reject)
    return buttons


def close_buttons(dialog: QDialog, *actions: QPushButton) -> QDialogButtonBox:
    """A Close button that rejects `dialog`, with the `actions` (action-role buttons) beside it."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    for button in actions:
        buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
    buttons.rejected.connect(dialog.reject)
    return buttons


def span_box(first: QWidget, last: QWidget) -> QWidget:
    """`first – last` side by side and left-aligned, without margins (a date or time span)."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(first)
    row.addWidget(QLabel("–"))
    row.addWidget(last)
    row.addStretch(1)
    box = QWidget()
    box.setLayout(row)
    return box


EDIT_SIGNALS = (
    "textChanged",
    "currentIndexChanged",
    "dateChanged",
    "timeChanged",
    "valueChanged",
    "toggled",
)
"""The signal by which each kind of field says that the user changed it (the first it has)."""


def _hide_on_edit(field: QWidget, label: QLabel) -> None:
    """Hide a field's message as soon as the user changes the field (it is checked again on
    save), so a corrected field no longer shows the old problem."""
    for name in EDIT_SIGNALS:
        signal = getattr(field, name, None)
        if signal is not None:
            signal.connect(lambda *_args: label.hide())
            return


class FieldErrors:
    """Error labels by field name; `show` puts each problem under its field and focuses the
    first one, problems without a field (or other errors) go to the general label."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self.general = error_label()
        self.general.setObjectName("generalError")

    def add(self, name: str, field: QWidget | None) -> QLabel:
        """A new error label for the field `name`, for the caller to place."""
        label = error_label()
        label.setObjectName(f"error_{name}")
        self._labels[name] = label
        if field is not None:
            self._fields[name] = field
            _hide_on_edit(field, label)
        return label

    def wrap(self, name: str, field: QWidget | None, content: QWidget | None = None) -> QWidget:
        """`content` (default `field`) with the error label for `name` beneath it."""
        label = self.add(name, field)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        shown = content if content is not None else field
        if shown is not None:
            layout.addWidget(shown)
        layout.addWidget(label)
        return box

    def alias(self, name: str, target: str) -> None:
        """Show problems for `name` under the field `target` (e.g. "start" under the date)."""
        self._labels[name] = self._labels[target]
        if target in self._fields:
            self._fields[name] = self._fields[target]

    def label(self, name: str) -> QLabel:
        """The error label of field `name`."""
        return self._labels[name]

    def text(self, name: str) -> str:
        """The message shown for `name` ('' when none)."""
        label = self._labels.get(name)
        if label is None:
            return self.general.text() if not self.general.isHidden() else ""
        return label.text() if not label.isHidden() else ""

    def clear(self) -> None:
        """Hide every message."""
        for label in (*self._labels.values(), self.general):
            label.clear()
            label.hide()

    def show(self, error: DomainError) -> None:
        """Show `error` next to the fields it names, the rest in the general label."""
        self.clear()
        problems = error.problems if isinstance(error, ValidationError) else ()
        unplaced: list[str] = []
        shown: dict[int, list[str]] = {}
        for problem in problems:
            label = self._labels.get(problem.field)
            if label is None:
                unplaced.append(problem.message)
                continue
            messages = shown.setdefault(id(label), [])
            if problem.message not in messages:
                messages.append(problem.message)
            label.setText("\n".join(messages))
            label.show()
        if not problems:
            unplaced.append(str(error))
        if unplaced:
            self.general.setText(" ".join(unplaced))
            self.general.show()
        first = next((p.field for p in problems if p.field in self._fields), None)
        if first is not None:
            self._fields[first].setFocus()
        grow_to_fit(self.general.window())


class KeepOpen(Exception):
    """Raised by a form's save when the user went back to the form (nothing saved, nothing
    to say)."""


class FormDialog(QDialog):
    """A dialog with a form; `add_field` puts an error label under each field. On Save it calls
    `self.save()`; a ValidationError shows its messages next to the fields and keeps the dialog
    open, any other DomainError shows above the buttons, KeepOpen keeps it open silently."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(500)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.errors = FieldErrors()
        self.general_error = self.errors.general
        self.buttons = save_cancel_buttons(self, self._accept)
        stacked(self, self.form, self.general_error, self.buttons)
        self.save: Callable[[], object] = lambda: None

    def add_field(self, name: str, label: str, widget: QWidget) -> QWidget:
        """Add a labelled field with its own (hidden) error label; returns the widget."""
        self.form.addRow(label, widget)
        self.form.addRow("", self.errors.add(name, widget))
        return widget

    def error_text(self, name: str) -> str:
        """The error shown under a field ('' when none)."""
        return self.errors.text(name)

    def show_problems(self, error: DomainError) -> None:
        """Show `error` next to the fields it names (or above the buttons)."""
        self.errors.show(error)

    def _accept(self) -> None:
        try:
            self.save()
        except DomainError as exc:
            self.show_problems(exc)
            return
        except KeepOpen:
            return
        self.accept()

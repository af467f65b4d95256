"""Form helpers: an error label under each field, filled from a ValidationError's problems."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from seminarkoll.domain.errors import DomainError, ValidationError


def qtime(value: time) -> QTime:
    """A QTime for a Python time (minutes precision)."""
    return QTime(value.hour, value.minute)


def pytime(value: QTime) -> time:
    """A Python time for a QTime (minutes precision)."""
    return time(value.hour(), value.minute())


def counted(count: int, one: str, many: str) -> str:
    """`one` or `many` (translated texts with %1) for `count`, e.g. "1 omgång", "2 omgångar"."""
    return (one if count == 1 else many).replace("%1", str(count))


def error_label() -> QLabel:
    """A hidden, red, word-wrapping label for one field's problem."""
    label = QLabel()
    label.setObjectName("fieldError")
    label.setStyleSheet("color: #b3261e;")
    label.setWordWrap(True)
    label.hide()
    return label


class FieldErrors:
    """Error labels by field name; `show` puts each problem under its field and focuses the
    first one, problems without a field (or other errors) go to the general label."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}
        self._fields: dict[str, QWidget] = {}
        self.general = error_label()
        self.general.setObjectName("generalError")

    def wrap(self, name: str, field: QWidget | None, content: QWidget | None = None) -> QWidget:
        """`content` (default `field`) with the error label for `name` beneath it."""
        label = error_label()
        label.setObjectName(f"error_{name}")
        self._labels[name] = label
        if field is not None:
            self._fields[name] = field
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

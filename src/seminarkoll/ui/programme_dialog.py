"""Dialog for creating a programme: name, organiser, contact person and description."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.errors import DomainError, ValidationError
from seminarkoll.services.planning import ProgrammeInput


class ProgrammeDialog(QDialog):
    """Asks for a new programme and saves it through `save`; problems show next to the field."""

    def __init__(
        self, save: Callable[[ProgrammeInput], int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Nytt program"))
        self.setMinimumWidth(460)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("t.ex. Ledare på lut"))
        self.name_error = QLabel()
        self.name_error.setObjectName("fieldError")
        self.name_error.setStyleSheet("color: #b3261e;")
        self.name_error.hide()
        self.organiser = QLineEdit()
        self.organiser.setPlaceholderText(self.tr("t.ex. Barn- och utbildningsförvaltningen"))
        self.contact = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(90)
        form = QFormLayout()
        form.addRow(self.tr("&Namn:"), self.name)
        form.addRow("", self.name_error)
        form.addRow(self.tr("&Arrangör:"), self.organiser)
        form.addRow(self.tr("&Kontaktperson:"), self.contact)
        form.addRow(self.tr("&Beskrivning:"), self.description)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        data = ProgrammeInput(
            name=self.name.text(),
            organiser=self.organiser.text(),
            contact_person=self.contact.text(),
            description=self.description.toPlainText(),
        )
        try:
            self.saved_id = self._save(data)
        except ValidationError as exc:
            self.name_error.setText(exc.for_field("name") or str(exc))
            self.name_error.show()
            self.name.setFocus()
            return
        except DomainError as exc:
            self.name_error.setText(str(exc))
            self.name_error.show()
            return
        self.accept()

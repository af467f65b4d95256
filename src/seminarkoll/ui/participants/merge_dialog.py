"""Merge two persons into one: choose who to keep, read what will happen, confirm."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.errors import DomainError
from seminarkoll.ui.forms import wrapped_label
from seminarkoll.ui.messages import attempt

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.services.participants import MergeResult, PersonRow


class MergeDialog(QDialog):
    """Two persons; the kept one's details win, all history of both is kept."""

    def __init__(
        self, services: Services, first: PersonRow, second: PersonRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("mergeDialog")
        self.setWindowTitle(self.tr("Slå ihop dubbletter"))
        self.resize(600, 460)
        self._services = services
        self._people = (first, second)
        self.result_value: MergeResult | None = None
        intro = wrapped_label(
            self.tr(
                "Alla antagningar, närvaromarkeringar, grupper och föreläsningar förs över till "
                "personen du behåller. Välj vems uppgifter som ska gälla:"
            )
        )
        self.keep_first = QRadioButton(_describe(first))
        self.keep_second = QRadioButton(_describe(second))
        self.keep_first.setChecked(True)
        self.keep_first.toggled.connect(self._preview)
        self.preview = QTextBrowser()
        self.preview.setObjectName("mergePreview")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Slå ihop"))
        buttons.accepted.connect(self._merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.keep_first)
        layout.addWidget(self.keep_second)
        layout.addWidget(QLabel(self.tr("Det här händer:")))
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self._preview()

    def _ids(self) -> tuple[int, int]:
        first, second = self._people
        return (first.id, second.id) if self.keep_first.isChecked() else (second.id, first.id)

    def _preview(self) -> None:
        try:
            lines = self._services.participants.merge_preview(*self._ids())
        except DomainError as exc:
            self.preview.setPlainText(str(exc))
            self.ok.setEnabled(False)
            return
        self.ok.setEnabled(True)
        self.preview.setPlainText("\n".join(f"• {line}" for line in lines))

    def _merge(self) -> None:
        self.result_value = attempt(
            self,
            self.tr("Sammanslagningen misslyckades"),
            lambda: self._services.participants.merge(*self._ids()),
        )
        if self.result_value is None:
            return
        self.accept()


def _describe(person: PersonRow) -> str:
    details = ", ".join(p for p in (person.workplace_name, person.email) if p)
    return f"{person.name} ({details})" if details else person.name

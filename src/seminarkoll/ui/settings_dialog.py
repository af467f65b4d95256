"""Arkiv → Inställningar: one dialog, one tab per kind of setting (language; organisation and
certificates; others add their page to `page_factories`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTabWidget, QVBoxLayout, QWidget

from seminarkoll.domain.errors import DomainError
from seminarkoll.ui.messages import show_error

if TYPE_CHECKING:
    from seminarkoll.services.container import Services


class SettingsPage(QWidget):
    """One tab of the settings dialog. `title` names the tab; `save()` stores what the user
    chose and raises a DomainError (the dialog stays open on this page) when it cannot."""

    title = ""

    def save(self) -> None:
        """Store the page's settings (subclasses override)."""


PageFactory = Callable[["Services | None", QWidget], SettingsPage]


def page_factories() -> list[PageFactory]:
    """The pages in tab order, imported when the dialog opens (not at start-up). A page that
    needs the database is left out while none is open."""
    from seminarkoll.ui.followup.organisation_page import organisation_page
    from seminarkoll.ui.language_page import language_page

    return [organisation_page, language_page]


class SettingsDialog(QDialog):
    """The pages of `page_factories()` in tabs, with OK and Cancel."""

    def __init__(self, services: Services | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Inställningar"))
        self.tabs = QTabWidget()
        self.pages: list[SettingsPage] = []
        for factory in page_factories():
            page = factory(services, self)
            self.pages.append(page)
            self.tabs.addTab(page, page.title)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(620, 480)

    def accept(self) -> None:
        """Save every page; on a problem show it on its page and stay open."""
        for page in self.pages:
            try:
                page.save()
            except DomainError as exc:
                self.tabs.setCurrentWidget(page)
                show_error(self, self.tr("Inställningarna kunde inte sparas"), exc)
                return
        super().accept()

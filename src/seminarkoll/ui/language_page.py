"""The "Språk" page of Inställningar: the language Seminarkoll speaks from its next start."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from seminarkoll.language import (
    ENGLISH,
    ENV_LANGUAGE,
    LANGUAGES,
    SETTINGS_KEY,
    SWEDISH,
    saved_language,
)
from seminarkoll.ui.forms import wrapped_label
from seminarkoll.ui.settings import app_settings
from seminarkoll.ui.settings_dialog import SettingsPage

if TYPE_CHECKING:
    from seminarkoll.services.container import Services

LANGUAGE_NAMES = {SWEDISH: "Svenska", ENGLISH: "English"}
"""Each language by its own name, so it can be found whatever the window speaks."""


class LanguagePage(SettingsPage):
    """Choose the language; it is saved per user and takes effect at the next start."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languagePage")
        self.title = self.tr("Språk")
        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[code], code)
        self.language.setCurrentIndex(LANGUAGES.index(saved_language()))
        note = self.tr("Språket byts nästa gång Seminarkoll startar.")
        if os.environ.get(ENV_LANGUAGE, "").strip().lower() in LANGUAGES:
            note += " " + self.tr("Just nu bestämmer miljövariabeln %1 språket.").replace(
                "%1", ENV_LANGUAGE
            )
        self.note = wrapped_label(note)
        form = QFormLayout(self)
        form.addRow(self.tr("&Språk:"), self.language)
        form.addRow("", self.note)

    def save(self) -> None:
        """Store the chosen language in the user's settings file."""
        settings = app_settings()
        settings.setValue(SETTINGS_KEY, self.language.currentData())
        settings.sync()


def language_page(_services: Services | None, parent: QWidget) -> SettingsPage:
    """The language page; it needs no database."""
    return LanguagePage(parent)

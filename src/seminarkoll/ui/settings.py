"""Persistent UI settings (window geometry, remembered choices, language) in a per-user INI."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from seminarkoll.language import settings_file

if TYPE_CHECKING:
    from seminarkoll.services.identity import Coordinator

COORDINATOR_KEY = "coordinator/name"
"""The name the user signs with (`services.identity.Coordinator`), once given."""


def app_settings() -> QSettings:
    """The user's settings; $SEMINARKOLL_CONFIG_DIR moves them (tests use a temporary folder)."""
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)


def use_remembered_name(coordinator: Coordinator) -> None:
    """Sign with the name remembered in the settings, if any (one no longer valid is
    forgotten)."""
    from seminarkoll.domain.errors import DomainError

    name = app_settings().value(COORDINATOR_KEY)
    if name:
        try:
            coordinator.set_name(str(name))
        except DomainError:
            app_settings().remove(COORDINATOR_KEY)

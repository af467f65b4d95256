"""Persistent UI settings (window geometry, remembered choices, language) in a per-user INI."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from seminarkoll.language import settings_file

COORDINATOR_KEY = "coordinator/name"
"""The name the user signs with (`services.identity.Coordinator`), once given."""


def app_settings() -> QSettings:
    """The user's settings; $SEMINARKOLL_CONFIG_DIR moves them (tests use a temporary folder)."""
    return QSettings(str(settings_file()), QSettings.Format.IniFormat)

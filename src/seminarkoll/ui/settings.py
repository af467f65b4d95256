"""Persistent UI settings (window geometry, remembered choices) in an INI file per user."""

from __future__ import annotations

import os

from PySide6.QtCore import QSettings, QStandardPaths

ENV_CONFIG_DIR = "SEMINARKOLL_CONFIG_DIR"


def app_settings() -> QSettings:
    """The user's settings; $SEMINARKOLL_CONFIG_DIR moves them (tests use a temporary folder)."""
    folder = os.environ.get(ENV_CONFIG_DIR) or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.AppConfigLocation
    )
    return QSettings(os.path.join(folder, "seminarkoll.ini"), QSettings.Format.IniFormat)

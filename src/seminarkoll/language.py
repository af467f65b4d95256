"""The language Seminarkoll speaks: the setting (Inställningar), overridden by
$SEMINARKOLL_LANGUAGE=sv|en, and the compiled English catalogue that goes with it."""

from __future__ import annotations

import configparser
import os
from pathlib import Path
from typing import TYPE_CHECKING

from seminarkoll.domain.translation import use_lookup

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

SWEDISH, ENGLISH = "sv", "en"
LANGUAGES = (SWEDISH, ENGLISH)
ENV_LANGUAGE = "SEMINARKOLL_LANGUAGE"
ENV_CONFIG_DIR = "SEMINARKOLL_CONFIG_DIR"
SETTINGS_KEY = "language"
CATALOGUES = Path(__file__).parent / "resources" / "translations"


def settings_file() -> Path:
    """The user's settings file (INI); $SEMINARKOLL_CONFIG_DIR moves it (tests use that)."""
    folder = os.environ.get(ENV_CONFIG_DIR)
    if not folder:
        from platformdirs import user_config_dir

        folder = user_config_dir("Seminarkoll", appauthor=False)
    return Path(folder) / "seminarkoll.ini"


def saved_language() -> str:
    """The language saved in Inställningar (Swedish when none is saved)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read(settings_file(), encoding="utf-8")
    except (OSError, configparser.Error):
        return SWEDISH
    value = parser.get("General", SETTINGS_KEY, fallback=SWEDISH)
    return value if value in LANGUAGES else SWEDISH


def chosen_language() -> str:
    """$SEMINARKOLL_LANGUAGE when it is sv or en, else the saved setting."""
    override = os.environ.get(ENV_LANGUAGE, "").strip().lower()
    return override if override in LANGUAGES else saved_language()


def catalogue(language: str) -> QTranslator | None:
    """Seminarkoll's compiled catalogue for `language` (None for Swedish, the source language,
    or when the .qm file is missing)."""
    if language == SWEDISH:
        return None
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(f"seminarkoll_{language}", str(CATALOGUES)):
        return None
    return translator


def use_catalogue_outside_qt(language: str) -> None:
    """For the command line: texts outside Qt widgets are looked up in the catalogue; Swedish
    loads nothing (no Qt at all)."""
    translator = catalogue(language)
    if translator is None:
        use_lookup(None)
        return
    use_lookup(lambda context, text: translator.translate(context, text) or text)

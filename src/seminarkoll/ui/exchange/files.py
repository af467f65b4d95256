"""File choosers for imports and exports that remember the folder last used."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from seminarkoll.ui.settings import app_settings

translate = QCoreApplication.translate

FOLDER_KEY = "exchange/lastFolder"
_UNSAFE = re.compile(r'[\\/:*?"<>|]+')


def last_folder() -> Path:
    """The folder a file was last imported from or exported to (home at first)."""
    value = app_settings().value(FOLDER_KEY)
    folder = Path(str(value)) if value else Path.home()
    return folder if folder.is_dir() else Path.home()


def remember_folder(path: Path) -> None:
    """Remember the folder of `path` for the next file dialog."""
    app_settings().setValue(FOLDER_KEY, str(path.parent))


def safe_file_name(text: str) -> str:
    """`text` usable as a file name on Windows too ("Omgång 3 (2016/2017)" -> "Omgång 3
    (2016-2017)")."""
    return _UNSAFE.sub("-", text).strip(" .") or "export"


def spreadsheet_filter() -> str:
    """The open-file filter for participant lists and attendance sheets."""
    return translate(
        "ExchangeFiles",
        "Kalkylblad och CSV (*.xlsx *.xlsm *.xls *.xlsb *.ods *.csv *.txt);;Alla filer (*)",
    )


OFFLINE_SUFFIX = ".sqlite3"
"""The suffix of the file Signera offline saves."""


def offline_filter() -> str:
    """The open-file filter for offline signing files."""
    return translate("ExchangeFiles", "Offline-signering (*.sqlite3);;Alla filer (*)")


def ask_open_path(parent: QWidget, title: str, folder: Path, name_filter: str) -> Path | None:
    """Ask for a file to read, starting in `folder`; None when the user cancels."""
    chosen, _ = QFileDialog.getOpenFileName(parent, title, str(folder), name_filter)
    return Path(chosen) if chosen else None


def choose_open_file(parent: QWidget, title: str, name_filter: str) -> Path | None:
    """Ask for a file to read, starting in the remembered folder."""
    path = ask_open_path(parent, title, last_folder(), name_filter)
    if path is not None:
        remember_folder(path)
    return path


def choose_save_file(parent: QWidget, title: str, name: str, suffix: str) -> Path | None:
    """Ask where to save, suggesting `name` + `suffix` in the remembered folder."""
    filters = {
        ".xlsx": translate("ExchangeFiles", "Excel-arbetsbok (*.xlsx)"),
        ".csv": translate("ExchangeFiles", "CSV, semikolonseparerad (*.csv)"),
        ".pdf": translate("ExchangeFiles", "PDF (*.pdf)"),
        OFFLINE_SUFFIX: translate("ExchangeFiles", "Offline-signering (*.sqlite3)"),
    }
    suggestion = last_folder() / f"{safe_file_name(name)}{suffix}"
    chosen, _ = QFileDialog.getSaveFileName(parent, title, str(suggestion), filters[suffix])
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.casefold() != suffix:
        path = path.with_name(path.name + suffix)
    remember_folder(path)
    return path

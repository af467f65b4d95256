"""English on request: the setting, $SEMINARKOLL_LANGUAGE, the command line and the window."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from seminarkoll.language import (
    ENGLISH,
    ENV_LANGUAGE,
    SWEDISH,
    chosen_language,
    saved_language,
    settings_file,
)


def _run(*args: str, language: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, ENV_LANGUAGE: language, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def _write_setting(value: str) -> None:
    path = settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"[General]\nlanguage={value}\n", encoding="utf-8")


def test_the_environment_overrides_the_saved_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV_LANGUAGE)
    assert chosen_language() == SWEDISH
    _write_setting("en")
    assert (saved_language(), chosen_language()) == (ENGLISH, ENGLISH)
    monkeypatch.setenv(ENV_LANGUAGE, "sv")
    assert chosen_language() == SWEDISH
    monkeypatch.setenv(ENV_LANGUAGE, "klingon")
    assert chosen_language() == ENGLISH
    _write_setting("fi")
    assert chosen_language() == SWEDISH


def test_the_settings_dialog_saves_the_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from seminarkoll.ui.language_page import LanguagePage
    from seminarkoll.ui.settings_dialog import SettingsDialog

    monkeypatch.delenv(ENV_LANGUAGE)
    dialog = SettingsDialog(None)
    qtbot.addWidget(dialog)
    page = dialog.pages[-1]
    assert isinstance(page, LanguagePage)
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "Språk"
    assert page.language.currentData() == SWEDISH
    assert "SEMINARKOLL_LANGUAGE" not in page.note.text()
    page.language.setCurrentIndex(page.language.findData(ENGLISH))
    dialog.accept()
    assert saved_language() == ENGLISH
    monkeypatch.setenv(ENV_LANGUAGE, "sv")
    again = SettingsDialog(None)
    qtbot.addWidget(again)
    page = again.pages[-1]
    assert isinstance(page, LanguagePage)
    assert page.language.currentData() == ENGLISH
    assert "SEMINARKOLL_LANGUAGE" in page.note.text()


@pytest.mark.usefixtures("english_catalogue")
def test_the_command_line_speaks_english(tmp_path: Path) -> None:
    result = _run("-m", "seminarkoll", "--help", language="en", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.startswith("usage: seminarkoll")
    assert "show this help message and exit" in result.stdout
    assert "load an example programme" in result.stdout
    assert not {"användning", "flaggor", "visa"} & set(result.stdout.split())
    error = _run("-m", "seminarkoll", "status", language="en", cwd=tmp_path)
    assert error.returncode == 2
    assert "error: the following arguments are required: --cohort" in error.stderr
    db = str(tmp_path / "demo.sqlite3")
    loaded = _run("-m", "seminarkoll", "demo", "--db", db, language="en", cwd=tmp_path)
    assert loaded.stdout.startswith("The example programme is loaded: 7 seminars")
    status = _run(
        "-m", "seminarkoll", "status", "--cohort", "1", "--db", db, language="en", cwd=tmp_path
    )
    title, header, *people, total = status.stdout.splitlines()
    assert title.endswith("21 participants, 7 seminars (4 held), completed with at least 6")
    assert header.split() == ["Name", "Workplace", "Group", "Attendance", "Status"]
    assert total.startswith("Total 21 participants: ")
    words = {line.rsplit("  ", 1)[-1] for line in people}
    assert words <= {"Completed", "On track", "At risk", "Cannot complete", "Not taking part"}
    assert "On track" in words


def test_the_command_line_stays_swedish_by_default(tmp_path: Path) -> None:
    result = _run("-m", "seminarkoll", "--help", language="sv", cwd=tmp_path)
    assert result.stdout.startswith("användning: seminarkoll")


WINDOW = r"""
import json, sys
from datetime import date
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from seminarkoll.app import DatabaseOpener, install_translations, resolve
from seminarkoll.ui.formatting import schedule_date
from seminarkoll.ui.main_window import MainWindow

app = QApplication(sys.argv)
install_translations(app)
window = MainWindow(DatabaseOpener(), resolve(sys.argv[1]))
window.show()
buttons = QDialogButtonBox.StandardButton
box = QDialogButtonBox(buttons.Save | buttons.Cancel)

def report():
    if window.services is None:
        QTimer.singleShot(50, report)
        return
    print(json.dumps({
        "menus": [action.text() for action in window.menuBar().actions()],
        "buttons": sorted(button.text() for button in box.buttons()),
        "date": schedule_date(date(2016, 9, 15)),
    }))
    window.close()

QTimer.singleShot(0, report)
app.exec()
"""


@pytest.mark.usefixtures("english_catalogue")
def test_the_window_speaks_english(tmp_path: Path) -> None:
    db = str(tmp_path / "demo.sqlite3")
    result = _run("-c", WINDOW, db, language="en", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.splitlines()[-1])
    assert [menu.replace("&", "") for menu in seen["menus"]][:2] == ["File", "Edit"]
    assert seen["menus"][-1].replace("&", "") == "Help"
    assert seen["buttons"] == ["Cancel", "Save"]
    assert seen["date"] == "Thu 15 Sept 2016 · wk 37"

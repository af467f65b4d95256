"""Arkiv → Anslut till gemensam databas: connecting off the GUI thread, the password in the
keyring (never in the settings), the next start, and back to the local file."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import keyring
import psycopg
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import KeyringLocked, PasswordDeleteError
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QProgressBar
from pytestqt.qtbot import QtBot
from sqlalchemy import make_url

from seminarkoll.app import DatabaseOpener, start_location
from seminarkoll.data.location import (
    DatabaseLocation,
    ServerAddress,
    default_file,
    resolve,
    server_address,
)
from seminarkoll.data.migrate import MIGRATION_LOCK
from seminarkoll.language import settings_file
from seminarkoll.services.container import Services
from seminarkoll.ui.main_window import MainWindow
from seminarkoll.ui.server_dialog import ServerDialog
from seminarkoll.ui.server_login import KEYRING_SERVICE, keyring_name, remembered_server
from tests.server_databases import ServerDatabases

UNREACHABLE = ServerAddress("127.0.0.1", 1, "seminarkoll", "anna")
SECRET = "hemligt-lösen-4711"


class MemoryKeyring(KeyringBackend):
    """Stands in for the operating system's keyring (Secret Service, Windows, macOS)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    """The keyring the app sees during one test."""
    before = keyring.get_keyring()
    store = MemoryKeyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(before)


@pytest.fixture
def silent_port() -> Iterator[int]:
    """A port on this machine that takes connections and never answers (a server that hangs:
    the driver waits for its connect timeout)."""
    with socket.create_server(("127.0.0.1", 0), backlog=16) as listener:
        yield listener.getsockname()[1]


class Ticks:
    """Counts the GUI thread's timer ticks (every 50 ms): a frozen event loop counts none."""

    def __init__(self) -> None:
        self.count = 0
        self._timer = QTimer()
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        self.count += 1


def _window(qtbot: QtBot, location: DatabaseLocation, *, remembered: bool = False) -> MainWindow:
    window = MainWindow(DatabaseOpener(), location, remembered_server=remembered)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.services is not None or window.exit_code is not None)
    return window


def _fill(dialog: ServerDialog, address: ServerAddress, password: str) -> None:
    dialog.host.setText(address.host)
    dialog.port.setValue(address.port)
    dialog.database.setText(address.database)
    dialog.user.setText(address.user)
    dialog.password.setText(password)


def _error_over(qtbot: QtBot, dialog: ServerDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "errorBox") is not None, timeout=15000)
    box = dialog.findChild(QMessageBox, "errorBox")
    assert box is not None
    return box


def _settings_text() -> str:
    path = settings_file()
    return path.read_text(encoding="utf-8") if path.exists() else ""


def test_an_unreachable_server_is_explained_and_the_open_database_stays(
    qtbot: QtBot, demo: Services, db_location: DatabaseLocation, memory_keyring: MemoryKeyring
) -> None:
    demo.database.close()
    window = _window(qtbot, db_location)
    before = window.services
    assert before is not None
    assert window.server_action.text() == "Anslut till gemensam data&bas …"
    dialog = window.connect_to_server()
    assert dialog.port.value() == 5432
    assert not dialog.connect_button.isEnabled()  # server, database and user are needed
    assert dialog.local_button.isHidden()  # no server in use: nothing to go back from
    _fill(dialog, UNREACHABLE, SECRET)
    assert dialog.connect_button.isEnabled()
    dialog.connect_button.click()
    # The click returned before the answer: the attempt runs off the GUI thread.
    assert dialog.busy
    assert window.connecting_task is not None
    assert not dialog.host.isEnabled()
    assert not dialog.connect_button.isEnabled()
    box = _error_over(qtbot, dialog)
    assert box.text() == (
        "Databasservern i postgresql+psycopg://anna:***@127.0.0.1:1/seminarkoll tar inte "
        "emot anslutningar: fel port, eller servern är avstängd."
    )
    box.close()
    assert dialog.isVisible()
    assert not dialog.busy
    assert dialog.password.text() == SECRET  # kept for the next try
    assert window.services is before
    assert before.is_open
    assert before.catalog.programmes()[0].name == "Ledare på lut"
    assert str(db_location.path) in window.statusBar().findChildren(type(dialog.status))[-1].text()
    assert memory_keyring.passwords == {}
    assert remembered_server() is None
    assert SECRET not in _settings_text()
    assert window.server_action.isEnabled()
    dialog.reject()


def test_a_silent_server_leaves_the_window_running_and_avbryt_drops_it(
    qtbot: QtBot,
    demo: Services,
    db_location: DatabaseLocation,
    memory_keyring: MemoryKeyring,
    silent_port: int,
) -> None:
    demo.database.close()
    window = _window(qtbot, db_location)
    before = window.services
    dialog = window.connect_to_server()
    _fill(dialog, ServerAddress("127.0.0.1", silent_port, "seminarkoll", "anna"), SECRET)
    ticks = Ticks()
    dialog.connect_button.click()
    task = window.connecting_task
    assert task is not None
    qtbot.wait(1000)
    assert task.running  # the driver still waits for the server
    assert ticks.count >= 10  # while the GUI thread went on
    assert dialog.progress.isVisible()
    dialog.cancel_button.click()
    assert window.connecting_task is None
    assert not dialog.isVisible()
    assert window.open_action.isEnabled()
    qtbot.waitUntil(lambda: not task.running, timeout=15000)
    qtbot.wait(50)
    assert window.findChild(QMessageBox, "errorBox") is None
    assert dialog.findChild(QMessageBox, "errorBox") is None
    assert window.services is before
    assert memory_keyring.passwords == {}


def test_a_silent_server_at_start_is_waited_for_off_the_gui_thread(
    qtbot: QtBot, memory_keyring: MemoryKeyring, silent_port: int
) -> None:
    silent = ServerAddress("127.0.0.1", silent_port, "seminarkoll", "anna")
    window = MainWindow(DatabaseOpener(), silent.location(SECRET), remembered_server=True)
    qtbot.addWidget(window)
    ticks = Ticks()
    window.show()
    qtbot.waitUntil(lambda: window.connecting_task is not None)
    qtbot.wait(1000)
    assert ticks.count >= 10
    assert window.findChild(QProgressBar, "connectingBusy").isVisible()
    assert window.pages.currentIndex() == 0  # "Öppnar databasen …"
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None, timeout=15000)
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None
    assert box.text() == (
        f"Databasservern i postgresql+psycopg://anna:***@127.0.0.1:{silent_port}/seminarkoll "
        "svarar inte. Kontrollera adressen och nätverket."
    )
    assert not window.findChild(QProgressBar, "connectingBusy").isVisible()
    box.close()
    qtbot.waitUntil(lambda: window.server_dialog is not None and window.server_dialog.isVisible())
    assert window.server_dialog is not None
    window.server_dialog.reject()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.exit_code == 2


def test_an_unreachable_remembered_server_offers_the_dialog_then_the_local_file(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    window = _window(qtbot, UNREACHABLE.location(SECRET), remembered=True)
    assert window.exit_code == 2
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None
    assert "127.0.0.1:1" in box.text()
    box.close()
    qtbot.waitUntil(lambda: window.server_dialog is not None and window.server_dialog.isVisible())
    dialog = window.server_dialog
    assert dialog is not None
    assert (dialog.host.text(), dialog.port.value(), dialog.user.text()) == ("127.0.0.1", 1, "anna")
    assert dialog.local_button.isVisible()
    dialog.local_button.click()
    qtbot.waitUntil(lambda: window.services is not None)
    current = window._opener.current
    assert current is not None
    assert current.location == default_file()
    assert window.exit_code is None
    assert window.isVisible()


def test_connecting_to_the_server_remembers_it_and_the_keyring_keeps_the_password(
    qtbot: QtBot,
    sqlite_location: DatabaseLocation,
    server_databases: ServerDatabases,
    memory_keyring: MemoryKeyring,
) -> None:
    shared = server_databases.migrated()
    address = server_address(shared)
    assert address is not None
    password = make_url(shared.url).password
    assert password
    window = _window(qtbot, sqlite_location)
    local = window.services
    assert local is not None

    dialog = window.connect_to_server()
    _fill(dialog, address, "fel-lösenord")
    dialog.connect_button.click()
    box = _error_over(qtbot, dialog)
    assert "Inloggningen på databasservern" in box.text()
    assert f"@{address.host}:{address.port}/{address.database}" in box.text()
    box.close()
    assert window.services is local
    assert memory_keyring.passwords == {}

    dialog.password.setText(password)
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: window.services is not local, timeout=15000)
    assert not dialog.isVisible()
    current = window._opener.current
    assert current is not None
    assert current.location.path is None
    qtbot.waitUntil(lambda: window.pages.currentIndex() == window.WELCOME)  # after loading
    assert window.services.catalog.programmes() == ()  # type: ignore[union-attr]
    DatabaseOpener().prepare(sqlite_location).release()  # the file was closed and unlocked
    assert memory_keyring.passwords == {(KEYRING_SERVICE, keyring_name(address)): password}
    assert remembered_server() == address
    settings = _settings_text()
    assert address.host in settings
    assert password not in settings

    # The next start opens the same server with the keyring's password.
    location, remembered = start_location(None)
    assert remembered
    assert make_url(location.url).password == password
    again = _window(qtbot, location, remembered=True)
    assert again.exit_code is None
    assert again.services is not None
    qtbot.waitUntil(lambda: again.pages.currentIndex() == again.WELCOME)
    assert again.services.catalog.programmes() == ()
    again.close()
    # --db still wins over the remembered server.
    assert start_location(str(sqlite_location.path)) == (resolve(str(sqlite_location.path)), False)

    back = window.connect_to_server()
    assert back.host.text() == address.host
    assert back.password.text() == ""
    assert back.local_button.isVisible()
    back.local_button.click()
    qtbot.waitUntil(lambda: window._opener.current.location == default_file())  # type: ignore[union-attr]
    assert memory_keyring.passwords == {}
    assert remembered_server() is None
    assert start_location(None) == (default_file(), False)
    window.close()
    server_databases.drop(shared)


def test_while_another_client_migrates_the_server_the_dialog_says_so_and_waits(
    qtbot: QtBot,
    sqlite_location: DatabaseLocation,
    server_databases: ServerDatabases,
    memory_keyring: MemoryKeyring,
) -> None:
    empty = server_databases.empty()
    address = server_address(empty)
    assert address is not None
    url = make_url(empty.url)
    window = _window(qtbot, sqlite_location)
    other = psycopg.connect(
        url.set(drivername="postgresql").render_as_string(hide_password=False), autocommit=True
    )
    other.execute("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))  # another client migrates
    dialog = window.connect_to_server()
    _fill(dialog, address, url.password or "")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: "uppgraderar databasen" in dialog.status.text(), timeout=15000)
    assert dialog.status.text().startswith("En annan Seminarkoll uppgraderar databasen")
    assert dialog.busy
    other.execute("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))
    other.close()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60000)
    current = window._opener.current
    assert current is not None
    assert current.location.path is None
    qtbot.waitUntil(lambda: window.pages.currentIndex() == window.WELCOME)
    window.close()
    server_databases.drop(empty)


class LockedKeyring(MemoryKeyring):
    """A keyring that refuses to store anything (locked, or no keyring service at all)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("Nyckelringen är låst")


def test_a_keyring_that_refuses_the_password_is_reported_and_nothing_else_keeps_it(
    qtbot: QtBot, sqlite_location: DatabaseLocation, server_databases: ServerDatabases
) -> None:
    shared = server_databases.migrated()
    address = server_address(shared)
    assert address is not None
    password = make_url(shared.url).password or ""
    before = keyring.get_keyring()
    keyring.set_keyring(LockedKeyring())
    try:
        window = _window(qtbot, sqlite_location)
        dialog = window.connect_to_server()
        _fill(dialog, address, password)
        dialog.connect_button.click()
        qtbot.waitUntil(
            lambda: window.findChild(QMessageBox, "errorBox") is not None, timeout=15000
        )
        box = window.findChild(QMessageBox, "errorBox")
        assert box is not None
        assert box.text() == (
            "Lösenordet kunde inte sparas i datorns nyckelring (Nyckelringen är låst). Du får "
            "ange det igen nästa gång Seminarkoll startar."
        )
        box.close()
        current = window._opener.current
        assert current is not None
        assert current.location.path is None  # connected all the same
        assert remembered_server() == address
        assert password not in _settings_text()
        location, remembered = start_location(None)
        assert remembered
        assert make_url(location.url).password is None  # asked again (or ~/.pgpass) next time
        window.close()
    finally:
        keyring.set_keyring(before)
    server_databases.drop(shared)

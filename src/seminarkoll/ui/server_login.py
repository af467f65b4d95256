"""The remembered shared database: its address in the settings, its password in the keyring."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from seminarkoll.services.opening import DEFAULT_PORT, ServerAddress
from seminarkoll.ui.settings import app_settings

KEYRING_SERVICE = "Seminarkoll"
"""The name the passwords are filed under in the operating system's keyring."""
SERVER_GROUP = "server"
FIELDS = ("host", "port", "database", "user")
IN_USE = "server/inUse"
"""True while the window opens the shared database at start (false: the local file)."""


def last_server() -> ServerAddress | None:
    """The server last connected to, in use or not (to fill in the dialog)."""
    settings = app_settings()
    values = {name: str(settings.value(f"{SERVER_GROUP}/{name}", "") or "") for name in FIELDS}
    if not values["host"]:
        return None
    try:
        port = int(values["port"] or DEFAULT_PORT)
    except ValueError:
        port = DEFAULT_PORT
    return ServerAddress(values["host"], port, values["database"], values["user"])


def remembered_server() -> ServerAddress | None:
    """The shared database the window opens at start, when the user chose one."""
    in_use = str(app_settings().value(IN_USE, "false")).lower() == "true"
    return last_server() if in_use else None


def keyring_name(address: ServerAddress) -> str:
    """The account name the password is stored under: user, server, port and database."""
    return address.display


def remember(address: ServerAddress, password: str) -> str | None:
    """Open `address` at the next start: the address into the settings, the password into the
    keyring (never the settings). Returns why the keyring refused it, or None."""
    settings = app_settings()
    for name in FIELDS:
        settings.setValue(f"{SERVER_GROUP}/{name}", getattr(address, name))
    settings.setValue(IN_USE, True)
    settings.sync()
    try:
        import keyring

        if password:
            keyring.set_password(KEYRING_SERVICE, keyring_name(address), password)
        else:  # the user left it empty (~/.pgpass): an old one would be used instead
            _forget_password(address)
    except Exception as error:  # every backend has errors of its own (locked, missing, denied)
        return _keyring_problem(error)
    return None


def saved_password(address: ServerAddress) -> str:
    """The keyring's password for `address` ('' when there is none or the keyring fails:
    PostgreSQL's own ~/.pgpass may still let the user in)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, keyring_name(address)) or ""
    except Exception:  # no keyring, or a locked one the user did not open: ask again
        return ""


def use_local_file() -> None:
    """Open the local file at the next start and forget the server's password (its address
    stays, to fill in the dialog next time)."""
    settings = app_settings()
    settings.setValue(IN_USE, False)
    settings.sync()
    address = last_server()
    if address is not None:
        _forget_password(address)


def _forget_password(address: ServerAddress) -> None:
    try:
        import keyring

        keyring.delete_password(KEYRING_SERVICE, keyring_name(address))
    except Exception:  # nothing stored, or no keyring: nothing to forget
        return


def _keyring_problem(error: Exception) -> str:
    reason = str(error).splitlines()[0] if str(error) else type(error).__name__
    return QCoreApplication.translate(
        "ServerLogin",
        "Lösenordet kunde inte sparas i datorns nyckelring (%1). Du får ange det igen "
        "nästa gång Seminarkoll startar.",
    ).replace("%1", reason)

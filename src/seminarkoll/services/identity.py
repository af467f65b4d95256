"""Who is recording: the coordinator's name stamped on attendance, sign-offs and the audit trail;
on a server database with the login the server knows them by."""

from __future__ import annotations

import getpass
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from seminarkoll.domain.errors import ValidationError
from seminarkoll.domain.text import tidy
from seminarkoll.domain.translation import translate

if TYPE_CHECKING:
    from seminarkoll.data.database import Database

MAX_NAME_LENGTH = 200


def default_coordinator_name() -> str:
    """The operating-system user name, or "okänd" when the system cannot tell."""
    try:
        return tidy(getpass.getuser()) or "okänd"
    except (OSError, KeyError, ImportError):
        return "okänd"


class Coordinator:
    """The name recorded as "who" for changes; the UI sets it from the user's settings.

    On a server database (`account` gives the server's login; None for a SQLite file) the
    stamp also names that login, which the server has checked, and the operating-system user
    when it is another (a login several people share): "Karin Fredriksson (karin)",
    "team (kf)"; see `signature`.
    """

    def __init__(
        self, name: str | None = None, account: Callable[[], str | None] | None = None
    ) -> None:
        self._name = tidy(name) or default_coordinator_name()
        self._chosen = bool(tidy(name))
        self._account = account
        self._login: str | None = None
        self._asked = account is None
        self._lock = threading.Lock()

    @property
    def chosen(self) -> bool:
        """Whether the user has given a name; False while it is the login name."""
        return self._chosen

    @property
    def own_name(self) -> str:
        """The name the user goes by: the one given, else the operating-system user."""
        return self._name

    @property
    def name(self) -> str:
        """The name stamped on changes."""
        return signature(self._name, self._chosen, self.login, default_coordinator_name())

    @property
    def login(self) -> str | None:
        """The server's login for this coordinator (asked once); None for a SQLite file."""
        with self._lock:
            if not self._asked and self._account is not None:
                self._login = tidy(self._account()) or None
                self._asked = True
            return self._login

    def set_name(self, name: str) -> None:
        """Use `name` from now on; ValidationError when it is empty or too long."""
        cleaned = tidy(name)
        if not cleaned:
            raise ValidationError.single("name", translate("Errors", "Ange ditt namn."))
        if len(cleaned) > MAX_NAME_LENGTH:
            raise ValidationError.single(
                "name", translate("Errors", "Namnet får vara högst 200 tecken.")
            )
        self._name = cleaned
        self._chosen = True


def signature(name: str, chosen: bool, login: str | None, os_user: str) -> str:
    """Who made a change, as stamped: `name` alone without a server `login`; on a server the
    login, the operating-system user when it differs, and a chosen name before them, each
    once: "karin", "team (kf)", "Karin Fredriksson (karin)", "Karin (team, kf)". At most
    MAX_NAME_LENGTH characters (a long chosen name is shortened)."""
    if login is None:
        return name
    ids = [login] if os_user.casefold() in ("", login.casefold(), "okänd") else [login, os_user]
    if not chosen or name.casefold() in {i.casefold() for i in ids}:
        return ids[0] if len(ids) == 1 else f"{ids[0]} ({ids[1]})"
    suffix = f" ({', '.join(ids)})"
    return name[: max(MAX_NAME_LENGTH - len(suffix), 1)].rstrip() + suffix


def coordinator_of(database: Database, name: str | None = None) -> Coordinator:
    """The coordinator working on `database` (named `name`, else the operating-system user):
    on a server, stamped with its login too."""
    return Coordinator(name, database.account)

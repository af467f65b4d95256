"""Who is recording: the coordinator's name stamped on attendance, sign-offs and the audit trail."""

from __future__ import annotations

import getpass

from seminarkoll.domain.errors import ValidationError
from seminarkoll.domain.text import tidy
from seminarkoll.domain.translation import translate

MAX_NAME_LENGTH = 200


def default_coordinator_name() -> str:
    """The operating-system user name, or "okänd" when the system cannot tell."""
    try:
        return tidy(getpass.getuser()) or "okänd"
    except (OSError, KeyError, ImportError):
        return "okänd"


class Coordinator:
    """The name recorded as "who" for changes; the UI sets it from the user's settings."""

    def __init__(self, name: str | None = None) -> None:
        self._name = tidy(name) or default_coordinator_name()
        self._chosen = bool(tidy(name))

    @property
    def chosen(self) -> bool:
        """Whether the user has given a name; False while it is the login name."""
        return self._chosen

    @property
    def name(self) -> str:
        """The name stamped on changes."""
        return self._name

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

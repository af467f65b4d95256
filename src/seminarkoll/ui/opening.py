"""What the main window asks of whoever opens databases for it (the app's DatabaseOpener)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.services.opening import DatabaseLocation, StartView

Prepared = TypeVar("Prepared")


class OpenSession(Protocol):
    """The database open now: where it is and its services."""

    @property
    def location(self) -> DatabaseLocation:
        """Where the database is."""

    @property
    def services(self) -> Services:
        """Its services (SQLAlchemy loads on first use)."""

    def load(self) -> None:
        """Open it, back it up and check it (off the GUI thread)."""


class AsideSession(Protocol):
    """A database open beside the current one (an offline signing file)."""

    @property
    def services(self) -> Services:
        """Its services."""

    def close(self) -> None:
        """Close it and release its lock."""


class DatabaseOpening(Protocol[Prepared]):
    """Lock, migrate and open databases; `Prepared` is whatever `prepare` hands to `finish`."""

    @property
    def current(self) -> OpenSession | None:
        """The database open now, if any."""

    def prepare(
        self,
        location: DatabaseLocation,
        *,
        empty_ok: bool = False,
        waiting: Callable[[str], None] | None = None,
    ) -> Prepared:
        """Lock, check and migrate; EmptyDatabaseFileError unless `empty_ok`; `waiting` hears
        why nothing happens while another client migrates the server (on any thread)."""

    def start_view(self, prepared: Prepared, cohort_id: int | None) -> StartView | None:
        """The first screen's data, read fast (None when there is no fast path)."""

    def finish(self, prepared: Prepared) -> OpenSession:
        """Make the prepared database the current one."""

    def release(self, prepared: Prepared) -> None:
        """Drop a prepared database that will not be opened after all (give its lock back)."""

    def open_aside(self, location: DatabaseLocation) -> AsideSession:
        """Lock and migrate a database to use beside the current one."""

    def close(self) -> None:
        """Close whatever is open."""

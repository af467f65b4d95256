"""What opening a database gives the window, without Qt: where it is and its first screen."""

from __future__ import annotations

from dataclasses import dataclass

from seminarkoll.data.errors import EmptyDatabaseFileError
from seminarkoll.data.location import (
    DEFAULT_PORT,
    DatabaseLocation,
    ServerAddress,
    default_file,
    for_sqlite_file,
    resolve,
    server_address,
)
from seminarkoll.domain.catalog import CohortOverview, ProgrammeSummary

__all__ = [
    "DEFAULT_PORT",
    "DatabaseLocation",
    "EmptyDatabaseFileError",
    "ServerAddress",
    "StartView",
    "default_file",
    "for_sqlite_file",
    "resolve",
    "server_address",
]


@dataclass(frozen=True)
class StartView:
    """What the window shows first, read without SQLAlchemy: programmes and one cohort."""

    programmes: tuple[ProgrammeSummary, ...]
    overview: CohortOverview | None

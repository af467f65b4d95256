"""What opening a database gives the window, without Qt: where it is and its first screen."""

from __future__ import annotations

from dataclasses import dataclass

from seminarkoll.data.errors import EmptyDatabaseFileError
from seminarkoll.data.location import DatabaseLocation, resolve
from seminarkoll.domain.catalog import CohortOverview, ProgrammeSummary

__all__ = ["DatabaseLocation", "EmptyDatabaseFileError", "StartView", "resolve"]


@dataclass(frozen=True)
class StartView:
    """What the window shows first, read without SQLAlchemy: programmes and one cohort."""

    programmes: tuple[ProgrammeSummary, ...]
    overview: CohortOverview | None

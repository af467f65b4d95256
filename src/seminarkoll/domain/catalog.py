"""Read models for browsing: programmes, cohorts and schedule rows as immutable values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from seminarkoll.domain.enums import CohortStatus
from seminarkoll.domain.text import full_name


@dataclass(frozen=True)
class CohortSummary:
    """A cohort as listed under its programme."""

    id: int
    programme_id: int
    name: str
    school_year: str
    status: CohortStatus
    start_date: date
    end_date: date
    enrolled_count: int


@dataclass(frozen=True)
class ProgrammeSummary:
    """A programme with its cohorts, newest school year first."""

    id: int
    name: str
    organiser: str
    archived: bool
    cohorts: tuple[CohortSummary, ...]


@dataclass(frozen=True)
class SeminarRow:
    """One row of a cohort's schedule."""

    id: int
    number: int
    title: str
    date: date
    start_time: time | None
    end_time: time | None
    location: str
    theme_id: int | None
    theme_name: str
    theme_colour: str
    lecturers: tuple[str, ...]
    present_count: int
    recorded_count: int
    signed_off_at: datetime | None


@dataclass(frozen=True)
class CohortOverview:
    """Everything the cohort overview shows: header facts and the schedule."""

    cohort: CohortSummary
    programme_name: str
    min_attended: int
    seminars: tuple[SeminarRow, ...]


def lecturer_label(first_name: str, last_name: str, title: str, topic: str) -> str:
    """How a lecturer is listed on a schedule: "Eva Lindberg (Förvaltningschef)"."""
    name = full_name(first_name, last_name)
    role = title or topic
    return f"{name} ({role})" if role else name

"""What planning takes: programme, theme area and cohort input, and how a new cohort starts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from seminarkoll.domain.calendar import DEFAULT_SPORTLOV_WEEK
from seminarkoll.domain.enums import CohortStatus

DEFAULT_START = time(13, 0)
DEFAULT_END = time(16, 0)
DEFAULT_SEMINAR_COUNT = 7


@dataclass(frozen=True)
class ProgrammeInput:
    """What the user typed for a programme."""

    name: str
    organiser: str = ""
    contact_person: str = ""
    description: str = ""
    archived: bool = False
    meetings_count: bool = False
    """Group meetings count toward completion alongside the seminars."""
    min_per_school_year: int | None = None
    """At least this many seminars in each school year of a cohort; None or 0 for none."""


@dataclass(frozen=True)
class ThemeInput:
    """What the user typed for a theme area; an empty colour picks the next free one."""

    name: str
    description: str = ""
    colour: str = ""


@dataclass(frozen=True)
class ThemeReplacement:
    """What happens to the seminars of a theme area being removed.

    `theme_id` is the theme area they move to; None leaves them without a theme area.
    """

    theme_id: int | None


@dataclass(frozen=True)
class CohortInput:
    """What the user typed for a cohort, including its completion requirement."""

    programme_id: int
    name: str
    school_year: str
    start_date: date
    end_date: date
    status: CohortStatus = CohortStatus.PLANNING
    min_attended: int = 6
    late_counts_as_present: bool = True
    excused_counts_as_attended: bool = False
    require_each_theme: bool = False
    allow_makeup: bool = False
    notes: str = ""
    sportlov_week: int = DEFAULT_SPORTLOV_WEEK
    """The ISO week of the municipality's sportlov (7-10): plans avoid it, dates in it warn."""


@dataclass(frozen=True)
class EmptyStart:
    """Start a cohort without seminars; `count` is the planned number (checks the requirement)."""

    count: int = DEFAULT_SEMINAR_COUNT


@dataclass(frozen=True)
class TemplateStart:
    """Start from the template: `count` seminars on `weekday` (0 = Monday), free of breaks."""

    weekday: int
    count: int = DEFAULT_SEMINAR_COUNT
    start_time: time = DEFAULT_START
    end_time: time = DEFAULT_END
    location: str = ""


@dataclass(frozen=True)
class CopyStart:
    """Start as a copy of another cohort of the same programme, moved to the new school year."""

    source_cohort_id: int


CohortStart = EmptyStart | TemplateStart | CopyStart

"""What the planning use cases return: programmes, theme areas and cohorts as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from datetime import date, time

from seminarkoll.domain.enums import CohortStatus
from seminarkoll.domain.records import built_from
from seminarkoll.domain.text import cohort_with_year
from seminarkoll.services.planning.inputs import CohortInput, ProgrammeInput, ThemeInput


@dataclass(frozen=True)
class ProgrammeDetails:
    """A programme with how many cohorts and theme areas it has."""

    id: int
    name: str
    organiser: str
    contact_person: str
    description: str
    archived: bool
    meetings_count: bool
    min_per_school_year: int | None
    cohort_count: int
    theme_count: int
    version: int = 0
    """The version read: give it back when saving, to refuse a save over a newer change."""

    def as_input(self) -> ProgrammeInput:
        """The programme as input, e.g. to undo an edit."""
        return built_from(ProgrammeInput, self)


@dataclass(frozen=True)
class ThemeDetails:
    """A theme area, where it sits in its programme's order and how much it is used."""

    id: int
    programme_id: int
    name: str
    description: str
    colour: str
    position: int
    seminar_count: int
    cohort_count: int
    version: int = 0
    """The version read: give it back when saving, to refuse a save over a newer change."""

    def as_input(self) -> ThemeInput:
        """The theme area as input, e.g. to undo an edit."""
        return built_from(ThemeInput, self)


@dataclass(frozen=True)
class CohortSettings:
    """What the cohort dialog shows of a cohort, saved or about to be: its programme, name,
    dates, completion requirement, sportlov week and number of seminars."""

    programme_id: int
    programme_name: str
    name: str
    school_year: str
    start_date: date
    end_date: date
    min_attended: int
    late_counts_as_present: bool
    excused_counts_as_attended: bool
    require_each_theme: bool
    allow_makeup: bool
    sportlov_week: int
    seminar_count: int


@dataclass(frozen=True)
class CohortDetails(CohortSettings):
    """A cohort with every editable field and a few counts."""

    id: int
    status: CohortStatus
    notes: str
    enrolled_count: int
    version: int = 0
    """The version read: give it back when saving, to refuse a save over a newer change."""

    @property
    def label(self) -> str:
        """E.g. "Omgång 3 (2016/2017)"."""
        return cohort_with_year(self.name, self.school_year)

    def as_input(self) -> CohortInput:
        """The cohort as input, e.g. to undo an edit."""
        return built_from(CohortInput, self)


@dataclass(frozen=True)
class PlannedSeminar:
    """A seminar a new cohort would start with (for the preview and for creating it)."""

    number: int
    date: date
    title: str
    theme_name: str
    lecturers: tuple[str, ...]
    source_date: dt.date | None


@dataclass(frozen=True)
class CohortDefaults(CohortSettings):
    """Sensible first values for a new cohort of a programme, mostly from its latest cohort."""

    start_time: time
    end_time: time
    location: str
    previous_cohort_id: int | None
    previous_cohort_label: str
    copy_sources: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class CohortCreated:
    """The new cohort, how many seminars it got, and warnings about their dates."""

    cohort_id: int
    seminar_count: int
    warnings: tuple[str, ...]

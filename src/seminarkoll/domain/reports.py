"""Follow-up report figures: per seminar, theme area, workplace, cohort and lecturer; Swedish
number formats."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from seminarkoll.domain.text import cohort_with_year
from seminarkoll.domain.translation import translate


def rate(part: int, whole: int) -> float | None:
    """`part` of `whole` as a fraction (0.0-1.0); None when `whole` is 0 (nothing to measure)."""
    return part / whole if whole else None


def swedish_number(value: float, decimals: int = 0) -> str:
    """E.g. 1234.5 -> "1 234,5": a narrow no-break space between thousands, decimal comma."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\u202f").replace(".", ",")


def percent(value: float | None, decimals: int = 0) -> str:
    """A fraction as Swedish per cent, e.g. 0.857 -> "86 %"; "–" when there is no value."""
    if value is None:
        return "–"
    return f"{swedish_number(value * 100, decimals)}\u00a0%"


@dataclass(frozen=True)
class SeminarFigures:
    """How one seminar was attended; `expected` counts everyone held to it."""

    number: int
    title: str
    date: date
    theme: str
    held: bool
    expected: int
    present: int
    late: int
    excused: int
    absent: int
    unrecorded: int

    @property
    def attended(self) -> int:
        """Present or late: in the room."""
        return self.present + self.late

    @property
    def rate(self) -> float | None:
        """Share of those expected who attended; None before the seminar is held."""
        return rate(self.attended, self.expected) if self.held else None


@dataclass(frozen=True)
class ThemeFigures:
    """A theme area's held seminars and their attendance taken together."""

    name: str
    seminars: int
    held: int
    attended: int
    expected: int

    @property
    def rate(self) -> float | None:
        """Share of expected places at held seminars that were attended."""
        return rate(self.attended, self.expected)


@dataclass(frozen=True)
class WorkplaceFigures:
    """How many from one workplace took part and how many completed."""

    name: str
    enrolled: int
    completed: int

    @property
    def rate(self) -> float | None:
        """Completion rate."""
        return rate(self.completed, self.enrolled)


@dataclass(frozen=True)
class CohortFigures:
    """One cohort's totals, for comparing the cohorts of a programme year by year."""

    cohort_id: int
    name: str
    school_year: str
    enrolled: int
    completed: int
    attendance: float | None
    """Mean attendance rate over the held seminars."""

    @property
    def rate(self) -> float | None:
        """Completion rate."""
        return rate(self.completed, self.enrolled)

    @property
    def label(self) -> str:
        """E.g. "Omgång 3 (2016/2017)"."""
        return cohort_with_year(self.name, self.school_year)


@dataclass(frozen=True)
class LecturerFigures:
    """A lecturer and how many seminars they gave each school year (same order as the years)."""

    name: str
    title: str
    per_year: tuple[int, ...]

    @property
    def total(self) -> int:
        """Seminars over all years."""
        return sum(self.per_year)


@dataclass(frozen=True)
class LecturerTable:
    """Lecturers by school year."""

    years: tuple[str, ...]
    lecturers: tuple[LecturerFigures, ...]


def mean_rate(seminars: tuple[SeminarFigures, ...]) -> float | None:
    """The mean attendance rate of the held seminars; None when none is held."""
    rates = [s.rate for s in seminars if s.rate is not None]
    return sum(rates) / len(rates) if rates else None


@dataclass(frozen=True)
class CohortReport:
    """The follow-up of one cohort, with its programme's cohorts for comparison."""

    programme: str
    cohort: str
    school_year: str
    created_at: datetime
    seminars: tuple[SeminarFigures, ...]
    themes: tuple[ThemeFigures, ...]
    workplaces: tuple[WorkplaceFigures, ...]
    cohorts: tuple[CohortFigures, ...]
    lecturers: LecturerTable

    @property
    def title(self) -> str:
        """E.g. "Uppföljning – Ledare på lut, Omgång 3 (2016/2017)"."""
        return translate("Documents", "Uppföljning – {programme}, {cohort} ({year})").format(
            programme=self.programme, cohort=self.cohort, year=self.school_year
        )


@dataclass(frozen=True)
class ProgrammeReport:
    """The follow-up of a programme: its cohorts year by year and its lecturers."""

    programme: str
    created_at: datetime
    cohorts: tuple[CohortFigures, ...]
    lecturers: LecturerTable

    @property
    def title(self) -> str:
        """E.g. "Uppföljning – Ledare på lut, alla omgångar"."""
        return translate("Documents", "Uppföljning – {programme}, alla omgångar").format(
            programme=self.programme
        )

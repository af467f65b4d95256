"""What the follow-up charts show (series, axes, scale), independent of how they are drawn."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from seminarkoll.domain.reports import CohortFigures, SeminarFigures, percent, swedish_number
from seminarkoll.domain.translation import translate


class ChartKind(StrEnum):
    """Bars (side by side or stacked) or lines with markers."""

    BARS = "bars"
    STACKED = "stacked"
    LINES = "lines"


@dataclass(frozen=True)
class Series:
    """One named row of values, one per category (None: no value there)."""

    name: str
    colour: str
    values: tuple[float | None, ...]


@dataclass(frozen=True)
class Chart:
    """A chart: title, axis titles, categories along x and the series; `fraction` values are
    0-1 and shown as per cent."""

    kind: ChartKind
    title: str
    x_title: str
    y_title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    fraction: bool = False

    @property
    def top(self) -> float:
        """The value at the top of the y axis: 100 % for fractions, else a round number."""
        if self.fraction:
            return 1.0
        if self.kind is ChartKind.STACKED:
            highest = max(
                (sum(s.values[i] or 0 for s in self.series) for i in range(len(self.categories))),
                default=0.0,
            )
        else:
            highest = max((v for s in self.series for v in s.values if v is not None), default=0)
        return nice_top(highest)

    def ticks(self) -> tuple[float, ...]:
        """Values marked on the y axis, from 0 to `top`."""
        top = self.top
        step = top / 5 if self.fraction else _step(top)
        count = round(top / step)
        return tuple(step * i for i in range(count + 1))

    def label(self, value: float) -> str:
        """An axis or value label in Swedish format ("40 %", "1 234")."""
        return percent(value) if self.fraction else swedish_number(value)


def nice_top(value: float) -> float:
    """The smallest of 1, 2, 2.5, 5, 10, 20, 25, 50 ... that is at least `value` (at least 1)."""
    if value <= 1:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    for factor in (1, 2, 2.5, 5, 10):
        if value <= factor * magnitude:
            return float(factor * magnitude)
    return float(10 * magnitude)


def _step(top: float) -> float:
    for step in (top / 5, top / 4, top / 2):
        if step == int(step):
            return step
    return top


PRESENT_COLOUR = "#4f9a5b"
LATE_COLOUR = "#e0b040"
EXCUSED_COLOUR = "#7fa7d9"
ABSENT_COLOUR = "#c0504d"
COMPLETION_COLOUR = "#3b6ea5"
ATTENDANCE_COLOUR = "#c27c2c"


def attendance_chart(seminars: tuple[SeminarFigures, ...]) -> Chart:
    """Attendance per seminar as stacked bars: present, late, excused, absent."""
    held = [s for s in seminars if s.held]
    return Chart(
        kind=ChartKind.STACKED,
        title=translate("Documents", "Närvaro per seminarium"),
        x_title=translate("Documents", "Seminarium"),
        y_title=translate("Documents", "Antal deltagare"),
        categories=tuple(str(s.number) for s in held),
        series=(
            Series(
                translate("Documents", "Närvarande"),
                PRESENT_COLOUR,
                tuple(float(s.present) for s in held),
            ),
            Series(translate("Documents", "Sena"), LATE_COLOUR, tuple(float(s.late) for s in held)),
            Series(
                translate("Documents", "Anmäld frånvaro"),
                EXCUSED_COLOUR,
                tuple(float(s.excused) for s in held),
            ),
            Series(
                translate("Documents", "Frånvarande"),
                ABSENT_COLOUR,
                tuple(float(s.absent) for s in held),
            ),
        ),
    )


def cohorts_chart(cohorts: tuple[CohortFigures, ...]) -> Chart:
    """Completion rate and mean attendance of each cohort, year by year, as lines."""
    return Chart(
        kind=ChartKind.LINES,
        title=translate("Documents", "Omgångar år för år"),
        x_title=translate("Documents", "Läsår"),
        y_title=translate("Documents", "Andel"),
        categories=tuple(c.school_year for c in cohorts),
        series=(
            Series(
                translate("Documents", "Andel godkända"),
                COMPLETION_COLOUR,
                tuple(c.rate for c in cohorts),
            ),
            Series(
                translate("Documents", "Genomsnittlig närvaro"),
                ATTENDANCE_COLOUR,
                tuple(c.attendance for c in cohorts),
            ),
        ),
        fraction=True,
    )

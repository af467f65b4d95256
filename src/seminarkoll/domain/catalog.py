"""Read models for browsing: programmes, cohorts and schedule rows as immutable values."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time

from seminarkoll.domain.attendance import is_participant
from seminarkoll.domain.completion import (
    ParticipantRecord,
    SeminarSlot,
    SeminarTotals,
    cell_state,
    column_totals,
)
from seminarkoll.domain.enums import AttendanceStatus, CohortStatus, EnrollmentStatus
from seminarkoll.domain.errors import NotFoundError
from seminarkoll.domain.text import cohort_with_year, full_name
from seminarkoll.domain.translation import translate


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
    """Participants (`domain.attendance.is_participant`): the rows of the attendance matrix."""
    withdrawn_count: int = 0
    """Of them, how many have withdrawn."""
    version: int = 0
    """The cohort's version read: removing it gives it back, to refuse a removal over a
    change."""


@dataclass(frozen=True)
class ProgrammeSummary:
    """A programme with its cohorts, newest school year first."""

    id: int
    name: str
    organiser: str
    archived: bool
    cohorts: tuple[CohortSummary, ...]


@dataclass(frozen=True)
class ScheduledSeminar:
    """What every view of a seminar holds: its number in the cohort, title, day, hours, place."""

    id: int
    number: int
    title: str
    date: date
    start_time: time | None
    end_time: time | None
    location: str


@dataclass(frozen=True)
class SeminarRow(ScheduledSeminar):
    """One row of a cohort's schedule."""

    theme_id: int | None
    theme_name: str
    theme_colour: str
    lecturers: tuple[str, ...]
    held: bool
    totals: SeminarTotals
    signed_off_at: datetime | None
    version: int = 0
    """The seminar's version read: moving it gives it back, to refuse a move over a change."""


@dataclass(frozen=True)
class CohortTitle:
    """A cohort and its programme's name: what the heading of a list or an export names."""

    cohort: CohortSummary
    programme_name: str


@dataclass(frozen=True)
class CohortOverview:
    """Everything the cohort overview shows: header facts and the schedule."""

    cohort: CohortSummary
    programme_name: str
    min_attended: int
    seminars: tuple[SeminarRow, ...]
    sportlov_week: int
    """The cohort's sportlov week, for the school breaks its schedule is checked against."""


def cohort_status_word(status: CohortStatus) -> str:
    """The word for a cohort's status ("Planeras"); `seminarkoll list` writes it in lower case."""
    return {
        CohortStatus.PLANNING: translate("Formatting", "Planeras"),
        CohortStatus.RUNNING: translate("Formatting", "Pågår"),
        CohortStatus.COMPLETED: translate("Formatting", "Avslutad"),
    }[status]


def seminar_column(numbers: Sequence[int], number: int, cohort_name: str) -> int:
    """Where seminar `number` stands among a cohort's seminar `numbers`; NotFoundError naming
    the numbers there are."""
    for column, held in enumerate(numbers):
        if held == number:
            return column
    listed = ", ".join(str(n) for n in numbers) or "inga"
    raise NotFoundError(
        translate(
            "Errors",
            "Omgången {name} har inget seminarium {number} (seminarierna har nummer {numbers}).",
        ).format(name=cohort_name, number=number, numbers=listed)
    )


def lecturer_label(first_name: str, last_name: str, title: str, topic: str) -> str:
    """How a lecturer is listed on a schedule: "Eva Lindberg (Förvaltningschef)"."""
    name = full_name(first_name, last_name)
    role = title or topic
    return f"{name} ({role})" if role else name


def cohort_title(programme: str, cohort: str, school_year: str) -> str:
    """How a cohort is named with its programme: "Ledare på lut – Omgång 3 (2016/2017)"."""
    return f"{programme} – {cohort_with_year(cohort, school_year)}"


@dataclass(frozen=True)
class CohortHeading:
    """Which cohort a view or a file is about: its id, its programme's name, its name and its
    school years."""

    cohort_id: int
    programme_name: str
    cohort_name: str
    school_year: str

    @property
    def title(self) -> str:
        """E.g. "Ledare på lut – Omgång 3 (2016/2017)"."""
        return cohort_title(self.programme_name, self.cohort_name, self.school_year)


EnrolmentCount = tuple[int, EnrollmentStatus, date | None, date | None, int]
"""Cohort id, status, joining and leaving date, and how many enrolments share them."""


def participant_counts(groups: Iterable[EnrolmentCount]) -> dict[int, tuple[int, int]]:
    """Per cohort id, how many participants (`is_participant`) and how many of them withdrew."""
    counts: dict[int, tuple[int, int]] = {}
    for cohort_id, status, joined, left, count in groups:
        if is_participant(status, joined, left):
            total, withdrawn = counts.get(cohort_id, (0, 0))
            counts[cohort_id] = (
                total + count,
                withdrawn + (count if status is EnrollmentStatus.WITHDRAWN else 0),
            )
    return counts


def schedule_totals(
    slots: Sequence[SeminarSlot],
    enrolments: Iterable[tuple[int, EnrollmentStatus, date | None, date | None]],
    marks: Iterable[tuple[int, int, AttendanceStatus]],
) -> dict[int, SeminarTotals]:
    """Per seminar id, the figures of a cohort's `slots` from its (enrolment id, status, joined,
    left) and (enrolment id, seminar id, mark) rows: `column_totals` of every enrolment's cells;
    one-day visitors are counted where they were marked."""
    by_enrolment: dict[int, dict[int, AttendanceStatus]] = {}
    for enrollment_id, seminar_id, status in marks:
        by_enrolment.setdefault(enrollment_id, {})[seminar_id] = status
    records = [
        ParticipantRecord(status, joined, left, by_enrolment.get(eid, {}))
        for eid, status, joined, left in enrolments
    ]
    totals = column_totals(
        len(slots),
        (tuple(cell_state(slot, record) for slot in slots) for record in records),
        [sum(1 for r in records if r.visit and slot.id in r.marks) for slot in slots],
    )
    return {slot.id: figures for slot, figures in zip(slots, totals, strict=True)}

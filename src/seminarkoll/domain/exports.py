"""Plain data for exported files (roster, attendance, schedule, sign-in sheet) and their words."""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from types import MappingProxyType
from typing import TypeVar

from seminarkoll.domain.attendance import is_participant, is_visit
from seminarkoll.domain.catalog import CohortHeading
from seminarkoll.domain.completion import CellState, SeminarTotals, shows_makeup
from seminarkoll.domain.enums import AttendanceStatus, CompletionState, EnrollmentStatus
from seminarkoll.domain.text import NamedRow
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate

K = TypeVar("K", bound=Hashable)


class Words(Mapping[K, str]):
    """A word per key for files and printouts: Swedish as written (`source`), looked up in the
    chosen language (`domain.translation`) each time it is read."""

    def __init__(self, sources: Mapping[K, str]) -> None:
        self._sources: Mapping[K, str] = MappingProxyType(dict(sources))

    def __getitem__(self, key: K) -> str:
        return translate("FileWords", self._sources[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)

    def source(self, key: K) -> str:
        """The Swedish word, whatever the language."""
        return self._sources[key]


STATUS_WORDS: Words[AttendanceStatus] = Words(
    {
        AttendanceStatus.PRESENT: QT_TRANSLATE_NOOP("FileWords", "Närvarande"),
        AttendanceStatus.LATE: QT_TRANSLATE_NOOP("FileWords", "Sen"),
        AttendanceStatus.EXCUSED: QT_TRANSLATE_NOOP("FileWords", "Anmäld frånvaro"),
        AttendanceStatus.ABSENT: QT_TRANSLATE_NOOP("FileWords", "Frånvarande"),
    }
)
"""The word for each attendance mark in files; sign-in sheets offer exactly these."""

VISITOR_WORD = QT_TRANSLATE_NOOP("FileWords", "Besökare")
"""A walk-in who did not join: never "Avbrutit", never counted as a participant (Swedish;
`file_word` gives it in the chosen language)."""

MADE_UP_WORD = QT_TRANSLATE_NOOP("FileWords", "Kompletterat")
"""A matrix cell whose missed seminar is made up by a task; read back, it changes nothing."""

NOT_EXPECTED_WORD = "–"
"""Shown in a matrix cell for a seminar the participant is not held to (before joining...)."""

CELL_WORDS: Words[CellState] = Words(
    {
        CellState.PRESENT: STATUS_WORDS.source(AttendanceStatus.PRESENT),
        CellState.LATE: STATUS_WORDS.source(AttendanceStatus.LATE),
        CellState.EXCUSED: STATUS_WORDS.source(AttendanceStatus.EXCUSED),
        CellState.ABSENT: STATUS_WORDS.source(AttendanceStatus.ABSENT),
        CellState.UNRECORDED: "",
        CellState.PENDING: "",
        CellState.NOT_YET_HELD: "",
        CellState.NOT_EXPECTED: NOT_EXPECTED_WORD,
    }
)
"""What an attendance-matrix cell says; nothing recorded is an empty cell."""

ENROLLMENT_WORDS: Words[EnrollmentStatus] = Words(
    {
        EnrollmentStatus.APPLIED: QT_TRANSLATE_NOOP("FileWords", "Anmäld"),
        EnrollmentStatus.INTERVIEW_BOOKED: QT_TRANSLATE_NOOP("FileWords", "Intervju bokad"),
        EnrollmentStatus.INTERVIEWED: QT_TRANSLATE_NOOP("FileWords", "Intervjuad"),
        EnrollmentStatus.WAITLISTED: QT_TRANSLATE_NOOP("FileWords", "Väntelista"),
        EnrollmentStatus.DECLINED: QT_TRANSLATE_NOOP("FileWords", "Ej antagen"),
        EnrollmentStatus.ACCEPTED: QT_TRANSLATE_NOOP("FileWords", "Antagen"),
        EnrollmentStatus.ENROLLED: QT_TRANSLATE_NOOP("FileWords", "Deltar"),
        EnrollmentStatus.WITHDRAWN: QT_TRANSLATE_NOOP("FileWords", "Avbrutit"),
        EnrollmentStatus.COMPLETED: QT_TRANSLATE_NOOP("FileWords", "Fullföljt"),
    }
)
"""The word for each enrolment status in files (the same words the program shows)."""

COMPLETION_WORDS: Words[CompletionState] = Words(
    {
        CompletionState.COMPLETED: QT_TRANSLATE_NOOP("FileWords", "Godkänd"),
        CompletionState.ON_TRACK: QT_TRANSLATE_NOOP("FileWords", "Enligt plan"),
        CompletionState.AT_RISK: QT_TRANSLATE_NOOP("FileWords", "I riskzonen"),
        CompletionState.CANNOT_COMPLETE: QT_TRANSLATE_NOOP("FileWords", "Kan inte bli godkänd"),
        CompletionState.NOT_TAKING_PART: QT_TRANSLATE_NOOP("FileWords", "Deltar inte"),
    }
)
"""The word for each completion verdict in files."""


def file_word(word: str) -> str:
    """One of the words above (`VISITOR_WORD`, `MADE_UP_WORD`) in the chosen language."""
    return translate("FileWords", word)


@dataclass(frozen=True)
class ExportHeading(CohortHeading):
    """Which cohort a file is about and when it was made."""

    created_at: datetime

    @property
    def created_label(self) -> str:
        """E.g. "2025-11-23 14:05"."""
        return self.created_at.strftime("%Y-%m-%d %H:%M")


@dataclass(frozen=True)
class RosterEntry(NamedRow):
    """One participant of a cohort's roster."""

    enrollment_id: int
    first_name: str
    last_name: str
    workplace: str
    role: str
    email: str
    phone: str
    groups: tuple[str, ...]
    status: EnrollmentStatus
    joined_on: date | None
    left_on: date | None

    @property
    def status_word(self) -> str:
        """The enrolment status in files; a one-day visit is "Besökare"."""
        if is_visit(self.status, self.joined_on, self.left_on):
            return file_word(VISITOR_WORD)
        return ENROLLMENT_WORDS[self.status]


@dataclass(frozen=True)
class RosterExport:
    """A cohort's enrolments (participants, applicants and visitors), sorted by name."""

    heading: ExportHeading
    entries: tuple[RosterEntry, ...]

    @property
    def participants(self) -> int:
        """How many entries are participants (`domain.attendance.is_participant`)."""
        return sum(1 for e in self.entries if is_participant(e.status, e.joined_on, e.left_on))


@dataclass(frozen=True)
class ScheduleEntry:
    """One seminar of a cohort's schedule."""

    seminar_id: int
    number: int
    date: date
    start_time: time | None
    end_time: time | None
    title: str
    theme_name: str
    location: str
    lecturers: tuple[str, ...]

    @property
    def time_label(self) -> str:
        """E.g. "13:00–16:00", '' when no time is set."""
        return "–".join(t.strftime("%H:%M") for t in (self.start_time, self.end_time) if t)


@dataclass(frozen=True)
class ScheduleExport:
    """A cohort's seminars in order."""

    heading: ExportHeading
    seminars: tuple[ScheduleEntry, ...]


@dataclass(frozen=True)
class MatrixSeminar:
    """One seminar column of the attendance matrix."""

    seminar_id: int
    number: int
    title: str
    date: date
    theme_name: str
    held: bool
    signed_off: bool


@dataclass(frozen=True)
class MatrixEntry(NamedRow):
    """One participant row of the attendance matrix; `cells` follow the seminar columns."""

    enrollment_id: int
    first_name: str
    last_name: str
    workplace: str
    groups: tuple[str, ...]
    status: EnrollmentStatus
    cells: tuple[CellState, ...]
    attended: int
    required: int
    state: CompletionState
    reason: str
    made_up: tuple[bool, ...] = ()

    @property
    def cell_words(self) -> tuple[str, ...]:
        """What each seminar cell says in the file (`CELL_WORDS`, or "Kompletterat")."""
        made_up = self.made_up or (False,) * len(self.cells)
        return tuple(
            file_word(MADE_UP_WORD) if shows_makeup(cell, task) else CELL_WORDS[cell]
            for cell, task in zip(self.cells, made_up, strict=True)
        )


@dataclass(frozen=True)
class AttendanceExport:
    """The attendance matrix: participants x seminars, verdicts and per-seminar totals."""

    heading: ExportHeading
    min_attended: int
    seminars: tuple[MatrixSeminar, ...]
    entries: tuple[MatrixEntry, ...]
    totals: tuple[SeminarTotals, ...]


@dataclass(frozen=True)
class SignInEntry(NamedRow):
    """One expected participant on a seminar's sign-in sheet, with any mark already taken."""

    enrollment_id: int
    first_name: str
    last_name: str
    workplace: str
    role: str
    groups: tuple[str, ...]
    status: AttendanceStatus | None
    note: str


@dataclass(frozen=True)
class SignInExport:
    """A sign-in sheet (närvarolista) for one seminar."""

    heading: ExportHeading
    seminar: ScheduleEntry
    signed_off: bool
    entries: tuple[SignInEntry, ...]
    group: str = ""
    """The group the sheet is for (only its members are listed); '' for the whole cohort."""
    group_leader: str = ""
    meeting: bool = False
    """A sheet for one of the group's own meetings: `seminar` then holds the meeting (its
    number among the group's meetings, the group's name as title, the place, no lecturers)."""

    @property
    def title(self) -> str:
        """E.g. "Närvarolista – seminarium 3" or "Närvarolista – gruppträff 2"."""
        if self.meeting:
            return translate("Documents", "Närvarolista – gruppträff {number}").format(
                number=self.seminar.number
            )
        return translate("Documents", "Närvarolista – seminarium {number}").format(
            number=self.seminar.number
        )

    @property
    def occasion(self) -> str:
        """E.g. "Seminarium 3" or "Gruppträff 2" (the sheet's footer)."""
        if self.meeting:
            return translate("Documents", "Gruppträff {number}").format(number=self.seminar.number)
        return translate("Documents", "Seminarium {number}").format(number=self.seminar.number)

    @property
    def group_line(self) -> str:
        """E.g. "Grupp: Lärgrupp 1 · ledare Ulrika Hedlund"; '' for the whole cohort; for a
        meeting (whose title is the group) "Ledare: Ulrika Hedlund"."""
        if self.meeting:
            return (
                translate("FileWords", "Ledare: {leader}").format(leader=self.group_leader)
                if self.group_leader
                else ""
            )
        if not self.group:
            return ""
        if self.group_leader:
            return translate("FileWords", "Grupp: {group} · ledare {leader}").format(
                group=self.group, leader=self.group_leader
            )
        return translate("FileWords", "Grupp: {group}").format(group=self.group)


@dataclass(frozen=True)
class CohortExport:
    """Everything the whole-cohort workbook holds."""

    roster: RosterExport
    attendance: AttendanceExport
    schedule: ScheduleExport

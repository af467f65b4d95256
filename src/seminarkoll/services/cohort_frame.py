"""A cohort's rules and seminars built from plain rows, and the judge that applies the
completion rules to its participants. No SQLAlchemy: `seminarkoll status` builds the same
frame from the standard library's rows (data.quick_read) as the services do from theirs."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from seminarkoll.domain.attendance import is_visit, seminar_held
from seminarkoll.domain.calendar import school_years_label
from seminarkoll.domain.catalog import CohortHeading
from seminarkoll.domain.completion import (
    CellState,
    CompletionResult,
    CompletionRules,
    ParticipantRecord,
    SeminarSlot,
    cell_state,
    evaluate,
    judged_alike,
)
from seminarkoll.domain.dates import long_date
from seminarkoll.domain.enums import AttendanceStatus, CompletionState, EnrollmentStatus
from seminarkoll.domain.records import built_from
from seminarkoll.domain.translation import translate

if TYPE_CHECKING:
    from seminarkoll.data.matrix_source import FrameRows

RULE_FIELDS = (
    "min_attended",
    "late_counts_as_present",
    "excused_counts_as_attended",
    "require_each_theme",
    "allow_makeup",
    "meetings_count",
    "min_per_school_year",
)
"""The fields of `CompletionRules` in the order a cohort row carries them (after its id,
name, programme id, programme name, start and end)."""
KEPT_FIELDS = ("state", "reason", "attended", "expected", "required", "missed", "made_up")
"""The fields of a `CompletionResult` kept when a cohort is thinned (an outcome summary's
columns), in the order a kept row carries them (after cohort id and enrolment id)."""


@dataclass(frozen=True)
class SeminarInfo:
    """One seminar of a cohort as the attendance views show it."""

    id: int
    number: int
    title: str
    date: date
    theme_id: int | None
    theme_name: str
    theme_colour: str
    held: bool
    signed_off_at: datetime | None
    signed_off_by: str | None

    @property
    def signed_off(self) -> bool:
        """Whether the seminar's attendance is locked."""
        return self.signed_off_at is not None

    @property
    def slot(self) -> SeminarSlot:
        """The seminar as the completion rules see it."""
        return built_from(SeminarSlot, self, signed=self.signed_off, meeting=False)


def seminar_info(
    columns: Sequence[Any], kinds: Mapping[int, Collection[AttendanceStatus]]
) -> SeminarInfo:
    """A seminar from a row of `SEMINAR_COLUMNS`; `kinds` (per seminar id, the kinds of marks
    recorded there) decides whether it counts as held."""
    sid, number, title, day, theme_id, theme, colour, signed_at, signed_by = columns
    return SeminarInfo(
        id=sid,
        number=number,
        title=title,
        date=day,
        theme_id=theme_id,
        theme_name=theme or "",
        theme_colour=colour or "",
        held=seminar_held(signed_at is not None, kinds.get(sid, ())),
        signed_off_at=signed_at,
        signed_off_by=signed_by,
    )


@dataclass(frozen=True)
class MemberMeetings:
    """The meetings of one participant's groups (as rule slots) and their marks there."""

    slots: tuple[SeminarSlot, ...]
    marks: Mapping[int, AttendanceStatus]


@dataclass(frozen=True)
class CohortFrame(CohortHeading):
    """A cohort's rules and seminars: everything needed to judge its participants."""

    programme_id: int
    rules: CompletionRules
    seminars: tuple[SeminarInfo, ...]
    slots: tuple[SeminarSlot, ...]
    theme_names: Mapping[int, str]
    kept_outcomes: Mapping[int, CompletionResult] = field(default_factory=dict)
    """Per enrolment id, the outcome kept when the cohort was thinned (its marks are gone)."""
    meetings: Mapping[int, MemberMeetings] = field(default_factory=dict)
    """Per enrolment id, its groups' meetings; filled only when the programme counts them."""


def cohort_rules(row: Sequence[Any]) -> CompletionRules:
    """The completion rules of a cohort row (see `FrameRows.cohorts`)."""
    return CompletionRules(**dict(zip(RULE_FIELDS, row[6:], strict=True)))


def frames_of(
    rows: FrameRows, kinds: Mapping[int, Collection[AttendanceStatus]]
) -> dict[int, CohortFrame]:
    """The frames of the cohorts in `rows`; `kinds` (per seminar id, the kinds of marks
    recorded there) decides which seminars count as held."""
    seminars: dict[int, list[SeminarInfo]] = {cohort[0]: [] for cohort in rows.cohorts}
    for cid, *columns in rows.seminars:
        seminars[cid].append(seminar_info(columns, kinds))
    kept = _kept_outcomes(rows.kept)
    meetings = _member_meetings(rows)
    frames = {}
    for row in rows.cohorts:
        cohort_id, name, programme_id, programme_name, start, end, *_ = row
        infos = tuple(seminars[cohort_id])
        frames[cohort_id] = CohortFrame(
            cohort_id=cohort_id,
            cohort_name=name,
            programme_id=programme_id,
            programme_name=programme_name,
            school_year=school_years_label(start, end),
            rules=cohort_rules(row),
            seminars=infos,
            slots=tuple(info.slot for info in infos),
            theme_names={info.theme_id: info.theme_name for info in infos if info.theme_id},
            kept_outcomes=kept.get(cohort_id, {}),
            meetings=meetings.get(cohort_id, {}),
        )
    return frames


def _member_meetings(rows: FrameRows) -> dict[int, dict[int, MemberMeetings]]:
    """Per cohort and enrolment id, the meetings of the participant's groups as rule slots
    (numbered in date order within each group; held and signed as for seminars) and their
    marks there."""
    kinds: dict[int, set[AttendanceStatus]] = {}
    marks: dict[int, dict[int, AttendanceStatus]] = {}
    for meeting_id, enrollment_id, status in rows.meeting_marks:
        kinds.setdefault(meeting_id, set()).add(status)
        marks.setdefault(enrollment_id, {})[meeting_id] = status
    slots: dict[int, list[SeminarSlot]] = {}
    for meeting_id, group_id, day, signed_at in rows.meetings:
        group = slots.setdefault(group_id, [])
        group.append(
            SeminarSlot(
                id=meeting_id,
                number=len(group) + 1,
                date=day,
                held=seminar_held(signed_at is not None, kinds.get(meeting_id, ())),
                signed=signed_at is not None,
                meeting=True,
            )
        )
    found: dict[int, dict[int, list[SeminarSlot]]] = {}
    for cohort_id, group_id, enrollment_id in rows.meeting_members:
        found.setdefault(cohort_id, {}).setdefault(enrollment_id, []).extend(
            slots.get(group_id, ())
        )
    return {
        cohort_id: {
            enrollment_id: MemberMeetings(
                tuple(own),
                {
                    s.id: marks[enrollment_id][s.id]
                    for s in own
                    if s.id in marks.get(enrollment_id, {})
                },
            )
            for enrollment_id, own in members.items()
        }
        for cohort_id, members in found.items()
    }


def _kept_outcomes(rows: Iterable[Sequence[Any]]) -> dict[int, dict[int, CompletionResult]]:
    """Per cohort, the outcomes kept for its thinned enrolments."""
    kept: dict[int, dict[int, CompletionResult]] = {}
    for cohort_id, eid, *values in rows:
        summary = dict(zip(KEPT_FIELDS, values, strict=True))
        kept.setdefault(cohort_id, {})[eid] = CompletionResult(
            **summary | {"state": CompletionState(summary["state"])},
            remaining=0,
            unrecorded=0,
            missing_themes=(),
            consecutive_absences=0,
        )
    return kept


@dataclass(frozen=True)
class Verdict:
    """What the rules say about one enrolment: a cell state per seminar and the verdict."""

    cells: tuple[CellState, ...]
    result: CompletionResult


class Judge:
    """Evaluates participants of one cohort, reusing the verdict for identical records (most
    participants of a cohort share the same pattern, e.g. present at every held seminar)."""

    def __init__(self, frame: CohortFrame) -> None:
        self._frame = frame
        self._cache: dict[tuple[object, ...], Verdict] = {}
        self._cells: dict[tuple[object, ...], CellState] = {}
        self._results: dict[tuple[object, ...], CompletionResult] = {}

    def judge(
        self,
        status: EnrollmentStatus,
        joined_on: date | None,
        left_on: date | None,
        marks: Mapping[int, AttendanceStatus],
        makeup_for: Iterable[int] = (),
        *,
        enrollment_id: int | None = None,
    ) -> Verdict:
        """Cell states (in `frame.slots` order) and the verdict for one enrolment; a one-day
        visit is explained as such. A thinned enrolment (`enrollment_id` with a kept outcome)
        gets the outcome kept when its marks were removed."""
        kept = self._frame.kept_outcomes.get(enrollment_id) if enrollment_id else None
        if kept is not None:
            record = ParticipantRecord(status=status, joined_on=joined_on, left_on=left_on)
            cells = tuple(cell_state(slot, record) for slot in self._frame.slots)
            return Verdict(cells, kept)
        makeups = frozenset(makeup_for)
        meetings = self._frame.meetings.get(enrollment_id) if enrollment_id else None
        slots = meetings.slots if meetings else ()
        meeting_marks = meetings.marks if meetings else {}
        key = (
            status,
            joined_on,
            left_on,
            frozenset(marks.items()),
            makeups,
            slots,
            frozenset(meeting_marks.items()),
        )
        verdict = self._cache.get(key)
        if verdict is None:
            record = ParticipantRecord(
                status=status,
                joined_on=joined_on,
                left_on=left_on,
                marks=marks,
                makeup_for=makeups,
                meetings=slots,
                meeting_marks=meeting_marks,
            )
            frame = self._frame
            # Marks that differ only where the rules cannot tell them apart (present or late,
            # when late counts) share one evaluation.
            alike = (*key[:3], judged_alike(frame.rules, marks), *key[4:])
            result = self._results.get(alike)
            if result is None:
                result = evaluate(frame.rules, frame.slots, record, theme_names=frame.theme_names)
                if is_visit(status, joined_on, left_on) and joined_on is not None:
                    result = _as_visit(result, joined_on, frame)
                self._results[alike] = result
            verdict = Verdict(self._cells_of(record), result)
            self._cache[key] = verdict
        return verdict

    def _cells_of(self, record: ParticipantRecord) -> tuple[CellState, ...]:
        """Cell states in `frame.slots` order. A cell depends only on the enrolment's window
        and the mark at its seminar, so each (window, seminar, mark) is worked out once."""
        window = (record.status, record.joined_on, record.left_on)
        cells = []
        for slot in self._frame.slots:
            key = (window, slot.id, record.mark_at(slot))
            cell = self._cells.get(key)
            if cell is None:
                cell = self._cells[key] = cell_state(slot, record)
            cells.append(cell)
        return tuple(cells)


def _as_visit(result: CompletionResult, day: date, frame: CohortFrame) -> CompletionResult:
    numbers = [str(s.number) for s in frame.seminars if s.date == day]
    where = (
        translate("Completion", "seminarium {number}").format(number=numbers[0])
        if numbers
        else long_date(day)
    )
    return replace(
        result,
        state=CompletionState.NOT_TAKING_PART,
        reason=translate(
            "Completion", "Besökte {where} utan att vara antagen till omgången."
        ).format(where=where),
    )

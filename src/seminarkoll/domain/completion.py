"""Completion rules: what each attendance cell shows and whether a participant completes."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from enum import Enum, StrEnum
from functools import cache
from types import MappingProxyType

from seminarkoll.domain.attendance import EnrolmentWindow
from seminarkoll.domain.calendar import SchoolYear
from seminarkoll.domain.dates import long_date
from seminarkoll.domain.enums import AttendanceStatus, CompletionState, EnrollmentStatus
from seminarkoll.domain.errors import ValidationError
from seminarkoll.domain.planning import join_phrases
from seminarkoll.domain.records import built_from
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate

SeminarId = int
ThemeId = int

CONSECUTIVE_FLAG_THRESHOLD = 2
"""A run of this many missed seminars in a row raises `CompletionResult.flag_consecutive`."""

_TAKING_PART = frozenset(
    {EnrollmentStatus.ENROLLED, EnrollmentStatus.WITHDRAWN, EnrollmentStatus.COMPLETED}
)
"""Statuses for which seminars in the participant's date window are expected."""

_NOT_ENROLLED_REASONS = {
    EnrollmentStatus.APPLIED: QT_TRANSLATE_NOOP("Completion", "Har ansökt men är inte antagen."),
    EnrollmentStatus.INTERVIEW_BOOKED: QT_TRANSLATE_NOOP(
        "Completion", "Har ansökt och ska intervjuas."
    ),
    EnrollmentStatus.INTERVIEWED: QT_TRANSLATE_NOOP(
        "Completion", "Har intervjuats men är inte antagen."
    ),
    EnrollmentStatus.WAITLISTED: QT_TRANSLATE_NOOP("Completion", "Står på väntelistan."),
    EnrollmentStatus.DECLINED: QT_TRANSLATE_NOOP("Completion", "Fick inte plats i omgången."),
    EnrollmentStatus.ACCEPTED: QT_TRANSLATE_NOOP(
        "Completion", "Är antagen men ännu inte inskriven i omgången."
    ),
}
"""Why someone not (yet) enrolled takes no part (Swedish source; looked up when used)."""


@dataclass(frozen=True)
class CompletionRules:
    """A cohort's completion requirement; the number of seminars comes from the seminar list.

    `require_each_theme`: at least one attended seminar in every theme area that has a seminar
    inside the participant's window. `allow_makeup`: a missed seminar with an approved make-up
    task (e.g. a written reflection) counts as attended. `meetings_count` (the programme's
    setting): the participant's group meetings are occasions like the seminars, judged by the
    same marks; everyone may still miss only `seminars - min_attended` occasions in all.
    `min_per_school_year` (the programme's setting; None for none): besides the whole cohort,
    at least this many seminars in each school year the participant takes part in.
    """

    min_attended: int = 6
    late_counts_as_present: bool = True
    excused_counts_as_attended: bool = False
    require_each_theme: bool = False
    allow_makeup: bool = False
    meetings_count: bool = False
    min_per_school_year: int | None = None

    def __post_init__(self) -> None:
        for name, value in (
            ("min_attended", self.min_attended),
            ("min_per_school_year", self.min_per_school_year or 0),
        ):
            if value < 0:
                raise ValidationError.single(
                    name,
                    translate("Errors", "Antalet seminarier som krävs kan inte vara negativt."),
                )

    def counts(self, mark: AttendanceStatus) -> bool:
        """Whether `mark` counts as attending under these rules (make-up tasks aside)."""
        if mark is AttendanceStatus.LATE:
            return self.late_counts_as_present
        if mark is AttendanceStatus.EXCUSED:
            return self.excused_counts_as_attended
        return mark is AttendanceStatus.PRESENT


class SeminarPhase(StrEnum):
    """Where a seminar is in taking attendance: the rules judge an unmarked cell by it."""

    NOT_HELD = "not_held"
    """Nothing taken at the seminar yet (advance apologies do not make it held)."""
    MARKING = "marking"
    """Some marks are taken but the seminar is not signed off: unmarked cells are pending."""
    SIGNED = "signed"
    """Signed off: the list is final and an unmarked cell is a missed seminar."""


@dataclass(frozen=True)
class SeminarSlot:
    """One seminar as the rules see it; the caller decides `held` (a mark taken at it, or signed
    off) and `signed` (signed off; only then does an unmarked cell count as missed)."""

    id: SeminarId
    number: int
    date: dt.date
    theme_id: ThemeId | None = None
    held: bool = False
    signed: bool = False
    meeting: bool = False
    """A group meeting (see `ParticipantRecord.meetings`) rather than a seminar."""

    @property
    def phase(self) -> SeminarPhase:
        """Not held, being marked, or signed off."""
        if self.signed:
            return SeminarPhase.SIGNED
        return SeminarPhase.MARKING if self.held else SeminarPhase.NOT_HELD


@dataclass(frozen=True)
class ParticipantRecord(EnrolmentWindow):
    """One participant's enrolment in a cohort: status, date window, marks and make-up tasks.

    `joined_on` and `left_on` bound the window (both inclusive; None means open). `marks` and
    `makeup_for` are copied into read-only containers. `meetings` are the meetings of the
    participant's groups (slots with `meeting=True`) and `meeting_marks` their marks by meeting
    id; they count only under `CompletionRules.meetings_count`.
    """

    status: EnrollmentStatus
    joined_on: dt.date | None = None
    left_on: dt.date | None = None
    marks: Mapping[SeminarId, AttendanceStatus] = field(default_factory=dict)
    makeup_for: Set[SeminarId] = frozenset()
    meetings: tuple[SeminarSlot, ...] = ()
    meeting_marks: Mapping[int, AttendanceStatus] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if (
            self.joined_on is not None
            and self.left_on is not None
            and self.left_on < self.joined_on
        ):
            raise ValidationError.single(
                "left_on",
                translate("Errors", "Datumet för avbrott kan inte vara före startdatumet."),
            )
        object.__setattr__(self, "marks", MappingProxyType(dict(self.marks)))
        object.__setattr__(self, "makeup_for", frozenset(self.makeup_for))
        object.__setattr__(self, "meeting_marks", MappingProxyType(dict(self.meeting_marks)))

    def mark_at(self, slot: SeminarSlot) -> AttendanceStatus | None:
        """The participant's mark at a seminar or (for a meeting slot) a group meeting."""
        return (self.meeting_marks if slot.meeting else self.marks).get(slot.id)


class CellState(StrEnum):
    """What one cell (participant x seminar) of the attendance matrix shows.

    A recorded mark is shown even on a seminar that has not been held yet: EXCUSED there is
    "excused in advance". NOT_EXPECTED wins over any mark (before joining, after leaving, not
    yet enrolled, or a visitor), because such marks do not count.
    """

    PRESENT = "present"
    LATE = "late"
    EXCUSED = "excused"
    ABSENT = "absent"
    UNRECORDED = "unrecorded"
    """Signed off with nothing recorded: counts as missed."""
    PENDING = "pending"
    """Being marked (marks taken, not signed off) and nothing recorded for this one yet."""
    NOT_YET_HELD = "not_yet_held"
    NOT_EXPECTED = "not_expected"


_CELL_FOR_MARK = {
    AttendanceStatus.PRESENT: CellState.PRESENT,
    AttendanceStatus.LATE: CellState.LATE,
    AttendanceStatus.EXCUSED: CellState.EXCUSED,
    AttendanceStatus.ABSENT: CellState.ABSENT,
}

_UNMARKED_CELL = {
    SeminarPhase.NOT_HELD: CellState.NOT_YET_HELD,
    SeminarPhase.MARKING: CellState.PENDING,
    SeminarPhase.SIGNED: CellState.UNRECORDED,
}
"""An unmarked cell is missed only once its seminar is signed off; until then it is open."""

_SETTLED_BY_OWN_MARK = frozenset(
    {AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ABSENT}
)
"""Marks taken at the seminar itself; an advance apology is settled only by the sign-off."""


@dataclass(frozen=True)
class CompletionResult:
    """The verdict for one participant, with the counts behind it and a Swedish `reason`.

    Every expected seminar is exactly one of attended, missed or remaining. `missed` includes
    `unrecorded` (signed off, nothing recorded); `attended` includes `made_up`; `remaining`
    includes seminars being marked where this participant has no mark yet.
    """

    state: CompletionState
    reason: str
    attended: int
    expected: int
    required: int
    remaining: int
    missed: int
    unrecorded: int
    made_up: int
    missing_themes: tuple[ThemeId, ...]
    consecutive_absences: int

    @property
    def flag_consecutive(self) -> bool:
        """Whether the participant missed at least two held seminars in a row."""
        return self.consecutive_absences >= CONSECUTIVE_FLAG_THRESHOLD


def verdict_word(state: CompletionState) -> str:
    """A completion verdict in words, as the attendance matrix and `seminarkoll status` show it
    (files use `domain.exports.COMPLETION_WORDS`)."""
    return {
        CompletionState.COMPLETED: translate("AttendanceLabels", "Godkänd"),
        CompletionState.ON_TRACK: translate("AttendanceLabels", "På väg"),
        CompletionState.AT_RISK: translate("AttendanceLabels", "I riskzonen"),
        CompletionState.CANNOT_COMPLETE: translate("AttendanceLabels", "Kan inte bli godkänd"),
        CompletionState.NOT_TAKING_PART: translate("AttendanceLabels", "Deltar inte"),
    }[state]


@dataclass(frozen=True)
class SeminarTotals:
    """A seminar's figures, the one definition every view, file and command shows.

    `expected`: participants held to the seminar (not visitors, not those before joining or
    after leaving); the mark counts are among them only. `visitors`: walk-ins who did not join,
    marked there but never counted as participants. Build with `tally`.
    """

    expected: int
    present: int
    late: int
    excused: int
    absent: int
    unrecorded: int
    pending: int = 0
    visitors: int = 0

    @property
    def attended(self) -> int:
        """In the room: present or late ("19" of "19 av 20")."""
        return self.present + self.late

    @property
    def marked(self) -> int:
        """Expected participants with a mark."""
        return self.present + self.late + self.excused + self.absent

    @property
    def rate(self) -> float | None:
        """`attended` as a share of `expected`; None when nobody is expected."""
        return self.attended / self.expected if self.expected else None


def tally(cells: Iterable[CellState], visitors: int = 0) -> SeminarTotals:
    """The figures of one seminar from its participants' cells (see `cell_state`)."""
    states = list(cells)
    return SeminarTotals(
        expected=len(states) - states.count(CellState.NOT_EXPECTED),
        present=states.count(CellState.PRESENT),
        late=states.count(CellState.LATE),
        excused=states.count(CellState.EXCUSED),
        absent=states.count(CellState.ABSENT),
        unrecorded=states.count(CellState.UNRECORDED),
        pending=states.count(CellState.PENDING),
        visitors=visitors,
    )


class _Outcome(Enum):
    ATTENDED = "attended"
    MADE_UP = "made_up"
    MISSED = "missed"
    UNRECORDED = "unrecorded"
    OPEN = "open"


_COUNTED = frozenset({_Outcome.ATTENDED, _Outcome.MADE_UP})


@dataclass(frozen=True)
class _Standing:
    attended: int
    expected: int
    required: int
    missed: int
    unrecorded: int
    made_up: int
    open_slots: tuple[SeminarSlot, ...]
    missing_themes: tuple[ThemeId, ...]
    with_meetings: bool = False
    """Group meetings are among the occasions, so reasons say "tillfällen"."""

    @property
    def remaining(self) -> int:
        return len(self.open_slots)

    @property
    def needed(self) -> int:
        return self.required - self.attended

    def open_in(self, theme: ThemeId) -> tuple[SeminarSlot, ...]:
        return tuple(s for s in self.open_slots if s.theme_id == theme)

    @property
    def figures(self) -> dict[str, object]:
        """What "Har deltagit i {attended} av {seminars}" in a reason says."""
        return {"attended": self.attended, "seminars": _occasions(self, self.expected)}


@dataclass(frozen=True)
class _YearStanding:
    """One school year's seminars, judged alone under `CompletionRules.min_per_school_year`."""

    year: SchoolYear
    attended: int
    required: int
    open_slots: tuple[SeminarSlot, ...]

    @property
    def needed(self) -> int:
        return self.required - self.attended

    @property
    def figures(self) -> dict[str, object]:
        """What "Har deltagit i {attended} av {required} seminarier läsåret {year}" says."""
        return {"attended": self.attended, "required": self.required, "year": self.year.label}


def shows_makeup(cell: CellState, made_up: bool) -> bool:
    """Whether a cell shows its make-up task ("K", "Kompletterat") instead of its mark: a task
    is recorded and the participant was not simply present."""
    return made_up and cell is not CellState.PRESENT


def is_expected(slot: SeminarSlot, record: ParticipantRecord) -> bool:
    """Whether the participant is held to `slot`: taking part (not a visitor), and the date is
    in their window."""
    if record.status not in _TAKING_PART or record.visit:
        return False
    if record.joined_on is not None and slot.date < record.joined_on:
        return False
    return record.left_on is None or slot.date <= record.left_on


def cell_state(slot: SeminarSlot, record: ParticipantRecord) -> CellState:
    """What the attendance matrix (or a group meeting's sign-off) shows for `record` at `slot`
    (see `CellState`)."""
    if not is_expected(slot, record):
        return CellState.NOT_EXPECTED
    mark = record.mark_at(slot)
    if mark is not None:
        return _CELL_FOR_MARK[mark]
    return _UNMARKED_CELL[slot.phase]


def required_count(rules: CompletionRules, total: int, expected: int) -> int:
    """How many of the `expected` seminars must count as attended.

    Everyone may miss the same number of seminars (`total - min_attended`), so a late joiner or
    a leaver needs fewer; never more than `min_attended` unless `expected` also counts group
    meetings (then every meeting adds one). Unless `min_attended` is 0, someone with at least
    one expected seminar must attend at least one.
    """
    return _required(rules.min_attended, total, expected)


def _required(minimum: int, total: int, expected: int) -> int:
    """`required_count` for a requirement of `minimum` of `total` (the whole cohort, or one
    school year's seminars)."""
    allowed = max(0, total - minimum)
    required = max(0, expected - allowed)
    if expected and minimum:
        return max(required, 1)
    return required


def evaluate(
    rules: CompletionRules,
    seminars: Sequence[SeminarSlot],
    record: ParticipantRecord,
    *,
    theme_names: Mapping[ThemeId, str] | None = None,
) -> CompletionResult:
    """Judge one participant against `rules` over the cohort's `seminars` (any order).

    A mark counts whether or not its seminar has been held; an unmarked seminar is missed once
    it is signed off and remaining until then, so marking one participant never changes the
    verdict of another. COMPLETED as soon as the requirement is met, even with seminars
    left. ON_TRACK if completion stays possible whichever one remaining seminar is missed;
    AT_RISK if it needs every remaining seminar, or the only remaining one of a missing theme,
    or (with `allow_makeup`) make-up tasks for seminars already missed; CANNOT_COMPLETE otherwise.
    With `rules.meetings_count`, the record's group meetings join the seminars as occasions.
    With `rules.min_per_school_year`, every school year is also judged alone by its seminars
    (same allowance of misses per year) and the worse verdict of the two wins.
    """
    occasions = [*seminars, *record.meetings] if rules.meetings_count else list(seminars)
    window = [
        s
        for s in sorted(occasions, key=lambda s: (s.date, s.meeting, s.number))
        if is_expected(s, record)
    ]
    outcomes = [(slot, _outcome(rules, slot, record)) for slot in window]
    # list.count, not a Counter: this runs for every pattern of marks in a cohort's matrix.
    counted = [outcome for _, outcome in outcomes]
    made_up = counted.count(_Outcome.MADE_UP)
    unrecorded = counted.count(_Outcome.UNRECORDED)
    standing = _Standing(
        attended=counted.count(_Outcome.ATTENDED) + made_up,
        expected=len(window),
        required=required_count(rules, len(seminars), len(window)),
        missed=counted.count(_Outcome.MISSED) + unrecorded,
        unrecorded=unrecorded,
        made_up=made_up,
        open_slots=tuple(slot for slot, outcome in outcomes if outcome is _Outcome.OPEN),
        missing_themes=_missing_themes(outcomes) if rules.require_each_theme else (),
        with_meetings=any(slot.meeting for slot in window),
    )
    years = _school_years(rules, seminars, outcomes)
    state, reason = _verdict(rules, record, standing, years, theme_names or {})
    return built_from(
        CompletionResult,
        standing,
        state=state,
        reason=reason,
        consecutive_absences=_longest_run(outcomes, record),
    )


def judged_alike(
    rules: CompletionRules, marks: Mapping[SeminarId, AttendanceStatus]
) -> frozenset[tuple[SeminarId, AttendanceStatus]]:
    """`marks` as `evaluate` tells them apart: it sees of a mark only whether it counts as
    attending and whether it settles its seminar, so each mark is replaced by the first of
    present, absent, excused and late that does both alike. Records that agree on everything
    else and on this get the same verdict (their cells may differ)."""
    alike = _alike(rules)
    return frozenset((sid, alike[mark]) for sid, mark in marks.items())


@cache
def _alike(rules: CompletionRules) -> dict[AttendanceStatus, AttendanceStatus]:
    def kind(mark: AttendanceStatus) -> tuple[bool, bool]:
        return rules.counts(mark), mark in _SETTLED_BY_OWN_MARK

    order = (
        AttendanceStatus.PRESENT,
        AttendanceStatus.ABSENT,
        AttendanceStatus.EXCUSED,
        AttendanceStatus.LATE,
    )
    return {mark: next(m for m in order if kind(m) == kind(mark)) for mark in AttendanceStatus}


def column_totals(
    columns: int, cells: Iterable[Sequence[CellState]], visitors: Sequence[int] = ()
) -> tuple[SeminarTotals, ...]:
    """Per seminar (column), `tally` of the participants' cell states (each row worked out
    once, by `cell_state` or with the verdict); `visitors` per column, default none."""
    rows = tuple(cells)
    return tuple(
        tally((row[column] for row in rows), visitors[column] if visitors else 0)
        for column in range(columns)
    )


def _outcome(rules: CompletionRules, slot: SeminarSlot, record: ParticipantRecord) -> _Outcome:
    mark = record.mark_at(slot)
    if mark is None and not slot.signed:
        return _Outcome.OPEN
    if mark is not None and rules.counts(mark):
        return _Outcome.ATTENDED
    if rules.allow_makeup and not slot.meeting and slot.id in record.makeup_for:
        return _Outcome.MADE_UP
    return _Outcome.UNRECORDED if mark is None else _Outcome.MISSED


def _missing_themes(outcomes: Sequence[tuple[SeminarSlot, _Outcome]]) -> tuple[ThemeId, ...]:
    themes = dict.fromkeys(slot.theme_id for slot, _ in outcomes if slot.theme_id is not None)
    covered = {slot.theme_id for slot, outcome in outcomes if outcome in _COUNTED}
    return tuple(theme for theme in themes if theme not in covered)


def _longest_run(
    outcomes: Sequence[tuple[SeminarSlot, _Outcome]], record: ParticipantRecord
) -> int:
    """Longest run of recorded misses among the participant's settled seminars (signed off, or
    their own mark taken there; so others' marks never change it); unrecorded and made-up ones
    break it. Group meetings are not seminars and leave the run as it is."""
    longest = run = 0
    for slot, outcome in outcomes:
        if slot.meeting:
            continue
        if slot.signed or record.marks.get(slot.id) in _SETTLED_BY_OWN_MARK:
            run = run + 1 if outcome is _Outcome.MISSED else 0
            longest = max(longest, run)
    return longest


def _verdict(
    rules: CompletionRules,
    record: ParticipantRecord,
    standing: _Standing,
    years: Sequence[_YearStanding],
    names: Mapping[ThemeId, str],
) -> tuple[CompletionState, str]:
    if record.status in _NOT_ENROLLED_REASONS:
        return CompletionState.NOT_TAKING_PART, translate(
            "Completion", _NOT_ENROLLED_REASONS[record.status]
        )
    if record.status is EnrollmentStatus.WITHDRAWN:
        left = (
            translate("Completion", "Avbröt {date}.").format(date=long_date(record.left_on))
            if record.left_on
            else translate("Completion", "Har avbrutit.")
        )
        return CompletionState.NOT_TAKING_PART, left
    if not standing.expected:
        return (
            CompletionState.NOT_TAKING_PART,
            translate("Completion", "Inga seminarier infaller under deltagandeperioden."),
        )
    state, sentences = _whole_cohort(rules, standing, names)
    for year in years:
        if year.needed > 0:
            year_state, sentence = _year_verdict(rules, year)
            state = max(state, year_state, key=_SEVERITY.index)
            sentences.append(sentence)
    if standing.unrecorded:
        sentences.append(_unrecorded_sentence(standing))
    return state, " ".join(sentences)


_SEVERITY = (
    CompletionState.COMPLETED,
    CompletionState.ON_TRACK,
    CompletionState.AT_RISK,
    CompletionState.CANNOT_COMPLETE,
)
"""Verdicts from best to worst: the whole cohort and each school year, the worst one wins."""


def _whole_cohort(
    rules: CompletionRules, standing: _Standing, names: Mapping[ThemeId, str]
) -> tuple[CompletionState, list[str]]:
    needed = standing.needed
    if needed <= 0 and not standing.missing_themes:
        return CompletionState.COMPLETED, [_completed_reason(standing)]
    stranded = [t for t in standing.missing_themes if not standing.open_in(t)]
    if standing.remaining >= needed and not stranded:
        tight = [t for t in standing.missing_themes if len(standing.open_in(t)) == 1]
        if standing.remaining > needed and not tight:
            return CompletionState.ON_TRACK, [_on_track_reason(standing, names)]
        return CompletionState.AT_RISK, _at_risk_reason(standing, tight, names)
    if rules.allow_makeup:
        # Every expected seminar not attended is open or can still be made up, so with
        # make-up tasks completion is always possible.
        return CompletionState.AT_RISK, _makeup_reason(standing, stranded, names)
    return CompletionState.CANNOT_COMPLETE, _cannot_complete_reason(standing, stranded, names)


def _school_years(
    rules: CompletionRules,
    seminars: Sequence[SeminarSlot],
    outcomes: Sequence[tuple[SeminarSlot, _Outcome]],
) -> tuple[_YearStanding, ...]:
    """Each school year with an expected seminar, judged alone when the rules ask for a number
    per school year (seminars only; group meetings do not count here)."""
    minimum = rules.min_per_school_year
    if not minimum:
        return ()
    totals = Counter(SchoolYear.from_date(slot.date) for slot in seminars)
    by_year: dict[SchoolYear, list[tuple[SeminarSlot, _Outcome]]] = {}
    for slot, outcome in outcomes:
        if not slot.meeting:
            by_year.setdefault(SchoolYear.from_date(slot.date), []).append((slot, outcome))
    return tuple(
        _YearStanding(
            year=year,
            attended=sum(1 for _, outcome in items if outcome in _COUNTED),
            required=_required(minimum, totals[year], len(items)),
            open_slots=tuple(slot for slot, outcome in items if outcome is _Outcome.OPEN),
        )
        for year, items in sorted(by_year.items())
    )


def _year_verdict(rules: CompletionRules, year: _YearStanding) -> tuple[CompletionState, str]:
    """A school year that still needs seminars: on track, at risk or out of reach."""
    remaining = len(year.open_slots)
    figures = year.figures
    if remaining > year.needed:
        return CompletionState.ON_TRACK, translate(
            "Completion",
            "Har deltagit i {attended} av {required} seminarier läsåret {year} och behöver "
            "delta i {needed} av de {remaining} återstående där.",
        ).format(needed=year.needed, remaining=remaining, **figures)
    if remaining == year.needed:
        return CompletionState.AT_RISK, translate(
            "Completion",
            "Har deltagit i {attended} av {required} seminarier läsåret {year} och klarar "
            "bara läsåret om hen {attends}.",
        ).format(attends=_attend_all(year.open_slots), **figures)
    if rules.allow_makeup:
        return CompletionState.AT_RISK, translate(
            "Completion",
            "Har deltagit i {attended} av {required} seminarier läsåret {year} och behöver "
            "göra minst {tasks} för att klara läsåret.",
        ).format(tasks=_tasks(year.needed - remaining), **figures)
    if remaining:
        return CompletionState.CANNOT_COMPLETE, translate(
            "Completion",
            "Har deltagit i {attended} av {required} seminarier läsåret {year}, och där "
            "återstår bara {seminars}.",
        ).format(seminars=_seminars(remaining), **figures)
    return CompletionState.CANNOT_COMPLETE, translate(
        "Completion",
        "Har deltagit i {attended} av {required} seminarier läsåret {year}, och där återstår "
        "inga seminarier.",
    ).format(**figures)


def _completed_reason(standing: _Standing) -> str:
    if standing.made_up:
        return translate(
            "Completion",
            "Har deltagit i {attended} av {seminars}, varav {made_up} genom kompletteringsuppgift.",
        ).format(made_up=standing.made_up, **standing.figures)
    return translate("Completion", "Har deltagit i {attended} av {seminars}.").format(
        **standing.figures
    )


def _on_track_reason(standing: _Standing, names: Mapping[ThemeId, str]) -> str:
    if standing.needed > 0:
        return translate(
            "Completion",
            "Har deltagit i {attended} av {seminars} och behöver delta i {needed} av de "
            "{remaining} återstående.",
        ).format(needed=standing.needed, remaining=standing.remaining, **standing.figures)
    return translate(
        "Completion",
        "Har deltagit i {attended} av {seminars} men saknar ännu seminarium inom {themes}.",
    ).format(themes=_themes(standing.missing_themes, names), **standing.figures)


def _at_risk_reason(
    standing: _Standing, tight: Sequence[ThemeId], names: Mapping[ThemeId, str]
) -> list[str]:
    sentences = []
    if standing.remaining == standing.needed:
        sentences.append(
            translate("Completion", "Kan bara bli godkänd om hen {attends}.").format(
                attends=_attend_all(standing.open_slots)
            )
        )
    for theme in tight:
        (slot,) = standing.open_in(theme)
        sentences.append(
            translate(
                "Completion",
                "Saknar seminarium inom {themes} och måste därför delta i seminarium {number}.",
            ).format(themes=_themes([theme], names), number=slot.number)
        )
    return sentences


def _makeup_reason(
    standing: _Standing, stranded: Sequence[ThemeId], names: Mapping[ThemeId, str]
) -> list[str]:
    tasks = max(standing.needed - standing.remaining, len(stranded))
    if standing.open_slots:
        need = translate(
            "Completion",
            "Behöver göra minst {tasks} för att bli godkänd, även om hen {attends}.",
        ).format(tasks=_tasks(tasks), attends=_attend_all(standing.open_slots))
    else:
        need = translate("Completion", "Behöver göra minst {tasks} för att bli godkänd.").format(
            tasks=_tasks(tasks)
        )
    sentences = [need]
    if stranded:
        sentences.append(
            translate("Completion", "Saknar seminarium inom {themes}.").format(
                themes=_themes(stranded, names)
            )
        )
    return sentences


def _cannot_complete_reason(
    standing: _Standing, stranded: Sequence[ThemeId], names: Mapping[ThemeId, str]
) -> list[str]:
    sentences = []
    if standing.remaining < standing.needed:
        sentences.append(
            translate(
                "Completion", "Har missat {seminars}; kravet är {required} av {expected}."
            ).format(
                seminars=_occasions(standing, standing.missed),
                required=standing.required,
                expected=standing.expected,
            )
        )
    if stranded:
        sentences.append(
            translate(
                "Completion", "Saknar seminarium inom {themes}, och där återstår inga seminarier."
            ).format(themes=_themes(stranded, names))
        )
    return sentences


def _unrecorded_sentence(standing: _Standing) -> str:
    count = standing.unrecorded
    if standing.with_meetings:
        if count == 1:
            return translate("Completion", "Närvaro är inte registrerad för 1 genomfört tillfälle.")
        return translate(
            "Completion", "Närvaro är inte registrerad för {count} genomförda tillfällen."
        ).format(count=count)
    if count == 1:
        return translate("Completion", "Närvaro är inte registrerad för 1 genomfört seminarium.")
    return translate(
        "Completion", "Närvaro är inte registrerad för {count} genomförda seminarier."
    ).format(count=count)


def _attend_all(open_slots: Sequence[SeminarSlot]) -> str:
    if len(open_slots) == 1:
        (slot,) = open_slots
        if slot.meeting:
            return translate("Completion", "deltar i gruppträffen {date}").format(
                date=long_date(slot.date)
            )
        return translate("Completion", "deltar i seminarium {number}").format(number=slot.number)
    if any(slot.meeting for slot in open_slots):
        return translate("Completion", "deltar i alla {count} återstående tillfällen").format(
            count=len(open_slots)
        )
    return translate("Completion", "deltar i alla {count} återstående seminarier").format(
        count=len(open_slots)
    )


def _occasions(standing: _Standing, count: int) -> str:
    """`count` seminars, or `count` occasions when group meetings are among them."""
    if not standing.with_meetings:
        return _seminars(count)
    if count == 1:
        return translate("Completion", "1 tillfälle")
    return translate("Completion", "{count} tillfällen (seminarier och gruppträffar)").format(
        count=count
    )


def _seminars(count: int) -> str:
    if count == 1:
        return translate("Completion", "1 seminarium")
    return translate("Completion", "{count} seminarier").format(count=count)


def _tasks(count: int) -> str:
    if count == 1:
        return translate("Completion", "1 kompletteringsuppgift")
    return translate("Completion", "{count} kompletteringsuppgifter").format(count=count)


def _themes(themes: Sequence[ThemeId], names: Mapping[ThemeId, str]) -> str:
    labels = [names.get(theme, str(theme)) for theme in themes]
    if len(labels) == 1:
        return translate("Completion", "temaområdet {name}").format(name=labels[0])
    return translate("Completion", "temaområdena {names}").format(names=join_phrases(labels))


NEEDS_ATTENTION = frozenset({CompletionState.AT_RISK, CompletionState.CANNOT_COMPLETE})
"""Verdicts the coordinator should act on (shown in bold, picked by "i riskzonen")."""


def needs_attention(result: CompletionResult) -> bool:
    """At risk, unable to complete, or absent at least twice in a row: someone to contact."""
    return result.state in NEEDS_ATTENTION or result.flag_consecutive

"""Attendance use cases: the matrix, marks with an audit trail, sign-off, apologies, make-ups."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from seminarkoll.data.database import Database
from seminarkoll.data.models import (
    Attendance,
    AttendanceChange,
    Cohort,
    CohortGroup,
    Enrollment,
    GroupMember,
    MakeupTask,
    Person,
    Seminar,
    SignOffEvent,
    Workplace,
)
from seminarkoll.data.types import utc_now
from seminarkoll.domain.attendance import MATRIX_STATUSES, ChangeSource, is_visit
from seminarkoll.domain.completion import (
    CellState,
    CompletionResult,
    CompletionRules,
    ParticipantRecord,
    SeminarTotals,
    cell_state,
    tally,
)
from seminarkoll.domain.dates import long_date
from seminarkoll.domain.enrolment import on_list
from seminarkoll.domain.enums import AttendanceStatus, EnrollmentStatus, GroupKind
from seminarkoll.domain.errors import ConflictError, NotFoundError, ValidationError
from seminarkoll.domain.exports import STATUS_WORDS
from seminarkoll.domain.text import full_name, swedish_key, tidy
from seminarkoll.domain.translation import translate
from seminarkoll.services.completion_data import (
    CohortFrame,
    Judge,
    SeminarInfo,
    column_totals,
    load_frame,
    rules_of,
)
from seminarkoll.services.identity import Coordinator

MAX_NOTE_LENGTH = 2000


# -- inputs and results --------------------------------------------------------------------
@dataclass(frozen=True)
class MarkChange:
    """One wanted change of one cell: `status` None clears the mark, `note` None keeps it."""

    enrollment_id: int
    seminar_id: int
    status: AttendanceStatus | None
    note: str | None = None


@dataclass(frozen=True)
class CellRef:
    """One cell of the attendance matrix."""

    enrollment_id: int
    seminar_id: int


@dataclass(frozen=True)
class KeptMark:
    """A cell where a mark was already taken and the batch was told not to overwrite it."""

    enrollment_id: int
    seminar_id: int
    current: AttendanceStatus
    proposed: AttendanceStatus | None


@dataclass(frozen=True)
class BatchResult:
    """What `AttendanceService.apply` did: changed cells, cells already so, kept and locked.

    `before` and `after` hold each changed cell's exact mark and note before and after, in the
    order of `changed`; `restore_marks(before)` undoes the batch, `restore_marks(after)` redoes it.
    """

    changed: tuple[CellRef, ...]
    unchanged: int
    kept: tuple[KeptMark, ...]
    locked: tuple[CellRef, ...]
    before: tuple[MarkChange, ...] = ()
    after: tuple[MarkChange, ...] = ()


@dataclass(frozen=True)
class MatrixGroup:
    """A group of the cohort, for filtering the matrix."""

    id: int
    name: str
    kind: GroupKind


@dataclass(frozen=True)
class MatrixRow:
    """One participant of the matrix: cells aligned with `AttendanceMatrix.seminars`."""

    enrollment_id: int
    person_id: int
    first_name: str
    last_name: str
    workplace_name: str
    status: EnrollmentStatus
    joined_on: date | None
    left_on: date | None
    group_ids: tuple[int, ...]
    cells: tuple[CellState, ...]
    notes: tuple[str, ...]
    made_up: tuple[bool, ...]
    result: CompletionResult

    @property
    def name(self) -> str:
        """First and last name."""
        return full_name(self.first_name, self.last_name)

    @property
    def visit(self) -> bool:
        """Whether the row records a one-day visit (a walk-in who did not join)."""
        return is_visit(self.status, self.joined_on, self.left_on)


@dataclass(frozen=True)
class AttendanceMatrix:
    """A cohort's participants x seminars with verdicts and per-seminar totals; visitors are
    not rows, only counted in the totals."""

    cohort_id: int
    cohort_name: str
    programme_name: str
    school_year: str
    rules: CompletionRules
    seminars: tuple[SeminarInfo, ...]
    totals: tuple[SeminarTotals, ...]
    rows: tuple[MatrixRow, ...]
    groups: tuple[MatrixGroup, ...]
    theme_names: dict[int, str]


@dataclass(frozen=True)
class SheetRow:
    """One participant on the sign-off sheet of a seminar."""

    enrollment_id: int
    person_id: int
    first_name: str
    last_name: str
    workplace_name: str
    title: str
    groups: tuple[str, ...]
    status: AttendanceStatus | None
    note: str
    enrollment_status: EnrollmentStatus
    joined_on: date | None
    left_on: date | None
    cell: CellState
    """What the rules make of this row at the seminar (NOT_EXPECTED: a visitor, or marked
    outside their window; such rows are listed but not counted)."""

    @property
    def name(self) -> str:
        """First and last name."""
        return full_name(self.first_name, self.last_name)

    @property
    def visit(self) -> bool:
        """Whether the row is a one-day visit (a walk-in who did not join)."""
        return is_visit(self.enrollment_status, self.joined_on, self.left_on)


@dataclass(frozen=True)
class SignOffEventRow:
    """A sign-off or unlock of a seminar."""

    action: str
    at: datetime
    by: str
    reason: str


@dataclass(frozen=True)
class SignOffSheet:
    """Everything the sign-off view shows for one seminar."""

    seminar: SeminarInfo
    cohort_id: int
    cohort_name: str
    programme_name: str
    location: str
    start_time: time | None
    end_time: time | None
    rows: tuple[SheetRow, ...]
    events: tuple[SignOffEventRow, ...]

    @property
    def totals(self) -> SeminarTotals:
        """The seminar's figures (the same as the matrix column and the schedule)."""
        return tally((r.cell for r in self.rows), sum(1 for r in self.rows if r.visit))

    @property
    def unmarked(self) -> int:
        """How many expected participants have no mark yet."""
        return sum(1 for r in self.rows if r.status is None)


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a cell's audit trail (a change, the first recording, or a sign-off event)."""

    at: datetime
    by: str
    kind: str
    old_status: AttendanceStatus | None
    new_status: AttendanceStatus | None
    old_note: str
    new_note: str
    reason: str
    source: str


@dataclass(frozen=True)
class CellHistory:
    """A cell's current state and its audit trail, oldest first."""

    participant: str
    seminar_number: int
    seminar_title: str
    status: AttendanceStatus | None
    note: str
    makeup: str | None
    entries: tuple[HistoryEntry, ...]


@dataclass(frozen=True)
class WalkInResult:
    """What adding a walk-in did."""

    enrollment_id: int
    joined: bool
    name: str


# -- statements made once (bound by seminar_id and cohort_id): the sign-off sheet's ------------
_SHEET_MARKS = select(Attendance.enrollment_id, Attendance.status, Attendance.note).where(
    Attendance.seminar_id == bindparam("seminar_id")
)
_SHEET_GROUPS = (
    select(GroupMember.enrollment_id, CohortGroup.name)
    .join(CohortGroup, CohortGroup.id == GroupMember.group_id)
    .where(CohortGroup.cohort_id == bindparam("cohort_id"))
)
_SHEET_PEOPLE = (
    select(
        Enrollment.id,
        Enrollment.person_id,
        Person.first_name,
        Person.last_name,
        Workplace.name,
        Person.title,
        Enrollment.status,
        Enrollment.joined_on,
        Enrollment.left_on,
    )
    .join(Person, Person.id == Enrollment.person_id)
    .outerjoin(Workplace, Workplace.id == Person.workplace_id)
    .where(Enrollment.cohort_id == bindparam("cohort_id"), Enrollment.status.in_(MATRIX_STATUSES))
    .order_by(Enrollment.id)
)
_EVENTS = (
    select(SignOffEvent.action, SignOffEvent.at, SignOffEvent.by, SignOffEvent.reason)
    .where(SignOffEvent.seminar_id == bindparam("seminar_id"))
    .order_by(SignOffEvent.at, SignOffEvent.id)
)


# -- the service ---------------------------------------------------------------------------
class AttendanceService:
    """Reads and changes attendance; every change is stamped with the coordinator's name and
    kept in the audit trail, and signed-off seminars refuse changes until unlocked."""

    def __init__(self, database: Database, coordinator: Coordinator | None = None) -> None:
        self._db = database
        self.coordinator = coordinator or Coordinator()

    # reading ----------------------------------------------------------------------------
    def matrix(self, cohort_id: int) -> AttendanceMatrix:
        """The cohort's enrolled, completed and withdrawn participants x its seminars."""
        with self._db.transaction() as session:
            # Core execution (no ORM row processing): this builds a 500 x 7 matrix fast.
            run = session.connection().execute
            marks: dict[int, dict[int, AttendanceStatus]] = {}
            notes: dict[int, dict[int, str]] = {}
            kinds: dict[int, set[AttendanceStatus]] = {}
            for eid, sid, status, note in run(
                select(
                    Attendance.enrollment_id,
                    Attendance.seminar_id,
                    Attendance.status,
                    Attendance.note,
                )
                .join(Seminar, Seminar.id == Attendance.seminar_id)
                .where(Seminar.cohort_id == cohort_id)
            ).all():
                marks.setdefault(eid, {})[sid] = status
                kinds.setdefault(sid, set()).add(status)
                if note:
                    notes.setdefault(eid, {})[sid] = note
            frame = load_frame(session, cohort_id, kinds)
            makeups: dict[int, set[int]] = {}
            for eid, sid in run(
                select(MakeupTask.enrollment_id, MakeupTask.seminar_id)
                .join(Seminar, Seminar.id == MakeupTask.seminar_id)
                .where(Seminar.cohort_id == cohort_id)
            ):
                makeups.setdefault(eid, set()).add(sid)
            group_rows = run(
                select(CohortGroup.id, CohortGroup.name, CohortGroup.kind).where(
                    CohortGroup.cohort_id == cohort_id
                )
            ).all()
            members: dict[int, list[int]] = {}
            for gid, eid in run(
                select(GroupMember.group_id, GroupMember.enrollment_id)
                .join(CohortGroup, CohortGroup.id == GroupMember.group_id)
                .where(CohortGroup.cohort_id == cohort_id)
            ).all():
                members.setdefault(eid, []).append(gid)
            people = run(
                select(
                    Enrollment.id,
                    Enrollment.person_id,
                    Enrollment.status,
                    Enrollment.joined_on,
                    Enrollment.left_on,
                    Person.first_name,
                    Person.last_name,
                    Workplace.name,
                )
                .join(Person, Person.id == Enrollment.person_id)
                .outerjoin(Workplace, Workplace.id == Person.workplace_id)
                .where(Enrollment.cohort_id == cohort_id, Enrollment.status.in_(MATRIX_STATUSES))
                .order_by(Enrollment.id)
            ).all()
        return _build_matrix(frame, people, marks, notes, makeups, members, group_rows)

    def sheet(self, seminar_id: int) -> SignOffSheet:
        """The sign-off sheet of a seminar: every participant expected there (or marked there).

        Built from plain rows with statements made once (Core execution, no ORM objects): the
        list is reread after every mark and holds up to 500 people.
        """
        with self._db.transaction() as session:
            seminar = _get_seminar(session, seminar_id)
            cohort_id = seminar.cohort_id
            run = session.connection().execute
            ids = {"seminar_id": seminar_id, "cohort_id": cohort_id}
            marks = {eid: (status, note) for eid, status, note in run(_SHEET_MARKS, ids).all()}
            # Only this seminar's kinds of marks: the sheet uses no other seminar's state.
            kinds = {seminar_id: {status for status, _ in marks.values()}}
            frame = load_frame(session, cohort_id, kinds)
            info = next(s for s in frame.seminars if s.id == seminar_id)
            slot = next(s for s in frame.slots if s.id == seminar_id)
            groups: dict[int, list[str]] = {}
            for eid, name in run(_SHEET_GROUPS, ids).all():
                groups.setdefault(eid, []).append(name)
            for names in groups.values():
                names.sort(key=swedish_key)
            rows = []
            for eid, pid, first, last, workplace, title, status, joined, left in run(
                _SHEET_PEOPLE, ids
            ).all():
                mark = marks.get(eid)
                record = ParticipantRecord(
                    status, joined, left, {seminar_id: mark[0]} if mark else {}
                )
                if not on_list(slot, record):
                    continue
                rows.append(
                    SheetRow(
                        eid,
                        pid,
                        first,
                        last,
                        workplace or "",
                        title,
                        tuple(groups.get(eid, ())),
                        mark[0] if mark else None,
                        mark[1] if mark else "",
                        status,
                        joined,
                        left,
                        cell_state(slot, record),
                    )
                )
            return SignOffSheet(
                seminar=info,
                cohort_id=frame.cohort_id,
                cohort_name=frame.cohort_name,
                programme_name=frame.programme_name,
                location=seminar.location,
                start_time=seminar.start_time,
                end_time=seminar.end_time,
                rows=tuple(rows),
                events=_events(session, seminar_id),
            )

    def seminars(self, cohort_id: int) -> tuple[SeminarInfo, ...]:
        """The cohort's seminars with held and signed-off state, by number."""
        with self._db.transaction() as session:
            return load_frame(session, cohort_id).seminars

    def history(self, enrollment_id: int, seminar_id: int) -> CellHistory:
        """The audit trail of one cell, oldest first, with the seminar's sign-offs and unlocks."""
        with self._db.transaction() as session:
            enrollment = session.get(Enrollment, enrollment_id)
            seminar = _get_seminar(session, seminar_id)
            if enrollment is None:
                raise NotFoundError(translate("Errors", "Antagningen finns inte längre."))
            person = session.get(Person, enrollment.person_id)
            mark = _mark(session, enrollment_id, seminar_id)
            makeup = session.scalar(
                select(MakeupTask).where(
                    MakeupTask.enrollment_id == enrollment_id, MakeupTask.seminar_id == seminar_id
                )
            )
            changes = session.scalars(
                select(AttendanceChange)
                .where(
                    AttendanceChange.enrollment_id == enrollment_id,
                    AttendanceChange.seminar_id == seminar_id,
                )
                .order_by(AttendanceChange.changed_at, AttendanceChange.id)
            ).all()
            entries = [
                HistoryEntry(
                    at=c.changed_at,
                    by=c.changed_by,
                    kind="change",
                    old_status=c.old_status,
                    new_status=c.new_status,
                    old_note=c.old_note,
                    new_note=c.new_note,
                    reason=c.reason,
                    source=c.source,
                )
                for c in changes
            ]
            if mark is not None and not changes:
                entries.append(
                    HistoryEntry(
                        at=mark.recorded_at,
                        by=mark.recorded_by,
                        kind="recorded",
                        old_status=None,
                        new_status=mark.status,
                        old_note="",
                        new_note=mark.note,
                        reason="",
                        source="",
                    )
                )
            entries.extend(
                HistoryEntry(
                    at=e.at,
                    by=e.by,
                    kind=e.action,
                    old_status=None,
                    new_status=None,
                    old_note="",
                    new_note="",
                    reason=e.reason,
                    source="",
                )
                for e in _events(session, seminar_id)
            )
            entries.sort(key=lambda e: e.at)
            makeup_text = None
            if makeup is not None:
                task = makeup.description or translate("Errors", "Kompletteringsuppgift")
                makeup_text = (
                    translate("Errors", "{task} (godkänd {date})").format(
                        task=task, date=long_date(makeup.approved_on)
                    )
                    if makeup.approved_on
                    else task
                )
            return CellHistory(
                participant=full_name(person.first_name, person.last_name) if person else "",
                seminar_number=seminar.number,
                seminar_title=seminar.title,
                status=mark.status if mark else None,
                note=mark.note if mark else "",
                makeup=makeup_text,
                entries=tuple(entries),
            )

    def rules(self, cohort_id: int) -> CompletionRules:
        """The cohort's completion rules."""
        with self._db.transaction() as session:
            return rules_of(_get_cohort(session, cohort_id))

    # changing marks ---------------------------------------------------------------------
    def apply(
        self,
        changes: Sequence[MarkChange],
        *,
        source: ChangeSource | str,
        reason: str = "",
        overwrite: bool = False,
        skip_locked: bool = False,
        by: str | None = None,
    ) -> BatchResult:
        """Apply a batch of mark changes in one transaction, each recorded in the audit trail.

        A change that would alter a mark already taken (another status, clearing it, or
        replacing a non-empty note) is applied only with `overwrite`; otherwise it is returned
        in `kept`. Cells of signed-off seminars raise ConflictError (nothing is saved) unless
        `skip_locked`, which returns them in `locked`. Unknown cells, an enrolment and seminar
        of different cohorts, or one cell twice raise ValidationError. When `reason` is empty
        and the seminar was unlocked after a sign-off, the unlock reason is recorded.
        """
        label = str(source)
        if not label:
            raise ValidationError.single(
                "source", translate("Errors", "Ange varifrån ändringarna kommer.")
            )
        who = tidy(by) or self.coordinator.name
        with self._db.transaction() as session:
            return _apply(session, changes, label, tidy(reason), overwrite, skip_locked, who)

    def set_status(
        self,
        cells: Sequence[CellRef],
        status: AttendanceStatus | None,
        *,
        source: ChangeSource = ChangeSource.MATRIX,
        reason: str = "",
    ) -> BatchResult:
        """Give `cells` the mark `status` (None clears), replacing what was there: the user
        chose these cells. Signed-off seminars raise ConflictError."""
        return self.apply(
            [MarkChange(c.enrollment_id, c.seminar_id, status) for c in cells],
            source=source,
            reason=reason,
            overwrite=True,
        )

    def set_note(
        self,
        enrollment_id: int,
        seminar_id: int,
        note: str,
        *,
        source: ChangeSource = ChangeSource.MATRIX,
    ) -> BatchResult:
        """Write the note of a cell that has a mark (ValidationError when it has none)."""
        with self._db.transaction() as session:
            if _mark(session, enrollment_id, seminar_id) is None:
                raise ValidationError.single(
                    "note",
                    translate(
                        "Errors", "Registrera närvaron först; anteckningen hör till markeringen."
                    ),
                )
            return _apply(
                session,
                [MarkChange(enrollment_id, seminar_id, None, note)],
                str(source),
                "",
                True,
                False,
                self.coordinator.name,
                keep_status=True,
            )

    def excuse_in_advance(self, enrollment_id: int, seminar_id: int, note: str = "") -> BatchResult:
        """Record an advance apology (excused absence), e.g. from an e-mail, before the seminar.
        ConflictError when a mark is already taken for the cell."""
        result = self.apply(
            [MarkChange(enrollment_id, seminar_id, AttendanceStatus.EXCUSED, note)],
            source=ChangeSource.APOLOGY,
        )
        if result.kept:
            current = result.kept[0].current
            raise ConflictError(
                translate(
                    "Errors",
                    "Det finns redan en markering ({value}) för seminariet; ändra den i "
                    "närvaromatrisen i stället.",
                ).format(value=STATUS_WORDS[current].lower())
            )
        return result

    def restore_marks(self, marks: Sequence[MarkChange], source: ChangeSource) -> BatchResult:
        """Put cells back to exactly these marks and notes (undo and redo of a batch's
        `before` and `after`); each change is recorded in the audit trail with `source`.
        Signed-off seminars raise ConflictError and nothing is saved."""
        exact = [MarkChange(m.enrollment_id, m.seminar_id, m.status, m.note or "") for m in marks]
        return self.apply(exact, source=source, overwrite=True)

    def mark_remaining_absent(self, seminar_id: int) -> BatchResult:
        """Mark every expected participant without a mark as absent; never touches a mark
        already taken."""
        sheet = self.sheet(seminar_id)
        changes = [
            MarkChange(r.enrollment_id, seminar_id, AttendanceStatus.ABSENT)
            for r in sheet.rows
            if r.status is None
        ]
        return self.apply(changes, source=ChangeSource.SIGNOFF, overwrite=False)

    def add_walk_in(
        self,
        seminar_id: int,
        person_id: int,
        *,
        join_cohort: bool,
        status: AttendanceStatus = AttendanceStatus.PRESENT,
    ) -> WalkInResult:
        """Record a person who came without being enrolled. With `join_cohort` they are enrolled
        from the seminar's date (earlier seminars do not count against them); otherwise the
        visit is kept as a one-day enrolment that does not count as taking part."""
        with self._db.transaction() as session:
            seminar = _get_seminar(session, seminar_id)
            _refuse_if_signed(seminar)
            person = session.get(Person, person_id)
            if person is None:
                raise NotFoundError(translate("Errors", "Personen finns inte längre i registret."))
            name = full_name(person.first_name, person.last_name)
            enrollment = session.scalar(
                select(Enrollment).where(
                    Enrollment.cohort_id == seminar.cohort_id, Enrollment.person_id == person_id
                )
            )
            if enrollment is None:
                enrollment = Enrollment(
                    cohort_id=seminar.cohort_id,
                    person_id=person_id,
                    status=EnrollmentStatus.ENROLLED if join_cohort else EnrollmentStatus.WITHDRAWN,
                    joined_on=seminar.date,
                    left_on=None if join_cohort else seminar.date,
                    notes=""
                    if join_cohort
                    else translate("Errors", "Besökare vid seminarium {number}.").format(
                        number=seminar.number
                    ),
                )
                session.add(enrollment)
                session.flush()
            elif join_cohort:
                if enrollment.status not in (EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED):
                    enrollment.status = EnrollmentStatus.ENROLLED
                    enrollment.left_on = None
                    if enrollment.joined_on is None or enrollment.joined_on > seminar.date:
                        enrollment.joined_on = seminar.date
            elif enrollment.status not in MATRIX_STATUSES:
                raise ConflictError(
                    translate(
                        "Errors",
                        "{name} är anmäld till omgången men inte antagen. Välj att anta hen för"
                        " att kunna registrera närvaron.",
                    ).format(name=name)
                )
            session.flush()
            _apply(
                session,
                [MarkChange(enrollment.id, seminar_id, status)],
                ChangeSource.SIGNOFF.value,
                translate("Errors", "Kom utan att stå på listan."),
                True,
                False,
                self.coordinator.name,
            )
            return WalkInResult(enrollment_id=enrollment.id, joined=join_cohort, name=name)

    # sign-off ---------------------------------------------------------------------------
    def sign(self, seminar_id: int) -> SignOffEventRow:
        """Lock the seminar's attendance with the coordinator's name and the time."""
        with self._db.transaction() as session:
            seminar = _get_seminar(session, seminar_id)
            _refuse_if_signed(seminar)
            now = utc_now()
            seminar.signed_off_at = now
            seminar.signed_off_by = self.coordinator.name
            session.add(
                SignOffEvent(seminar_id=seminar_id, action="sign", at=now, by=self.coordinator.name)
            )
            return SignOffEventRow("sign", now, self.coordinator.name, "")

    def unlock(self, seminar_id: int, reason: str) -> SignOffEventRow:
        """Unlock a signed-off seminar; a reason is required and kept in the audit trail."""
        why = tidy(reason)
        if not why:
            raise ValidationError.single(
                "reason", translate("Errors", "Skriv varför närvaron behöver ändras.")
            )
        if len(why) > MAX_NOTE_LENGTH:
            raise ValidationError.single(
                "reason", translate("Errors", "Motiveringen får vara högst 2000 tecken.")
            )
        with self._db.transaction() as session:
            seminar = _get_seminar(session, seminar_id)
            if seminar.signed_off_at is None:
                raise ConflictError(
                    translate("Errors", "Seminarium {number} är inte signerat.").format(
                        number=seminar.number
                    )
                )
            now = utc_now()
            seminar.signed_off_at = None
            seminar.signed_off_by = None
            session.add(
                SignOffEvent(
                    seminar_id=seminar_id,
                    action="unlock",
                    at=now,
                    by=self.coordinator.name,
                    reason=why,
                )
            )
            return SignOffEventRow("unlock", now, self.coordinator.name, why)

    # make-up tasks and rules ------------------------------------------------------------
    def record_makeup(
        self,
        enrollment_id: int,
        seminar_id: int,
        description: str,
        approved_on: date | None = None,
    ) -> None:
        """Record a make-up task (e.g. a written reflection) for a missed seminar."""
        text = description.strip()
        if not text:
            raise ValidationError.single(
                "description", translate("Errors", "Beskriv kompletteringsuppgiften.")
            )
        with self._db.transaction() as session:
            enrollment, seminar = _cell(session, enrollment_id, seminar_id)
            cohort = _get_cohort(session, seminar.cohort_id)
            if not cohort.allow_makeup:
                raise ConflictError(
                    translate(
                        "Errors",
                        "Omgången tillåter inte kompletteringsuppgifter. Ändra kraven för "
                        "godkänt först.",
                    )
                )
            mark = _mark(session, enrollment_id, seminar_id)
            if mark is not None and rules_of(cohort).counts(mark.status):
                raise ConflictError(
                    translate(
                        "Errors",
                        "Deltagaren räknas redan som närvarande vid seminarium {number}; ingen "
                        "komplettering behövs.",
                    ).format(number=seminar.number)
                )
            task = session.scalar(
                select(MakeupTask).where(
                    MakeupTask.enrollment_id == enrollment.id, MakeupTask.seminar_id == seminar_id
                )
            )
            if task is None:
                task = MakeupTask(enrollment_id=enrollment.id, seminar_id=seminar_id)
                session.add(task)
            task.description = text
            task.approved_on = approved_on
            task.recorded_by = self.coordinator.name

    def remove_makeup(self, enrollment_id: int, seminar_id: int) -> bool:
        """Remove the make-up task of a cell; False when there was none."""
        with self._db.transaction() as session:
            task = session.scalar(
                select(MakeupTask).where(
                    MakeupTask.enrollment_id == enrollment_id, MakeupTask.seminar_id == seminar_id
                )
            )
            if task is None:
                return False
            session.delete(task)
            return True

    def set_rules(self, cohort_id: int, rules: CompletionRules) -> None:
        """Save the cohort's completion rules; the requirement cannot exceed its seminars."""
        with self._db.transaction() as session:
            cohort = _get_cohort(session, cohort_id)
            count = len(cohort.seminars)
            if count and rules.min_attended > count:
                raise ValidationError.single(
                    "min_attended",
                    translate(
                        "Errors", "Kravet kan inte vara fler än omgångens {count} seminarier."
                    ).format(count=count),
                )
            cohort.min_attended = rules.min_attended
            cohort.late_counts_as_present = rules.late_counts_as_present
            cohort.excused_counts_as_attended = rules.excused_counts_as_attended
            cohort.require_each_theme = rules.require_each_theme
            cohort.allow_makeup = rules.allow_makeup


# -- helpers -------------------------------------------------------------------------------
def _build_matrix(
    frame: CohortFrame,
    people: Sequence[Any],
    marks: dict[int, dict[int, AttendanceStatus]],
    notes: dict[int, dict[int, str]],
    makeups: dict[int, set[int]],
    members: dict[int, list[int]],
    group_rows: Iterable[Any],
) -> AttendanceMatrix:
    judge = Judge(frame)
    allow_makeup = frame.rules.allow_makeup
    seminar_ids = [s.id for s in frame.seminars]
    no_notes = ("",) * len(seminar_ids)
    none_made_up = (False,) * len(seminar_ids)
    empty: dict[int, AttendanceStatus] = {}
    rows = []
    visitors = [0] * len(seminar_ids)
    for eid, pid, status, joined, left, first, last, workplace in people:
        if is_visit(status, joined, left):
            visited = marks.get(eid, empty)
            visitors = [n + (sid in visited) for n, sid in zip(visitors, seminar_ids, strict=True)]
            continue
        tasks = makeups.get(eid)
        own_notes = notes.get(eid)
        verdict = judge.judge(
            status,
            joined,
            left,
            marks.get(eid, empty),
            tasks if tasks and allow_makeup else (),
            enrollment_id=eid,
        )
        rows.append(
            MatrixRow(
                enrollment_id=eid,
                person_id=pid,
                first_name=first,
                last_name=last,
                workplace_name=workplace or "",
                status=status,
                joined_on=joined,
                left_on=left,
                group_ids=tuple(members.get(eid, ())),
                cells=verdict.cells,
                notes=tuple(own_notes.get(sid, "") for sid in seminar_ids)
                if own_notes
                else no_notes,
                made_up=tuple(sid in tasks for sid in seminar_ids) if tasks else none_made_up,
                result=verdict.result,
            )
        )
    return AttendanceMatrix(
        cohort_id=frame.cohort_id,
        cohort_name=frame.cohort_name,
        programme_name=frame.programme_name,
        school_year=frame.school_year,
        rules=frame.rules,
        seminars=frame.seminars,
        totals=column_totals(len(seminar_ids), (row.cells for row in rows), visitors),
        rows=tuple(rows),
        groups=tuple(MatrixGroup(gid, name, kind) for gid, name, kind in group_rows),
        theme_names=dict(frame.theme_names),
    )


def _apply(
    session: Session,
    changes: Sequence[MarkChange],
    source: str,
    reason: str,
    overwrite: bool,
    skip_locked: bool,
    by: str,
    *,
    keep_status: bool = False,
) -> BatchResult:
    if not changes:
        return BatchResult((), 0, (), ())
    cells = [(c.enrollment_id, c.seminar_id) for c in changes]
    if len(set(cells)) != len(cells):
        raise ValidationError.single(
            "changes", translate("Errors", "Samma deltagare och seminarium förekommer två gånger.")
        )
    for change in changes:
        if change.note is not None and len(change.note) > MAX_NOTE_LENGTH:
            raise ValidationError.single(
                "note", translate("Errors", "Anteckningen får vara högst 2000 tecken.")
            )
    enrollment_ids = {eid for eid, _ in cells}
    seminar_ids = {sid for _, sid in cells}
    cohort_of_enrollment = dict(
        session.execute(
            select(Enrollment.id, Enrollment.cohort_id).where(Enrollment.id.in_(enrollment_ids))
        ).all()
    )
    seminars = {
        s.id: s for s in session.scalars(select(Seminar).where(Seminar.id.in_(seminar_ids)))
    }
    for eid, sid in cells:
        if eid not in cohort_of_enrollment:
            raise ValidationError.single(
                "enrollment_id", translate("Errors", "En av deltagarna finns inte längre.")
            )
        if sid not in seminars:
            raise ValidationError.single(
                "seminar_id", translate("Errors", "Ett av seminarierna finns inte längre.")
            )
        if cohort_of_enrollment[eid] != seminars[sid].cohort_id:
            raise ValidationError.single(
                "seminar_id",
                translate("Errors", "Deltagaren är inte antagen till seminariets omgång."),
            )
    locked_ids = {sid for sid, s in seminars.items() if s.signed_off_at is not None}
    if locked_ids and not skip_locked:
        numbers = ", ".join(str(seminars[sid].number) for sid in sorted(locked_ids))
        raise ConflictError(
            translate(
                "Errors",
                "Närvaron för seminarium {numbers} är signerad. Lås upp seminariet med "
                "en motivering för att ändra den.",
            ).format(numbers=numbers)
        )
    existing = {
        (a.enrollment_id, a.seminar_id): a
        for a in session.scalars(
            select(Attendance).where(
                Attendance.seminar_id.in_(seminar_ids), Attendance.enrollment_id.in_(enrollment_ids)
            )
        )
    }
    unlock_reasons = _unlock_reasons(session, seminar_ids - locked_ids) if not reason else {}
    now = utc_now()
    changed: list[CellRef] = []
    before: list[MarkChange] = []
    after: list[MarkChange] = []
    kept: list[KeptMark] = []
    locked: list[CellRef] = []
    unchanged = 0
    for change in changes:
        key = (change.enrollment_id, change.seminar_id)
        if change.seminar_id in locked_ids:
            locked.append(CellRef(*key))
            continue
        mark = existing.get(key)
        old_status = mark.status if mark else None
        old_note = mark.note if mark else ""
        new_status = old_status if keep_status else change.status
        new_note = old_note if change.note is None else change.note.strip()
        if new_status is None:
            new_note = ""
        if new_status is None and change.note and mark is None:
            raise ValidationError.single(
                "note",
                translate(
                    "Errors", "Registrera närvaron först; anteckningen hör till markeringen."
                ),
            )
        if new_status == old_status and new_note == old_note:
            unchanged += 1
            continue
        overwrites = mark is not None and (
            new_status != old_status or (bool(old_note) and new_note != old_note)
        )
        if overwrites and not overwrite:
            assert old_status is not None
            kept.append(KeptMark(*key, current=old_status, proposed=change.status))
            continue
        if new_status is None:
            session.delete(mark)
        elif mark is None:
            session.add(
                Attendance(
                    enrollment_id=change.enrollment_id,
                    seminar_id=change.seminar_id,
                    status=new_status,
                    note=new_note,
                    recorded_at=now,
                    recorded_by=by,
                )
            )
        else:
            mark.status, mark.note = new_status, new_note
            mark.recorded_at, mark.recorded_by = now, by
        session.add(
            AttendanceChange(
                seminar_id=change.seminar_id,
                enrollment_id=change.enrollment_id,
                changed_at=now,
                changed_by=by,
                old_status=old_status,
                new_status=new_status,
                old_note=old_note,
                new_note=new_note,
                reason=reason or unlock_reasons.get(change.seminar_id, ""),
                source=source,
            )
        )
        changed.append(CellRef(*key))
        before.append(MarkChange(*key, old_status, old_note))
        after.append(MarkChange(*key, new_status, new_note))
    session.flush()
    return BatchResult(
        tuple(changed), unchanged, tuple(kept), tuple(locked), tuple(before), tuple(after)
    )


def _unlock_reasons(session: Session, seminar_ids: Iterable[int]) -> dict[int, str]:
    """For seminars whose latest sign-off event is an unlock, that unlock's reason."""
    latest: dict[int, SignOffEvent] = {}
    for event in session.scalars(
        select(SignOffEvent)
        .where(SignOffEvent.seminar_id.in_(list(seminar_ids)))
        .order_by(SignOffEvent.at, SignOffEvent.id)
    ):
        latest[event.seminar_id] = event
    return {
        sid: translate("Errors", "Efter upplåsning: {reason}").format(reason=event.reason)
        for sid, event in latest.items()
        if event.action == "unlock"
    }


def _events(session: Session, seminar_id: int) -> tuple[SignOffEventRow, ...]:
    rows = session.connection().execute(_EVENTS, {"seminar_id": seminar_id}).all()
    return tuple(SignOffEventRow(*event) for event in rows)


def _mark(session: Session, enrollment_id: int, seminar_id: int) -> Attendance | None:
    return session.scalar(
        select(Attendance).where(
            Attendance.enrollment_id == enrollment_id, Attendance.seminar_id == seminar_id
        )
    )


def _cell(session: Session, enrollment_id: int, seminar_id: int) -> tuple[Enrollment, Seminar]:
    enrollment = session.get(Enrollment, enrollment_id)
    if enrollment is None:
        raise NotFoundError(translate("Errors", "Antagningen finns inte längre."))
    seminar = _get_seminar(session, seminar_id)
    if enrollment.cohort_id != seminar.cohort_id:
        raise ValidationError.single(
            "seminar_id", translate("Errors", "Deltagaren är inte antagen till seminariets omgång.")
        )
    return enrollment, seminar


def _get_seminar(session: Session, seminar_id: int) -> Seminar:
    seminar = session.get(Seminar, seminar_id)
    if seminar is None:
        raise NotFoundError(translate("Errors", "Seminariet finns inte längre."))
    return seminar


def _get_cohort(session: Session, cohort_id: int) -> Cohort:
    cohort = session.get(Cohort, cohort_id)
    if cohort is None:
        raise NotFoundError(translate("Errors", "Omgången finns inte längre."))
    return cohort


def _refuse_if_signed(seminar: Seminar) -> None:
    if seminar.signed_off_at is not None:
        by = (
            translate("Errors", " av {name}").format(name=seminar.signed_off_by)
            if seminar.signed_off_by
            else ""
        )
        raise ConflictError(
            translate(
                "Errors",
                "Seminarium {number} är redan signerat{by}. Lås upp det med en "
                "motivering för att ändra närvaron.",
            ).format(number=seminar.number, by=by)
        )

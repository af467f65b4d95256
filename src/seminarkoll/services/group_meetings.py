"""Group meeting use cases: a group's own meetings (date, time, place, leader), attendance
recorded for the group's members only, signed off like a seminar, and the meeting's sign-in
sheet."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from seminarkoll.data.lookups import existing, existing_group
from seminarkoll.data.models import (
    CohortGroup,
    Enrollment,
    GroupMeeting,
    GroupMeetingAttendance,
    GroupMember,
    Person,
)
from seminarkoll.data.types import utc_now
from seminarkoll.data.versions import refuse_stale
from seminarkoll.domain.attendance import MarkAction, decide_mark, seminar_held, unlock_reason
from seminarkoll.domain.completion import (
    CellState,
    ParticipantRecord,
    SeminarSlot,
    SeminarTotals,
    cell_state,
    tally,
)
from seminarkoll.domain.dates import long_date
from seminarkoll.domain.edits import Edited
from seminarkoll.domain.enums import AttendanceStatus, EnrollmentStatus
from seminarkoll.domain.errors import ConflictError, FieldProblem, NotFoundError, ValidationError
from seminarkoll.domain.exports import ScheduleEntry, SignInEntry, SignInExport
from seminarkoll.domain.records import built_from
from seminarkoll.domain.schedule import seminar_length_problems
from seminarkoll.domain.text import NamedRow, full_name, name_key, tidy
from seminarkoll.domain.translation import translate
from seminarkoll.services.attendance.marking import refuse_changed_since_shown
from seminarkoll.services.attendance.queries import enrolment_people
from seminarkoll.services.attendance.results import CellRef, MarkChange
from seminarkoll.services.completion_data import rules_of
from seminarkoll.services.database_service import CoordinatedService
from seminarkoll.services.exports import (
    PDF,
    ExportResult,
    export_heading,
    people_count,
    write_export,
    write_signin_pdf,
)
from seminarkoll.services.groups import PersonChoice


@dataclass(frozen=True)
class MeetingInput:
    """What the user set for a group meeting; no leader given means the group's leader."""

    group_id: int
    date: date
    start_time: time | None = None
    end_time: time | None = None
    place: str = ""
    leader_person_id: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class MeetingRow:
    """A group meeting with how many of the group's members attended (by the cohort's rules:
    late and excused count as for seminars); `number` is its place among the group's meetings
    by date."""

    id: int
    group_id: int
    group_name: str
    date: date
    start_time: time | None
    end_time: time | None
    place: str
    leader_name: str
    attended: int
    members: int
    number: int = 1
    cohort_id: int = 0
    leader_person_id: int | None = None
    notes: str = ""
    marked: int = 0
    signed_off_at: datetime | None = None
    signed_off_by: str | None = None
    version: int = 0
    """The version read: give it back when saving, to refuse a save over a newer change."""
    unlocked_at: datetime | None = None
    """When the signed attendance was last unlocked, by whom and why (None: never)."""
    unlocked_by: str = ""
    unlock_reason: str = ""

    @property
    def signed_off(self) -> bool:
        """Whether the meeting's attendance is locked."""
        return self.signed_off_at is not None

    def as_input(self) -> MeetingInput:
        """The meeting as input, e.g. to fill the form that edits it."""
        return built_from(MeetingInput, self)


@dataclass(frozen=True)
class MeetingMark(NamedRow):
    """One member of the group and what was recorded for them at the meeting (shaped like a
    seminar's sign-off row, so the sign-off table shows either)."""

    enrollment_id: int
    first_name: str
    last_name: str
    status: AttendanceStatus | None
    person_id: int = 0
    workplace_name: str = ""
    groups: tuple[str, ...] = ()
    enrollment_status: EnrollmentStatus = EnrollmentStatus.ENROLLED
    cell: CellState = CellState.NOT_YET_HELD
    """What the rules make of the member at the meeting (NOT_EXPECTED: before joining or after
    leaving the cohort; listed but not counted)."""
    note: str = ""
    visit: bool = False
    """Never: only members are on a meeting's list (the sign-off table asks)."""


@dataclass(frozen=True)
class MeetingSheet:
    """A meeting with one line per member of its group, by last name."""

    meeting: MeetingRow
    marks: tuple[MeetingMark, ...]
    cohort_name: str = ""
    programme_name: str = ""

    @property
    def totals(self) -> SeminarTotals:
        """The meeting's figures, counted as for a seminar."""
        return tally(mark.cell for mark in self.marks)

    @property
    def unmarked(self) -> int:
        """How many expected members have no mark yet."""
        return sum(
            1 for m in self.marks if m.status is None and m.cell is not CellState.NOT_EXPECTED
        )


class GroupMeetingService(CoordinatedService):
    """Plans a group's meetings, records who of its members came and signs the list."""

    def add_meeting(self, data: MeetingInput) -> MeetingRow:
        """Add a meeting to a group; ValidationError (date, end_time, place) when it does not
        fit."""
        with self._db.transaction() as session:
            group = existing_group(session, data.group_id)
            _check(session, group, data)
            meeting = GroupMeeting(group_id=group.id, date=data.date)
            _apply(meeting, group, data)
            session.add(meeting)
            session.flush()
            return _row(session, meeting)

    def update_meeting(
        self, meeting_id: int, data: MeetingInput, *, version: int | None = None
    ) -> MeetingRow:
        """Change a meeting's date, times, place, leader or notes (same checks as adding);
        StaleEditError when it is no longer at `version` (None: save over any change)."""
        with self._db.transaction() as session:
            meeting = _shown_meeting(session, meeting_id, version)
            _check(session, meeting.group, data, meeting.id)
            _apply(meeting, meeting.group, data)
            session.flush()
            return _row(session, meeting)

    def remove_meeting(self, meeting_id: int, *, version: int | None = None) -> MeetingRow:
        """Remove a meeting and the marks taken at it; returns what it was. StaleEditError, and
        nothing removed, when it is no longer at `version` (None: whatever changed)."""
        with self._db.transaction() as session:
            meeting = _shown_meeting(session, meeting_id, version, listed=True)
            row = _row(session, meeting)
            session.delete(meeting)
            return row

    def meeting(self, meeting_id: int) -> MeetingRow:
        """One meeting; NotFoundError when it has been removed."""
        with self._db.transaction() as session:
            return _row(session, _meeting(session, meeting_id))

    def meetings(self, group_id: int) -> tuple[MeetingRow, ...]:
        """The group's meetings by date."""
        with self._db.transaction() as session:
            existing_group(session, group_id)
            meetings = session.scalars(
                select(GroupMeeting)
                .where(GroupMeeting.group_id == group_id)
                .order_by(GroupMeeting.date)
            ).all()
            return tuple(_row(session, meeting) for meeting in meetings)

    def meeting_id(self, group_id: int, number: int) -> int:
        """The id of the group's meeting `number` (by date); NotFoundError names the numbers."""
        with self._db.transaction() as session:
            group = existing_group(session, group_id)
            ids = session.scalars(
                select(GroupMeeting.id)
                .where(GroupMeeting.group_id == group_id)
                .order_by(GroupMeeting.date)
            ).all()
            if 1 <= number <= len(ids):
                return ids[number - 1]
            if not ids:
                raise NotFoundError(
                    translate("Errors", "Gruppen ”{group}” har inga träffar.").format(
                        group=group.name
                    )
                )
            raise NotFoundError(
                translate(
                    "Errors",
                    "Gruppen ”{group}” har ingen träff {number} (träffarna har nummer 1–{last}).",
                ).format(group=group.name, number=number, last=len(ids))
            )

    def leader_choices(self, group_id: int) -> tuple[PersonChoice, ...]:
        """Who can lead a meeting: the group's leader, then its members by name."""
        with self._db.transaction() as session:
            group = existing_group(session, group_id)
            choices = []
            if group.leader is not None:
                choices.append(
                    PersonChoice(
                        group.leader.id,
                        full_name(group.leader.first_name, group.leader.last_name),
                        translate("Groups", "gruppens ledare"),
                    )
                )
            rows = session.execute(
                select(Person.id, Person.first_name, Person.last_name)
                .join(Enrollment, Enrollment.person_id == Person.id)
                .join(GroupMember, GroupMember.enrollment_id == Enrollment.id)
                .where(GroupMember.group_id == group_id)
            ).all()
            for person_id, first, last in sorted(rows, key=lambda r: name_key(r[2], r[1])):
                if person_id != group.leader_person_id:
                    choices.append(
                        PersonChoice(
                            person_id, full_name(first, last), translate("Groups", "medlem")
                        )
                    )
            return tuple(choices)

    def sheet(self, meeting_id: int) -> MeetingSheet:
        """The meeting with every member of its group and their mark."""
        with self._db.transaction() as session:
            return _sheet(session, _meeting(session, meeting_id))

    def set_marks(
        self,
        meeting_id: int,
        marks: Mapping[int, AttendanceStatus | None],
        shown: Mapping[int, AttendanceStatus | None] | None = None,
    ) -> MeetingSheet:
        """Record (or with None clear) marks by enrolment id; ValidationError, and nothing
        saved, when any of them is not a member of the meeting's group; ConflictError while
        the meeting is signed off; MarkConflictError, and nothing saved, when a member's mark
        is no longer the one `shown` (by enrolment id) but another coordinator's.

        The meeting's row is locked first (FOR UPDATE on a server), so that two coordinators
        marking the same meeting take turns and each sees the other's committed marks."""
        with self._db.transaction() as session:
            meeting = _meeting(session, meeting_id)
            session.execute(
                select(GroupMeeting.id).where(GroupMeeting.id == meeting.id).with_for_update()
            )
            _refuse_if_signed(meeting)
            members = _members(session, meeting.group_id)
            strangers = sorted(set(marks) - set(members))
            if strangers:
                names = _names(session, strangers)
                raise ValidationError.single(
                    "enrollment",
                    translate(
                        "Errors", "Bara gruppens medlemmar kan ha närvaro på träffen, inte {names}."
                    ).format(names=", ".join(names)),
                )
            existing = {
                mark.enrollment_id: mark
                for mark in session.scalars(
                    select(GroupMeetingAttendance).where(
                        GroupMeetingAttendance.meeting_id == meeting.id
                    )
                )
            }
            if shown:
                refuse_changed_since_shown(
                    session,
                    [MarkChange(eid, meeting.id, status) for eid, status in marks.items()],
                    {(eid, meeting.id): mark for eid, mark in existing.items()},
                    {CellRef(eid, meeting.id): status for eid, status in shown.items()},
                    lambda _: _row(session, meeting).number,
                    meeting=True,
                )
            now, by = utc_now(), self.coordinator.name
            for enrollment_id, status in marks.items():
                mark = existing.get(enrollment_id)
                decision = decide_mark(
                    mark.status if mark else None, "", status, None, locked=False, overwrite=True
                )
                match decision.action:
                    case MarkAction.CLEAR:
                        session.delete(mark)
                    case MarkAction.RECORD:
                        assert decision.status is not None
                        session.add(
                            GroupMeetingAttendance(
                                meeting_id=meeting.id,
                                enrollment_id=enrollment_id,
                                status=decision.status,
                                recorded_at=now,
                                recorded_by=by,
                            )
                        )
                    case MarkAction.CHANGE:
                        assert mark is not None
                        assert decision.status is not None
                        mark.status, mark.recorded_at, mark.recorded_by = decision.status, now, by
            session.flush()
            return _sheet(session, meeting)

    def mark_remaining_absent(self, meeting_id: int) -> MeetingSheet:
        """Mark every expected member still without a mark absent (marks taken stay)."""
        with self._db.transaction() as session:
            meeting = _meeting(session, meeting_id)
            _refuse_if_signed(meeting)
            for mark in _sheet(session, meeting).marks:
                if mark.status is None and mark.cell is not CellState.NOT_EXPECTED:
                    session.add(
                        GroupMeetingAttendance(
                            meeting_id=meeting.id,
                            enrollment_id=mark.enrollment_id,
                            status=AttendanceStatus.ABSENT,
                            recorded_by=self.coordinator.name,
                        )
                    )
            session.flush()
            return _sheet(session, meeting)

    def sign(self, meeting_id: int) -> MeetingRow:
        """Lock the meeting's attendance with the coordinator's name and the time; from then
        an unmarked member has missed it."""
        with self._db.transaction() as session:
            meeting = _meeting(session, meeting_id)
            _refuse_if_signed(meeting)
            meeting.signed_off_at = utc_now()
            meeting.signed_off_by = self.coordinator.name
            session.flush()
            return _row(session, meeting)

    def unlock(self, meeting_id: int, reason: str) -> MeetingRow:
        """Open a signed meeting for changes again; a reason is required and kept with the
        meeting, as a seminar's is in its sign-off log."""
        why = unlock_reason(reason)
        with self._db.transaction() as session:
            meeting = _meeting(session, meeting_id)
            if meeting.signed_off_at is None:
                raise ConflictError(
                    translate("Errors", "Träffen {day} är inte signerad.").format(
                        day=long_date(meeting.date)
                    )
                )
            meeting.signed_off_at = None
            meeting.signed_off_by = None
            meeting.unlocked_at, meeting.unlocked_by = utc_now(), self.coordinator.name
            meeting.unlock_reason = why
            session.flush()
            return _row(session, meeting)

    def signin(self, meeting_id: int) -> SignInExport:
        """The meeting's sign-in sheet: every expected member, with marks already taken."""
        with self._db.transaction() as session:
            meeting = _meeting(session, meeting_id)
            sheet = _sheet(session, meeting)
            cohort = meeting.group.cohort
            heading = export_heading(cohort, cohort.programme.name)
        row = sheet.meeting
        return SignInExport(
            heading=heading,
            seminar=built_from(
                ScheduleEntry,
                row,
                seminar_id=row.id,
                title=row.group_name,
                theme_name="",
                location=row.place,
                lecturers=(),
            ),
            signed_off=row.signed_off,
            entries=tuple(
                built_from(SignInEntry, mark, workplace=mark.workplace_name, role="", note="")
                for mark in sheet.marks
                if mark.cell is not CellState.NOT_EXPECTED
            ),
            group=row.group_name,
            group_leader=row.leader_name,
            meeting=True,
        )

    def export_signin(self, meeting_id: int, path: Path) -> ExportResult:
        """The meeting's sign-in sheet as a PDF to print."""
        data = write_export(path, lambda: self.signin(meeting_id), {PDF: write_signin_pdf})
        return ExportResult(
            path,
            len(data.entries),
            translate("Exports", "närvarolistan för träff {number} i {group} ({day})").format(
                group=data.group, number=data.seminar.number, day=long_date(data.seminar.date)
            ),
            people_count(data.entries),
        )


def _meeting(session: Session, meeting_id: int) -> GroupMeeting:
    return existing(
        session, GroupMeeting, meeting_id, translate("Errors", "Träffen finns inte längre.")
    )


def _shown_meeting(
    session: Session, meeting_id: int, version: int | None, *, listed: bool = False
) -> GroupMeeting:
    """The meeting, unless it is no longer at the `version` shown (StaleEditError)."""
    meeting = _meeting(session, meeting_id)
    refuse_stale(
        meeting,
        version,
        Edited.MEETING,
        lambda: translate("Errors", "Träffen {day} i {group}").format(
            day=long_date(meeting.date), group=meeting.group.name
        ),
        listed=listed,
    )
    return meeting


def _refuse_if_signed(meeting: GroupMeeting) -> None:
    if meeting.signed_off_at is not None:
        raise ConflictError(
            translate(
                "Errors", "Träffen {day} är signerad. Lås upp den för att ändra närvaron."
            ).format(day=long_date(meeting.date))
        )


def _check(
    session: Session, group: CohortGroup, data: MeetingInput, meeting_id: int | None = None
) -> None:
    """ValidationError (date, end_time, place) when the meeting does not fit the cohort or the
    group, or its place is longer than a seminar's may be."""
    cohort = group.cohort
    problems: list[FieldProblem] = []
    if not cohort.start_date <= data.date <= cohort.end_date:
        problems.append(
            FieldProblem(
                "date",
                translate(
                    "Errors", "Datumet måste ligga inom omgångens tid, {start}–{end}."
                ).format(start=long_date(cohort.start_date), end=long_date(cohort.end_date)),
            )
        )
    elif session.scalar(
        select(GroupMeeting.id).where(
            GroupMeeting.group_id == group.id,
            GroupMeeting.date == data.date,
            GroupMeeting.id != (meeting_id or 0),
        )
    ):
        problems.append(
            FieldProblem(
                "date",
                translate("Errors", "Gruppen har redan en träff {day}.").format(
                    day=long_date(data.date)
                ),
            )
        )
    if data.start_time and data.end_time and data.end_time <= data.start_time:
        problems.append(
            FieldProblem("end_time", translate("Errors", "Sluttiden måste vara efter starttiden."))
        )
    too_long = seminar_length_problems({"location": tidy(data.place)})
    problems.extend(FieldProblem("place", message) for message in too_long.values())
    if problems:
        raise ValidationError(problems)


def _apply(meeting: GroupMeeting, group: CohortGroup, data: MeetingInput) -> None:
    meeting.date = data.date
    meeting.start_time = data.start_time
    meeting.end_time = data.end_time
    meeting.place = tidy(data.place)
    meeting.leader_person_id = data.leader_person_id or group.leader_person_id
    meeting.notes = data.notes.strip()


@dataclass(frozen=True)
class _Member:
    person_id: int
    first_name: str
    last_name: str
    workplace: str
    status: EnrollmentStatus
    joined_on: date | None
    left_on: date | None


def _members(session: Session, group_id: int) -> dict[int, _Member]:
    """The group's members by enrolment id."""
    rows = session.execute(
        enrolment_people()
        .join(GroupMember, GroupMember.enrollment_id == Enrollment.id)
        .where(GroupMember.group_id == group_id)
    )
    return {
        eid: _Member(pid, first, last, workplace or "", status, joined, left)
        for eid, pid, status, joined, left, first, last, workplace in rows
    }


def _names(session: Session, enrollment_ids: list[int]) -> list[str]:
    rows = session.execute(
        select(Enrollment.id, Person.first_name, Person.last_name)
        .join(Person, Person.id == Enrollment.person_id)
        .where(Enrollment.id.in_(enrollment_ids))
    )
    found = {enrollment_id: full_name(first, last) for enrollment_id, first, last in rows}
    return [found.get(i, f"#{i}") for i in enrollment_ids]


def _statuses(session: Session, meeting_id: int) -> dict[int, AttendanceStatus]:
    return {
        mark.enrollment_id: mark.status
        for mark in session.scalars(
            select(GroupMeetingAttendance).where(GroupMeetingAttendance.meeting_id == meeting_id)
        )
    }


def _row(session: Session, meeting: GroupMeeting) -> MeetingRow:
    members = _members(session, meeting.group_id)
    statuses = _statuses(session, meeting.id)
    rules = rules_of(meeting.group.cohort)
    leader = meeting.leader
    earlier = session.scalar(
        select(func.count())
        .select_from(GroupMeeting)
        .where(GroupMeeting.group_id == meeting.group_id, GroupMeeting.date < meeting.date)
    )
    return built_from(
        MeetingRow,
        meeting,
        group_name=meeting.group.name,
        leader_name=full_name(leader.first_name, leader.last_name) if leader else "",
        attended=sum(1 for e in members if e in statuses and rules.counts(statuses[e])),
        members=len(members),
        number=int(earlier or 0) + 1,
        cohort_id=meeting.group.cohort_id,
        marked=sum(1 for e in members if e in statuses),
    )


def _sheet(session: Session, meeting: GroupMeeting) -> MeetingSheet:
    members = _members(session, meeting.group_id)
    statuses = _statuses(session, meeting.id)
    signed = meeting.signed_off_at is not None
    slot = SeminarSlot(
        id=meeting.id,
        number=1,
        date=meeting.date,
        held=seminar_held(signed, statuses.values()),
        signed=signed,
        meeting=True,
    )
    ordered = sorted(
        members.items(), key=lambda item: name_key(item[1].last_name, item[1].first_name)
    )
    group = meeting.group
    marks = []
    for enrollment_id, member in ordered:
        status = statuses.get(enrollment_id)
        record = ParticipantRecord(
            status=member.status,
            joined_on=member.joined_on,
            left_on=member.left_on,
            meeting_marks={meeting.id: status} if status else {},
        )
        marks.append(
            MeetingMark(
                enrollment_id=enrollment_id,
                first_name=member.first_name,
                last_name=member.last_name,
                status=status,
                person_id=member.person_id,
                workplace_name=member.workplace,
                groups=(group.name,),
                enrollment_status=member.status,
                cell=cell_state(slot, record),
            )
        )
    return MeetingSheet(
        meeting=_row(session, meeting),
        marks=tuple(marks),
        cohort_name=group.cohort.name,
        programme_name=group.cohort.programme.name,
    )

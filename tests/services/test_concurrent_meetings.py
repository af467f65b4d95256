"""Two coordinators marking one group meeting (two Database instances, as two computers have):
marks merge per member, a member marked otherwise since the list was shown is a conflict."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest

from seminarkoll.data.database import Database
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.mark_conflict import MarkConflictError
from seminarkoll.services.container import Services
from seminarkoll.services.group_meetings import GroupMeetingService, MeetingInput
from seminarkoll.services.identity import Coordinator

P, A, E = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT, AttendanceStatus.EXCUSED


@dataclass(frozen=True)
class Meeting:
    """Samtalsgrupp A's second meeting, seen by Karin and by Lars on his own connection."""

    id: int
    anna: int
    """The first member by name."""
    bo: int
    """The second member by name."""
    karin: GroupMeetingService
    lars: GroupMeetingService


@pytest.fixture
def meeting(demo: Services, db_location: DatabaseLocation) -> Iterator[Meeting]:
    cohort = demo.catalog.programmes()[0].cohorts[0].id
    group = next(g.id for g in demo.groups.groups(cohort) if g.name == "Samtalsgrupp A")
    demo.group_meetings.add_meeting(MeetingInput(group, date(2016, 9, 20)))
    meeting_id = demo.group_meetings.add_meeting(MeetingInput(group, date(2016, 10, 4))).id
    anna, bo = (m.enrollment_id for m in demo.group_meetings.sheet(meeting_id).marks[:2])
    second = Database(db_location)
    yield Meeting(
        meeting_id,
        anna,
        bo,
        karin=GroupMeetingService(demo.database, Coordinator("Karin")),
        lars=GroupMeetingService(second, Coordinator("Lars")),
    )
    second.close()


def _shown(service: GroupMeetingService, meeting_id: int) -> dict[int, AttendanceStatus | None]:
    """What a coordinator's sign-off list shows now, member by member."""
    return {m.enrollment_id: m.status for m in service.sheet(meeting_id).marks}


def test_concurrent_meeting_marks_of_different_members_are_both_kept(meeting: Meeting) -> None:
    karin_saw, lars_saw = _shown(meeting.karin, meeting.id), _shown(meeting.lars, meeting.id)
    meeting.karin.set_marks(meeting.id, {meeting.anna: P}, karin_saw)
    meeting.lars.set_marks(meeting.id, {meeting.bo: A}, lars_saw)
    marks = _shown(meeting.karin, meeting.id)
    assert (marks[meeting.anna], marks[meeting.bo]) == (P, A)
    assert sum(1 for status in marks.values() if status is not None) == 2


def test_concurrent_same_meeting_mark_is_no_conflict(meeting: Meeting) -> None:
    lars_saw = _shown(meeting.lars, meeting.id)
    meeting.karin.set_marks(meeting.id, {meeting.anna: P}, _shown(meeting.karin, meeting.id))
    sheet = meeting.lars.set_marks(meeting.id, {meeting.anna: P}, lars_saw)
    assert sheet.marks[0].status is P


def test_meeting_conflict_names_member_meeting_who_and_when(meeting: Meeting) -> None:
    lars_saw = _shown(meeting.lars, meeting.id)
    meeting.karin.set_marks(meeting.id, {meeting.anna: P}, _shown(meeting.karin, meeting.id))
    with pytest.raises(MarkConflictError) as caught:
        meeting.lars.set_marks(meeting.id, {meeting.anna: A, meeting.bo: A}, lars_saw)
    (conflict,) = caught.value.conflicts
    assert (conflict.enrollment_id, conflict.seminar_id, conflict.seminar_number) == (
        meeting.anna,
        meeting.id,
        2,
    )
    assert (conflict.shown, conflict.current, conflict.by) == (None, P, "Karin")
    assert conflict.at is not None
    message = str(caught.value)
    assert f"{conflict.person} vid träff 2 är markerad som närvarande av Karin" in message
    assert f"{conflict.at.astimezone():%H:%M}" in message
    # Nothing of the refused change was saved: Karin's mark stands, Bo is still unmarked.
    marks = _shown(meeting.lars, meeting.id)
    assert (marks[meeting.anna], marks[meeting.bo]) == (P, None)


def test_meeting_conflict_overwritten_when_the_other_mark_is_taken_as_shown(
    meeting: Meeting,
) -> None:
    lars_saw = _shown(meeting.lars, meeting.id)
    meeting.karin.set_marks(meeting.id, {meeting.anna: P}, _shown(meeting.karin, meeting.id))
    meeting.karin.set_marks(meeting.id, {meeting.anna: E}, {meeting.anna: P})
    with pytest.raises(MarkConflictError) as caught:
        meeting.lars.set_marks(meeting.id, {meeting.anna: A}, lars_saw)
    with pytest.raises(MarkConflictError):  # a mark older than the one now there: asked again
        meeting.lars.set_marks(meeting.id, {meeting.anna: A}, {meeting.anna: P})
    current = caught.value.conflicts[0].current
    meeting.lars.set_marks(meeting.id, {meeting.anna: A}, {meeting.anna: current})
    assert _shown(meeting.karin, meeting.id)[meeting.anna] is A


def test_stale_meeting_clear_by_the_other_is_no_conflict(meeting: Meeting) -> None:
    meeting.karin.set_marks(meeting.id, {meeting.anna: P})
    lars_saw = _shown(meeting.lars, meeting.id)
    meeting.karin.set_marks(meeting.id, {meeting.anna: None}, {meeting.anna: P})
    meeting.lars.set_marks(meeting.id, {meeting.anna: A}, lars_saw)
    assert _shown(meeting.karin, meeting.id)[meeting.anna] is A

"""A group's own meetings: planned within the cohort, attendance for its members only."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

import pytest
from sqlalchemy import func, select

from seminarkoll.data.models import GroupMeetingAttendance
from seminarkoll.domain.calendar import SchoolYear
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.errors import ConflictError, NotFoundError, ValidationError
from seminarkoll.domain.schedule import SEMINAR_TEXT_LIMIT
from seminarkoll.services.container import Services
from seminarkoll.services.group_meetings import MeetingInput

P, L, E, A = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
)


@pytest.fixture
def groups(demo: Services) -> tuple[int, int, int]:
    """(cohort, Samtalsgrupp A, Samtalsgrupp B) of the example."""
    cohort = demo.catalog.programmes()[0].cohorts[0].id
    by_name = {g.name: g.id for g in demo.groups.groups(cohort)}
    return cohort, by_name["Samtalsgrupp A"], by_name["Samtalsgrupp B"]


def _meeting_marks(services: Services) -> int:
    with services.database.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(GroupMeetingAttendance)) or 0)


def test_a_meeting_takes_marks_for_its_members_only(
    demo: Services, groups: tuple[int, int, int]
) -> None:
    _cohort, first, second = groups
    meeting = demo.group_meetings.add_meeting(
        MeetingInput(first, date(2016, 10, 4), time(15), time(16, 30), "  Sylteskolan ")
    )
    assert (meeting.group_name, meeting.place, meeting.attended) == (
        "Samtalsgrupp A",
        "Sylteskolan",
        0,
    )
    assert meeting.leader_name == "Helena Sandberg"  # the group's leader by default
    sheet = demo.group_meetings.sheet(meeting.id)
    members = [m.enrollment_id for m in sheet.marks]
    assert len(members) == meeting.members == 7
    assert all(m.status is None for m in sheet.marks)
    marks = dict(zip(members, (P, L, E, A, P, P, None), strict=True))
    sheet = demo.group_meetings.set_marks(meeting.id, marks)
    assert [m.status for m in sheet.marks] == [marks[m.enrollment_id] for m in sheet.marks]
    assert sheet.meeting.attended == 4  # late counts as present, excused does not (the rules)
    stranger = next(
        m.enrollment_id
        for m in demo.group_meetings.sheet(
            demo.group_meetings.add_meeting(MeetingInput(second, date(2016, 10, 4))).id
        ).marks
    )
    with pytest.raises(ValidationError, match="Bara gruppens medlemmar"):
        demo.group_meetings.set_marks(meeting.id, {members[-1]: P, stranger: P})
    assert _meeting_marks(demo) == 6
    sheet = demo.group_meetings.set_marks(meeting.id, {members[0]: None, members[1]: A})
    assert (sheet.marks[0].status, sheet.marks[1].status, sheet.meeting.attended) == (None, A, 2)
    assert [m.date for m in demo.group_meetings.meetings(first)] == [date(2016, 10, 4)]


def test_meetings_outside_the_cohort_twice_a_day_or_with_bad_times_are_refused(
    demo: Services, groups: tuple[int, int, int]
) -> None:
    _cohort, first, _second = groups
    with pytest.raises(ValidationError) as caught:
        demo.group_meetings.add_meeting(MeetingInput(first, date(2018, 1, 10), time(16), time(15)))
    assert [p.field for p in caught.value.problems] == ["date", "end_time"]
    demo.group_meetings.add_meeting(MeetingInput(first, date(2016, 11, 2)))
    with pytest.raises(ValidationError, match="redan en träff 2 november 2016"):
        demo.group_meetings.add_meeting(MeetingInput(first, date(2016, 11, 2)))
    with pytest.raises(NotFoundError):
        demo.group_meetings.meetings(10_000)
    assert len(demo.group_meetings.meetings(first)) == 1


def test_a_place_longer_than_a_seminars_is_refused_and_nothing_is_saved(
    demo: Services, groups: tuple[int, int, int]
) -> None:
    _cohort, first, _second = groups
    longest = "x" * SEMINAR_TEXT_LIMIT
    meeting = demo.group_meetings.add_meeting(MeetingInput(first, date(2016, 11, 2), place=longest))
    assert meeting.place == longest
    with pytest.raises(ValidationError) as caught:
        demo.group_meetings.add_meeting(MeetingInput(first, date(2016, 11, 3), place=longest + "y"))
    assert caught.value.for_field("place") == "Platsen får vara högst 300 tecken lång."
    with pytest.raises(ValidationError):
        demo.group_meetings.update_meeting(
            meeting.id, MeetingInput(first, date(2016, 11, 2), place=longest + "y")
        )
    assert [m.place for m in demo.group_meetings.meetings(first)] == [longest]


def test_removing_the_cohort_says_it_takes_the_meetings(
    demo: Services, groups: tuple[int, int, int]
) -> None:
    cohort, first, _second = groups
    meeting = demo.group_meetings.add_meeting(MeetingInput(first, date(2016, 10, 4)))
    members = [m.enrollment_id for m in demo.group_meetings.sheet(meeting.id).marks]
    demo.group_meetings.set_marks(meeting.id, dict.fromkeys(members, P))
    impact = demo.planning.cohort_removal_impact(cohort)
    assert (impact.count("group_meeting"), impact.count("group_meeting_attendance")) == (1, 7)
    assert "1 gruppträff" in impact.description
    assert "7 närvaronoteringar från gruppträffar" in impact.description


def test_the_leda_example_has_first_year_meetings_with_marks(services: Services) -> None:
    result = services.demo.load_example("leda-for-skolutveckling")
    groups = services.groups.groups(result.cohort_id)
    meetings = [m for g in groups for m in services.group_meetings.meetings(g.id)]
    assert len(meetings) == 4 * 12
    assert {SchoolYear.from_date(m.date) for m in meetings} == {SchoolYear(2025)}
    assert all(m.leader_name and m.place for m in meetings)
    assert all(0 < m.attended <= m.members for m in meetings)
    assert _meeting_marks(services) == 4 * 140


def test_thinning_an_ended_cohort_removes_its_meeting_marks(
    demo: Services, groups: tuple[int, int, int]
) -> None:
    _cohort, first, _second = groups
    meeting = demo.group_meetings.add_meeting(
        MeetingInput(first, date(2016, 10, 4), notes="Anna berättade om sin skola")
    )
    members = [m.enrollment_id for m in demo.group_meetings.sheet(meeting.id).marks]
    demo.group_meetings.set_marks(meeting.id, dict.fromkeys(members, P))
    plan = demo.thinning.plan(date(2018, 1, 1))
    assert sum(c.marks for c in plan.cohorts) >= 7
    demo.thinning.thin(date(2018, 1, 1), backup=False)
    assert _meeting_marks(demo) == 0
    assert demo.group_meetings.meetings(first)[0].attended == 0


def test_the_register_extract_lists_a_persons_group_meetings(
    demo: Services, groups: tuple[int, int, int]
) -> None:
    cohort, first, _second = groups
    meeting = demo.group_meetings.add_meeting(MeetingInput(first, date(2016, 10, 4), place="Sal 3"))
    mark = demo.group_meetings.sheet(meeting.id).marks[0]
    demo.group_meetings.set_marks(meeting.id, {mark.enrollment_id: L})
    group = next(g for g in demo.groups.groups(cohort) if g.id == first)
    person = next(m.person_id for m in group.members if m.enrollment_id == mark.enrollment_id)
    section = next(s for s in demo.person_data.record(person).sections if s.key == "grupptraffar")
    assert [row[2:] for row in section.rows] == [(date(2016, 10, 4), "Sal 3", "medlem", "Sen")]


def test_a_meeting_is_edited_signed_unlocked_and_removed(
    demo: Services, groups: tuple[int, int, int]
) -> None:
    _cohort, first, _second = groups
    early = demo.group_meetings.add_meeting(MeetingInput(first, date(2016, 11, 8)))
    meeting = demo.group_meetings.add_meeting(MeetingInput(first, date(2016, 12, 6)))
    assert (early.number, meeting.number) == (1, 2)
    choices = demo.group_meetings.leader_choices(first)
    assert choices[0].name == "Helena Sandberg"
    assert len(choices) == 1 + 7
    member = choices[3]
    with pytest.raises(ValidationError, match="redan en träff 8 november 2016"):
        demo.group_meetings.update_meeting(
            meeting.id, replace(meeting.as_input(), date=date(2016, 11, 8))
        )
    moved = demo.group_meetings.update_meeting(
        meeting.id,
        replace(
            meeting.as_input(),
            date=date(2016, 10, 4),
            place=" Aulan ",
            leader_person_id=member.id,
            start_time=time(15),
        ),
    )
    assert (moved.number, moved.place, moved.leader_name, moved.start_time) == (
        1,
        "Aulan",
        member.name,
        time(15),
    )
    assert demo.group_meetings.meeting_id(first, 1) == meeting.id
    with pytest.raises(NotFoundError, match="ingen träff 3 \\(träffarna har nummer 1–2\\)"):
        demo.group_meetings.meeting_id(first, 3)

    sheet = demo.group_meetings.set_marks(
        meeting.id, {demo.group_meetings.sheet(meeting.id).marks[0].enrollment_id: P}
    )
    assert sheet.unmarked == 6
    assert sheet.totals.pending == 6
    sheet = demo.group_meetings.mark_remaining_absent(meeting.id)
    assert (sheet.unmarked, sheet.totals.present, sheet.totals.absent) == (0, 1, 6)
    demo.coordinator.set_name("Karin Fredriksson")
    signed = demo.group_meetings.sign(meeting.id)
    assert signed.signed_off_by == demo.coordinator.name  # the login too on a server
    assert demo.coordinator.name.startswith("Karin Fredriksson")
    assert signed.signed_off
    with pytest.raises(ConflictError, match="är signerad"):
        demo.group_meetings.set_marks(meeting.id, {sheet.marks[0].enrollment_id: None})
    with pytest.raises(ConflictError):
        demo.group_meetings.sign(meeting.id)
    for blank in ("", "  \n "):
        with pytest.raises(ValidationError, match="Skriv varför närvaron behöver ändras"):
            demo.group_meetings.unlock(meeting.id, blank)
    with pytest.raises(ValidationError, match="högst 2000 tecken"):
        demo.group_meetings.unlock(meeting.id, "x" * 2001)
    assert demo.group_meetings.sheet(meeting.id).meeting.signed_off  # refused: still signed
    unlocked = demo.group_meetings.unlock(meeting.id, "  Lisa   kom efter pausen ")
    assert not unlocked.signed_off
    assert (unlocked.unlocked_by, unlocked.unlock_reason) == (
        demo.coordinator.name,
        "Lisa kom efter pausen",
    )
    assert unlocked.unlocked_at is not None
    assert demo.group_meetings.sheet(meeting.id).meeting.unlock_reason == "Lisa kom efter pausen"
    with pytest.raises(ConflictError, match="inte signerad"):
        demo.group_meetings.unlock(meeting.id, "igen")
    removed = demo.group_meetings.remove_meeting(meeting.id)
    assert (removed.marked, removed.date) == (7, date(2016, 10, 4))
    assert [m.id for m in demo.group_meetings.meetings(first)] == [early.id]
    assert _meeting_marks(demo) == 0
    with pytest.raises(NotFoundError):
        demo.group_meetings.sheet(meeting.id)

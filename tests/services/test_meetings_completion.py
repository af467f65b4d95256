"""Group meetings count toward completion when the programme says so: the matrix (and so the
status command and certificates, which read it) and the participant card follow the setting."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from seminarkoll.domain.enums import AttendanceStatus, CompletionState
from seminarkoll.services.container import Services
from seminarkoll.services.group_meetings import MeetingInput


def _group_a(services: Services) -> tuple[int, int, int]:
    """(programme, cohort, Samtalsgrupp A) of the example."""
    summary = services.catalog.programmes()[0]
    cohort = summary.cohorts[0].id
    group = next(g.id for g in services.groups.groups(cohort) if g.name == "Samtalsgrupp A")
    return summary.id, cohort, group


def _count_meetings(services: Services, programme_id: int, on: bool) -> None:
    details = services.planning.programme(programme_id)
    services.planning.update_programme(programme_id, replace(details.as_input(), meetings_count=on))


def test_missed_meetings_decide_completion_only_when_the_programme_counts_them(
    demo: Services,
) -> None:
    programme, cohort, group = _group_a(demo)
    assert demo.planning.programme(programme).meetings_count is False
    before = {r.enrollment_id: r.result for r in demo.attendance.matrix(cohort).rows}
    meetings = [
        demo.group_meetings.add_meeting(MeetingInput(group, day))
        for day in (date(2016, 10, 4), date(2016, 11, 8))
    ]
    members = [m.enrollment_id for m in demo.group_meetings.sheet(meetings[0].id).marks]
    for meeting in meetings:
        demo.group_meetings.set_marks(meeting.id, dict.fromkeys(members, AttendanceStatus.ABSENT))
    assert {r.enrollment_id: r.result for r in demo.attendance.matrix(cohort).rows} == before

    _count_meetings(demo, programme, on=True)
    assert demo.planning.programme(programme).meetings_count is True
    assert demo.attendance.rules(cohort).meetings_count is True
    after = {r.enrollment_id: r.result for r in demo.attendance.matrix(cohort).rows}
    for enrollment_id, result in after.items():
        old = before[enrollment_id]
        if enrollment_id in members and old.expected:
            assert (result.expected, result.missed, result.attended) == (
                old.expected + 2,
                old.missed + 2,
                old.attended,
            )
            assert "tillfällen" in result.reason
        else:
            assert result == old  # others' groups have no meetings
    worse = {e for e in members if after[e].state is not before[e].state}
    assert worse
    order = list(CompletionState)
    assert all(order.index(after[e].state) > order.index(before[e].state) for e in worse)
    person = next(
        m.person_id
        for g in demo.groups.groups(cohort)
        if g.id == group
        for m in g.members
        if m.enrollment_id in worse
    )
    card = next(e for e in demo.participants.card(person).enrolments if e.cohort_id == cohort)
    assert card.result == after[card.enrollment_id]

    for meeting in meetings:
        demo.group_meetings.set_marks(meeting.id, dict.fromkeys(members, AttendanceStatus.PRESENT))
    final = {r.enrollment_id: r.result for r in demo.attendance.matrix(cohort).rows}
    for enrollment_id in members:
        if before[enrollment_id].expected:
            assert final[enrollment_id].attended == before[enrollment_id].attended + 2
            assert final[enrollment_id].state is before[enrollment_id].state
    _count_meetings(demo, programme, on=False)
    assert {r.enrollment_id: r.result for r in demo.attendance.matrix(cohort).rows} == before

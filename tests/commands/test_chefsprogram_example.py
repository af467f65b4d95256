"""The chefsprogram example on a real database file through the command line: demo, list, and
status naming each new manager's mentor pair; the pairs' meetings carry attendance."""

from __future__ import annotations

import pytest

from seminarkoll.cli import main
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.enums import AttendanceStatus, GroupKind
from seminarkoll.services.container import Services


@pytest.fixture
def db(services: Services, db_location: DatabaseLocation) -> str:
    assert db_location.path is not None
    return str(db_location.path)


def test_chefsprogram_lists_and_shows_each_persons_mentor_pair(
    db: str, services: Services, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--example", "chefsprogram", "--db", db]) == 0
    assert "6 seminarier och 10 deltagare" in capsys.readouterr().out

    assert main(["list", "--db", db]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].endswith("Chefsprogram med mentor")
    assert "Omgång 1 (2025/2026), pågår, 10 deltagare" in listing[1]

    cohort = services.catalog.programmes()[0].cohorts[0]
    groups = services.groups.groups(cohort.id)
    pairs = [g for g in groups if g.kind is GroupKind.MENTOR_PAIR]
    assert len(pairs) == 10
    assert all(len(pair.members) == 1 and pair.leader_name for pair in pairs)
    assert all(pair.leader_name in pair.name for pair in pairs)
    mentees = {pair.members[0].name for pair in pairs}
    assert len(mentees) == 10
    assert not mentees & {pair.leader_name for pair in pairs}

    assert main(["status", "--cohort", str(cohort.id), "--db", db]) == 0
    _title, columns, *lines, totals = capsys.readouterr().out.splitlines()
    assert "Grupp" in columns.split()
    assert len(lines) == 10
    for pair in pairs:
        line = next(line for line in lines if line.startswith(pair.members[0].name + " "))
        assert f" {pair.name}" in line
        assert "Coachinggrupp " in line
    assert totals.startswith("Totalt 10 deltagare")


def test_each_pair_met_four_times_with_the_mentee_marked(services: Services) -> None:
    result = services.demo.load_example("chefsprogram")
    pairs = [g for g in services.groups.groups(result.cohort_id) if g.kind is GroupKind.MENTOR_PAIR]
    marks: list[AttendanceStatus | None] = []
    for pair in pairs:
        meetings = services.group_meetings.meetings(pair.id)
        assert len(meetings) == 4
        assert all(m.leader_name == pair.leader_name and m.members == 1 for m in meetings)
        assert all(m.date.weekday() < 5 for m in meetings)
        for meeting in meetings:
            sheet = services.group_meetings.sheet(meeting.id)
            assert [mark.name for mark in sheet.marks] == [pair.members[0].name]
            marks.extend(mark.status for mark in sheet.marks)
    assert len(marks) == 40
    assert None not in marks
    assert marks.count(AttendanceStatus.PRESENT) == 38

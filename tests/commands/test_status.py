"""`seminarkoll status` and `seminarkoll list` on a real database file."""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import replace
from datetime import date

import pytest

from seminarkoll.cli import main
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.completion import verdict_word
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.text import swedish_key
from seminarkoll.services.attendance import CellRef
from seminarkoll.services.container import Services
from seminarkoll.services.group_meetings import MeetingInput
from tests.factories import Factory


def _db(location: DatabaseLocation) -> str:
    assert location.path is not None
    return str(location.path)


def test_status_prints_a_header_one_line_per_participant_and_totals(
    demo: Services, db_location: DatabaseLocation, capsys: pytest.CaptureFixture[str]
) -> None:
    cohort = demo.catalog.programmes()[0].cohorts[0]
    matrix = demo.attendance.matrix(cohort.id)
    group_names = {group.id: group.name for group in matrix.groups}
    assert main(["status", "--cohort", "Omgång 3", "--db", _db(db_location)]) == 0
    title, columns, *lines, totals = capsys.readouterr().out.splitlines()
    assert title == (
        "Ledare på lut – Omgång 3 (2016/2017): 21 deltagare, 7 seminarier (4 hållna), "
        "godkänd med minst 6"
    )
    assert columns.split() == ["Namn", "Arbetsplats", "Grupp", "Närvaro", "Status"]
    assert len(lines) == len(matrix.rows) == 21
    by_name = {row.name: row for row in matrix.rows}
    for line in lines:
        name = next(n for n in by_name if line.startswith(n + " "))
        row = by_name[name]
        assert row.workplace_name in line
        assert row.group_ids
        assert all(group_names[g] in line for g in row.group_ids)
        assert f"{row.result.attended}/{row.result.expected}" in line
        assert line.endswith(verdict_word(row.result.state))
    assert columns.index("Grupp") == lines[0].index(
        group_names[by_name["Mohammed Ali"].group_ids[0]]
    )
    assert lines[0].startswith("Mohammed Ali")
    assert lines[-1].startswith("Lars Öberg")
    states = Counter(row.result.state for row in matrix.rows)
    assert totals.startswith("Totalt 21 deltagare: ")
    for state, number in states.items():
        assert f"{number} {verdict_word(state).lower()}" in totals
    assert main(["status", "--db", _db(db_location), "--cohort", str(cohort.id)]) == 0
    assert capsys.readouterr().out.splitlines() == [title, columns, *lines, totals]


def test_marking_one_person_at_an_unsigned_seminar_changes_only_their_line(
    demo: Services, db_location: DatabaseLocation, capsys: pytest.CaptureFixture[str]
) -> None:
    cohort = demo.catalog.programmes()[0].cohorts[0]
    command = ["status", "--cohort", str(cohort.id), "--db", _db(db_location)]
    assert main(command) == 0
    before = capsys.readouterr().out.splitlines()
    matrix = demo.attendance.matrix(cohort.id)
    maja = next(row for row in matrix.rows if row.first_name == "Maja")
    sixth = matrix.seminars[5]
    assert not sixth.signed_off
    demo.attendance.set_status([CellRef(maja.enrollment_id, sixth.id)], AttendanceStatus.PRESENT)

    assert main(command) == 0
    after = capsys.readouterr().out.splitlines()

    participants = slice(2, -1)  # past the title and the column header, before the totals
    changed = [
        (old, new)
        for old, new in zip(before[participants], after[participants], strict=True)
        if old != new
    ]
    assert len(changed) == 1
    assert changed[0][1].startswith("Maja Andersson")
    assert demo.attendance.matrix(cohort.id).seminars[5].held


def test_status_as_csv_for_scripts(
    demo: Services, db_location: DatabaseLocation, capsys: pytest.CaptureFixture[str]
) -> None:
    matrix = demo.attendance.matrix(demo.catalog.programmes()[0].cohorts[0].id)
    assert main(["status", "--cohort", "Omgång 3", "--csv", "--db", _db(db_location)]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out), delimiter=";"))
    assert rows[0] == [
        "Efternamn",
        "Förnamn",
        "Arbetsplats",
        "Grupp",
        "Deltagit",
        "Förväntade",
        "Status",
    ]
    assert len(rows) == 1 + len(matrix.rows)
    by_name = {(row.last_name, row.first_name): row for row in matrix.rows}
    for last, first, workplace, _group, attended, expected, state in rows[1:]:
        row = by_name[(last, first)]
        assert (workplace, int(attended), int(expected), state) == (
            row.workplace_name,
            row.result.attended,
            row.result.expected,
            verdict_word(row.result.state),
        )
    assert [r[0] for r in rows[1:]] == sorted((r[0] for r in rows[1:]), key=swedish_key)


def test_status_lists_people_in_swedish_order(
    services: Services,
    factory: Factory,
    db_location: DatabaseLocation,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cohort = factory.cohort(factory.programme("Ledare på lut"), name="Omgång 1")
    for last in ("Öst", "Ädel", "Zetterlund", "Åberg", "Aalto"):
        factory.enrollment(cohort, factory.person(first_name="Anna", last_name=last))
    assert main(["status", "--cohort", str(cohort), "--csv", "--db", _db(db_location)]) == 0
    lines = capsys.readouterr().out.splitlines()[1:]
    assert [line.split(";")[0] for line in lines] == ["Aalto", "Zetterlund", "Åberg", "Ädel", "Öst"]


@pytest.mark.parametrize("cohort", ["Omgång 9", "99999999999999999999999", "4711", "²"])
def test_status_of_an_unknown_cohort_cannot_be_opened(
    demo: Services,
    db_location: DatabaseLocation,
    capsys: pytest.CaptureFixture[str],
    cohort: str,
) -> None:
    assert main(["status", "--cohort", cohort, "--db", _db(db_location)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"ingen omgång med id eller namn ”{cohort}”" in err


def test_list_shows_ids(
    demo: Services, db_location: DatabaseLocation, capsys: pytest.CaptureFixture[str]
) -> None:
    cohort = demo.catalog.programmes()[0].cohorts[0]
    assert main(["list", "--db", _db(db_location)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Program 1: Ledare på lut"
    assert out[1] == f"  Omgång-id {cohort.id}: Omgång 3 (2016/2017), pågår, 21 deltagare"


def test_list_on_an_empty_database(
    services: Services, db_location: DatabaseLocation, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["list", "--db", _db(db_location)]) == 0
    assert "seminarkoll demo" in capsys.readouterr().out


def test_status_counts_group_meetings_when_the_programme_says_so(
    demo: Services, db_location: DatabaseLocation, capsys: pytest.CaptureFixture[str]
) -> None:
    cohort = demo.catalog.programmes()[0].cohorts[0]
    group = next(g for g in demo.groups.groups(cohort.id) if g.name == "Samtalsgrupp A")
    meeting = demo.group_meetings.add_meeting(MeetingInput(group.id, date(2016, 10, 4)))
    demo.group_meetings.set_marks(
        meeting.id, {m.enrollment_id: AttendanceStatus.PRESENT for m in group.members}
    )
    argv = ["status", "--cohort", "Omgång 3", "--db", _db(db_location)]
    assert main(argv) == 0
    title, _columns, *before, _totals = capsys.readouterr().out.splitlines()
    programme = demo.planning.programme(cohort.programme_id)
    demo.planning.update_programme(programme.id, replace(programme.as_input(), meetings_count=True))
    assert main(argv) == 0
    counted, _columns, *after, _totals = capsys.readouterr().out.splitlines()
    assert counted == title + "; gruppträffar räknas som tillfällen"
    demo.planning.update_programme(
        programme.id,
        replace(programme.as_input(), meetings_count=True, min_per_school_year=2),
    )
    assert main(argv) == 0
    per_year = capsys.readouterr().out.splitlines()[0]
    assert per_year == counted + "; minst 2 seminarier per läsår"
    members = {m.name for m in group.members}
    for old, new in zip(before, after, strict=True):
        if any(old.startswith(name + " ") for name in members):
            (was,) = re.findall(r" (\d+)/(\d+) ", old)
            (now,) = re.findall(r" (\d+)/(\d+) ", new)
            assert (int(now[0]), int(now[1])) == (int(was[0]) + 1, int(was[1]) + 1)
        else:
            assert old == new

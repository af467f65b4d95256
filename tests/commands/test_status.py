"""`seminarkoll status` and `seminarkoll list` on a real database file."""

from __future__ import annotations

import pytest

from seminarkoll.cli import main
from seminarkoll.commands.status import state_word, swedish_key
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.services.attendance import CellRef
from seminarkoll.services.container import Services


def _db(location: DatabaseLocation) -> str:
    assert location.path is not None
    return str(location.path)


def test_status_prints_one_line_per_participant(
    demo: Services, db_location: DatabaseLocation, capsys: pytest.CaptureFixture[str]
) -> None:
    cohort = demo.catalog.programmes()[0].cohorts[0]
    matrix = demo.attendance.matrix(cohort.id)
    assert main(["status", "--cohort", "Omgång 3", "--db", _db(db_location)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(matrix.rows) == 21
    by_name = {row.name: row for row in matrix.rows}
    for line in lines:
        name = next(n for n in by_name if line.startswith(n + " "))
        row = by_name[name]
        assert row.workplace_name in line
        assert f"{row.result.attended}/{row.result.expected}" in line
        assert line.endswith(state_word(row.result.state))
    assert lines[0].startswith("Mohammed Ali")
    assert lines[-1].startswith("Lars Öberg")
    assert main(["status", "--db", _db(db_location), "--cohort", str(cohort.id)]) == 0
    assert capsys.readouterr().out.splitlines() == lines


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

    changed = [(old, new) for old, new in zip(before, after, strict=True) if old != new]
    assert len(changed) == 1
    assert changed[0][1].startswith("Maja Andersson")
    assert demo.attendance.matrix(cohort.id).seminars[5].held


def test_status_of_an_unknown_cohort(
    demo: Services, db_location: DatabaseLocation, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["status", "--cohort", "Omgång 9", "--db", _db(db_location)]) == 1
    assert "Omgång 9" in capsys.readouterr().err


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


def test_swedish_key_orders_the_swedish_alphabet() -> None:
    names = ["Östen", "Åsa", "Zlatan", "Ärla", "Émile", "Anna"]
    assert sorted(names, key=swedish_key) == ["Anna", "Émile", "Zlatan", "Åsa", "Ärla", "Östen"]

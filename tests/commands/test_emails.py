"""`seminarkoll emails`: one line of addresses, picked as the matrix shows the cohort."""

from __future__ import annotations

import pytest

from seminarkoll.cli import main
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.services.container import Services
from tests.finished_demo import finish_demo


def _db(location: DatabaseLocation) -> str:
    assert location.path is not None
    return str(location.path)


def _names(line: str) -> list[str]:
    return [part.split(" <")[0] for part in line.strip().split("; ")] if line.strip() else []


def test_absent_at_seminar_two_is_exactly_those_marked_absent(
    demo: Services, db_location: DatabaseLocation, capsys: pytest.CaptureFixture[str]
) -> None:
    cohort = demo.catalog.programmes()[0].cohorts[0]
    sheet = demo.attendance.sheet(demo.exports.seminar_id(cohort.id, 2))
    marked = {row.name for row in sheet.rows if row.status is AttendanceStatus.ABSENT}
    assert marked  # the example has someone absent at seminar 2
    db = _db(db_location)
    assert main(["emails", "--cohort", "1", "--seminar", "2", "--absent", "--db", db]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert set(_names(out)) == marked
    assert "<mohammed.ali@exempel.trollhattan.se>" in out
    assert err == ""


def test_everyone_present_group_and_at_risk(
    services: Services, db_location: DatabaseLocation, capsys: pytest.CaptureFixture[str]
) -> None:
    cohort_id = finish_demo(services)
    db = _db(db_location)
    assert main(["emails", "--cohort", str(cohort_id), "--db", db]) == 0
    everyone = _names(capsys.readouterr().out)
    assert len(everyone) == 20  # the withdrawn participant is left out
    assert everyone[0] == "Mohammed Ali"
    assert everyone[-1] == "Lars Öberg"
    assert main(["emails", "--cohort", "Omgång 3", "--seminar", "5", "--present", "--db", db]) == 0
    present = _names(capsys.readouterr().out)
    assert "Johan Ek" not in present
    assert "Zlatan Petrović" not in present
    assert main(["emails", "--cohort", "1", "--group", "samtalsgrupp a", "--db", db]) == 0
    group = _names(capsys.readouterr().out)
    members = {m.name for m in services.groups.groups(cohort_id)[0].members}
    assert set(group) == members - {"Leila Haddad"}  # withdrawn
    assert main(["emails", "--cohort", "1", "--at-risk", "--db", db]) == 0
    assert "Johan Ek" in _names(capsys.readouterr().out)
    assert main(["emails", "--cohort", "1", "--lecturers", "--db", db]) == 0
    assert len(_names(capsys.readouterr().out)) == 5


def test_people_without_address_are_named_on_stderr(
    demo: Services, db_location: DatabaseLocation, capsys: pytest.CaptureFixture[str]
) -> None:
    from seminarkoll.data.models import Person

    with demo.database.transaction() as session:
        for person in session.query(Person).filter(Person.first_name.in_(["Johan", "Åsa"])):
            person.email = None
            person.email_key = None
    assert main(["emails", "--cohort", "1", "--db", _db(db_location)]) == 0
    out, err = capsys.readouterr()
    assert "Johan Ek" not in out
    assert err.strip() == "seminarkoll: Saknar e-postadress: Johan Ek, Åsa Lundqvist."


def test_wrong_combinations_and_unknown_seminar(
    demo: Services, db_location: DatabaseLocation, capsys: pytest.CaptureFixture[str]
) -> None:
    db = _db(db_location)
    assert main(["emails", "--cohort", "1", "--absent", "--db", db]) == 2
    assert "--seminar" in capsys.readouterr().err
    assert main(["emails", "--cohort", "1", "--seminar", "9", "--absent", "--db", db]) == 2
    assert "seminarium 9" in capsys.readouterr().err
    assert main(["emails", "--cohort", "1", "--group", "Grupp X", "--db", db]) == 2
    assert "Samtalsgrupp A" in capsys.readouterr().err

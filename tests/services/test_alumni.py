"""Later roles on a person's card and the pipeline report of a programme, on real SQLite files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from seminarkoll.data.models import CareerRole
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.errors import NotFoundError, ValidationError
from seminarkoll.services.alumni import RoleInput
from seminarkoll.services.container import Services
from tests.factories import Factory

TODAY = date(2026, 12, 1)


def _cohort_with(
    factory: Factory, programme: int, year: int, people: dict[str, AttendanceStatus]
) -> tuple[int, dict[str, int]]:
    cohort = factory.cohort(
        programme,
        name=f"Omgång {year}",
        school_year=f"{year}/{year + 1}",
        start_date=date(year, 8, 20),
        end_date=date(year + 1, 6, 10),
        min_attended=2,
    )
    seminars = [
        factory.seminar(cohort, 1, date(year, 10, 5)),
        factory.seminar(cohort, 2, date(year + 1, 3, 5)),
    ]
    persons = {}
    for name, status in people.items():
        person = factory.person(name, f"Efter{name}")
        enrollment = factory.enrollment(cohort, person)
        for seminar in seminars:
            factory.attendance(seminar, enrollment, status)
        persons[name] = person
    return cohort, persons


def test_roles_round_trip_newest_first(services: Services, factory: Factory) -> None:
    person = factory.person("Lina", "Ek")
    school = factory.workplace("Sylteskolan")
    services.alumni.add_role(person, RoleInput("Biträdande rektor", date(2019, 8, 1)))
    role = services.alumni.add_role(
        person, RoleInput(" Rektor ", date(2021, 8, 1), workplace_id=school)
    )
    roles = services.alumni.roles(person)
    assert [(r.title, r.workplace_name) for r in roles] == [
        ("Rektor", "Sylteskolan"),
        ("Biträdande rektor", ""),
    ]
    services.alumni.update_role(role, RoleInput("Rektor", date(2021, 8, 1), date(2024, 6, 30)))
    assert services.alumni.roles(person)[0].ended_on == date(2024, 6, 30)
    removed = services.alumni.remove_role(role)
    assert removed.title == "Rektor"
    assert [r.title for r in services.alumni.roles(person)] == ["Biträdande rektor"]


def test_bad_role_changes_nothing(services: Services, factory: Factory) -> None:
    person = factory.person("Lina", "Ek")
    with pytest.raises(ValidationError):
        services.alumni.add_role(person, RoleInput("", date(2019, 8, 1)))
    with pytest.raises(NotFoundError):
        services.alumni.add_role(person + 1000, RoleInput("Rektor", date(2019, 8, 1)))
    assert services.alumni.roles(person) == ()


def test_pipeline_counts_completers_and_their_later_roles(
    services: Services, factory: Factory
) -> None:
    programme = factory.programme("Ledare på lut")
    p, a = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT
    _first, people = _cohort_with(factory, programme, 2015, {"Anna": p, "Bo": p, "Cia": a})
    _second, later = _cohort_with(factory, programme, 2016, {"Dan": p})
    services.alumni.add_role(people["Anna"], RoleInput("rektorn", date(2017, 6, 10)))
    services.alumni.add_role(
        people["Bo"], RoleInput("förskolerektor", date(2018, 6, 10), date(2020, 1, 1))
    )
    services.alumni.add_role(people["Cia"], RoleInput("Rektor", date(2017, 1, 1)))
    with services.database.transaction() as session:  # typed before variants were recognised
        session.add(CareerRole(person_id=people["Bo"], title="enhetschefen", started_on=TODAY))
    report = services.alumni.pipeline(programme, TODAY)
    first, second = report.cohorts
    assert (first.cohort_name, first.alumni, first.in_role_now, first.ever_in_role) == (
        "Omgång 2015",
        2,
        2,
        2,
    )
    assert first.median_days_to_first_role == pytest.approx((365 + 730) / 2)
    anna = next(person for person in first.people if person.first_name == "Anna")
    assert (anna.first_role, anna.current_role) == ("Rektor", "Rektor")
    bo = next(person for person in first.people if person.first_name == "Bo")
    assert (bo.first_role, bo.current_role) == ("Förskolechef", "Enhetschef")
    assert (second.alumni, second.ever_in_role, second.median_days_to_first_role) == (1, 0, None)
    assert later


def test_pipeline_workbook_lists_cohorts_and_alumni(
    services: Services, factory: Factory, tmp_path: Path
) -> None:
    programme = factory.programme("Ledare på lut")
    _cohort, people = _cohort_with(factory, programme, 2015, {"Anna": AttendanceStatus.PRESENT})
    services.alumni.add_role(people["Anna"], RoleInput("=Rektor", date(2017, 8, 1)))
    result = services.alumni.export_pipeline(programme, tmp_path / "pipeline.xlsx", TODAY)
    assert (result.cohorts, result.alumni) == (1, 1)
    book = openpyxl.load_workbook(result.path)
    summary = list(book["Översikt"].iter_rows(min_row=5, values_only=True))
    assert summary[0][:6] == ("Omgång 2015", "2015/2016", summary[0][2], 1, 1, 1)
    alumni = book["Alumner"]
    assert [c.value for c in alumni[5]][:4] == ["Omgång 2015", "EfterAnna", "Anna", "=Rektor"]
    assert alumni.cell(5, 4).data_type == "s"

"""Later roles imported from an HR list (real .xlsx and .csv files, a real SQLite database):
persons matched by e-mail, repeats skipped and counted, and any problem stops everything."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from seminarkoll.domain.errors import ValidationError
from seminarkoll.exchange.errors import HeaderNotFoundError
from seminarkoll.exchange.role_rows import RoleField
from seminarkoll.services.container import Services
from seminarkoll.services.role_import import RoleOutcome, RolesRefusedError
from tests.exchange.workbooks import write_csv, write_xlsx
from tests.factories import Factory

HEADER = ("E-post", "Roll", "Arbetsplats", "Fr.o.m.")


@pytest.fixture
def people(factory: Factory, services: Services) -> dict[str, int]:
    school = factory.workplace("Lextorpsskolan")
    anna = factory.person("Anna", "Berg", "anna.berg@example.se", workplace_id=school)
    bo = factory.person("Bo", "Ek", "Bo.Ek@Example.se")
    services.alumni.add_role(
        bo, _role_input("Biträdande rektor", date(2019, 8, 1), workplace_id=school)
    )
    return {"anna": anna, "bo": bo}


def _role_input(title: str, started: date, workplace_id: int | None = None) -> object:
    from seminarkoll.services.alumni import RoleInput

    return RoleInput(title, started, None, workplace_id)


def _roles(services: Services, person_id: int) -> list[tuple[str, str, date]]:
    return sorted(
        (r.title, r.workplace_name, r.started_on) for r in services.alumni.roles(person_id)
    )


def test_roles_are_added_to_the_persons_with_those_addresses(
    services: Services, people: dict[str, int], tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "hr.xlsx",
        [
            ("Chefer från HR, 2024",),
            (),
            HEADER,
            ("ANNA.BERG@example.se", "rektor", "Lextorpsskolan", datetime(2024, 8, 1)),
            ("bo.ek@example.se", "bitr. rektor", "Lextorpsskolan", date(2019, 8, 1)),
            ("bo.ek@example.se", "Skolledare", "Nya skolan", "2024-01-08"),
            ("anna.berg@example.se", "Rektor", "Lextorpsskolan", date(2024, 8, 1)),
        ],
    )
    sheet = services.role_import.read_file(path)
    assert sheet.header.row_number == 3
    preview = services.role_import.preview(sheet)
    assert [(r.row, r.outcome, r.name) for r in preview.rows] == [
        (4, RoleOutcome.NEW, "Anna Berg"),
        (5, RoleOutcome.REPEAT, "Bo Ek"),
        (6, RoleOutcome.NEW, "Bo Ek"),
        (7, RoleOutcome.REPEAT, "Anna Berg"),
    ]
    assert preview.new_workplaces == ("Nya skolan",)
    assert preview.problems == ()

    result = services.role_import.run(preview)
    assert (result.added, result.repeated, result.workplaces_created) == (2, 2, 1)
    assert result.summary == "2 roller lades till, 2 fanns redan"
    assert _roles(services, people["anna"]) == [("Rektor", "Lextorpsskolan", date(2024, 8, 1))]
    assert _roles(services, people["bo"]) == [
        ("Biträdande rektor", "Lextorpsskolan", date(2019, 8, 1)),
        ("Rektor", "Nya skolan", date(2024, 1, 8)),
    ]
    again = services.role_import.run(services.role_import.preview(sheet))
    assert (again.added, again.repeated, again.workplaces_created) == (0, 4, 0)


def test_problems_name_file_row_and_column_and_nothing_is_saved(
    services: Services, people: dict[str, int], tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "hr.csv",
        [
            ["Mejl", "Befattning", "Från", "Skola"],
            ["anna.berg@example.se", "Rektor", "2024-08-01"],
            ["okand@example.se", "Rektor", "2024-08-01"],
            ["bo.ek@example.se", "Skolchef", "2024-08-01"],
            ["bo.ek@example.se", "Rektor", "1 augusti"],
            ["inte en adress", "", ""],
            ["anna.berg@example.se", "Rektor", "2024-08-01", "x" * 201],
        ],
    )
    preview = services.role_import.preview(services.role_import.read_file(path))
    assert preview.count(RoleOutcome.NEW) == 1
    assert preview.problem_lines() == (
        f"{path}:3: Mejl: Ingen person i registret har e-posten ”okand@example.se”.",
        f"{path}:4: Befattning: ”Skolchef” är ingen roll som känns igen (kända roller: "
        "Rektor, Biträdande rektor, Förskolechef, Enhetschef, Verksamhetschef, "
        "Förvaltningschef).",
        f"{path}:5: Från: ”1 augusti” är inget datum; skriv det som ÅÅÅÅ-MM-DD.",
        f"{path}:6: Mejl: ”inte en adress” är ingen e-postadress (tecknet @ saknas).",
        f"{path}:6: Befattning: Roll saknas.",
        f"{path}:6: Från: Datum saknas.",
        f"{path}:7: Skola: Arbetsplatsen får vara högst 200 tecken.",
    )
    with pytest.raises(RolesRefusedError, match=r"5 rader i filen ”hr\.csv” har problem"):
        services.role_import.run(preview)
    assert _roles(services, people["anna"]) == []


def test_a_person_removed_after_the_preview_stops_the_whole_import(
    services: Services, people: dict[str, int], tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "hr.xlsx",
        [
            HEADER,
            ("bo.ek@example.se", "Rektor", "", date(2024, 1, 8)),
            ("anna.berg@example.se", "Rektor", "", date(2024, 8, 1)),
        ],
    )
    preview = services.role_import.preview(services.role_import.read_file(path))
    assert preview.count(RoleOutcome.NEW) == 2
    services.participants.delete(people["anna"])
    with pytest.raises(RolesRefusedError, match="1 rad i filen"):
        services.role_import.run(preview)
    assert _roles(services, people["bo"]) == [
        ("Biträdande rektor", "Lextorpsskolan", date(2019, 8, 1))
    ]


def test_unrecognised_headers_are_mapped_by_hand(
    services: Services, people: dict[str, int], tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "hr.xlsx",
        [("Adress", "Vad", "När"), ("anna.berg@example.se", "Förskolechef", date(2023, 1, 1))],
    )
    with pytest.raises(HeaderNotFoundError, match="e-post, roll och datum"):
        services.role_import.read_file(path)
    sheet = services.role_import.read_file(path, map_by_hand=True)
    assert not sheet.header.recognised
    with pytest.raises(ValidationError):
        services.role_import.preview(sheet)
    mapping = sheet.header.mapping.with_column(RoleField.EMAIL, 0)
    mapping = mapping.with_column(RoleField.ROLE, 1).with_column(RoleField.STARTED_ON, 2)
    result = services.role_import.run(services.role_import.preview(sheet, mapping))
    assert result.added == 1
    assert _roles(services, people["anna"]) == [("Förskolechef", "", date(2023, 1, 1))]


def test_a_role_stored_before_in_another_form_is_a_repeat(
    services: Services, factory: Factory, people: dict[str, int], tmp_path: Path
) -> None:
    from seminarkoll.data.models import CareerRole

    with services.database.transaction() as session:  # as written before synonyms were known
        session.add(
            CareerRole(person_id=people["anna"], title="rektorn", started_on=date(2024, 8, 1))
        )
    path = write_xlsx(
        tmp_path / "hr.xlsx",
        [HEADER, ("anna.berg@example.se", "Rektor", "Lextorpsskolan", date(2024, 8, 1))],
    )
    preview = services.role_import.preview(services.role_import.read_file(path))
    assert [(r.outcome, r.detail) for r in preview.rows] == [
        (RoleOutcome.REPEAT, "Anna Berg har redan den rollen från det datumet.")
    ]
    assert [r.title for r in services.alumni.roles(people["anna"])] == ["Rektor"]

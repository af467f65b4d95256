"""`seminarkoll import roles FILE` on real files and a real database: 0 when the roles are added,
1 (and nothing saved) when rows have problems, 2 when the file cannot be read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from seminarkoll.cli import main
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.services.container import Services
from tests.exchange.workbooks import write_xlsx
from tests.factories import Factory

HEADER = ("E-postadress", "Befattning", "Enhet", "Från och med")


@pytest.fixture
def db(services: Services, db_location: DatabaseLocation, factory: Factory) -> str:
    assert factory.person("Anna", "Berg", "anna.berg@example.se") == ANNA
    assert db_location.path is not None
    return str(db_location.path)


ANNA = 1
"""Anna Berg's id: the first person of an empty database."""


def _titles(services: Services) -> list[tuple[str, str, date]]:
    return [(r.title, r.workplace_name, r.started_on) for r in services.alumni.roles(ANNA)]


def test_roles_are_added_and_a_second_run_only_counts_repeats(
    db: str, services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(
        tmp_path / "hr.xlsx",
        [HEADER, ("anna.berg@example.se", "Förskolechef", "Solrosens förskola", date(2024, 8, 1))],
    )
    assert main(["import", "roles", str(path), "--dry-run", "--db", db]) == 0
    out = capsys.readouterr().out
    assert "1 nya roller, 0 fanns redan" in out
    assert "Nya arbetsplatser: Solrosens förskola." in out
    assert _titles(services) == []

    assert main(["import", "roles", str(path), "--db", db]) == 0
    assert capsys.readouterr().out.startswith("1 roller lades till, 0 fanns redan.")
    assert _titles(services) == [("Förskolechef", "Solrosens förskola", date(2024, 8, 1))]

    assert main(["import", "roles", str(path), "--db", db]) == 0
    assert capsys.readouterr().out.startswith("0 roller lades till, 1 fanns redan.")


def test_rows_with_problems_exit_1_and_save_nothing(
    db: str, services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_xlsx(
        tmp_path / "hr.xlsx",
        [
            HEADER,
            ("anna.berg@example.se", "Rektor", "", date(2024, 8, 1)),
            ("nils@example.se", "Rektor", "", "2024-13-01"),
        ],
    )
    assert main(["import", "roles", str(path), "--db", db]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"{path}:3: E-postadress: Ingen person i registret har e-posten ”nils@example.se”.",
        f"{path}:3: Från och med: ”2024-13-01” är inget datum; skriv det som ÅÅÅÅ-MM-DD.",
        "seminarkoll: 1 rad har problem; ingenting importerades. Rätta filen.",
    ]
    assert _titles(services) == []


def test_a_file_that_cannot_be_read_exits_2(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", "roles", str(tmp_path / "saknas.xlsx"), "--db", db]) == 2
    assert capsys.readouterr().err.startswith("seminarkoll: ")
    unknown = write_xlsx(tmp_path / "hr.xlsx", [("A", "B"), ("x", "y")])
    assert main(["import", "roles", str(unknown), "--db", db]) == 2
    err = capsys.readouterr().err
    assert "Listan behöver kolumner för e-post, roll och datum." in err

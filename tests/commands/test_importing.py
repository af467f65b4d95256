"""`seminarkoll import` on the command line: every sample as its README says, exit codes (the
sign-in round trip runs it as a real process, the others through main() in this process)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from seminarkoll.cli import main
from seminarkoll.data.database import Database
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.services.container import Services
from tests.commands.cli_process import Cli, run_cli
from tests.factories import Factory
from tests.snapshots import database_snapshot

P, L, E, A = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
)


@pytest.fixture
def db(db_location: DatabaseLocation, factory: Factory) -> str:
    """A database with one empty cohort called "Omgång 1"."""
    factory.cohort(name="Omgång 1")
    assert db_location.path is not None
    return str(db_location.path)


@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("deltagare_ren.xlsx", 25),
        ("anmalningar_excel.csv", 30),
        ("anmalningar_utf8.csv", 12),
        ("med_rubrikrad.xlsx", 15),
    ],
)
def test_clean_samples_import_with_exit_0_and_a_summary(
    db: str, cli: Cli, name: str, count: int, samples: Path
) -> None:
    result = cli("import", "participants", str(samples / name), "--cohort", "Omgång 1", "--db", db)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{count} nya, 0 uppdaterade, 0 oförändrade"
    assert lines[1] == f"{count} antagna till {lines[1].split(' till ', 1)[1]}"
    again = cli("import", "participants", str(samples / name), "--cohort", "1", "--db", db)
    assert again.stdout.splitlines()[0] == f"0 nya, 0 uppdaterade, {count} oförändrade"


def test_problem_rows_exit_1_one_line_each_and_nothing_written(
    db: str, database: Database, cli: Cli, samples: Path
) -> None:
    path = samples / "problemrader.xlsx"
    before = database_snapshot(database)
    result = cli("import", "participants", str(path), "--cohort", "Omgång 1", "--db", db)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert [line.split(": ", 1)[0] for line in lines[:4]] == [
        f"{path}:5",
        f"{path}:8",
        f"{path}:10",
        f"{path}:11",
    ]
    assert lines[1] == f"{path}:8: E-post: ”SOFIA.SJOBERG402@EXAMPLE.SE” är samma e-post som rad 4."
    assert lines[2] == f"{path}:10: Namn: Namn saknas."
    assert lines[4].startswith("seminarkoll: 4 rader har problem; ingenting importerades.")
    assert len(lines) == 5
    assert result.stdout == ""
    assert database_snapshot(database) == before


def test_problem_rows_with_skip_invalid_import_six(db: str, cli: Cli, samples: Path) -> None:
    result = cli(
        "import",
        "participants",
        str(samples / "problemrader.xlsx"),
        "--cohort",
        "1",
        "--skip-invalid",
        "--db",
        db,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "6 nya, 0 uppdaterade, 0 oförändrade"
    assert "Överhoppade rader (4 problem):" in result.stdout


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "okand_rubrik.xlsx",
            "Programmet letar efter kolumnerna Namn (eller Förnamn och Efternamn)",
        ),
        ("trasig.xlsx", "är skadad eller ofullständig"),
        ("inte_excel.xlsx", "är inget kalkylblad"),
    ],
)
def test_unreadable_files_exit_2_with_one_line_and_nothing_written(
    db: str, database: Database, cli: Cli, name: str, message: str, samples: Path
) -> None:
    before = database_snapshot(database)
    result = cli("import", "participants", str(samples / name), "--cohort", "1", "--db", db)
    assert result.returncode == 2
    (line,) = result.stderr.splitlines()
    assert name in line
    assert message in line
    assert "Traceback" not in result.stderr
    assert database_snapshot(database) == before


def test_dry_run_says_what_would_happen_and_writes_nothing(
    db: str, database: Database, cli: Cli, samples: Path
) -> None:
    before = database_snapshot(database)
    result = cli(
        "import",
        "participants",
        str(samples / "deltagare_ren.xlsx"),
        "--cohort",
        "1",
        "--dry-run",
        "--db",
        db,
    )
    assert result.returncode == 0
    assert result.stdout.splitlines()[:2] == [
        "25 nya, 0 uppdaterade, 0 oförändrade",
        f"Provkörning: ingenting sparades i {result.stdout.splitlines()[1].split(' i ', 1)[1]}",
    ]
    assert database_snapshot(database) == before


def test_unknown_cohort_exits_2(db: str, cli: Cli, samples: Path) -> None:
    result = cli(
        "import",
        "participants",
        str(samples / "deltagare_ren.xlsx"),
        "--cohort",
        "Omgång 9",
        "--db",
        db,
    )
    assert result.returncode == 2
    assert "Omgång 9" in result.stderr


def test_signin_sheet_round_trip_through_the_command_line(
    demo: Services, db_location: DatabaseLocation, database: Database, tmp_path: Path
) -> None:
    db = str(db_location.path)
    sheet = tmp_path / "sem5.xlsx"
    exported = run_cli(
        "export", "signin", "--cohort", "Omgång 3", "--seminar", "5", "-o", str(sheet), "--db", db
    )
    assert exported.returncode == 0, exported.stderr
    assert exported.stdout.strip() == (
        f"Omgång 3 (2016/2017): närvarolistan för seminarium 5 är sparad som {sheet} "
        "(20 deltagare)."
    )
    workbook = openpyxl.load_workbook(sheet)
    page = workbook.active
    assert isinstance(page, Worksheet)
    page["F5"] = "Närvarande"
    page["F6"] = "Sen"
    page["G6"] = "Tåget var sent"
    workbook.save(sheet)

    before = database_snapshot(database)
    dry = run_cli("import", "attendance", str(sheet), "--dry-run", "--db", db)
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines() == [
        "Ledare på lut – Omgång 3 (2016/2017): 2 nya markeringar, 0 oförändrade.",
        "Provkörning: ingenting sparades.",
    ]
    assert database_snapshot(database) == before
    done = run_cli("import", "attendance", str(sheet), "--db", db)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "2 markeringar sparade."
    after = database_snapshot(database)
    again = run_cli("import", "attendance", str(sheet), "--db", db)
    assert again.returncode == 0
    assert again.stdout.splitlines() == [
        "Ledare på lut – Omgång 3 (2016/2017): 2 oförändrade.",
        "0 ändringar.",
    ]
    assert database_snapshot(database) == after


def test_attendance_file_with_problems_exits_1(
    demo: Services, db_location: DatabaseLocation, database: Database, tmp_path: Path, cli: Cli
) -> None:
    cohort = demo.catalog.programmes()[0].cohorts[0].id
    seminar = demo.exports.seminar_id(cohort, 6)
    sheet = demo.exports.export_signin(seminar, tmp_path / "sem6.xlsx").path
    workbook = openpyxl.load_workbook(sheet)
    page = workbook.active
    assert isinstance(page, Worksheet)
    page["F5"] = "Kanske"
    workbook.save(sheet)
    before = database_snapshot(database)
    result = cli("import", "attendance", str(sheet), "--db", str(db_location.path))
    assert result.returncode == 1
    first, last = result.stderr.splitlines()
    assert first.startswith(f"{sheet}:5: Närvaro: ")
    assert "”Kanske”" in first
    assert last == "seminarkoll: 1 ruta i filen kan inte läsas; ingen närvaro importerades."
    assert database_snapshot(database) == before


def test_a_sheet_filled_in_with_the_matrix_letters_imports(
    demo: Services,
    db_location: DatabaseLocation,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cohort = demo.catalog.programmes()[0].cohorts[0].id
    seminar = demo.exports.seminar_id(cohort, 6)
    sheet = demo.exports.export_signin(seminar, tmp_path / "sem6.xlsx").path
    workbook = openpyxl.load_workbook(sheet)
    page = workbook.active
    assert isinstance(page, Worksheet)
    letters: list[object] = ["N", "s", "F", "a", 1, "2", 3, "4"]
    ids = {}
    for row, letter in enumerate(letters, start=5):
        page[f"F{row}"] = letter
        ids[page[f"A{row}"].value] = letter
    workbook.save(sheet)
    assert main(["import", "attendance", str(sheet), "--db", str(db_location.path)]) == 0
    marks = {row.enrollment_id: row.status for row in demo.attendance.sheet(seminar).rows}
    expected = {"N": P, "s": L, "F": E, "a": A, 1: P, "2": L, 3: E, "4": A}
    assert {eid: marks[eid] for eid in ids} == {eid: expected[ids[eid]] for eid in ids}


def test_one_problem_on_many_rows_is_one_line_naming_the_rows(
    demo: Services,
    db_location: DatabaseLocation,
    database: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cohort = demo.catalog.programmes()[0].cohorts[0].id
    seminar = demo.exports.seminar_id(cohort, 6)
    sheet = demo.exports.export_signin(seminar, tmp_path / "sem6.xlsx").path
    workbook = openpyxl.load_workbook(sheet)
    page = workbook.active
    assert isinstance(page, Worksheet)
    for row in (*range(5, 20), *range(21, 24)):
        page[f"F{row}"] = "Kanske"
    page["F20"] = "Nja"
    workbook.save(sheet)
    before = database_snapshot(database)
    capsys.readouterr()
    assert main(["import", "attendance", str(sheet), "--db", str(db_location.path)]) == 1
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].startswith(f"{sheet}:5–19, 21–23: Närvaro: ”Kanske” är ingen närvaromarkering")
    assert lines[1].startswith(f"{sheet}:20: Närvaro: ”Nja”")
    assert lines[2] == "seminarkoll: 19 rutor i filen kan inte läsas; ingen närvaro importerades."
    assert len(lines) == 3
    assert database_snapshot(database) == before

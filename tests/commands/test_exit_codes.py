"""The README's promise for every subcommand: exit 0 when it worked, 1 for problems in the
input, 2 when the database, a file or the cohort cannot be opened, found or read; one line."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from seminarkoll.cli import main
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.services.container import Services

Case = tuple[list[str], int]


def _cases(tmp: Path, database: str, demo: Services) -> dict[str, Case]:
    cohort = demo.catalog.programmes()[0].cohorts[0].id
    seminar = demo.exports.seminar_id(cohort, 6)
    sheet = demo.exports.export_signin(seminar, tmp / "sem6.xlsx").path
    bad_sheet = tmp / "sem6-fel.xlsx"
    workbook = openpyxl.load_workbook(sheet)
    page = workbook.active
    assert isinstance(page, Worksheet)
    page["F5"] = "Kanske"
    workbook.save(bad_sheet)
    people = tmp / "deltagare.csv"
    people.write_text("Förnamn;Efternamn;E-post\nNy;Person;ny.person@example.se\n", "utf-8")
    bad_people = tmp / "deltagare-fel.csv"
    bad_people.write_text("Förnamn;Efternamn;E-post\nNy;Person;inte en adress\n", "utf-8")
    missing_db = str(tmp / "saknas" / "db.sqlite3")
    unknown = "Omgång 99"
    c = str(cohort)
    out = str(tmp / "ut")
    return {
        "list ok": (["list", "--db", database], 0),
        "list no database": (["list", "--db", missing_db], 2),
        "status ok": (["status", "--cohort", c, "--db", database], 0),
        "status csv ok": (["status", "--cohort", c, "--csv", "--db", database], 0),
        "status unknown cohort": (["status", "--cohort", unknown, "--db", database], 2),
        "status no database": (["status", "--cohort", c, "--db", missing_db], 2),
        "demo again": (["demo", "--db", database], 1),
        "demo no database": (["demo", "--db", missing_db], 2),
        "demo list": (["demo", "--list"], 0),
        "demo unknown example": (["demo", "--example", "no-such-example", "--db", database], 2),
        "import participants ok": (
            ["import", "participants", str(people), "--cohort", c, "--db", database],
            0,
        ),
        "import participants problems": (
            ["import", "participants", str(bad_people), "--cohort", c, "--db", database],
            1,
        ),
        "import participants missing file": (
            ["import", "participants", str(tmp / "saknas.csv"), "--cohort", c, "--db", database],
            2,
        ),
        "import participants unknown cohort": (
            ["import", "participants", str(people), "--cohort", unknown, "--db", database],
            2,
        ),
        "import attendance ok": (["import", "attendance", str(sheet), "--db", database], 0),
        "import attendance problems": (
            ["import", "attendance", str(bad_sheet), "--db", database],
            1,
        ),
        "import attendance missing file": (
            ["import", "attendance", str(tmp / "saknas.xlsx"), "--db", database],
            2,
        ),
        **{
            f"export {kind} {suffix}": (
                [
                    "export",
                    kind,
                    "--cohort",
                    c,
                    *extra,
                    "-o",
                    f"{out}/{kind}{suffix}",
                    "--db",
                    database,
                ],
                0,
            )
            for kind, suffix, extra in (
                ("roster", ".csv", []),
                ("attendance", ".csv", []),
                ("schedule", ".ics", []),
                ("schedule", ".xlsx", []),
                ("cohort", ".xlsx", []),
                ("signin", ".xlsx", ["--seminar", "6"]),
                ("signin", ".pdf", ["--seminar", "6", "--group", "Samtalsgrupp A"]),
            )
        },
        "export unknown cohort": (
            ["export", "roster", "--cohort", unknown, "-o", f"{out}/x.csv", "--db", database],
            2,
        ),
        "export cohort id too long": (
            ["export", "roster", "--cohort", "9" * 30, "-o", f"{out}/x.csv", "--db", database],
            2,
        ),
        "export unknown seminar": (
            [
                "export",
                "signin",
                "--cohort",
                c,
                "--seminar",
                "99",
                "-o",
                f"{out}/x.pdf",
                "--db",
                database,
            ],
            2,
        ),
        "export unknown group": (
            [
                "export",
                "signin",
                "--cohort",
                c,
                "--seminar",
                "6",
                "--group",
                "Lärgrupp 1",
                "-o",
                f"{out}/x.pdf",
                "--db",
                database,
            ],
            2,
        ),
        "export missing folder": (
            ["export", "roster", "--cohort", c, "-o", f"{tmp}/saknas/x.csv", "--db", database],
            2,
        ),
    }


CASE_NAMES = [
    "list ok",
    "list no database",
    "status ok",
    "status csv ok",
    "status unknown cohort",
    "status no database",
    "demo again",
    "demo no database",
    "demo list",
    "demo unknown example",
    "import participants ok",
    "import participants problems",
    "import participants missing file",
    "import participants unknown cohort",
    "import attendance ok",
    "import attendance problems",
    "import attendance missing file",
    "export roster .csv",
    "export attendance .csv",
    "export schedule .ics",
    "export schedule .xlsx",
    "export cohort .xlsx",
    "export signin .xlsx",
    "export signin .pdf",
    "export unknown cohort",
    "export cohort id too long",
    "export unknown seminar",
    "export unknown group",
    "export missing folder",
]


@pytest.mark.parametrize("name", CASE_NAMES)
def test_every_subcommand_keeps_the_exit_code_promise(
    name: str,
    demo: Services,
    db_location: DatabaseLocation,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / "ut").mkdir()
    argv, code = _cases(tmp_path, str(db_location.path), demo)[name]
    capsys.readouterr()
    assert main(argv) == code
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if code == 2:
        (line,) = err.splitlines()
        assert line.startswith("seminarkoll: ")
    if code == 0:
        assert err == ""


def test_the_table_covers_every_subcommand(
    demo: Services, db_location: DatabaseLocation, tmp_path: Path
) -> None:
    from seminarkoll.cli import COMMAND_MODULES

    cases = _cases(tmp_path, str(db_location.path), demo)
    assert sorted(cases) == sorted(CASE_NAMES)
    covered = {argv[0] for argv, _code in cases.values()}
    assert {"list", "status", "demo", "import", "export"} <= covered
    assert {code for _argv, code in cases.values()} == {0, 1, 2}
    assert len(COMMAND_MODULES) >= 5

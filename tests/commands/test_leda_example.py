"""The Örebro-style example on a real database file through the command line: demo, list,
status with lärgrupper, and a sign-in sheet for one group only."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from seminarkoll.cli import main
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.services.container import Services
from tests.commands.cli_process import run_cli
from tests.pdf_text import pdf_words

LIGATURES = ("fi", "fl", "ff")


def _readable(name: str) -> bool:
    """Whether gs gives the name back as written (it turns ligatures into other letters)."""
    return not any(pair in name for pair in LIGATURES)


@pytest.fixture
def db(services: Services, db_location: DatabaseLocation) -> str:
    assert db_location.path is not None
    return str(db_location.path)


def test_demo_list_names_the_examples() -> None:
    result = run_cli("demo", "--list")
    assert result.returncode == 0, result.stderr
    keys = [line.split("\t")[0] for line in result.stdout.splitlines()]
    assert keys == ["ledare-pa-lut", "leda-for-skolutveckling", "chefsprogram"]


def test_leda_example_lists_shows_groups_and_prints_one_groups_sheet(
    db: str, services: Services, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["demo", "--example", "leda-for-skolutveckling", "--db", db]) == 0
    assert "12 seminarier och 140 deltagare" in capsys.readouterr().out

    assert main(["list", "--db", db]) == 0
    listing = capsys.readouterr().out.splitlines()
    assert listing[0].endswith("Leda för skolutveckling")
    assert "Omgång 1 (2025/2026–2027/2028), pågår, 140 deltagare" in listing[1]

    cohort = services.catalog.programmes()[0].cohorts[0]
    seminars = services.catalog.cohort_overview(cohort.id).seminars
    assert (seminars[-1].date - seminars[0].date).days > 2 * 365
    assert seminars[0].date < date(2025, 12, 31)
    assert seminars[-1].date > date(2028, 1, 1)

    assert main(["status", "--cohort", str(cohort.id), "--db", db]) == 0
    title, columns, *lines, totals = capsys.readouterr().out.splitlines()
    assert title.startswith("Leda för skolutveckling – Omgång 1 (2025/2026–2027/2028): ")
    assert "Grupp" in columns.split()
    assert len(lines) == 140
    assert all(" Lärgrupp " in line for line in lines)
    assert totals.startswith("Totalt 140 deltagare")

    groups = {g.name: g for g in services.groups.groups(cohort.id)}
    members = {m.name for m in groups["Lärgrupp 1"].members}
    others = {m.name for name, g in groups.items() if name != "Lärgrupp 1" for m in g.members}
    sheet = tmp_path / "lärgrupp1.pdf"
    argv = ["export", "signin", "--cohort", str(cohort.id), "--seminar", "2"]
    assert main([*argv, "--group", "lärgrupp 1", "-o", str(sheet), "--db", db]) == 0
    assert "(12 deltagare)" in capsys.readouterr().out
    text = pdf_words(sheet)
    assert "Grupp: Lärgrupp 1 · ledare Ulrika Hedlund" in text
    assert "12 deltagare väntas" in text
    for name in filter(_readable, members):
        first, last = name.rsplit(" ", 1)
        assert f"{last}, {first}" in text
    for name in filter(_readable, others - members):
        first, last = name.rsplit(" ", 1)
        assert f"{last}, {first}" not in text

    missing = tmp_path / "saknas.pdf"
    assert main([*argv, "--group", "Lärgrupp 13", "-o", str(missing), "--db", db]) == 2
    error = capsys.readouterr().err.strip().splitlines()
    assert error == [error[0]]
    assert error[0].startswith("seminarkoll: Omgången har ingen grupp ”Lärgrupp 13”")
    assert not missing.exists()

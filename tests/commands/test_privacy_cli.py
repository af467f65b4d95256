"""Acceptance of the personal-data commands on real database files: `person export`, `person
anonymise`, `thin` and `check` through main() in this process, and a restore that erases again
(the restore itself run as a real process)."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from contextlib import closing
from pathlib import Path

import openpyxl
import pytest

from seminarkoll.data.location import DatabaseLocation
from seminarkoll.services.container import Services
from tests.commands.cli_process import Cli, run_cli
from tests.finished_demo import finish_demo


def _dump(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:
        return "\n".join(conn.iterdump())


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def finished(services: Services, db_location: DatabaseLocation) -> Path:
    """The example with seminars 5-7 marked, closed, as a file."""
    cohort_id = finish_demo(services)
    cohort = services.catalog.programmes()[0].cohorts[0]
    assert cohort.id == cohort_id
    services.database.close()
    assert db_location.path is not None
    return db_location.path


def _status(run: Cli, db: Path) -> list[str]:
    result = run("status", "--cohort", "Omgång 3", "--db", str(db))
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def _outcomes(lines: list[str]) -> list[str]:
    """Each status line without its name and workplace: counts and verdict."""
    return sorted(" ".join(line.split()[-2:]) for line in lines)


def test_export_anonymise_and_status(finished: Path, tmp_path: Path, cli: Cli) -> None:
    with closing(sqlite3.connect(finished)) as conn:
        person_id, first, last, email = conn.execute(
            "SELECT p.id, first_name, last_name, email FROM person p "
            "JOIN enrollment e ON e.person_id = p.id WHERE last_name = 'Sjöberg'"
        ).fetchone()
        conn.execute(
            "UPDATE enrollment SET notes = 'Sjöberg har allergi' WHERE person_id = ?", (person_id,)
        )
        conn.commit()
    name = f"{first} {last}"
    before = _status(cli, finished)

    exported = cli(
        "person", "export", email, "-o", str(tmp_path / "utdrag.json"), "--db", str(finished)
    )
    assert exported.returncode == 0, exported.stderr
    document = json.loads((tmp_path / "utdrag.json").read_text(encoding="utf-8"))
    assert document["personuppgifter"][0]["e-post"] == email
    assert document["antagningar"][0]["omgång"] == "Omgång 3 (2016/2017)"
    assert len(document["narvaro"]) == 7
    assert len(document["logg"]) >= 3
    workbook = cli(
        "person",
        "export",
        str(person_id),
        "-o",
        str(tmp_path / "utdrag.xlsx"),
        "--db",
        str(finished),
    )
    assert workbook.returncode == 0, workbook.stderr
    book = openpyxl.load_workbook(tmp_path / "utdrag.xlsx")
    assert book.sheetnames[:4] == ["Personuppgifter", "Antagningar", "Grupper", "Närvaro"]
    assert book["Personuppgifter"]["C5"].value == last

    refused = cli("person", "anonymise", email, "--db", str(finished))
    assert refused.returncode == 2
    done = cli("person", "anonymise", email, "--yes", "--db", str(finished))
    assert done.returncode == 0, done.stderr
    assert f"{name} är anonymiserad" in done.stdout

    dump = _dump(finished)
    assert name not in dump
    assert email not in dump
    assert email.casefold() not in dump.casefold()
    assert "Sjöberg har allergi" not in dump
    after = _status(cli, finished)
    assert len(after) == len(before)
    assert _outcomes(after) == _outcomes(before)
    assert any(line.startswith(f"Anonymiserad person {person_id}") for line in after)
    assert cli("check", "--db", str(finished)).returncode == 0


def test_thin_keeps_outcomes_and_dry_run_changes_nothing(finished: Path, cli: Cli) -> None:
    before = _status(cli, finished)
    assert any(line.endswith("Godkänd") for line in before)
    digest = _sha(finished)

    preview = cli("thin", "--before", "2018-01-01", "--dry-run", "--db", str(finished))
    assert preview.returncode == 0, preview.stderr
    assert "Omgång 3 (2016/2017" in preview.stdout
    assert "Provkörning" in preview.stdout
    assert _sha(finished) == digest

    assert cli("thin", "--before", "2018-01-01", "--db", str(finished)).returncode == 2
    done = cli("thin", "--before", "2018-01-01", "--yes", "--db", str(finished))
    assert done.returncode == 0, done.stderr

    with closing(sqlite3.connect(finished)) as conn:
        assert conn.execute("SELECT count(*) FROM attendance").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM attendance_change").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM seminar").fetchone()[0] == 7
        assert (
            conn.execute("SELECT count(*) FROM person WHERE email IS NOT NULL").fetchone()[0] == 0
        )
    # The title counts the thinned cohort's seminars as held; every participant line and the
    # totals stay the same.
    assert _status(cli, finished)[1:] == before[1:]
    assert cli("check", "--db", str(finished)).returncode == 0
    again = cli("thin", "--before", "2018-01-01", "--yes", "--db", str(finished))
    assert "inget att gallra" in again.stdout


def test_check_names_a_deleted_sign_off(finished: Path, cli: Cli) -> None:
    assert cli("check", "--db", str(finished)).returncode == 0
    with closing(sqlite3.connect(finished)) as conn:
        conn.execute("DELETE FROM signoff_event WHERE id = 2")
        conn.commit()
    result = cli("check", "--db", str(finished))
    assert result.returncode == 1
    assert "signeringsloggen" in result.stderr
    assert "rad 2 saknas" in result.stderr


def test_restoring_an_older_backup_erases_again(finished: Path, tmp_path: Path, cli: Cli) -> None:
    old = tmp_path / "gammal.sqlite3"
    assert cli("backup", "-o", str(old), "--db", str(finished)).returncode == 0
    with closing(sqlite3.connect(finished)) as conn:
        email = conn.execute("SELECT email FROM person WHERE last_name = 'Ek'").fetchone()[0]
    assert cli("person", "anonymise", email, "--yes", "--db", str(finished)).returncode == 0
    assert cli("thin", "--before", "2018-01-01", "--yes", "--db", str(finished)).returncode == 0
    before = _status(cli, finished)

    restored = run_cli("restore", str(old), "--yes", "--db", str(finished))

    assert restored.returncode == 0, restored.stderr
    assert "2 tidigare raderingar har tillämpats igen" in restored.stdout
    dump = _dump(finished)
    assert email not in dump
    assert "Johan Ek" not in dump
    with closing(sqlite3.connect(finished)) as conn:
        assert conn.execute("SELECT count(*) FROM attendance").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM erasure").fetchone()[0] == 2
    # The title counts the thinned cohort's seminars as held; every participant line and the
    # totals stay the same.
    assert _status(cli, finished)[1:] == before[1:]
    assert cli("check", "--db", str(finished)).returncode == 0

"""Databases the command line refuses: one line, exit 2, and nothing left behind or changed."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from seminarkoll.cli import main
from seminarkoll.data.location import for_sqlite_file
from seminarkoll.data.migrate import upgrade
from seminarkoll.language import ENGLISH, ENV_LANGUAGE

SUBCOMMANDS = [
    ["list"],
    ["status", "--cohort", "1"],
    ["demo"],
    ["export", "roster", "--cohort", "1", "-o", "{out}/lista.xlsx"],
]


def _run(argv: list[str], database: Path, tmp_path: Path) -> int:
    return main([part.replace("{out}", str(tmp_path)) for part in argv] + ["--db", str(database)])


def _newer(path: Path) -> None:
    upgrade(for_sqlite_file(path), path.parent / "backups")
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()


def _foreign(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE things (id INTEGER)")
        conn.commit()


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _half_migrated(path: Path) -> None:
    # An alembic_version table without a row plus a clashing table: 0001 fails midway.
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("CREATE TABLE seminar (id INTEGER PRIMARY KEY)")
        conn.commit()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_newer, "har skapats av en nyare version av Seminarkoll (schema 9999)"),
        (_foreign, "är en SQLite-databas men inte en Seminarkoll-databas"),
        (_empty, "är en tom fil (0 byte), ingen Seminarkoll-databas"),
        (_half_migrated, "kunde inte uppgraderas till schema"),
    ],
)
@pytest.mark.parametrize("argv", SUBCOMMANDS, ids=lambda argv: argv[0])
def test_a_refused_database_gives_one_line_exit_2_and_leaves_nothing_behind(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    make: object,
    message: str,
    argv: list[str],
) -> None:
    database = tmp_path / "db.sqlite3"
    make(database)  # type: ignore[operator]
    before = database.read_bytes()
    capsys.readouterr()
    assert _run(argv, database, tmp_path) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    (line,) = captured.err.splitlines()
    assert line.startswith("seminarkoll: ")
    assert message in line
    assert database.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["db.sqlite3"]


def test_a_new_path_becomes_a_database(tmp_path: Path) -> None:
    assert main(["list", "--db", str(tmp_path / "ny.sqlite3")]) == 0
    assert (tmp_path / "ny.sqlite3").stat().st_size > 0


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("make", "message"),
    [
        (_empty, "is an empty file (0 bytes), not a Seminarkoll database"),
        (_half_migrated, "could not be upgraded to schema"),
    ],
)
def test_a_refused_database_is_explained_in_english(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    make: object,
    message: str,
) -> None:
    monkeypatch.setenv(ENV_LANGUAGE, ENGLISH)
    database = tmp_path / "db.sqlite3"
    make(database)  # type: ignore[operator]
    capsys.readouterr()
    assert _run(["list"], database, tmp_path) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert message in line

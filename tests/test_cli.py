"""The command line, run as a real process: version, demo, and clear errors with exit code 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from seminarkoll.cli import build_parser, command_named, window_only


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "seminarkoll", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=120,
    )


def test_version(tmp_path: Path) -> None:
    from seminarkoll import __version__

    result = _run("--version", cwd=tmp_path)
    assert result.returncode == 0
    assert result.stdout.strip() == f"Seminarkoll {__version__}"


def test_demo_then_again(tmp_path: Path) -> None:
    first = _run("demo", "--db", "demo.sqlite3", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "7 seminarier" in first.stdout
    second = _run("--db", "demo.sqlite3", "demo", cwd=tmp_path)
    assert second.returncode == 1
    assert "finns redan" in second.stderr


def test_text_file_as_database_gives_one_line_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("inte en databas\n", encoding="utf-8")
    result = _run("--db", "notes.txt", cwd=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "notes.txt" in lines[0]
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "command",
    [
        ["list"],
        ["demo"],
        ["status", "--cohort", "1"],
        ["export", "roster", "--cohort", "1", "-o", "r.xlsx"],
    ],
)
def test_an_unreachable_server_gives_one_line_and_exit_2(
    tmp_path: Path, command: list[str]
) -> None:
    result = _run("--db", "postgresql+psycopg://nobody@127.0.0.1:1/x", *command, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "seminarkoll: Databasservern i postgresql+psycopg://nobody@127.0.0.1:1/x tar inte emot "
        "anslutningar: fel port, eller servern är avstängd."
    ]
    assert result.stdout == ""


def test_missing_folder_gives_exit_2(tmp_path: Path) -> None:
    result = _run("demo", "--db", str(tmp_path / "saknas" / "x.sqlite3"), cwd=tmp_path)
    assert result.returncode == 2
    assert "Mappen för databasen finns inte" in result.stderr


@pytest.mark.parametrize(
    "argv",
    [
        [],
        ["--db", "demo.sqlite3"],
        ["--db=demo.sqlite3"],
        ["--db", ""],
        ["--db", "postgresql://team@server/seminarkoll"],
        ["--db", "-x"],
        ["--db"],
        ["--d", "demo.sqlite3"],
        ["demo"],
        ["--db", "demo.sqlite3", "list"],
        ["list", "--db", "demo.sqlite3"],
        ["--version"],
        ["-h"],
    ],
)
def test_window_only_agrees_with_the_full_parser(argv: list[str]) -> None:
    window = window_only(argv)
    try:
        args = build_parser().parse_args(argv)
    except SystemExit:
        assert window is None
        return
    if window is not None:  # the short way opens the window on the same database
        assert (args.command, args.db) == (None, window[0])


def test_opening_the_window_builds_no_subcommands() -> None:
    code = (
        "import sys\n"
        "import seminarkoll.cli as cli\n"
        "cli._run_gui = lambda database: print(database) or 0\n"
        "code = cli.main(['--db', 'demo.sqlite3'])\n"
        "names = [f'seminarkoll.commands.{name}' for name in cli.COMMAND_MODULES.values()]\n"
        "print(code, sorted(name for name in names if name in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.splitlines() == ["demo.sqlite3", "0 []"]


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    """`seminarkoll status | head -1`: the reader closes the pipe; we stop quietly with 141."""
    assert _run("demo", "--db", "demo.sqlite3", cwd=tmp_path).returncode == 0
    process = subprocess.Popen(
        [sys.executable, "-m", "seminarkoll", "status", "--db", "demo.sqlite3", "--cohort", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=tmp_path,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert process.stdout is not None
    assert process.stderr is not None
    process.stdout.close()  # before the command has written anything
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141
    assert stderr == ""


@pytest.mark.parametrize(
    "argv",
    [
        ["list"],
        ["--db", "demo.sqlite3", "list"],
        ["--db=demo.sqlite3", "status", "--cohort", "1", "--csv"],
        ["--db", "list", "status", "--cohort", "2"],
        ["status", "--cohort", "1", "--db", "x.sqlite3"],
        ["import", "participants", "file.xlsx", "--cohort", "1"],
        ["check", "--db", "x.sqlite3"],
    ],
)
def test_one_subcommand_parses_as_the_full_parser_does(argv: list[str]) -> None:
    name = command_named(argv)
    assert name in argv
    assert build_parser(name).parse_args(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize(
    "argv", [[], ["-h"], ["--version"], ["lista"], ["--db"], ["--db", "x"], ["-x", "list"]]
)
def test_help_versions_and_typos_get_the_full_parser(argv: list[str]) -> None:
    assert command_named(argv) is None

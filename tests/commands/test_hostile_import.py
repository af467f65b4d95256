"""Hostile files through `seminarkoll import`: exit 2, one Swedish line, bounded memory and
time, and a database left byte for byte as it was."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from seminarkoll.data.database import Database
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.services.container import Services
from tests.exchange.hostile_files import (
    far_cell_xlsx,
    huge_cell_xlsx,
    mixed_encoding_csv,
    unterminated_quote_csv,
)
from tests.factories import Factory
from tests.hostile_text import CONTROL, poison
from tests.snapshots import database_snapshot

GB = 1024**3
MAX_RSS_MB = 400
MAX_CPU_SECONDS = 10


def _device(target: str) -> Callable[[Path], Path]:
    def link(path: Path) -> Path:
        path.symlink_to(target)
        return path

    return link


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


HOSTILE: dict[str, tuple[str, Callable[[Path], Path], str]] = {
    "cell at XFD1048576": ("lista.xlsx", lambda p: far_cell_xlsx(p, "XFD1048576"), "för stort"),
    "row 2,000,000,000": ("lista.xlsx", lambda p: far_cell_xlsx(p, "A2000000000"), "för stort"),
    "column ZZZZZZ": ("lista.xlsx", lambda p: far_cell_xlsx(p, "ZZZZZZ1"), "för stort"),
    "cell at GR1048576": ("lista.xlsx", lambda p: far_cell_xlsx(p, "GR1048576"), "för stort"),
    "1 GB of text": ("lista.xlsx", lambda p: huge_cell_xlsx(p, "x", GB), "mer text"),
    "2 GB of spaces": ("lista.xlsx", lambda p: huge_cell_xlsx(p, " ", 2 * GB), "mer text"),
    "link to /dev/zero": ("lista.xlsx", _device("/dev/zero"), "ingen vanlig fil"),
    "link to /dev/urandom": ("lista.csv", _device("/dev/urandom"), "ingen vanlig fil"),
    "named pipe": ("lista.csv", _fifo, "ingen vanlig fil"),
    "mixed encodings": ("lista.csv", mixed_encoding_csv, "rad 2 är sparad som UTF-8"),
    "unterminated quote": ("lista.csv", unterminated_quote_csv, "på rad 3"),
}


MEASURED = """
import re, sys
from pathlib import Path
from seminarkoll.cli import main
sys.argv[0] = "seminarkoll"
try:
    code = main(sys.argv[2:])
finally:
    status = Path("/proc/self/status").read_text()
    Path(sys.argv[1]).write_text(re.search(r"VmHWM:\\s+(\\d+) kB", status)[1])
sys.exit(code)
"""
"""Runs the command line and writes its peak resident memory (VmHWM, kB) to a file: the
child's ru_maxrss would also count the test process's memory that fork copied."""


def _run_measured(*args: str, cwd: Path) -> tuple[int, str, str, float, float]:
    """Run the command line; exit code, stdout, stderr, peak memory (MB) and CPU seconds of
    that one process (wait4 reports the CPU time of the child it reaped)."""
    out, err, peak = cwd / "stdout.txt", cwd / "stderr.txt", cwd / "peak.txt"
    with out.open("wb") as stdout, err.open("wb") as stderr:
        process = subprocess.Popen(
            [sys.executable, "-c", MEASURED, str(peak), *args],
            stdout=stdout,
            stderr=stderr,
            stdin=subprocess.DEVNULL,
            cwd=cwd,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
    deadline = time.monotonic() + 120  # a hang fails here instead of blocking the suite
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            process.kill()
            os.wait4(process.pid, 0)
            pytest.fail(f"seminarkoll {' '.join(args)} did not finish")
        time.sleep(0.05)
    process.returncode = os.waitstatus_to_exitcode(status)
    return (
        process.returncode,
        out.read_text(encoding="utf-8"),
        err.read_text(encoding="utf-8"),
        int(peak.read_text()) / 1024 if peak.exists() else float("inf"),
        usage.ru_utime + usage.ru_stime,
    )


@pytest.fixture
def db(db_location: DatabaseLocation, factory: Factory) -> str:
    """A database with one cohort ("Omgång 1") and one participant."""
    cohort = factory.cohort(name="Omgång 1")
    factory.enrollment(cohort, factory.person(first_name="Åsa", last_name="Öberg"))
    assert db_location.path is not None
    return str(db_location.path)


# Both commands read through the same reader: attendance takes one case of each kind.
CASES = [
    *((case, "participants") for case in HOSTILE),
    *(
        (case, "attendance")
        for case in ("cell at XFD1048576", "1 GB of text", "named pipe", "unterminated quote")
    ),
]


@pytest.mark.parametrize(("case", "command"), CASES)
def test_a_hostile_file_is_refused_within_bounds_and_changes_nothing(
    db: str, database: Database, tmp_path: Path, case: str, command: str
) -> None:
    name, build, words = HOSTILE[case]
    work = tmp_path / "work"
    work.mkdir()
    path = build(work / name)
    before = database_snapshot(database)
    cohort = ["--cohort", "Omgång 1"] if command == "participants" else []
    code, stdout, stderr, rss_mb, cpu = _run_measured(
        "import", command, str(path), *cohort, "--db", db, cwd=work
    )
    assert code == 2, stderr
    assert stdout == ""
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("seminarkoll: ")
    assert f"”{name}”" in lines[0]
    assert words in lines[0]
    assert rss_mb < MAX_RSS_MB
    assert cpu < MAX_CPU_SECONDS
    assert database_snapshot(database) == before


def test_status_never_writes_control_characters_to_the_terminal(
    demo: Services, database: Database, tmp_path: Path
) -> None:
    poison(database)
    path = database.location.path
    assert path is not None
    code, stdout, stderr, _, _ = _run_measured(
        "status", "--cohort", "1", "--db", str(path), cwd=tmp_path
    )
    assert code == 0, stderr
    assert "=1+1" in stdout  # the hostile names are there, without their escapes
    assert not CONTROL & set(stdout + stderr)

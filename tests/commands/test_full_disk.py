"""A disk that fills up during an export: one Swedish line, exit 2, no file and no leftovers.

The export runs as a real process whose file-size limit (RLIMIT_FSIZE, with SIGXFSZ ignored)
makes the operating system refuse the write exactly as a full disk does.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from seminarkoll.cli import main
from seminarkoll.data.location import DatabaseLocation
from tests.factories import Factory

LIMITED = """
import resource, signal, sys
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
from seminarkoll.cli import main
sys.exit(main(sys.argv[1:]))
"""


@pytest.fixture
def big_demo(db_location: DatabaseLocation, factory: Factory) -> str:
    assert main(["demo", "--db", str(db_location.path)]) == 0
    for number in range(400):
        factory.enrollment(1, factory.person(first_name="Deltagare", last_name=f"Nr {number}"))
    return str(db_location.path)


@pytest.mark.parametrize(
    ("kind", "name"),
    [
        ("roster", "lista.xlsx"),
        ("cohort", "omgång.xlsx"),
        ("attendance", "närvaro.xlsx"),
        ("signin", "närvarolista.pdf"),
    ],
)
def test_a_full_disk_during_an_export_says_so_in_one_line(
    big_demo: str, tmp_path: Path, kind: str, name: str
) -> None:
    folder = tmp_path / "ut"
    folder.mkdir()
    extra = ["--seminar", "5"] if kind == "signin" else []
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            LIMITED.format(limit=40_000),
            "export",
            kind,
            "--cohort",
            "1",
            *extra,
            "-o",
            str(folder / name),
            "--db",
            big_demo,
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines() == [
        f"seminarkoll: Det finns inte plats på disken för ”{name}”. Ingen fil sparades; "
        "frigör utrymme eller välj en annan plats."
    ]
    assert list(folder.iterdir()) == []

"""Tests for `seminarkoll export schedule`: files written, and clear errors with exit code 2."""

from __future__ import annotations

import re
from pathlib import Path

import icalendar
import pytest

from seminarkoll.cli import main
from seminarkoll.data.location import DatabaseLocation


@pytest.fixture
def demo_db(db_location: DatabaseLocation) -> str:
    assert main(["demo", "--db", str(db_location.path)]) == 0
    return str(db_location.path)


def test_schedule_as_ics_by_name(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "schema.ics"
    code = main(["export", "schedule", "--cohort", "omgång 3", "-o", str(target), "--db", demo_db])
    assert code == 0
    assert capsys.readouterr().out.strip() == (
        f"Schemat för Omgång 3 (2016/2017) är sparat som kalenderfil: {target} (7 seminarier)."
    )
    assert len(icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")) == 7


def test_schedule_as_pdf_by_id(demo_db: str, tmp_path: Path) -> None:
    target = tmp_path / "schema.pdf"
    assert main(["--db", demo_db, "export", "schedule", "--cohort", "1", "-o", str(target)]) == 0
    data = target.read_bytes()
    assert data.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type\s*/Page\b", data)) == 1


@pytest.mark.parametrize(
    ("cohort", "output", "message"),
    [
        ("Omgång 9", "schema.ics", "Det finns ingen omgång med id eller namn ”Omgång 9”."),
        (
            "1",
            "schema.docx",
            "Filen ”schema.docx” har fel filändelse. Använd .ics, .pdf eller .xlsx.",
        ),
        ("1", "saknas/schema.ics", "Mappen"),
    ],
)
def test_errors_exit_2_with_one_clear_line(
    demo_db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    cohort: str,
    output: str,
    message: str,
) -> None:
    target = tmp_path / output
    code = main(["export", "schedule", "--cohort", cohort, "-o", str(target), "--db", demo_db])
    assert code == 2
    error = capsys.readouterr().err
    assert error.startswith("seminarkoll: ")
    assert message in error
    assert error.count("\n") == 1
    assert not target.exists()

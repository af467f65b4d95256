"""`seminarkoll export certificates|report` on the example with seminars 5-7 filled in."""

from __future__ import annotations

import re
import subprocess
import zipfile
from pathlib import Path

import pytest

from seminarkoll.cli import main
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.domain.completion import CellState, verdict_word
from seminarkoll.domain.enums import CompletionState
from seminarkoll.services.container import Services
from tests.finished_demo import finish_demo
from tests.pdf_text import pdf_words


def _db(location: DatabaseLocation) -> str:
    assert location.path is not None
    return str(location.path)


def _pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)", out.stdout, re.MULTILINE)
    assert match is not None
    return int(match.group(1))


def test_one_page_per_completer_with_names_and_attended_titles(
    services: Services,
    db_location: DatabaseLocation,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cohort = finish_demo(services)
    db = _db(db_location)
    assert main(["status", "--cohort", str(cohort), "--db", db]) == 0
    completed_word = verdict_word(CompletionState.COMPLETED)
    completers = {
        line.split("  ")[0]
        for line in capsys.readouterr().out.splitlines()
        if line.endswith(completed_word)
    }
    assert len(completers) == 17
    target = tmp_path / "intyg.pdf"
    assert (
        main(["export", "certificates", "--cohort", str(cohort), "-o", str(target), "--db", db])
        == 0
    )
    assert "17 intyg" in capsys.readouterr().out
    assert _pages(target) == len(completers)
    text = pdf_words(target)
    matrix = services.attendance.matrix(cohort)
    for row in matrix.rows:
        if row.name not in completers:
            assert row.name not in text
            continue
        assert row.name in text
        for seminar, cell in zip(matrix.seminars, row.cells, strict=True):
            if cell in (CellState.PRESENT, CellState.LATE):
                first_words = " ".join(seminar.title.split()[:2])
                assert first_words in text


def test_separate_and_person(
    services: Services,
    db_location: DatabaseLocation,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cohort = finish_demo(services)
    db = _db(db_location)
    folder = tmp_path / "intyg"
    folder.mkdir()
    assert (
        main(
            [
                "export",
                "certificates",
                "--cohort",
                "Omgång 3",
                "--separate",
                str(folder),
                "--db",
                db,
            ]
        )
        == 0
    )
    assert len(list(folder.glob("*.pdf"))) == 17
    one = tmp_path / "johan.pdf"
    args = ["export", "certificates", "--cohort", str(cohort), "--person", "Johan Ek"]
    assert main([*args, "-o", str(one), "--db", db]) == 0
    assert "1 deltagarintyg" in capsys.readouterr().out
    assert _pages(one) == 1
    assert "Deltagarintyg" in pdf_words(one)
    assert main([*args[:-1], "Zorro", "-o", str(one), "--db", db]) == 2
    assert "Zorro" in capsys.readouterr().err
    assert (
        main(
            [
                "export",
                "certificates",
                "--cohort",
                "1",
                "--separate",
                str(tmp_path / "nej"),
                "--db",
                db,
            ]
        )
        == 2
    )


def test_report_as_workbook_and_pdf(
    services: Services,
    db_location: DatabaseLocation,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    finish_demo(services)
    db = _db(db_location)
    book = tmp_path / "rapport.xlsx"
    assert main(["export", "report", "--cohort", "1", "-o", str(book), "--db", db]) == 0
    with zipfile.ZipFile(book) as archive:
        assert any(n.startswith("xl/charts/") for n in archive.namelist())
    pdf = tmp_path / "rapport.pdf"
    assert main(["export", "report", "--cohort", "1", "-o", str(pdf), "--db", db]) == 0
    text = pdf_words(pdf)
    assert "Skolutveckling" in text
    assert "Björnens förskola" in text
    programme = tmp_path / "program.xlsx"
    assert (
        main(["export", "report", "--programme", "Ledare på lut", "-o", str(programme), "--db", db])
        == 0
    )
    assert "Jämförelsen (1 omgång)" in capsys.readouterr().out
    assert (
        main(["export", "report", "--cohort", "1", "-o", str(tmp_path / "x.csv"), "--db", db]) == 1
    )
    assert ".xlsx eller .pdf" in capsys.readouterr().err

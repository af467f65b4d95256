"""`seminarkoll export pipeline --programme P`: the example's alumni in leadership roles."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from seminarkoll.cli import main
from seminarkoll.data.location import DatabaseLocation


@pytest.fixture
def demo_db(db_location: DatabaseLocation) -> str:
    assert main(["demo", "--db", str(db_location.path)]) == 0
    return str(db_location.path)


def test_example_pipeline_lists_each_cohort_and_its_rektorer(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "pipeline.xlsx"
    code = main(
        ["export", "pipeline", "--programme", "ledare på lut", "-o", str(target), "--db", demo_db]
    )
    assert code == 0
    assert "3 omgångar" in capsys.readouterr().out
    book = openpyxl.load_workbook(target)
    cohorts = [row[0] for row in book["Översikt"].iter_rows(min_row=5, values_only=True)]
    assert cohorts == ["Omgång 1", "Omgång 2", "Omgång 3"]
    roles = [row[3] or "" for row in book["Alumner"].iter_rows(min_row=5, values_only=True)]
    assert any(role.startswith("Rektor") for role in roles)
    assert any(role.startswith("Förskolechef") for role in roles)


def test_unknown_programme_is_one_line_and_exit_2(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "pipeline.xlsx"
    code = main(
        ["export", "pipeline", "--programme", "Finns ej", "-o", str(target), "--db", demo_db]
    )
    assert code == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1
    assert "Finns ej" in error
    assert not target.exists()


def test_pipeline_needs_a_programme_not_a_cohort(demo_db: str, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        main(
            ["export", "pipeline", "--cohort", "1", "-o", str(tmp_path / "p.xlsx"), "--db", demo_db]
        )
    assert exited.value.code == 2

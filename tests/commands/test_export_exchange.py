"""`seminarkoll export roster|attendance|cohort|signin`: files written, clear errors."""

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


@pytest.mark.parametrize(
    ("kind", "name", "extra", "message"),
    [
        ("roster", "deltagare.xlsx", [], "deltagarlistan är sparad som {path} (21 deltagare)."),
        ("roster", "deltagare.csv", [], "deltagarlistan är sparad som {path} (21 deltagare)."),
        (
            "attendance",
            "närvaro.xlsx",
            [],
            "närvaromatrisen är sparad som {path} (21 deltagare, 7 seminarier).",
        ),
        (
            "cohort",
            "omgång.xlsx",
            [],
            "arbetsboken med hela omgången är sparad som {path} (21 deltagare, 7 seminarier).",
        ),
        (
            "signin",
            "sem2.xlsx",
            ["--seminar", "2"],
            "närvarolistan för seminarium 2 är sparad som {path} (21 deltagare).",
        ),
        (
            "signin",
            "sem2.pdf",
            ["--seminar", "2"],
            "närvarolistan för seminarium 2 är sparad som {path} (21 deltagare).",
        ),
    ],
)
def test_each_kind_is_written(
    demo_db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    kind: str,
    name: str,
    extra: list[str],
    message: str,
) -> None:
    path = tmp_path / name
    code = main(["export", kind, "--cohort", "Omgång 3", *extra, "-o", str(path), "--db", demo_db])
    assert code == 0, capsys.readouterr().err
    out = capsys.readouterr().out.strip()
    assert out == f"Omgång 3 (2016/2017): {message.format(path=path)}"
    if path.suffix == ".xlsx":
        assert openpyxl.load_workbook(path).sheetnames
    elif path.suffix == ".pdf":
        assert path.read_bytes().startswith(b"%PDF")
    else:
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["attendance", "-o", "närvaro.ods"], "Använd .xlsx eller .csv."),
        (["signin", "--seminar", "9", "-o", "sem9.xlsx"], "har inget seminarium 9"),
        (["roster", "-o", "saknas/deltagare.xlsx"], "Mappen"),
    ],
)
def test_errors_exit_2_with_one_line(
    demo_db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    kind, *rest = args
    rest[-1] = str(tmp_path / rest[-1])
    code = main(["export", kind, "--cohort", "1", *rest, "--db", demo_db])
    assert code == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert message in line


def test_signin_needs_a_seminar(demo_db: str, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["export", "signin", "--cohort", "1", "-o", str(tmp_path / "x.xlsx"), "--db", demo_db])
    assert caught.value.code == 2


def test_target_open_in_excel(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "närvaro.xlsx"
    target.write_bytes(b"old")
    (tmp_path / "~$närvaro.xlsx").write_bytes(b"lock")
    code = main(["export", "attendance", "--cohort", "1", "-o", str(target), "--db", demo_db])
    assert code == 2
    assert "öppen i ett annat program" in capsys.readouterr().err
    assert target.read_bytes() == b"old"


def test_schedule_as_a_workbook_from_the_command_line(
    demo_db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "schema.xlsx"
    assert main(["export", "schedule", "--cohort", "1", "-o", str(target), "--db", demo_db]) == 0
    assert capsys.readouterr().out.strip() == (
        f"Schemat för Omgång 3 (2016/2017) är sparat som Excel-arbetsbok: {target} (7 seminarier)."
    )
    assert openpyxl.load_workbook(target).sheetnames == ["Schema"]


def test_attendance_as_csv_from_the_command_line(demo_db: str, tmp_path: Path) -> None:
    target = tmp_path / "närvaro.csv"
    assert main(["export", "attendance", "--cohort", "1", "-o", str(target), "--db", demo_db]) == 0
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Efternamn;Förnamn;Arbetsplats;Grupp;Sem. 1 2016-09-15;")
    assert lines[0].endswith(";Deltagit;Krav;Resultat;Förklaring")
    assert len(lines) == 22

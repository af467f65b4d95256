"""Every sample file (tests/samples.py) reads as a coordinator expects, at the reading level."""

from __future__ import annotations

from pathlib import Path

import pytest

from seminarkoll.exchange.columns import ColumnMapping, ParticipantField
from seminarkoll.exchange.errors import (
    CorruptWorkbookError,
    FileReadError,
    HeaderNotFoundError,
    NotASpreadsheetError,
)
from seminarkoll.exchange.participant_rows import format_problem, read_participant_file
from tests.samples import SAMPLE_NAMES

F = ParticipantField


def test_every_sample_is_written_and_covered_here(samples: Path) -> None:
    assert sorted(path.name for path in samples.iterdir()) == sorted(SAMPLE_NAMES)
    assert len(SAMPLE_NAMES) == 8  # one test below for each


def test_deltagare_ren_has_25_valid_rows(samples: Path) -> None:
    report = read_participant_file(samples / "deltagare_ren.xlsx")
    assert report.is_clean
    assert len(report.rows) == 25
    assert report.header.labels == ("Namn", "E-post", "Skola/enhet", "Befattning", "Telefon")
    assert report.mapping == ColumnMapping(
        {F.FULL_NAME: 0, F.EMAIL: 1, F.WORKPLACE: 2, F.ROLE: 3, F.PHONE: 4}
    )
    first = report.rows[0]
    assert (first.row, first.first_name, first.last_name) == (2, "Björn", "Ek")
    assert (first.email, first.workplace, first.role, first.phone) == (
        "bjorn.ek0@example.se",
        "Björnens förskola",
        "Förskollärare",
        "0520-492 62 43",
    )
    assert report.rows[-1].row == 26
    assert len({row.email_key for row in report.rows}) == 25


def test_anmalningar_excel_csv_has_30_rows_with_swedish_letters_intact(samples: Path) -> None:
    path = samples / "anmalningar_excel.csv"
    raw = path.read_bytes()
    assert b"\r\n" in raw
    assert "ö".encode("cp1252") in raw
    report = read_participant_file(path)
    assert report.is_clean
    assert len(report.rows) == 30
    assert (report.rows[1].first_name, report.rows[1].last_name) == ("Jenny", "Öberg")
    assert report.rows[0].role == "Förstelärare"
    assert report.rows[12].full_name == "Pär Åkesson"
    assert report.rows[2].workplace == "Vänersborgsvägens skola"
    assert not any("\ufffd" in row.full_name for row in report.rows)


def test_anmalningar_utf8_csv_has_12_rows_from_first_and_last_name_columns(samples: Path) -> None:
    path = samples / "anmalningar_utf8.csv"
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    report = read_participant_file(path)
    assert report.is_clean
    assert len(report.rows) == 12
    assert report.header.labels[0] == "Förnamn"
    assert report.mapping == ColumnMapping(
        {F.FIRST_NAME: 0, F.LAST_NAME: 1, F.EMAIL: 2, F.WORKPLACE: 3, F.ROLE: 4}
    )
    assert [row.full_name for row in report.rows[:2]] == ["Lena Andersson", "Jenny Öberg"]
    assert report.rows[-1].email == "asa.hakansson211@example.se"


def test_med_rubrikrad_skips_title_and_blank_row_and_has_15_rows(samples: Path) -> None:
    report = read_participant_file(samples / "med_rubrikrad.xlsx")
    assert report.is_clean
    assert report.header.row_number == 3
    assert len(report.rows) == 15
    assert [report.rows[0].row, report.rows[-1].row] == [4, 18]
    assert report.rows[0].full_name == "Lina Yilmaz"


def test_problemrader_has_four_problems_named_by_row_and_six_valid_rows(samples: Path) -> None:
    path = samples / "problemrader.xlsx"
    report = read_participant_file(path)
    assert [(p.row, p.field) for p in report.problems] == [
        (5, F.EMAIL),
        (8, F.EMAIL),
        (10, F.FULL_NAME),
        (11, F.EMAIL),
    ]
    assert "samma e-post som rad 4" in report.problems[1].message
    assert "anna@@example.se" in report.problems[3].message
    assert [row.row for row in report.rows] == [2, 3, 4, 6, 7, 9]
    assert [format_problem(path, problem) for problem in report.problems] == [
        f"{path}:5: E-post: ”inte-en-adress” är ingen e-postadress (tecknet @ saknas).",
        f"{path}:8: E-post: ”SOFIA.SJOBERG402@EXAMPLE.SE” är samma e-post som rad 4.",
        f"{path}:10: Namn: Namn saknas.",
        f"{path}:11: E-post: ”anna@@example.se” är ingen giltig e-postadress (mer än ett @).",
    ]


def test_okand_rubrik_is_refused_listing_the_columns_looked_for(samples: Path) -> None:
    with pytest.raises(HeaderNotFoundError) as caught:
        read_participant_file(samples / "okand_rubrik.xlsx")
    message = str(caught.value)
    assert "”okand_rubrik.xlsx”" in message
    for column in ("Namn", "Förnamn", "Efternamn", "E-post", "Skola/enhet", "Befattning"):
        assert column in message


@pytest.mark.parametrize(
    ("name", "error", "words"),
    [
        ("trasig.xlsx", CorruptWorkbookError, "kan inte läsas"),
        ("inte_excel.xlsx", NotASpreadsheetError, "inget kalkylblad"),
    ],
)
def test_broken_samples_are_refused_with_a_typed_error(
    name: str, error: type[FileReadError], words: str, samples: Path
) -> None:
    with pytest.raises(error) as caught:
        read_participant_file(samples / name)
    assert type(caught.value) is error
    assert caught.value.path == samples / name
    assert f"”{name}”" in str(caught.value)
    assert words in str(caught.value)

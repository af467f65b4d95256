"""Tests for turning sheet rows into checked participant rows and problems."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from seminarkoll.domain.errors import ValidationError
from seminarkoll.domain.text import email_key
from seminarkoll.exchange.columns import ColumnMapping, ParticipantField, detect_header
from seminarkoll.exchange.participant_rows import (
    ParticipantFileReport,
    ParticipantRow,
    RowProblem,
    format_problem,
    parse_participants,
    read_participant_file,
    split_full_name,
)
from seminarkoll.exchange.spreadsheet import (
    CellValue,
    FileInUseWarning,
    SheetData,
    SheetRow,
    normalise_cell,
    read_sheet,
)
from tests.exchange.workbooks import write_csv, write_xlsx

F = ParticipantField


def report_of(tmp_path: Path, rows: list[list[object]]) -> ParticipantFileReport:
    return read_participant_file(write_xlsx(tmp_path / "lista.xlsx", rows))


def problems_of(report: ParticipantFileReport) -> list[tuple[int, str, str]]:
    return [(p.row, p.column_label, p.message) for p in report.problems]


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Anna Berg", ("Anna", "Berg")),
        ("  Anna   Maria  Berg ", ("Anna Maria", "Berg")),
        ("Berg, Anna", ("Anna", "Berg")),
        ("von Essen,  Karl Johan", ("Karl Johan", "von Essen")),
        ("Madonna", ("", "Madonna")),
        ("Berg,", ("", "Berg")),
        ("", ("", "")),
    ],
)
def test_split_full_name(name: str, parts: tuple[str, str]) -> None:
    assert split_full_name(name) == parts


def test_full_row_is_read_into_a_participant(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        [
            ["Namn", "E-post", "Skola/enhet", "Befattning", "Telefon", "Kommentar"],
            [
                " Åsa  Öberg ",
                "Asa.Oberg@Example.SE",
                "Torsboskolan",
                "Rektor",
                "070-123 45 67",
                "Kommer\nsent",
            ],
        ],
    )
    assert report.is_clean
    assert report.rows == (
        ParticipantRow(
            row=2,
            first_name="Åsa",
            last_name="Öberg",
            email="Asa.Oberg@example.se",
            email_key="asa.oberg@example.se",
            workplace="Torsboskolan",
            role="Rektor",
            phone="070-123 45 67",
            notes="Kommer\nsent",
        ),
    )
    assert report.rows[0].full_name == "Åsa Öberg"


def test_optional_columns_may_be_missing_or_empty(tmp_path: Path) -> None:
    report = report_of(tmp_path, [["Förnamn", "Efternamn", "E-post"], ["Per", "Ek", None]])
    assert report.is_clean
    row = report.rows[0]
    assert (row.first_name, row.last_name, row.email, row.email_key) == ("Per", "Ek", None, None)
    assert (row.workplace, row.role, row.phone, row.notes) == (None, None, None, None)


def test_email_problems_are_plain_swedish(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        [
            ["Namn", "Mejl"],
            ["Anna Berg", "anna.berg.example.se"],
            ["Per Ek", "per@@example.se"],
            ["Eva Al", "eva@example"],
            ["Bo Ek", "bo ek@example.se"],
        ],
    )
    assert problems_of(report) == [
        (2, "Mejl", "”anna.berg.example.se” är ingen e-postadress (tecknet @ saknas)."),
        (3, "Mejl", "”per@@example.se” är ingen giltig e-postadress (mer än ett @)."),
        (4, "Mejl", "”eva@example” är ingen giltig e-postadress."),
        (5, "Mejl", "”bo ek@example.se” är ingen giltig e-postadress."),
    ]
    assert report.rows == ()


def test_duplicate_email_is_a_problem_on_the_later_row_naming_the_first(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        [
            ["Namn", "E-post"],
            ["Anna Berg", "anna@example.se"],
            ["Per Ek", "per@example.se"],
            ["Anna Berg", "ANNA@Example.se"],
            ["Anna B", "mailto:anna@example.se"],
        ],
    )
    assert problems_of(report) == [
        (4, "E-post", "”ANNA@Example.se” är samma e-post som rad 2."),
        (5, "E-post", "”mailto:anna@example.se” är samma e-post som rad 2."),
    ]
    assert [row.row for row in report.rows] == [2, 3]
    assert report.problem_rows == frozenset({4, 5})


def test_outlook_style_address_with_display_name_is_accepted(tmp_path: Path) -> None:
    report = report_of(tmp_path, [["Namn", "E-post"], ["Anna Berg", "Anna Berg <anna@Example.se>"]])
    assert (report.rows[0].email, report.rows[0].email_key) == (
        "anna@example.se",
        "anna@example.se",
    )


def test_name_problems(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        [
            ["Namn", "E-post"],
            [None, "a@example.se"],
            ["Madonna", "b@example.se"],
            ["Berg,", "c@example.se"],
        ],
    )
    assert problems_of(report) == [
        (2, "Namn", "Namn saknas."),
        (3, "Namn", "Namnet ”Madonna” behöver både förnamn och efternamn."),
        (4, "Namn", "Namnet ”Berg,” behöver både förnamn och efternamn."),
    ]


def test_first_and_last_name_columns(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        [
            ["Förnamn", "Efternamn", "Mejl"],
            ["Lena", "Andersson", "lena@example.se"],
            [None, "Öberg", "jenny@example.se"],
            ["Märta", None, "marta@example.se"],
            [None, None, "x@example.se"],
        ],
    )
    assert problems_of(report) == [
        (3, "Förnamn", "Förnamn saknas."),
        (4, "Efternamn", "Efternamn saknas."),
        (5, "Förnamn", "Namn saknas."),
    ]
    assert [(row.first_name, row.last_name) for row in report.rows] == [("Lena", "Andersson")]


def test_separate_name_columns_win_and_full_name_is_the_fallback(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        [
            ["Namn", "Förnamn", "Efternamn"],
            ["Anna Berg", "Anna Maria", "Berg"],
            ["Per Ek", None, None],
            ["Eva Al", "Eva", None],
        ],
    )
    assert report.is_clean
    assert [(row.first_name, row.last_name) for row in report.rows] == [
        ("Anna Maria", "Berg"),
        ("Per", "Ek"),
        ("Eva", "Al"),
    ]


def test_one_row_can_have_several_problems(tmp_path: Path) -> None:
    report = report_of(tmp_path, [["Namn", "E-post"], ["Madonna", "fel"]])
    assert [(p.row, p.field) for p in report.problems] == [(2, F.FULL_NAME), (2, F.EMAIL)]


def test_blank_rows_and_rows_with_only_unmapped_cells_are_skipped(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        [
            ["Namn", "E-post", "Löpnummer"],
            ["Anna Berg", "anna@example.se", 1],
            [None, None, None],
            ["  ", "\t", 2],
            ["Per Ek", "per@example.se", 3],
        ],
    )
    assert report.is_clean
    assert [row.row for row in report.rows] == [2, 5]


def test_numeric_phone_cells_get_back_the_leading_zero_excel_dropped(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        [
            ["Namn", "Telefon"],
            ["Anna Berg", 701234567],
            ["Per Ek", 46701234567],
            ["Eva Al", "0520-49 26 43"],
            ["Bo Ek", 8123456],
        ],
    )
    assert [row.phone for row in report.rows] == [
        "0701234567",
        "46701234567",
        "0520-49 26 43",
        "08123456",
    ]


def test_header_row_and_rows_above_are_not_data(tmp_path: Path) -> None:
    report = report_of(
        tmp_path,
        [["Anmälda 2025"], [], ["Namn", "Mejl"], ["Anna Berg", "anna@example.se"]],
    )
    assert report.header.row_number == 3
    assert [row.row for row in report.rows] == [4]


def test_user_edited_mapping_is_used(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        [["Namn", "E-post", "Övrigt"], ["Anna Berg", "anna@example.se", "anna.privat@example.se"]],
    )
    sheet = read_sheet(path)
    header = detect_header(sheet)
    assert header.mapping[F.NOTES] == 2
    mapping = header.mapping.with_column(F.NOTES, None).with_column(F.EMAIL, 2)
    report = parse_participants(sheet, header, mapping)
    assert report.mapping == mapping
    assert report.rows[0].email == "anna.privat@example.se"


def test_unusable_mapping_raises_validation_error(tmp_path: Path) -> None:
    sheet = read_sheet(
        write_xlsx(tmp_path / "lista.xlsx", [["Namn", "E-post"], ["Anna B", "a@b.se"]])
    )
    header = detect_header(sheet)
    with pytest.raises(ValidationError) as caught:
        parse_participants(sheet, header, ColumnMapping({F.EMAIL: 1}))
    assert caught.value.for_field(F.FULL_NAME) is not None


def test_lock_file_warning_reaches_the_report(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "lista.csv", [["Namn", "E-post"], ["Anna Berg", "a@example.se"]])
    (tmp_path / "~$lista.csv").write_bytes(b"owner")
    report = read_participant_file(path)
    assert report.warnings == (FileInUseWarning(path, tmp_path / "~$lista.csv"),)
    assert report.sheet_name == "lista"
    assert report.path == path


def test_format_problem_is_file_row_column_message() -> None:
    problem = RowProblem(5, "E-post", "”x” är ingen e-postadress (tecknet @ saknas).", F.EMAIL)
    assert (
        format_problem(Path("in/lista.xlsx"), problem)
        == "in/lista.xlsx:5: E-post: ”x” är ingen e-postadress (tecknet @ saknas)."
    )


def _sheet(rows: list[tuple[CellValue, ...]]) -> SheetData:
    cells = [tuple(normalise_cell(cell) for cell in row) for row in rows]
    return SheetData(
        Path("lista.xlsx"),
        "Blad1",
        ("Blad1",),
        tuple(SheetRow(number, row) for number, row in enumerate(cells, start=1)),
        len(cells[0]),
    )


_ADDRESS_PARTS = st.sampled_from(
    ["anna", "Anna.Berg", "o'brien+kurs", "åsa", "a b", " ", "\u00a0", "@", "..", "-"]
)
_DOMAINS = st.sampled_from(
    ["example.se", "Example.SE", "skola.trollhattan.se", "exämple.se", "xn--p1ai", "x.local"]
)
_ADDRESSES = st.one_of(
    st.builds(lambda local, domain: f"{local}@{domain}", _ADDRESS_PARTS, _DOMAINS),
    st.builds(lambda name, local: f"{name} <{local}@example.se>", _ADDRESS_PARTS, _ADDRESS_PARTS),
    st.builds(
        lambda prefix, rest: f"{prefix}{rest}",
        st.sampled_from(["mailto:", "MAILTO:"]),
        _ADDRESS_PARTS.map(lambda local: f"{local}@example.se"),
    ),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ADDRESSES, min_size=1, max_size=8))
def test_email_key_is_how_the_register_compares_addresses(addresses: list[str]) -> None:
    sheet = _sheet([("Namn", "E-post")] + [(f"Anna Berg{i}", a) for i, a in enumerate(addresses)])
    report = parse_participants(sheet, detect_header(sheet))
    for row in report.rows:
        assert row.email is not None
        assert row.email_key == email_key(row.email)


@pytest.mark.parametrize(
    "written",
    [
        "mailto:anna@example.se",
        "MAILTO:anna@example.se",
        "MailTo:anna@example.se",
        "ma\u0130lto:anna@example.se",
    ],
)
def test_mailto_prefix_is_dropped_in_any_case(written: str) -> None:
    sheet = _sheet([("Namn", "E-post"), ("Anna Berg", written)])
    (row,) = parse_participants(sheet, detect_header(sheet)).rows
    assert (row.email, row.email_key) == ("anna@example.se", "anna@example.se")


_CELL_TEXTS = st.lists(
    st.sampled_from(["Å", "a", "-", " ", "  ", "\t", "\n", "\xa0", "\u2028"]), max_size=8
).map("".join) | st.text(alphabet=st.characters(codec="utf-8"), max_size=20)


@settings(max_examples=300)
@given(st.lists(_CELL_TEXTS | st.integers() | st.none(), min_size=1, max_size=4))
def test_text_cells_are_collapsed_to_single_spaces(cells: list[str | int | None]) -> None:
    sheet = _sheet([("Förnamn", "Efternamn", "Skola"), *(("Anna", "Berg", c) for c in cells)])
    report = parse_participants(sheet, detect_header(sheet))
    normalised = [normalise_cell(cell) for cell in cells]
    expected = [None if c is None else " ".join(str(c).split()) or None for c in normalised]
    assert [row.workplace for row in report.rows] == expected

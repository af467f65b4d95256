"""Tests for header detection, synonym matching and column mappings."""

from __future__ import annotations

from pathlib import Path

import pytest

from seminarkoll.domain.errors import FieldProblem, ValidationError
from seminarkoll.exchange.columns import (
    HEADER_SEARCH_ROWS,
    SYNONYMS,
    ColumnMapping,
    DetectedHeader,
    ParticipantField,
    column_letter,
    detect_header,
    guess_header,
    header_key,
    normalise_label,
    suggest_mapping,
    validate_mapping,
)
from seminarkoll.exchange.errors import HeaderNotFoundError
from seminarkoll.exchange.spreadsheet import CellValue, SheetData, SheetRow

F = ParticipantField


def sheet_of(*rows: tuple[CellValue, ...]) -> SheetData:
    width = max(len(row) for row in rows)
    return SheetData(
        path=Path("lista.xlsx"),
        sheet_name="Blad1",
        sheet_names=("Blad1",),
        rows=tuple(
            SheetRow(number, row + (None,) * (width - len(row)))
            for number, row in enumerate(rows, start=1)
        ),
        width=width,
    )


def header_of(*labels: str) -> DetectedHeader:
    return DetectedHeader(1, labels, suggest_mapping(labels), header_key(labels))


@pytest.mark.parametrize(
    ("label", "folded"),
    [
        ("E-post", "epost"),
        (" e post ", "epost"),
        ("E-POSTADRESS:", "epostadress"),
        ("Förnamn", "fornamn"),
        ("Skola / enhet", "skolaenhet"),
        ("Namn *", "namn"),
        ("First_name", "firstname"),
    ],
)
def test_normalise_label(label: str, folded: str) -> None:
    assert normalise_label(label) == folded


@pytest.mark.parametrize(
    ("label", "field"),
    [
        *((label, F.FULL_NAME) for label in ("Namn", "Name", "Deltagare", "Fullständigt namn")),
        *((label, F.FIRST_NAME) for label in ("Förnamn", "FÖRNAMN", "First name", "Firstname")),
        *((label, F.LAST_NAME) for label in ("Efternamn", "Last name", "Surname")),
        *(
            (label, F.EMAIL)
            for label in ("E-post", "Epost", "Mejl", "Mail", "E-mail", "Email", "E-postadress")
        ),
        *(
            (label, F.WORKPLACE)
            for label in (
                "Skola",
                "Enhet",
                "Arbetsplats",
                "Förskola",
                "Forskola",
                "Workplace",
                "School",
                "Skola/enhet",
            )
        ),
        *((label, F.ROLE) for label in ("Befattning", "Roll", "Titel", "Yrke", "Role", "Title")),
        *((label, F.PHONE) for label in ("Telefon", "Mobil", "Tel", "Phone", "Mobilnummer")),
        *((label, F.NOTES) for label in ("Anteckning", "Kommentar", "Notes")),
    ],
)
def test_synonyms_are_matched_ignoring_case_accents_and_punctuation(
    label: str, field: ParticipantField
) -> None:
    assert suggest_mapping(["Något annat", label]) == ColumnMapping({field: 1})


def test_every_synonym_maps_to_its_own_field_only() -> None:
    for field, synonyms in SYNONYMS.items():
        for synonym in synonyms:
            assert suggest_mapping([synonym]) == ColumnMapping({field: 0}), synonym


def test_leftmost_column_wins_when_two_headers_mean_the_same_field() -> None:
    assert suggest_mapping(["Mejl", "Namn", "E-post"]) == ColumnMapping(
        {F.EMAIL: 0, F.FULL_NAME: 1}
    )


def test_header_below_a_title_and_a_blank_row_is_found() -> None:
    header = detect_header(
        sheet_of(
            ("Anmälda till Ledare på lut 2025/2026",),
            (None,),
            ("Förnamn", "Efternamn", "E-postadress", None, "Befattning"),
            ("Lina", "Yilmaz", "lina@example.se", "Sylteskolan", "Lärare"),
        )
    )
    assert header.row_number == 3
    assert header.labels == ("Förnamn", "Efternamn", "E-postadress", "", "Befattning")
    assert header.mapping == ColumnMapping({F.FIRST_NAME: 0, F.LAST_NAME: 1, F.EMAIL: 2, F.ROLE: 4})
    assert header.key == header_key(header.labels)
    assert header.column_label(3) == "Kolumn D"
    assert header.column_label(9) == "Kolumn J"
    assert header.column_label(4) == "Befattning"


@pytest.mark.parametrize(
    "labels",
    [
        ("Förnamn", "Efternamn"),
        ("Namn", "Telefon"),
        ("Kommentar", "Deltagare"),
    ],
)
def test_name_plus_one_more_recognised_column_makes_a_header(labels: tuple[str, ...]) -> None:
    assert detect_header(sheet_of(labels)).row_number == 1


@pytest.mark.parametrize(
    "labels",
    [
        ("Namn", "Kolumn B"),
        ("Förnamn", "E-post"),
        ("E-post", "Skola", "Telefon"),
        ("Kolumn A", "Kolumn B", "Kolumn C"),
    ],
)
def test_rows_without_a_name_and_another_column_are_not_headers(labels: tuple[str, ...]) -> None:
    with pytest.raises(HeaderNotFoundError):
        detect_header(sheet_of(labels, ("x", "y", "z")))


def test_header_must_be_within_the_first_ten_rows() -> None:
    blank: tuple[CellValue, ...] = (None,)
    late = sheet_of(*([blank] * HEADER_SEARCH_ROWS), ("Namn", "E-post"))
    in_time = sheet_of(*([blank] * (HEADER_SEARCH_ROWS - 1)), ("Namn", "E-post"))
    assert HEADER_SEARCH_ROWS == 10
    assert detect_header(in_time).row_number == 10
    with pytest.raises(HeaderNotFoundError):
        detect_header(late)


def test_missing_header_error_lists_the_columns_looked_for() -> None:
    with pytest.raises(HeaderNotFoundError) as caught:
        detect_header(sheet_of(("Kolumn A", "Kolumn B")))
    error = caught.value
    assert error.path == Path("lista.xlsx")
    assert error.looked_for == (
        "Namn (eller Förnamn och Efternamn)",
        "E-post",
        "Skola/enhet",
        "Befattning",
        "Telefon",
        "Anteckning",
        "Status",
        "Statusdatum",
    )
    message = str(error)
    assert "”lista.xlsx”" in message
    assert all(column in message for column in error.looked_for)


def test_numeric_and_date_header_cells_do_not_break_detection() -> None:
    assert detect_header(sheet_of((2025, 1.5, "Namn", "Mejl"))).mapping == ColumnMapping(
        {F.FULL_NAME: 2, F.EMAIL: 3}
    )


def test_header_key_is_stable_and_ignores_case_punctuation_and_trailing_blanks() -> None:
    key = header_key(["Namn", "E-post", "Skola/enhet", "Befattning", "Telefon"])
    assert key == "a46f975aba3c0671"
    assert header_key(["NAMN ", "e post", "Skola / Enhet", "befattning", "telefon", ""]) == key
    assert header_key(["E-post", "Namn", "Skola/enhet", "Befattning", "Telefon"]) != key
    assert header_key(["Namn", "", "E-post"]) != header_key(["Namn", "E-post"])


def test_column_mapping_is_an_immutable_mapping() -> None:
    mapping = ColumnMapping({F.EMAIL: 2, F.FULL_NAME: 0})
    assert list(mapping) == [F.FULL_NAME, F.EMAIL]
    assert mapping[F.EMAIL] == 2
    assert mapping.get(F.PHONE) is None
    assert len(mapping) == 2
    with pytest.raises(TypeError):
        mapping[F.PHONE] = 3  # type: ignore[index]

    changed = mapping.with_column(F.PHONE, 4).with_column(F.EMAIL, None)
    assert changed == ColumnMapping({F.FULL_NAME: 0, F.PHONE: 4})
    assert mapping == ColumnMapping({F.FULL_NAME: 0, F.EMAIL: 2})
    assert hash(mapping) == hash(ColumnMapping({F.EMAIL: 2, F.FULL_NAME: 0}))
    assert repr(changed) == "ColumnMapping(full_name=0, phone=4)"


@pytest.mark.parametrize(
    ("mapping", "has_name"),
    [
        ({F.FULL_NAME: 0}, True),
        ({F.FIRST_NAME: 0, F.LAST_NAME: 1}, True),
        ({F.FIRST_NAME: 0, F.EMAIL: 1}, False),
        ({F.EMAIL: 1}, False),
    ],
)
def test_has_name(mapping: dict[ParticipantField, int], has_name: bool) -> None:
    assert ColumnMapping(mapping).has_name is has_name


def test_a_good_user_mapping_validates() -> None:
    header = header_of("A", "B", "C")
    validate_mapping(ColumnMapping({F.FIRST_NAME: 1, F.LAST_NAME: 0, F.EMAIL: 2}), header)
    validate_mapping(ColumnMapping({F.FULL_NAME: 2}), header)


@pytest.mark.parametrize(
    ("mapping", "problems"),
    [
        (
            {F.EMAIL: 1},
            [
                FieldProblem(
                    F.FULL_NAME,
                    "Välj kolumnen med namn (hela namnet, eller förnamn och efternamn).",
                )
            ],
        ),
        (
            {F.FIRST_NAME: 0},
            [
                FieldProblem(
                    F.LAST_NAME, "Välj kolumnen med efternamn, eller en kolumn med hela namnet."
                )
            ],
        ),
        (
            {F.LAST_NAME: 0},
            [
                FieldProblem(
                    F.FIRST_NAME, "Välj kolumnen med förnamn, eller en kolumn med hela namnet."
                )
            ],
        ),
        (
            {F.FULL_NAME: 0, F.EMAIL: 3},
            [FieldProblem(F.EMAIL, "E-post: kolumnen finns inte i filen.")],
        ),
        (
            {F.FULL_NAME: -1, F.PHONE: 1},
            [FieldProblem(F.FULL_NAME, "Namn: kolumnen finns inte i filen.")],
        ),
        (
            {F.FULL_NAME: 0, F.EMAIL: 1, F.NOTES: 1},
            [FieldProblem(F.NOTES, "Kolumnen ”Mejl” är redan vald för E-post.")],
        ),
    ],
)
def test_bad_user_mappings_are_refused_with_one_problem_per_field(
    mapping: dict[ParticipantField, int], problems: list[FieldProblem]
) -> None:
    with pytest.raises(ValidationError) as caught:
        validate_mapping(ColumnMapping(mapping), header_of("Namn", "Mejl", "Övrigt"))
    assert list(caught.value.problems) == problems


@pytest.mark.parametrize(
    ("index", "letters"), [(0, "A"), (2, "C"), (25, "Z"), (26, "AA"), (701, "ZZ"), (702, "AAA")]
)
def test_column_letter(index: int, letters: str) -> None:
    assert column_letter(index) == letters


def test_a_recognised_header_is_guessed_as_itself() -> None:
    sheet = sheet_of(("Titel",), ("Namn", "E-post"), ("Anna Berg", "anna@example.se"))
    assert guess_header(sheet) == detect_header(sheet)
    assert guess_header(sheet).recognised


@pytest.mark.parametrize(
    ("rows", "row_number", "mapping"),
    [
        # The row that recognises most columns, even if only one ...
        (
            (("Anmälda",), ("Förnamn X", "Efternamn Y", "Mejl"), ("Lina", "Yilmaz", "l@x.se")),
            2,
            ColumnMapping({F.EMAIL: 2}),
        ),
        # ... else the first with two filled cells, past a title.
        ((("Anmälda",), (None,), ("Person", "Kontakt"), ("Lina", "l@x.se")), 3, ColumnMapping()),
        ((("Bara en kolumn",), ("Lina",)), 1, ColumnMapping()),
    ],
)
def test_an_unrecognised_header_is_guessed_for_mapping_by_hand(
    rows: tuple[tuple[CellValue, ...], ...], row_number: int, mapping: ColumnMapping
) -> None:
    header = guess_header(sheet_of(*rows))
    assert not header.recognised
    assert header.row_number == row_number
    assert header.mapping == mapping
    assert header.key == header_key(header.labels)


def test_guessing_a_header_in_blank_rows_still_fails() -> None:
    with pytest.raises(HeaderNotFoundError):
        guess_header(sheet_of((None, None), (None,)))

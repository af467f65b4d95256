"""Text keys: the fast forms equal the plain definitions (tidy each part, then casefold)."""

from __future__ import annotations

import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from seminarkoll.domain.text import (
    email_key,
    fold,
    full_name,
    name_key,
    row_id,
    swedish_key,
    tidy,
)

# Letters whose case folding changes length or shape, all kinds of whitespace, and the rest.
_TEXT = st.text(
    st.sampled_from(list("aÅäöÖßẞİıΣσςﬁ@.-_ \t\n\r\x0b\x0c\x1c\x85\xa0\u2003\u3000"))
    | st.characters()
)
_OPTIONAL = st.none() | _TEXT


def test_casefolding_never_creates_or_removes_whitespace() -> None:
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        folded = char.casefold()
        if char.isspace():
            assert folded == char
        else:
            assert folded
            assert not any(part.isspace() for part in folded)


@given(_OPTIONAL)
def test_tidy_and_fold_follow_their_definitions(value: str | None) -> None:
    words = (value or "").split()
    assert tidy(value) == " ".join(words)
    assert fold(value) == " ".join(words).casefold()


@given(_OPTIONAL)
def test_email_key_is_the_folded_address_without_spaces(value: str | None) -> None:
    expected = fold(value).replace(" ", "")
    assert email_key(value) == (expected or None)


def test_examples() -> None:
    assert fold("  Åsa\tÖBERG ") == "åsa öberg"
    assert email_key(" Asa.Oberg@Example.SE ") == "asa.oberg@example.se"
    assert email_key("   ") is None
    assert email_key(None) is None
    assert full_name(" Åsa ", "Öberg") == "Åsa Öberg"


def test_swedish_key_puts_the_swedish_letters_after_z() -> None:
    names = ["Öst", "Ädel", "Zetterlund", "Åberg", "Aalto"]
    assert sorted(names, key=swedish_key) == ["Aalto", "Zetterlund", "Åberg", "Ädel", "Öst"]
    more = ["Östen", "Åsa", "Zlatan", "Ärla", "Émile", "Anna", "ärlig", "ÅSA"]
    assert sorted(more, key=swedish_key) == [
        "Anna",
        "Émile",
        "Zlatan",
        "Åsa",
        "ÅSA",
        "Ärla",
        "ärlig",
        "Östen",
    ]


def test_swedish_key_compares_numbers_by_value_and_names_by_last_then_first() -> None:
    assert sorted(["Grupp 10", "Grupp 2", "grupp 1"], key=swedish_key) == [
        "grupp 1",
        "Grupp 2",
        "Grupp 10",
    ]
    people = [("Öst", "Anna"), ("Ädel", "Björn"), ("Ädel", "Åke"), ("Aalto", "Ödön")]
    assert sorted(people, key=lambda p: name_key(*p)) == [
        ("Aalto", "Ödön"),
        ("Ädel", "Björn"),
        ("Ädel", "Åke"),
        ("Öst", "Anna"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("7", 7),
        (" 12 ", 12),
        ("9223372036854775807", 2**63 - 1),
        ("9223372036854775808", None),
        ("²", None),
        ("٣", None),
        ("-1", None),
        ("Omgång 3", None),
        ("", None),
    ],
)
def test_a_row_id_is_a_plain_number_sqlite_can_hold(text: str, expected: int | None) -> None:
    assert row_id(text) == expected

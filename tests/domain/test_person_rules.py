"""Person rules: their limits are the database's column lengths, and every form applies them."""

from __future__ import annotations

import pytest
from sqlalchemy import String

from seminarkoll.data.models import Person, Workplace
from seminarkoll.data.versions import BOOKKEEPING
from seminarkoll.domain.person_rules import (
    PERSON_LIMITS,
    WORKPLACE_AREA_LIMIT,
    WORKPLACE_NAME_LIMIT,
    length_problems,
    name_problem,
    person_problems,
    person_search_key,
)
from seminarkoll.exchange.email_address import checked_email


def _length(column: object) -> int | None:
    assert isinstance(column, String)
    return column.length


def test_limits_equal_the_model_column_lengths() -> None:
    columns = Person.__table__.c
    for field, limit in PERSON_LIMITS.items():
        assert _length(columns[field].type) == limit, field
    assert _length(columns["email_key"].type) == PERSON_LIMITS["email"]
    assert _length(Workplace.__table__.c["name"].type) == WORKPLACE_NAME_LIMIT
    assert _length(Workplace.__table__.c["area"].type) == WORKPLACE_AREA_LIMIT


def test_every_text_column_of_a_person_has_a_limit() -> None:
    texts = {
        column.name
        for column in Person.__table__.c
        if isinstance(column.type, String)
        and column.name not in {"email_key", "search_key", *BOOKKEEPING}
    }
    assert texts - {"notes"} == set(PERSON_LIMITS)


def test_length_problems_name_each_long_field() -> None:
    values = {field: "x" * (limit + 1) for field, limit in PERSON_LIMITS.items()}
    values["phone"] = "1" * PERSON_LIMITS["phone"]
    problems = length_problems(values)
    assert set(problems) == set(PERSON_LIMITS) - {"phone"}
    assert problems["first_name"] == "Förnamnet får vara högst 100 tecken."


def test_a_person_needs_a_first_name() -> None:
    assert name_problem(" ") == "Ange förnamn."
    assert name_problem("Åsa") is None


def test_person_problems_name_the_missing_first_name_then_long_fields() -> None:
    values = {"first_name": "", "last_name": "x" * (PERSON_LIMITS["last_name"] + 1), "phone": ""}
    assert person_problems(values) == {
        "first_name": "Ange förnamn.",
        "last_name": "Efternamnet får vara högst 100 tecken.",
    }
    assert person_problems({"first_name": "Åsa", "title": "Rektor"}) == {}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anna.Berg@Example.SE", "Anna.Berg@example.se"),
        ("mailto:bo@skola.se", "bo@skola.se"),
        ("  eva@skola.se ", "eva@skola.se"),
    ],
)
def test_checked_email_normalises(text: str, expected: str) -> None:
    assert checked_email(text) == (expected, "")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("anna", "”anna” är ingen e-postadress (tecknet @ saknas)."),
        ("a@b@c.se", "”a@b@c.se” är ingen giltig e-postadress (mer än ett @)."),
        ("anna@localhost", "”anna@localhost” är ingen giltig e-postadress."),
        ("bo ek@skola.se", "”bo ek@skola.se” är ingen giltig e-postadress."),
        (
            "=1+1@skola.se",
            "”=1+1@skola.se” är ingen giltig e-postadress (den börjar med ”=” och skulle "
            "läsas som en formel i Excel).",
        ),
    ],
)
def test_checked_email_refuses_with_a_plain_message(text: str, message: str) -> None:
    assert checked_email(text) == (None, message)


def test_search_key_folds_every_searchable_detail() -> None:
    key = person_search_key("Åsa", "", "Asa@Skola.SE", " Torsbo  skolan ", "Rektor", "Kommunen")
    assert key == "åsa asa@skola.se torsbo skolan rektor kommunen"

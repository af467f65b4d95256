"""The printable sign-in sheet: everyone on it in Swedish order, signature column, page footer."""

from __future__ import annotations

import re
from dataclasses import replace

from seminarkoll.documents.signin_pdf import BLANK_ROWS, render_signin_pdf, signin_html
from seminarkoll.domain.exports import SignInEntry
from tests.exchange.export_data import SIGNIN


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", pdf))


def test_html_lists_the_expected_participants_then_blank_rows() -> None:
    html = signin_html(SIGNIN)
    assert "Närvarolista – seminarium 1" in html
    assert "torsdag 15 september 2016 · 13:00–16:00 · Kunskapens hus" in html
    assert "Föreläsare: Eva Lindberg (Förvaltningschef)" in html
    assert "Namnteckning" in html
    assert html.index("Magnusson") < html.index("Åberg")
    assert "Anmäld frånvaro" in html  # the advance apology is printed
    assert html.count("<tr>") == 1 + len(SIGNIN.entries) + BLANK_ROWS
    assert "2 deltagare väntas" in html


def test_text_is_escaped() -> None:
    entry = replace(SIGNIN.entries[0], last_name="<Berg & Co>")
    html = signin_html(replace(SIGNIN, entries=(entry,)))
    assert "&lt;Berg &amp; Co&gt;" in html
    assert "<Berg" not in html


def test_pdf_has_one_page_for_a_small_group_and_more_for_a_large_one() -> None:
    small = render_signin_pdf(SIGNIN)
    assert small.startswith(b"%PDF")
    assert _pages(small) == 1
    many = tuple(
        SignInEntry(
            enrollment_id=index,
            first_name=f"Person {index}",
            last_name=f"Efternamn {index:02d}",
            workplace="Torsboskolan",
            role="",
            groups=(),
            status=None,
            note="",
        )
        for index in range(60)
    )
    assert _pages(render_signin_pdf(replace(SIGNIN, entries=many))) >= 3


def test_signed_off_seminar_is_marked_on_the_sheet() -> None:
    assert "redan signerad" in signin_html(replace(SIGNIN, signed_off=True))
    assert "redan signerad" not in signin_html(SIGNIN)

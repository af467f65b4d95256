"""Outlook's address format, addresses kept once, and the mailto: link with everyone in BCC."""

from __future__ import annotations

from seminarkoll.domain.email_list import (
    MAILTO_LIMIT,
    EmailList,
    Recipient,
    fits_mailto,
    mailto_link,
    recipients,
)


def test_outlook_line_names_each_address_once() -> None:
    found = EmailList(
        "Alla",
        recipients(
            [
                ("Åsa", "Lundqvist", " asa.lundqvist@exempel.se "),
                ("Johan", "Ek", None),
                ("Åsa", "L", "ASA.lundqvist@exempel.se"),
                ("Lars", "Öberg", "lars@exempel.se"),
            ]
        ),
    )
    assert found.line == "Åsa Lundqvist <asa.lundqvist@exempel.se>; Lars Öberg <lars@exempel.se>"
    assert [r.name for r in found.without_address] == ["Johan Ek"]
    assert found.missing_sentence == "Saknar e-postadress: Johan Ek."


def test_names_with_separators_are_quoted() -> None:
    assert Recipient("Ek, Johan", "", "j@x.se").outlook == '"Ek, Johan" <j@x.se>'
    assert Recipient('Bo "Bosse"', "Ek", "b@x.se").outlook == "Bo 'Bosse' Ek <b@x.se>"
    assert Recipient("", "", "b@x.se").outlook == "b@x.se"


def test_mailto_puts_everyone_in_bcc_and_knows_the_limit() -> None:
    link = mailto_link(["a@x.se", "ö+1@x.se"])
    assert link == "mailto:?bcc=a@x.se,%C3%B6+1@x.se"
    assert fits_mailto(link)
    many = mailto_link(f"deltagare{n}@exempel.trollhattan.se" for n in range(80))
    assert len(many) > MAILTO_LIMIT
    assert not fits_mailto(many)

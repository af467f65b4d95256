"""The fast path for everyday e-mail addresses agrees exactly with email-validator."""

from __future__ import annotations

import pytest
from email_validator import EmailNotValidError, validate_email
from hypothesis import given, settings
from hypothesis import strategies as st

from seminarkoll.exchange.email_address import plain_address


def _full_check(address: str) -> str | None:
    try:
        return validate_email(
            address, check_deliverability=False, allow_display_name=True
        ).normalized
    except EmailNotValidError:
        return None


LOCAL = st.text(alphabet="abcXYZ019.-_+!#'=~", min_size=1, max_size=70)
LABEL = st.text(alphabet="abcXYZ019-", min_size=1, max_size=70)
DOMAINS = st.lists(LABEL, min_size=1, max_size=4).map(".".join)
TOPS = st.sampled_from(["se", "SE", "com", "nu", "local", "test", "x", "xn--p1ai", "123", "a1"])


@settings(max_examples=400, deadline=None)
@given(local=LOCAL, domain=DOMAINS, top=TOPS)
def test_fast_path_accepts_only_what_the_full_check_accepts_the_same_way(
    local: str, domain: str, top: str
) -> None:
    address = f"{local}@{domain}.{top}"
    fast = plain_address(address)
    if fast is not None:
        assert fast == _full_check(address)


@pytest.mark.parametrize(
    "address",
    [
        "anna.berg@example.se",
        "Anna.Berg@Example.SE",
        "o'brien+kurs@skola.trollhattan.se",
        "a@b.co",
    ],
)
def test_everyday_addresses_take_the_fast_path(address: str) -> None:
    assert plain_address(address) == _full_check(address)
    assert plain_address(address) is not None


@pytest.mark.parametrize(
    "address",
    [
        "åsa@example.se",
        "anna@exämple.se",
        "Anna Berg <anna@example.se>",
        "anna..berg@example.se",
        ".anna@example.se",
        "anna@example",
        "anna@-example.se",
        "anna@xn--exmple-cua.se",
        "anna@example.local",
        "a" * 65 + "@example.se",
    ],
)
def test_unusual_addresses_go_to_the_full_check(address: str) -> None:
    assert plain_address(address) is None

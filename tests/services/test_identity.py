"""The coordinator's name: the OS user by default, settable, never empty."""

from __future__ import annotations

import getpass

import pytest

from seminarkoll.domain.errors import ValidationError
from seminarkoll.services.identity import Coordinator, default_coordinator_name, signature


def test_default_is_the_os_user() -> None:
    assert default_coordinator_name() == getpass.getuser()
    assert Coordinator().name == getpass.getuser()
    assert Coordinator("  Karin   Fredriksson ").name == "Karin Fredriksson"


def test_set_name_validates() -> None:
    coordinator = Coordinator()
    coordinator.set_name(" Karin ")
    assert coordinator.name == "Karin"
    with pytest.raises(ValidationError, match="Ange ditt namn"):
        coordinator.set_name("  ")
    with pytest.raises(ValidationError, match="högst 200"):
        coordinator.set_name("x" * 201)
    assert coordinator.name == "Karin"


def test_the_name_counts_as_chosen_once_given() -> None:
    login = Coordinator()
    assert not login.chosen
    assert not Coordinator("  ").chosen
    assert Coordinator("Karin Fredriksson").chosen
    with pytest.raises(ValidationError):
        login.set_name(" ")
    assert not login.chosen
    login.set_name("Karin Fredriksson")
    assert login.chosen


def test_signature_on_a_server_names_the_login_and_a_different_os_user() -> None:
    assert signature("karin", False, None, "karin") == "karin"
    assert signature("Karin F", True, None, "karin") == "Karin F"
    assert signature("karin", False, "karin", "karin") == "karin"
    assert signature("kf", False, "team", "kf") == "team (kf)"
    assert signature("Karin Fredriksson", True, "karin", "karin") == "Karin Fredriksson (karin)"
    assert signature("Karin", True, "team", "kf") == "Karin (team, kf)"
    assert signature("KARIN", True, "karin", "karin") == "karin"
    long = signature("x" * 200, True, "karin", "kf")
    assert len(long) == 200
    assert long.endswith(" (karin, kf)")


def test_the_login_is_asked_once_and_the_own_name_stays() -> None:
    asked: list[int] = []

    def account() -> str:
        asked.append(1)
        return "karin"

    coordinator = Coordinator(account=account)
    coordinator.set_name("Karin Fredriksson")
    assert coordinator.name == coordinator.name == f"Karin Fredriksson (karin{_os_part()})"
    assert coordinator.own_name == "Karin Fredriksson"
    assert asked == [1]


def _os_part() -> str:
    user = getpass.getuser()
    return "" if user == "karin" else f", {user}"

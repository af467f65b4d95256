"""The coordinator's name: the OS user by default, settable, never empty."""

from __future__ import annotations

import getpass

import pytest

from seminarkoll.domain.errors import ValidationError
from seminarkoll.services.identity import Coordinator, default_coordinator_name


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

"""Records built from objects holding the same names, and set on such objects."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from seminarkoll.domain.records import assign_from, built_from


@dataclass(frozen=True)
class _Input:
    name: str
    notes: str = ""


@dataclass(frozen=True)
class _Details:
    id: int
    name: str
    notes: str
    count: int


@dataclass(frozen=True)
class _Counted:
    name: str
    total: int
    derived: int = field(init=False, default=0)


def test_fields_come_from_the_same_names() -> None:
    assert built_from(_Input, _Details(1, "Leda", "n", 3)) == _Input("Leda", "n")


def test_given_values_replace_or_supply_fields() -> None:
    details = _Details(1, "Leda", "n", 3)
    assert built_from(_Counted, details, total=details.count) == _Counted("Leda", 3)
    assert built_from(_Input, details, notes="") == _Input("Leda")


def test_a_field_the_source_lacks_is_an_error() -> None:
    with pytest.raises(AttributeError):
        built_from(_Counted, _Input("Leda"))


class _Row:
    """A stand-in for an ORM row: plain attributes."""

    name = "old"
    notes = "old"
    extra = "old"
    untouched = "old"


def test_assign_sets_every_field_under_its_name() -> None:
    row = _Row()
    assign_from(row, _Input("Leda", "n"))
    assert (row.name, row.notes, row.extra, row.untouched) == ("Leda", "n", "old", "old")


def test_assign_sets_given_values_instead_and_besides() -> None:
    row = _Row()
    assign_from(row, _Input("Leda", "n"), notes="given", extra="more")
    assert (row.name, row.notes, row.extra, row.untouched) == ("Leda", "given", "more", "old")

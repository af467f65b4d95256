"""Building one plain record from another object that holds the same names (row, record, ORM)."""

from __future__ import annotations

from dataclasses import fields
from functools import cache
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

R = TypeVar("R", bound="DataclassInstance")


@cache
def _names(record: type[DataclassInstance]) -> tuple[str, ...]:
    return tuple(f.name for f in fields(record) if f.init)


def built_from(record: type[R], source: object, **given: Any) -> R:
    """A `record` whose fields come from `source`'s attributes of the same names, except those
    `given` here (values `source` does not hold, or holds under another name)."""
    values = {name: getattr(source, name) for name in _names(record) if name not in given}
    return record(**values, **given)

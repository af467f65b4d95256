"""Plain records built from objects holding the same names (row, ORM), and set on such objects."""

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


def assign_from(target: object, record: DataclassInstance, **given: Any) -> None:
    """Set each field of `record` on `target` (an ORM row, say) under the same name, except
    those `given` here, which are set to the value given (names `record` lacks included)."""
    for name in _names(type(record)):
        if name not in given:
            setattr(target, name, getattr(record, name))
    for name, value in given.items():
        setattr(target, name, value)

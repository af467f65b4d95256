"""Everything stored about one person (GDPR art. 15), as titled sections of labelled rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

Value = str | int | bool | date | datetime | None
"""One cell: plain values only, so any file format can hold it."""


@dataclass(frozen=True)
class RecordSection:
    """One kind of fact, e.g. the enrolments: a key for files, a Swedish title, and rows."""

    key: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Value, ...], ...]

    def as_dicts(self) -> list[dict[str, Value]]:
        """The rows as column -> value mappings."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


@dataclass(frozen=True)
class PersonRecord:
    """A register extract (registerutdrag) for one person."""

    person_id: int
    name: str
    made_at: datetime
    database: str
    sections: tuple[RecordSection, ...]

    def section(self, key: str) -> RecordSection:
        """The section with `key`."""
        return next(s for s in self.sections if s.key == key)

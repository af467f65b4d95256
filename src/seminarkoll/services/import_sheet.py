"""A file read for an import: its cells and the header row found in it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Generic, TypeVar

from seminarkoll.exchange.columns import SheetHeader
from seminarkoll.exchange.spreadsheet import SheetData

F = TypeVar("F", bound=StrEnum)


@dataclass(frozen=True)
class ImportSheet(Generic[F]):
    """A file as read for an import of fields `F`: its cells and the header row found in it."""

    data: SheetData
    header: SheetHeader[F]

    @property
    def path(self) -> Path:
        """The file."""
        return self.data.path

    @property
    def key(self) -> str:
        """Identifies the header row, for remembering the user's column mapping."""
        return self.header.key

"""Typed domain errors: what went wrong, as data, with a plain Swedish default message."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime


class DomainError(Exception):
    """Base of every error the user may see; `str(error)` is a Swedish sentence."""


@dataclass(frozen=True)
class FieldProblem:
    """One problem with one input field, e.g. ("end_time", "Sluttiden måste vara efter ...")."""

    field: str
    message: str


class ValidationError(DomainError):
    """Input that breaks a rule; carries one problem per field so forms can show them in place."""

    def __init__(self, problems: Sequence[FieldProblem]) -> None:
        self.problems: tuple[FieldProblem, ...] = tuple(problems)
        super().__init__(" ".join(p.message for p in self.problems))

    @classmethod
    def single(cls, field: str, message: str) -> ValidationError:
        """Build an error with one problem."""
        return cls([FieldProblem(field, message)])

    def for_field(self, field: str) -> str | None:
        """The first message for `field`, or None."""
        return next((p.message for p in self.problems if p.field == field), None)


class NotFoundError(DomainError):
    """Something the user referred to does not exist (any more)."""


class ConflictError(DomainError):
    """The action clashes with existing data, e.g. a duplicate or a locked seminar."""


class StaleEditError(ConflictError):
    """A save from a copy read before someone else changed the row: nothing was written.

    Carries who changed it (`by`, empty when unknown), when (`at`, aware, None when unknown)
    and the row's `version` now: saving again with that version overwrites their change.
    """

    def __init__(self, message: str, *, by: str, at: datetime | None, version: int) -> None:
        super().__init__(message)
        self.by = by
        self.at = at
        self.version = version

"""What a removal takes with it (said in Swedish before asking) and what it keeps for undo."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from seminarkoll.data.cascade import CascadeSnapshot, capture, delete_captured
from seminarkoll.domain.errors import ConflictError
from seminarkoll.domain.planning import describe_counts
from seminarkoll.domain.translation import translate

PLANNING_TABLES = frozenset(
    {"programme", "theme_area", "cohort", "seminar", "seminar_lecturer", "person"}
)
"""Tables whose rows are planning data; anything else (attendance, enrolments ...) is not."""


@dataclass(frozen=True)
class RemovalImpact:
    """Everything one removal would delete, counted per kind of row, the removed thing first.

    `name` is how the removed thing is called in a sentence, e.g. 'seminarium 3 ”Uppstart”'.
    """

    kind: str
    name: str
    counts: tuple[tuple[str, int], ...]

    def count(self, kind: str) -> int:
        """How many rows of `kind` (a table name) would go."""
        return sum(n for k, n in self.counts if k == kind)

    @property
    def dependents(self) -> tuple[tuple[str, int], ...]:
        """The counts of everything except the removed thing itself."""
        return tuple((k, n) for k, n in self.counts if k != self.kind)

    @property
    def description(self) -> str:
        """E.g. "3 seminarier och 41 närvaronoteringar" ('' when nothing else goes)."""
        return describe_counts(self.dependents)

    @property
    def sentence(self) -> str:
        """A whole sentence for a confirmation: what goes, and what goes with it."""
        if not self.description:
            return translate("Errors", "{name} tas bort.").format(name=_capitalised(self.name))
        return translate("Errors", "{name} tas bort, tillsammans med {description}.").format(
            name=_capitalised(self.name), description=self.description
        )

    @property
    def touches_participant_data(self) -> bool:
        """True when rows other than planning data (attendance, enrolments ...) would go."""
        return any(k not in PLANNING_TABLES for k, n in self.counts if n)


@dataclass(frozen=True)
class Removed:
    """A performed removal: what it took, and the rows needed to put everything back."""

    impact: RemovalImpact
    snapshot: CascadeSnapshot


def impact_of(snapshot: CascadeSnapshot, name: str) -> RemovalImpact:
    """The impact of deleting what `snapshot` holds."""
    counts = snapshot.counts()
    root = [(k, n) for k, n in counts if k == snapshot.root_table]
    return RemovalImpact(snapshot.root_table, name, (*root, *(c for c in counts if c not in root)))


def remove_captured(
    session: Session, table: str, row_id: int, name: str, *, planning_only: bool
) -> Removed:
    """Capture one row with its cascade and delete it; with `planning_only`, refuse (with
    ConflictError) when that would delete anything but planning data."""
    snapshot = capture(session, table, [row_id])
    impact = impact_of(snapshot, name)
    if planning_only and impact.touches_participant_data:
        raise ConflictError(
            translate(
                "Errors",
                "{capitalised} har fått {description} sedan dess och tas därför inte "
                "bort här. Ta bort det uttryckligen om det verkligen ska bort.",
            ).format(capitalised=_capitalised(name), description=impact.description)
        )
    delete_captured(session, snapshot)
    return Removed(impact, snapshot)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]

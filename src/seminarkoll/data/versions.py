"""Row versions: every edit of a versioned row advances its version and stamps who and when;
a save from an older version is refused before anything is written."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import SQLColumnExpression, event, inspect
from sqlalchemy.orm import Session

from seminarkoll.data.models import Versioned
from seminarkoll.data.types import utc_now
from seminarkoll.domain.edits import Edited, stale_edit

V = TypeVar("V", bound=Versioned)

EDITOR = "editor"
"""The key in `Session.info` holding the name stamped on changes (set by the Database)."""

BOOKKEEPING = frozenset(
    {
        "version",
        "changed_at",
        "changed_by",
        "search_key",
        "updated_at",
        "calendar_revision",
        "calendar_digest",
    }
)
"""Attributes the application keeps up by itself: changing them is no one's edit."""


@event.listens_for(Session, "before_flush")
def _advance_versions(session: Session, _context: object, _instances: object) -> None:
    """A new versioned row starts at version 1; an edited one goes one up. Both get the
    editor's name and the time."""
    editor = str(session.info.get(EDITOR, ""))
    now = utc_now()
    for row in session.new:
        if isinstance(row, Versioned):
            row.version = row.version or 1
            row.changed_at, row.changed_by = now, editor
    for row in session.dirty:
        if isinstance(row, Versioned) and _edited(row):
            row.version = row.version + 1
            row.changed_at, row.changed_by = now, editor


def edit_values(session: Session, version: SQLColumnExpression[int]) -> dict[str, Any]:
    """What a Core UPDATE of versioned rows sets besides its own values (`version`: the
    table's version column), so that it counts as an edit as the ORM's do."""
    return {
        "version": version + 1,
        "changed_at": utc_now(),
        "changed_by": str(session.info.get(EDITOR, "")),
    }


def edit_stamp(session: Session) -> dict[str, Any]:
    """Who and when for versioned rows a bulk INSERT writes (their version starts at 1)."""
    return {"changed_at": utc_now(), "changed_by": str(session.info.get(EDITOR, ""))}


def _edited(row: Versioned) -> bool:
    return any(
        attribute.history.has_changes()
        for attribute in inspect(row).attrs
        if attribute.key not in BOOKKEEPING and attribute.key not in row.not_edits
    )


def refuse_stale(
    row: Versioned,
    seen: int | None,
    kind: Edited,
    subject: Callable[[], str],
    *,
    listed: bool = False,
) -> None:
    """StaleEditError (naming `subject()`, who changed the row and when) when `row` is no longer
    at the version `seen` the user's copy was read at (`listed`: the list the action was taken
    in showed); None skips the check (an overwrite)."""
    if seen is not None:
        refuse_any_stale([(row, seen)], kind, lambda _row: subject(), listed=listed)


def refuse_any_stale(
    rows: Sequence[tuple[V, int]],
    kind: Edited,
    subject: Callable[[V], str],
    *,
    listed: bool = True,
) -> None:
    """StaleEditError when any of `rows` (each with the version the list the action was taken
    in showed; not `listed`: the version the user opened) is no longer at that version: it
    names the first such row (`subject(row)`, who changed it and when) and counts the others,
    so one action over several rows is refused whole."""
    stale = [row for row, seen in rows if row.version != seen]
    if stale:
        first = stale[0]
        raise stale_edit(
            kind,
            subject(first),
            first.changed_by,
            first.changed_at,
            first.version,
            others=len(stale) - 1,
            listed=listed,
        )

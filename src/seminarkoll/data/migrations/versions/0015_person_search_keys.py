"""Recompute every person's search key by the one rule now kept on every write: names,
e-mail, workplace, title and organisation (before, participants' keys lacked the
organisation and lecturers' the workplace).

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-01 21:30:00
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

_Row = tuple[int, str, str, str | None, str, str, str | None, bool]


def _folded(*parts: str | None) -> str:
    return " ".join(" ".join(part for part in parts if part).split()).casefold()


def _rekey(key: Callable[[_Row], str]) -> None:
    connection = op.get_bind()
    rows = connection.execute(
        sa.text(
            "SELECT p.id, p.first_name, p.last_name, p.email, p.title, p.organisation, w.name, "
            "p.is_lecturer FROM person p LEFT JOIN workplace w ON w.id = p.workplace_id"
        )
    ).all()
    changes = [{"pid": row[0], "key": key(tuple(row))} for row in rows]
    if changes:
        connection.execute(sa.text("UPDATE person SET search_key = :key WHERE id = :pid"), changes)


def upgrade() -> None:
    _rekey(lambda r: _folded(r[1], r[2], r[3], r[6], r[4], r[5]))


def downgrade() -> None:
    _rekey(
        lambda r: (
            _folded(r[1], r[2], r[3], r[4], r[5]) if r[7] else _folded(r[1], r[2], r[3], r[6], r[4])
        )
    )

"""Tamper-evident audit trail: attendance changes and sign-off events each form a hash chain.

Every row stores `prev_hash` (the `row_hash` of the row before it, by id) and `row_hash`
(SHA-256 of `prev_hash` and the row's own content). `audit_seal` keeps each chain's last id,
last hash and row count, so a row removed at the end is noticed as well as one in the middle.
New rows are chained when their transaction commits. When the application itself removes or
rewrites rows (removals, merges, anonymisation, thinning) it re-seals the chain, after noting
any break that was there before, so such a break stays on record.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, select, text, update
from sqlalchemy.orm import Session

from seminarkoll.data.models import AuditSeal, Base
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate

CHAINED: dict[str, tuple[str, ...]] = {
    "attendance_change": (
        "id",
        "seminar_id",
        "enrollment_id",
        "changed_at",
        "changed_by",
        "old_status",
        "new_status",
        "old_note",
        "new_note",
        "reason",
        "source",
    ),
    "signoff_event": ("id", "seminar_id", "action", "at", "by", "reason"),
}
"""The chained tables and the columns each row's hash covers (fixed, so that a later column
does not change the hashes of old rows)."""

CHAIN_LABELS = {
    "attendance_change": QT_TRANSLATE_NOOP("Checkup", "närvarologgen"),
    "signoff_event": QT_TRANSLATE_NOOP("Checkup", "signeringsloggen"),
}
SEAL_LOCK_KEY = 0x5E4D_0002
"""PostgreSQL advisory lock key taken while a transaction chains its rows: two coordinators'
commits chain one after the other (SQLite's writing transactions already do)."""
_WRITES_KEY = "seminarkoll_writes"
_DELETES_KEY = "seminarkoll_deletes"


@dataclass(frozen=True)
class ChainState:
    """One chain as verified: its row count and the first broken link (None when whole)."""

    table: str
    rows: int
    problem: str | None

    @property
    def label(self) -> str:
        """The chain's name in the chosen language, e.g. "närvarologgen"."""
        return translate("Checkup", CHAIN_LABELS[self.table])


def row_digest(prev_hash: str, table: str, values: Sequence[Any]) -> str:
    """The hash of one row: SHA-256 over the previous hash and the row's canonical content."""
    content = json.dumps(
        [table, *(_plain(value) for value in values)], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(f"{prev_hash}\n{content}".encode()).hexdigest()


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def _table(name: str) -> Table:
    return Base.metadata.tables[name]


def _rows(connection: Connection, name: str, after_id: int = 0) -> list[Any]:
    """The chained columns and both hashes of the rows after `after_id`, by id, as the
    database stores them (no type conversion: hashing stays cheap and exact)."""
    quote = connection.dialect.identifier_preparer.quote
    columns = ", ".join(quote(c) for c in (*CHAINED[name], "prev_hash", "row_hash"))
    statement = text(f"SELECT {columns} FROM {quote(name)} WHERE id > :after ORDER BY id")
    return list(connection.execute(statement, {"after": after_id}))


def _seal(connection: Connection, name: str) -> tuple[int, str, int, str]:
    row = connection.execute(
        select(AuditSeal.last_id, AuditSeal.last_hash, AuditSeal.rows, AuditSeal.broken).where(
            AuditSeal.chain == name
        )
    ).first()
    return (0, "", 0, "") if row is None else (row[0], row[1], row[2], row[3])


def _save_seal(
    connection: Connection, name: str, last_id: int, last_hash: str, rows: int, broken: str
) -> None:
    table = _table("audit_seal")
    values = {"last_id": last_id, "last_hash": last_hash, "rows": rows, "broken": broken}
    done = connection.execute(update(table).where(table.c.chain == name).values(values))
    if not done.rowcount:
        connection.execute(table.insert().values(chain=name, **values))


def _write_hashes(connection: Connection, name: str, changes: list[dict[str, Any]]) -> None:
    if not changes:
        return
    table = _table(name)
    connection.execute(
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values(prev_hash=bindparam("new_prev"), row_hash=bindparam("new_hash")),
        changes,
    )


def seal_new_rows(connection: Connection) -> None:
    """Chain the rows added since the last seal. When the current transaction removed chained
    rows (a cohort removed) or put some back (its removal undone), note any row whose content
    no longer matches its hash, then re-seal the whole chain."""
    removed = connection.info.pop(_DELETES_KEY, False)
    if connection.dialect.name == "postgresql":
        # Released at commit; each statement after it sees the rows others committed first.
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SEAL_LOCK_KEY})
    for name in CHAINED:
        last_id, last_hash, sealed_rows, broken = _seal(connection, name)
        new = _rows(connection, name, last_id)
        table = _table(name)
        total = connection.execute(select(func.count()).select_from(table)).scalar_one()
        expected = sealed_rows + len(new)
        if total > expected or (total < expected and removed):
            reseal(connection, name, broken or _altered_row(connection, name))
            continue
        if not new:
            continue
        changes = []
        previous = last_hash
        for row in new:
            digest = row_digest(previous, name, row[: len(CHAINED[name])])
            changes.append({"row_id": row[0], "new_prev": previous, "new_hash": digest})
            previous = digest
        _write_hashes(connection, name, changes)
        _save_seal(connection, name, new[-1][0], previous, expected, broken)


def _altered_row(connection: Connection, name: str) -> str:
    """The first row whose content does not match its own hash, as evidence ('' if none)."""
    width = len(CHAINED[name])
    for row in _rows(connection, name):
        if row[width + 1] and row_digest(row[width], name, row[:width]) != row[width + 1]:
            return translate("Checkup", "rad {row} hade ändrats utanför Seminarkoll").format(
                row=row[0]
            )
    return ""


def reseal(connection: Connection, name: str, broken: str) -> None:
    """Chain every row of `name` afresh (after the application removed or rewrote rows)."""
    width = len(CHAINED[name])
    changes = []
    previous = ""
    last_id = 0
    rows = _rows(connection, name)
    for row in rows:
        digest = row_digest(previous, name, row[:width])
        if (row[width], row[width + 1]) != (previous, digest):
            changes.append({"row_id": row[0], "new_prev": previous, "new_hash": digest})
        previous, last_id = digest, row[0]
    _write_hashes(connection, name, changes)
    _save_seal(connection, name, last_id, previous, len(rows), broken)


def verify(connection: Connection) -> tuple[ChainState, ...]:
    """Check both chains against their rows and seals; each names its first broken link."""
    return tuple(_verify_chain(connection, name) for name in CHAINED)


def _verify_chain(connection: Connection, name: str) -> ChainState:
    width = len(CHAINED[name])
    last_id, last_hash, sealed_rows, broken = _seal(connection, name)
    rows = _rows(connection, name)
    previous, previous_id = "", 0
    for row in rows:
        row_id, prev_hash, row_hash = row[0], row[width], row[width + 1]
        if row_id > last_id:
            added = translate("Checkup", "rad {row} har lagts till utanför Seminarkoll")
            return ChainState(name, len(rows), added.format(row=row_id))
        if prev_hash != previous:
            return ChainState(name, len(rows), _gap(previous_id, row_id))
        if row_digest(prev_hash, name, row[:width]) != row_hash:
            changed = translate("Checkup", "rad {row} har ändrats utanför Seminarkoll")
            return ChainState(name, len(rows), changed.format(row=row_id))
        previous, previous_id = row_hash, row_id
    if (previous_id, previous) != (last_id, last_hash) or len(rows) != sealed_rows:
        missing = last_id if previous_id < last_id else previous_id
        last = translate("Checkup", "rad {row} (den sista) saknas eller har ändrats")
        return ChainState(name, len(rows), last.format(row=missing))
    if broken:
        return ChainState(name, len(rows), broken)
    return ChainState(name, len(rows), None)


def _gap(before: int, after: int) -> str:
    if after - before == 2:
        return translate("Checkup", "rad {row} saknas (borttagen utanför Seminarkoll)").format(
            row=before + 1
        )
    if after - before > 2:
        return translate(
            "Checkup",
            "raden före rad {row} saknas (någon av raderna {first}–{last} är borttagen utanför "
            "Seminarkoll)",
        ).format(row=after, first=before + 1, last=after - 1)
    return translate("Checkup", "rad {row} har ändrats eller raden efter den saknas").format(
        row=before
    )


@contextmanager
def rewriting(session: Session) -> Iterator[None]:
    """Around an action that removes or rewrites chained rows: note a break that is already
    there (it stays on record), let the action run, then re-seal both chains."""
    connection = session.connection()
    found = {state.table: state.problem for state in verify(connection)}
    yield
    session.flush()
    for name in CHAINED:
        _last_id, _hash, _rows_count, broken = _seal(connection, name)
        problem = found[name]
        if problem and not broken:
            broken = translate(
                "Checkup", "{problem} (upptäckt före en ändring i programmet)"
            ).format(problem=problem)
        reseal(connection, name, broken)


def note_statement(connection: Connection, statement: str) -> bool:
    """Remember whether `statement` may have added or removed chained rows in the current
    transaction of `connection` (so that it is sealed on commit); True when it writes."""
    verb = statement.lstrip()[:6].upper()
    if verb not in {"INSERT", "UPDATE", "DELETE"}:
        return False
    if verb == "DELETE":  # may cascade to chained rows
        connection.info[_WRITES_KEY] = connection.info[_DELETES_KEY] = True
    elif any(name in statement for name in CHAINED):
        connection.info[_WRITES_KEY] = True
    return True


def forget_writes(connection: Connection) -> None:
    """The engine's `begin` hook: a new transaction has written nothing yet."""
    connection.info.pop(_WRITES_KEY, None)
    connection.info.pop(_DELETES_KEY, None)


def seal_on_commit(session: Session) -> None:
    """The `before_commit` hook: chain what a writing transaction added."""
    session.flush()
    connection = session.connection()
    if connection.info.pop(_WRITES_KEY, False):
        seal_new_rows(connection)
    connection.info.pop(_DELETES_KEY, None)

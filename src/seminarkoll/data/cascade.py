"""Capture rows with everything that cascades from them, delete them, and put them back (undo)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, and_, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from seminarkoll.data.models import Base
from seminarkoll.domain.errors import ConflictError
from seminarkoll.domain.translation import translate

Row = tuple[tuple[str, Any], ...]
"""One row as (column name, value) pairs, immutable."""


@dataclass(frozen=True)
class TableRows:
    """The captured rows of one table."""

    table: str
    rows: tuple[Row, ...]


@dataclass(frozen=True)
class NulledReference:
    """A reference that the database sets to NULL on delete, with the value to put back."""

    table: str
    key: Row
    column: str
    value: Any


@dataclass(frozen=True)
class CascadeSnapshot:
    """Rows of a root table plus every row that `ON DELETE CASCADE` would take with them.

    `tables` is in dependency order (parents first); `nulled` lists the references outside the
    snapshot that `ON DELETE SET NULL` would clear.
    """

    root_table: str
    tables: tuple[TableRows, ...]
    nulled: tuple[NulledReference, ...]

    def counts(self) -> tuple[tuple[str, int], ...]:
        """(table name, rows) for every table in the snapshot, parents first."""
        return tuple((t.table, len(t.rows)) for t in self.tables if t.rows)

    def rows_of(self, table: str) -> tuple[dict[str, Any], ...]:
        """The captured rows of `table` as dictionaries (empty when none)."""
        for table_rows in self.tables:
            if table_rows.table == table:
                return tuple(dict(row) for row in table_rows.rows)
        return ()


def capture(session: Session, table_name: str, ids: Iterable[int]) -> CascadeSnapshot:
    """Read the rows of `table_name` with `ids` and, recursively, their cascading children.

    Raises ConflictError when a row elsewhere refers to one of them through a foreign key that
    neither cascades nor sets NULL (the database would refuse the delete).
    """
    tables = Base.metadata.tables
    found: dict[str, dict[Row, dict[str, Any]]] = {}
    nulled: dict[tuple[str, Row, str], Any] = {}
    _collect(session, tables[table_name], "id", set(ids), found, nulled)
    ordered = tuple(
        TableRows(table.name, tuple(_freeze(row) for row in found[table.name].values()))
        for table in Base.metadata.sorted_tables
        if found.get(table.name)
    )
    removed_keys = {(name, key) for name, rows in found.items() for key in rows}
    references = tuple(
        NulledReference(table, key, column, value)
        for (table, key, column), value in nulled.items()
        if (table, key) not in removed_keys
    )
    return CascadeSnapshot(table_name, ordered, references)


def delete_captured(session: Session, snapshot: CascadeSnapshot) -> None:
    """Delete the root rows of `snapshot`; the database cascades to the rest."""
    table = Base.metadata.tables[snapshot.root_table]
    ids = [row["id"] for row in snapshot.rows_of(snapshot.root_table)]
    session.flush()
    session.execute(delete(table).where(table.c.id.in_(ids)))
    session.expire_all()


def restore(session: Session, snapshot: CascadeSnapshot) -> None:
    """Insert every captured row again with its old key and put cleared references back.

    Raises ConflictError when that is no longer possible (a key or a unique value is taken,
    or a row it refers to is gone); the caller's transaction then rolls back.
    """
    session.flush()
    try:
        for table_rows in snapshot.tables:
            table = Base.metadata.tables[table_rows.table]
            if table_rows.rows:
                session.execute(insert(table), [dict(row) for row in table_rows.rows])
        for reference in snapshot.nulled:
            table = Base.metadata.tables[reference.table]
            session.execute(
                update(table)
                .where(_key_clause(table, reference.key))
                .values({reference.column: reference.value})
            )
        session.flush()
    except IntegrityError as exc:
        raise ConflictError(
            translate(
                "Errors",
                "Det borttagna kunde inte återställas eftersom uppgifterna har ändrats sedan dess.",
            )
        ) from exc
    session.expire_all()


def _collect(
    session: Session,
    table: Table,
    column: str,
    values: set[Any],
    found: dict[str, dict[Row, dict[str, Any]]],
    nulled: dict[tuple[str, Row, str], Any],
) -> None:
    if not values:
        return
    rows = session.execute(select(table).where(table.c[column].in_(values))).mappings().all()
    bucket = found.setdefault(table.name, {})
    new_rows = []
    for mapping in rows:
        row = dict(mapping)
        key = _key(table, row)
        if key not in bucket:
            bucket[key] = row
            new_rows.append(row)
    if not new_rows:
        return
    for child in Base.metadata.sorted_tables:
        for fk in child.foreign_keys:
            if fk.column.table is not table:
                continue
            parent_values = {row[fk.column.name] for row in new_rows} - {None}
            action = (fk.ondelete or "").upper()
            if action == "CASCADE":
                _collect(session, child, fk.parent.name, parent_values, found, nulled)
            elif action == "SET NULL":
                _note_nulled(session, child, fk.parent.name, parent_values, nulled)
            else:
                _refuse_if_referenced(session, child, fk.parent.name, parent_values)


def _note_nulled(
    session: Session,
    table: Table,
    column: str,
    values: set[Any],
    nulled: dict[tuple[str, Row, str], Any],
) -> None:
    if not values:
        return
    for mapping in session.execute(select(table).where(table.c[column].in_(values))).mappings():
        row = dict(mapping)
        nulled[(table.name, _key(table, row), column)] = row[column]


def _refuse_if_referenced(session: Session, table: Table, column: str, values: set[Any]) -> None:
    if values and (
        session.scalar(select(table.c[column]).where(table.c[column].in_(values)).limit(1))
        is not None
    ):
        raise ConflictError(
            translate(
                "Errors",
                "Det går inte att ta bort eftersom andra uppgifter hänvisar hit ({name}.{column}).",
            ).format(name=table.name, column=column)
        )


def _key(table: Table, row: Mapping[str, Any]) -> Row:
    return tuple((column.name, row[column.name]) for column in table.primary_key.columns)


def _key_clause(table: Table, key: Row) -> Any:
    return and_(*(table.c[name] == value for name, value in key))


def _freeze(row: Mapping[str, Any]) -> Row:
    return tuple(row.items())

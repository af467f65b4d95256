"""Snapshots of a test database (a SQLite file byte for byte, a server's rows), to prove a
refused action changed nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from sqlalchemy import MetaData, select

from seminarkoll.data.database import Database


def database_snapshot(database: Database) -> tuple[str, tuple[str, ...]]:
    """The SHA-256 of the SQLite file and a full dump of its rows.

    Every pooled connection is closed first and the write-ahead log is checkpointed into the
    file, so the hash covers everything committed. The database stays usable afterwards (the
    pool opens new connections on demand).
    """
    path = database.location.path
    if path is None:
        return _server_snapshot(database)
    database.close()
    connection = sqlite3.connect(path)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        dump = tuple(connection.iterdump())
    finally:
        connection.close()
    return _sha256(path), dump


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _server_snapshot(database: Database) -> tuple[str, tuple[str, ...]]:
    """A server database: every table's rows in key order, and their SHA-256 (sequences are
    left out: the server advances them even in transactions it rolls back)."""
    tables = MetaData()
    with database.engine.connect() as connection:
        tables.reflect(connection)
        dump = tuple(
            f"{table.name}: {tuple(row)!r}"
            for table in tables.sorted_tables
            for row in connection.execute(select(table).order_by(*table.primary_key.columns))
        )
    return hashlib.sha256("\n".join(dump).encode()).hexdigest(), dump

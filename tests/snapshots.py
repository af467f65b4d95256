"""Byte-for-byte snapshots of a test database file, to prove a refused action changed nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from seminarkoll.data.database import Database


def database_snapshot(database: Database) -> tuple[str, tuple[str, ...]]:
    """The SHA-256 of the SQLite file and a full dump of its rows.

    Every pooled connection is closed first and the write-ahead log is checkpointed into the
    file, so the hash covers everything committed. The database stays usable afterwards (the
    pool opens new connections on demand).
    """
    path = database.location.path
    assert path is not None
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

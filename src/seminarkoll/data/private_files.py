"""Private files on POSIX: databases, backups and temporary files 0600, their folders 0700."""

from __future__ import annotations

import os
from pathlib import Path

PRIVATE_FILE_MODE = 0o600
PRIVATE_FOLDER_MODE = 0o700
SQLITE_COMPANIONS = ("-wal", "-shm", "-journal")
"""Files SQLite keeps beside a database; they hold the same data and get the same mode."""

_POSIX = os.name == "posix"


def private_folder(path: Path) -> Path:
    """Create `path` (with parents) when missing and make it readable by the owner only."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE)
    if _POSIX:
        os.chmod(path, PRIVATE_FOLDER_MODE)
    return path


def private_file(path: Path) -> Path:
    """Create `path` empty and 0600 from its first byte when missing, else make it 0600."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    try:
        os.close(os.open(path, flags, PRIVATE_FILE_MODE))
    except FileExistsError:
        if _POSIX:
            os.chmod(path, PRIVATE_FILE_MODE)
    return path


def private_database(path: Path) -> Path:
    """Make a SQLite database and the companion files SQLite keeps beside it private.

    A missing database is created empty with mode 0600; SQLite then gives its write-ahead log
    and shared-memory files the database's mode.
    """
    private_file(path)
    for suffix in SQLITE_COMPANIONS:
        companion = path.with_name(path.name + suffix)
        if _POSIX and companion.exists():
            os.chmod(companion, PRIVATE_FILE_MODE)
    return path

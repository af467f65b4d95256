"""Where the database lives: the platformdirs default, a plain path, or a full SQLAlchemy URL."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "Seminarkoll"
DATABASE_FILENAME = "seminarkoll.sqlite3"
ENV_DATABASE_URL = "SEMINARKOLL_DATABASE_URL"
POSTGRESQL_SCHEMES = ("postgresql://", "postgres://")
"""Plain PostgreSQL URLs, which mean the psycopg driver that comes with Seminarkoll."""


@dataclass(frozen=True)
class DatabaseLocation:
    """A resolved database: its SQLAlchemy URL and, for SQLite, the file path."""

    url: str
    path: Path | None

    @property
    def is_sqlite(self) -> bool:
        """True for an embedded SQLite file."""
        return self.path is not None

    @property
    def display(self) -> str:
        """What to show the user: the file path, or the URL without its password."""
        if self.path is not None:
            return str(self.path)
        head, sep, tail = self.url.partition("@")
        if sep and ":" in head.split("//", 1)[-1]:
            scheme, _, userinfo = head.partition("//")
            user = userinfo.split(":", 1)[0]
            return f"{scheme}//{user}:***@{tail}"
        return self.url


def default_data_dir() -> Path:
    """The per-user data folder (e.g. ~/.local/share/Seminarkoll)."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False)


def resolve(database: str | None = None) -> DatabaseLocation:
    """Resolve `--db` (a path or URL), else $SEMINARKOLL_DATABASE_URL, else the default file."""
    value = database or os.environ.get(ENV_DATABASE_URL) or ""
    if "://" in value:
        if value.startswith("sqlite:///"):
            return for_sqlite_file(Path(value.removeprefix("sqlite:///")))
        if value.startswith(POSTGRESQL_SCHEMES):
            value = "postgresql+psycopg://" + value.split("://", 1)[1]
        return DatabaseLocation(url=value, path=None)
    path = Path(value).expanduser() if value else default_data_dir() / DATABASE_FILENAME
    return for_sqlite_file(path)


def for_sqlite_file(path: Path) -> DatabaseLocation:
    """A location for a SQLite file at `path` (made absolute)."""
    path = path.expanduser().absolute()
    return DatabaseLocation(url=f"sqlite:///{path.as_posix()}", path=path)

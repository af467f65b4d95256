"""Where the database lives: the platformdirs default, a plain path, or a full SQLAlchemy URL."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

APP_NAME = "Seminarkoll"
DATABASE_FILENAME = "seminarkoll.sqlite3"
ENV_DATABASE_URL = "SEMINARKOLL_DATABASE_URL"
POSTGRESQL_SCHEMES = ("postgresql://", "postgres://")
"""Plain PostgreSQL URLs, which mean the psycopg driver that comes with Seminarkoll."""
SERVER_SCHEME = "postgresql+psycopg://"
DEFAULT_PORT = 5432


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
            value = SERVER_SCHEME + value.split("://", 1)[1]
        return DatabaseLocation(url=value, path=None)
    if not value:
        return default_file()
    return for_sqlite_file(Path(value))


def default_file() -> DatabaseLocation:
    """The local database file in the per-user data folder."""
    return for_sqlite_file(default_data_dir() / DATABASE_FILENAME)


def for_sqlite_file(path: Path) -> DatabaseLocation:
    """A location for a SQLite file at `path` (made absolute)."""
    path = path.expanduser().absolute()
    return DatabaseLocation(url=f"sqlite:///{path.as_posix()}", path=path)


@dataclass(frozen=True)
class ServerAddress:
    """A shared PostgreSQL database without its password: what the settings may remember."""

    host: str
    port: int
    database: str
    user: str

    @property
    def display(self) -> str:
        """`user@host:port/database`, as the user typed it."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def location(self, password: str = "") -> DatabaseLocation:
        """The location of this database, logging in with `password` (none: libpq looks in
        ~/.pgpass)."""
        login = quote(self.user, safe="")
        if password:
            login += ":" + quote(password, safe="")
        host = f"[{self.host}]" if ":" in self.host else self.host
        database = quote(self.database, safe="")
        return DatabaseLocation(f"{SERVER_SCHEME}{login}@{host}:{self.port}/{database}", None)


def server_address(location: DatabaseLocation) -> ServerAddress | None:
    """The server, port, database and user of a PostgreSQL location (None for a file)."""
    if location.path is not None:
        return None
    parts = urlsplit(location.url)
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        port = DEFAULT_PORT
    return ServerAddress(
        host=parts.hostname or "",
        port=port,
        database=unquote(parts.path.lstrip("/")),
        user=unquote(parts.username or ""),
    )

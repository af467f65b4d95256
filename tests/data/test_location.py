"""Resolving where the database is: default file, a plain path, an environment variable, a URL."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import make_url

from seminarkoll.data.location import (
    DATABASE_FILENAME,
    ServerAddress,
    default_data_dir,
    for_sqlite_file,
    resolve,
    server_address,
)


def test_default_is_a_file_in_the_user_data_dir() -> None:
    location = resolve(None)
    assert location.path == default_data_dir() / DATABASE_FILENAME
    assert location.url.startswith("sqlite:///")


def test_plain_path_means_sqlite_file(tmp_path: Path) -> None:
    location = resolve(str(tmp_path / "a.sqlite3"))
    assert location.path == tmp_path / "a.sqlite3"
    assert location.is_sqlite


def test_environment_variable_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SEMINARKOLL_DATABASE_URL", str(tmp_path / "env.sqlite3"))
    assert resolve(None).path == tmp_path / "env.sqlite3"
    assert resolve(str(tmp_path / "arg.sqlite3")).path == tmp_path / "arg.sqlite3"


def test_postgres_url_hides_the_password() -> None:
    location = resolve("postgresql+psycopg://koll:hemligt@db.example/seminarkoll")
    assert location.path is None
    assert "hemligt" not in location.display
    assert location.display == "postgresql+psycopg://koll:***@db.example/seminarkoll"


def test_a_server_address_round_trips_through_its_location() -> None:
    address = ServerAddress("db.kommun.se", 5433, "seminarkoll", "anna.a@kommun.se")
    location = address.location("p@ss:w/rd ö")
    assert location.path is None
    url = make_url(location.url)
    assert (url.drivername, url.host, url.port, url.database) == (
        "postgresql+psycopg",
        "db.kommun.se",
        5433,
        "seminarkoll",
    )
    assert (url.username, url.password) == ("anna.a@kommun.se", "p@ss:w/rd ö")
    assert "p%40ss" not in location.display
    assert server_address(location) == address
    assert make_url(address.location().url).password is None  # ~/.pgpass may answer
    assert server_address(for_sqlite_file(Path("a.sqlite3"))) is None

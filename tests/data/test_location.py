"""Resolving where the database is: default file, a plain path, an environment variable, a URL."""

from __future__ import annotations

from pathlib import Path

import pytest

from seminarkoll.data.location import DATABASE_FILENAME, default_data_dir, resolve


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

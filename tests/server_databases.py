"""Test databases on the PostgreSQL server that $SEMINARKOLL_TEST_DATABASE_URL names: one
migrated template per run, and a fresh copy of it for every test (dropped afterwards)."""

from __future__ import annotations

import os
from itertools import count

import psycopg
from sqlalchemy import make_url

from seminarkoll.data.location import DatabaseLocation, resolve
from seminarkoll.data.migrate import upgrade

ENV_TEST_URL = "SEMINARKOLL_TEST_DATABASE_URL"


def server_url() -> str | None:
    """The test server's URL (a superuser, or a role that may create databases), if set."""
    return os.environ.get(ENV_TEST_URL) or None


class ServerDatabases:
    """Creates and drops this run's databases on the test server."""

    def __init__(self, url: str) -> None:
        self._url = make_url(url)
        self._prefix = f"seminarkoll_test_{os.getpid()}"
        self._serial = count(1)
        self._template: str | None = None

    def location(self, name: str) -> DatabaseLocation:
        """The location of database `name` on the test server."""
        return resolve(self._url.set(database=name).render_as_string(hide_password=False))

    def execute(self, statement: str) -> None:
        """Run `statement` as the server's superuser, outside any transaction."""
        with self._admin() as admin:
            admin.execute(statement.encode())

    def _admin(self) -> psycopg.Connection[tuple[object, ...]]:
        url = self._url.set(drivername="postgresql")
        return psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)

    def empty(self) -> DatabaseLocation:
        """A new database with no tables (not migrated)."""
        name = f"{self._prefix}_{next(self._serial)}"
        with self._admin() as admin:
            admin.execute(f'CREATE DATABASE "{name}"')
        return self.location(name)

    def migrated(self) -> DatabaseLocation:
        """A new database at the head revision, copied from the run's migrated template."""
        if self._template is None:
            template = self.empty()
            upgrade(template)
            self._template = str(make_url(template.url).database)
        name = f"{self._prefix}_{next(self._serial)}"
        with self._admin() as admin:
            # FILE_COPY: a checkpoint on a server that does not sync is quicker than WAL_LOG.
            admin.execute(
                f'CREATE DATABASE "{name}" TEMPLATE "{self._template}" STRATEGY FILE_COPY'
            )
        return self.location(name)

    def drop(self, location: DatabaseLocation) -> None:
        """Drop a database made here, closing whatever connections are still open to it."""
        name = make_url(location.url).database
        with self._admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def drop_template(self) -> None:
        """Drop the template at the end of the run."""
        if self._template is not None:
            self.drop(self.location(self._template))

"""The bases of the services: over one database, and over one database with a coordinator."""

from __future__ import annotations

from seminarkoll.data.database import Database
from seminarkoll.services.identity import Coordinator, coordinator_of


class DatabaseService:
    """A service over `database`: each of its use cases runs in one transaction there."""

    def __init__(self, database: Database) -> None:
        self._db = database


class CoordinatedService(DatabaseService):
    """A service that also records who did what: `coordinator` (by default the database's)."""

    def __init__(self, database: Database, coordinator: Coordinator | None = None) -> None:
        super().__init__(database)
        self.coordinator = coordinator or coordinator_of(database)

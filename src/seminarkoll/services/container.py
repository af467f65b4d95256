"""The set of services the UI and the command line use, built over one open database."""

from __future__ import annotations

from dataclasses import dataclass

from seminarkoll.data.database import Database
from seminarkoll.services.catalog import CatalogService
from seminarkoll.services.demo import DemoService
from seminarkoll.services.planning import PlanningService


@dataclass(frozen=True)
class Services:
    """Every use case, sharing one database."""

    database: Database
    catalog: CatalogService
    demo: DemoService
    planning: PlanningService

    @classmethod
    def build(cls, database: Database) -> Services:
        """Wire every service to `database`."""
        return cls(
            database=database,
            catalog=CatalogService(database),
            demo=DemoService(database),
            planning=PlanningService(database),
        )

"""Run one Alembic step (upgrade or downgrade to a revision) on a test database, as the app
migrates: on a connection with foreign keys off."""

from __future__ import annotations

from alembic import command

from seminarkoll.data.engine import make_engine
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.data.migrate import alembic_config


def alembic_step(location: DatabaseLocation, action: str, target: str) -> None:
    """`action` is "upgrade" or "downgrade"; `target` a revision, "head" or "base"."""
    engine = make_engine(location, foreign_keys=False)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            getattr(command, action)(config, target)
    finally:
        engine.dispose()

"""Alembic environment: runs on the connection the application hands over (batch mode)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from seminarkoll.data.models import Base

config = context.config


def run_migrations(connection: Connection) -> None:
    """Run the pending revisions on `connection` in one transaction."""
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        transactional_ddl=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Seminarkoll migrations run through seminarkoll.data.migrate only")
run_migrations(connection)

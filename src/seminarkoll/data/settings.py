"""Settings kept in the database itself (they follow the data): backup rotation, retention and
the database's own identity."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from seminarkoll.data.models import Setting
from seminarkoll.domain.backup_rotation import Retention

DATABASE_ID_KEY = "database_id"
"""The setting holding the database's random identity (calendar UIDs are built from it)."""
_RETENTION_KEYS = {"daily": "backup_daily", "weekly": "backup_weekly", "monthly": "backup_monthly"}


def read_setting(session: Session, key: str) -> str | None:
    """The stored value of `key`, or None when it was never set."""
    return session.scalar(select(Setting.value).where(Setting.key == key))


def write_setting(session: Session, key: str, value: str) -> None:
    """Store `value` under `key`."""
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value


def retention_of(session: Session) -> Retention:
    """The backup rotation stored in the database (the defaults where nothing is stored)."""
    default = Retention()
    values = {}
    for field, key in _RETENTION_KEYS.items():
        stored = read_setting(session, key)
        values[field] = int(stored) if stored and stored.isdigit() else getattr(default, field)
    return Retention(**values)


def save_retention(session: Session, retention: Retention) -> None:
    """Store the backup rotation."""
    for field, key in _RETENTION_KEYS.items():
        write_setting(session, key, str(getattr(retention, field)))


def database_identity(session: Session) -> str:
    """The database's random identity: stored once (by migration 0010, or here the first time
    it is asked for), so that two databases never share calendar UIDs."""
    stored = read_setting(session, DATABASE_ID_KEY)
    if stored:
        return stored
    identity = uuid.uuid4().hex
    write_setting(session, DATABASE_ID_KEY, identity)
    return identity

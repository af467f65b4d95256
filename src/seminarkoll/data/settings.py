"""Settings kept in the database itself (they follow the data): backup rotation and retention."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from seminarkoll.data.models import Setting
from seminarkoll.domain.backup_rotation import Retention

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

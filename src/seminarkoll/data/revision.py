"""The schema revisions this version knows, readable without importing Alembic (fast start-up)."""

from __future__ import annotations

KNOWN_REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
    "0012",
    "0013",
    "0014",
    "0015",
    "0016",
    "0017",
    "0018",
    "0019",
    "0020",
)
HEAD_REVISION = KNOWN_REVISIONS[-1]

"""Text a spreadsheet would take for a formula, with control characters, stored as data kept
from before such text was refused would be."""

from __future__ import annotations

import sqlite3

from seminarkoll.data.database import Database

HOSTILE = (
    "=1+1",
    "+46 70-123\x1b[2J",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(A1:A9)\x00",
    '\t=HYPERLINK("http://x")',
    "\r=A1\x07",
)
"""Formula-like starts (OWASP's list) with control characters (ESC, NUL, BEL) inside."""

CONTROL = {chr(code) for code in (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F)}


def poison(database: Database) -> None:
    """Write hostile text into every exported text column with plain SQL, as data stored
    before control characters were refused would be (the ORM would clean it)."""
    path = database.location.path
    assert path is not None
    database.close()
    with sqlite3.connect(path) as connection:
        for table, columns in {
            "programme": ("name",),
            "cohort": ("name",),
            "theme_area": ("name",),
            "seminar": ("title", "location"),
            "workplace": ("name",),
            "person": ("first_name", "last_name", "email", "phone", "title"),
            "enrollment": ("notes",),
            "cohort_group": ("name",),
            "attendance": ("note",),
        }.items():
            ids = [row[0] for row in connection.execute(f"SELECT id FROM {table}")]
            for index, row_id in enumerate(ids):
                text = HOSTILE[index % len(HOSTILE)]
                for column in columns:
                    value = f"{text}@example.se" if column == "email" else f"{text} {column}"
                    connection.execute(
                        f"UPDATE {table} SET {column} = ? WHERE id = ?", (value, row_id)
                    )
    connection.close()

"""Opening a database at start-up: the whole-file check runs only when there is reason."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from seminarkoll.app import DatabaseOpener, open_headless
from seminarkoll.data.errors import DatabaseError
from seminarkoll.data.location import DatabaseLocation
from seminarkoll.data.revision import HEAD_REVISION, KNOWN_REVISIONS
from seminarkoll.data.sqlite_file import inspect_revision, left_unclean, quick_check
from seminarkoll.services.container import Services
from seminarkoll.ui.main_window import MainWindow


def damage_an_index(path: Path) -> None:
    """Overwrite the root page of an index on `person`: the tables the first screen reads stay
    whole, but SQLite's integrity check finds the damage."""
    with closing(sqlite3.connect(path)) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        root = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'person' "
            "ORDER BY name LIMIT 1"
        ).fetchone()[0]
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * page_size)


@pytest.fixture
def closed_demo(demo: Services, db_location: DatabaseLocation) -> Path:
    """The example database, closed cleanly (no log left beside it)."""
    demo.database.close()
    assert db_location.path is not None
    assert not left_unclean(db_location.path)
    return db_location.path


def test_a_cleanly_closed_file_is_not_checked_while_opening(
    closed_demo: Path, db_location: DatabaseLocation
) -> None:
    damage_an_index(closed_demo)
    prepared = DatabaseOpener().prepare(db_location)
    prepared.release()
    assert not prepared.checked
    services = open_headless(str(closed_demo))  # the command line opens it too
    assert services.catalog.programmes()[0].name == "Ledare på lut"
    services.database.close()
    with pytest.raises(DatabaseError, match="är skadad"):
        quick_check(closed_demo)


def test_a_log_left_by_an_unclean_shutdown_makes_opening_check(
    closed_demo: Path, db_location: DatabaseLocation
) -> None:
    writer = sqlite3.connect(closed_demo)  # still open, as after a crash
    writer.execute("UPDATE programme SET description = 'x'")
    writer.commit()
    assert left_unclean(closed_demo)
    prepared = DatabaseOpener().prepare(db_location)
    prepared.release()
    assert prepared.checked
    damage_an_index(closed_demo)
    with pytest.raises(DatabaseError, match="är skadad"):
        DatabaseOpener().prepare(db_location)
    with pytest.raises(DatabaseError, match="är skadad"):
        open_headless(str(closed_demo))
    writer.close()


def test_a_damaged_file_is_not_migrated(closed_demo: Path, db_location: DatabaseLocation) -> None:
    older = KNOWN_REVISIONS[KNOWN_REVISIONS.index(HEAD_REVISION) - 1]
    with closing(sqlite3.connect(closed_demo)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = ?", (older,))
        conn.commit()
    damage_an_index(closed_demo)
    with pytest.raises(DatabaseError, match="är skadad"):
        DatabaseOpener().prepare(db_location)
    assert inspect_revision(closed_demo) == older


def test_the_window_checks_a_clean_file_in_the_background(
    qtbot: QtBot, closed_demo: Path, db_location: DatabaseLocation
) -> None:
    damage_an_index(closed_demo)
    window = MainWindow(DatabaseOpener(), db_location)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.opening_task is not None)
    assert window.services is not None
    assert window.services.catalog.programmes()[0].name == "Ledare på lut"
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "errorBox") is not None)
    box = window.findChild(QMessageBox, "errorBox")
    assert box is not None
    assert "är skadad" in box.text()
    box.close()

"""Migration 0015: every person's search key is recomputed by the person rules (down: by the
two former rules, lecturers without their workplace)."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from seminarkoll.data.location import DatabaseLocation
from seminarkoll.data.sqlite_file import inspect_revision
from seminarkoll.domain.person_rules import person_search_key
from seminarkoll.services.container import Services
from seminarkoll.services.lecturers import LecturerInput
from tests.data.alembic_steps import alembic_step

pytestmark = pytest.mark.sqlite_file

_PERSONS = (
    "SELECT p.id, p.first_name, p.last_name, p.email, w.name, p.title, p.organisation, "
    "p.search_key FROM person p LEFT JOIN workplace w ON w.id = p.workplace_id"
)


def test_search_keys_are_recomputed_down_and_up(
    demo: Services, db_location: DatabaseLocation
) -> None:
    path = db_location.path
    assert path is not None
    lecturer = demo.lecturers.create_lecturer(
        LecturerInput("Bo", "Ek", "Professor", "Universitetet", "bo@uni.se")
    )
    demo.database.close()
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute(
            "UPDATE person SET workplace_id = (SELECT min(id) FROM workplace) WHERE id = ?",
            (lecturer,),
        )

    alembic_step(db_location, "downgrade", "0014")
    assert inspect_revision(path) == "0014"
    with closing(sqlite3.connect(path)) as conn:
        old = {row[0]: row[7] for row in conn.execute(_PERSONS)}
    assert old[lecturer] == "bo ek bo@uni.se professor universitetet"

    alembic_step(db_location, "upgrade", "0015")
    assert inspect_revision(path) == "0015"
    with closing(sqlite3.connect(path)) as conn:
        persons = conn.execute(_PERSONS).fetchall()
    assert len(persons) > 10
    for pid, first, last, email, place, title, organisation, key in persons:
        assert key == person_search_key(first, last, email, place or "", title, organisation), pid

"""Every way a person is written keeps their search key equal to the person rules' key."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from seminarkoll.data.database import Database
from seminarkoll.data.models import Person
from seminarkoll.domain.person_rules import person_search_key
from seminarkoll.services.container import Services
from seminarkoll.services.lecturers import LecturerInput
from seminarkoll.services.participants import PersonInput
from seminarkoll.services.workplaces import WorkplaceInput
from tests.exchange.workbooks import write_xlsx
from tests.factories import Factory


def _keys(database: Database) -> dict[int, tuple[str, str]]:
    """Each person's stored key and the key their details give now."""
    with database.transaction() as session:
        persons = session.scalars(select(Person).options(selectinload(Person.workplace)))
        return {
            p.id: (
                p.search_key,
                person_search_key(
                    p.first_name,
                    p.last_name,
                    p.email,
                    p.workplace.name if p.workplace else "",
                    p.title,
                    p.organisation,
                ),
            )
            for p in persons
        }


def _assert_right(database: Database) -> dict[int, str]:
    keys = _keys(database)
    assert keys
    for stored, expected in keys.values():
        assert stored == expected
    return {pid: stored for pid, (stored, _) in keys.items()}


def test_create_edit_merge_and_anonymise_keep_the_key(
    services: Services, database: Database, factory: Factory
) -> None:
    school = factory.workplace("Torsboskolan")
    people = services.participants
    anna = people.create(
        PersonInput("Anna", "Berg", "anna@skola.se", title="Rektor", workplace_id=school)
    )
    assert _assert_right(database)[anna] == "anna berg anna@skola.se torsboskolan rektor"
    people.update(anna, PersonInput("Åsa", "Öberg", "asa@skola.se", organisation="Kommunen"))
    assert _assert_right(database)[anna] == "åsa öberg asa@skola.se kommunen"
    twin = people.create(PersonInput("Åsa", "Öberg", workplace_id=school, title="Lärare"))
    people.merge(anna, twin)
    _assert_right(database)
    services.person_data.anonymise(anna)
    assert "öberg" not in _assert_right(database)[anna]


def test_lecturers_and_workplace_changes_keep_the_key(
    services: Services, database: Database, factory: Factory
) -> None:
    lecturer = services.lecturers.create_lecturer(
        LecturerInput("Bo", "Ek", "Professor", "Universitetet", "bo@uni.se")
    )
    assert _assert_right(database)[lecturer] == "bo ek bo@uni.se professor universitetet"
    school = factory.workplace("Torsboskolan")
    pupil = factory.person("Eva", "Lind", workplace_id=school)
    _assert_right(database)
    services.workplaces.update(school, WorkplaceInput("Solrosens förskola"))
    assert "solrosens förskola" in _assert_right(database)[pupil]
    services.workplaces.delete(school)
    assert "solrosens" not in _assert_right(database)[pupil]


def test_import_new_and_updated_persons_keep_the_key(
    services: Services, database: Database, factory: Factory, tmp_path: Path
) -> None:
    cohort = factory.cohort()
    school = factory.workplace("Torsboskolan")
    known = services.participants.create(
        PersonInput("Anna", "Berg", "anna@skola.se", organisation="Kommunen", workplace_id=school)
    )
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        [
            ("Förnamn", "Efternamn", "E-post", "Skola", "Befattning"),
            ("Anna", "Berg", "ANNA@skola.se", "Björkskolan", "Rektor"),
            ("Per", "Holm", "per@skola.se", "Torsboskolan", "Lärare"),
        ],
    )
    importer = services.participant_import
    result = importer.run(importer.preview_file(path, cohort))
    assert (result.created, result.updated) == (1, 1)
    keys = _assert_right(database)
    assert keys[known] == "anna berg anna@skola.se björkskolan rektor kommunen"
    assert "per holm per@skola.se torsboskolan lärare" in keys.values()

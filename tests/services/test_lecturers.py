"""Tests for LecturerService on a real SQLite file: register, search, seminars and removal."""

from __future__ import annotations

from datetime import date

import pytest

from seminarkoll.domain.errors import ConflictError, NotFoundError, ValidationError
from seminarkoll.services.container import Services
from seminarkoll.services.lecturers import LecturerInput
from seminarkoll.services.schedule import LecturerAssignment, SeminarInput
from tests.factories import Factory


def test_create_edit_and_search(services: Services) -> None:
    eva = services.lecturers.create_lecturer(
        LecturerInput(
            " Eva ",
            "Lindberg",
            "Förvaltningschef",
            "Trollhättans stad",
            "Eva.Lindberg@Exempel.se",
            "0520-49 50 00",
        )
    )
    services.lecturers.create_lecturer(LecturerInput("Per", "Holm", "Ekonomichef"))
    details = services.lecturers.lecturer(eva)
    assert (details.name, details.email, details.phone) == (
        "Eva Lindberg",
        "Eva.Lindberg@exempel.se",
        "0520-49 50 00",
    )
    assert [d.name for d in services.lecturers.search("förvaltning")] == ["Eva Lindberg"]
    assert [d.name for d in services.lecturers.search("HOLM ekonomi")] == ["Per Holm"]
    assert [d.name for d in services.lecturers.search("")] == ["Per Holm", "Eva Lindberg"]
    assert services.lecturers.search("100%") == ()
    updated = services.lecturers.update_lecturer(
        eva, LecturerInput("Eva", "Lindberg", "Kommundirektör", notes="Bokas via assistent")
    )
    assert (updated.title, updated.email, updated.notes) == (
        "Kommundirektör",
        "",
        "Bokas via assistent",
    )
    assert updated.as_input().title == "Kommundirektör"
    assert "Kommundirektör" in services.lecturers.title_suggestions()
    assert services.lecturers.title_suggestions()[0] == "Förvaltningschef"


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (LecturerInput(" ", "Berg"), "first_name", "Ange förnamn."),
        (
            LecturerInput("Bo", email="bo(at)x.se"),
            "email",
            "”bo(at)x.se” är ingen e-postadress (tecknet @ saknas).",
        ),
        (
            LecturerInput("Bo", email="EVA@exempel.se"),
            "email",
            "E-postadressen används redan av Eva Lindberg (föreläsare).",
        ),
        (LecturerInput("Bo", title="x" * 201), "title", "Befattningen får vara högst 200 tecken."),
    ],
)
def test_invalid_lecturers_are_refused(
    services: Services, data: LecturerInput, field: str, message: str
) -> None:
    services.lecturers.create_lecturer(LecturerInput("Eva", "Lindberg", email="eva@exempel.se"))
    with pytest.raises(ValidationError) as caught:
        services.lecturers.create_lecturer(data)
    assert caught.value.for_field(field) == message
    with pytest.raises(ValidationError):
        services.lecturers.check(data)
    assert len(services.lecturers.search()) == 1


def test_seminars_across_cohorts_and_years(services: Services, factory: Factory) -> None:
    programme = factory.programme("Ledare på lut")
    eva = services.lecturers.create_lecturer(LecturerInput("Eva", "Lindberg"))
    for name, year, day in (
        ("Omgång 1", "2023/2024", date(2023, 9, 7)),
        ("Omgång 2", "2024/2025", date(2024, 9, 5)),
    ):
        cohort = factory.cohort(
            programme,
            name=name,
            school_year=year,
            start_date=date(int(year[:4]), 8, 15),
            end_date=date(int(year[:4]) + 1, 6, 13),
        )
        services.schedule.add_seminar(
            cohort, SeminarInput("Uppstart", day, lecturers=(LecturerAssignment(eva, "Styrning"),))
        )
    seminars = services.lecturers.seminars_of(eva)
    assert [(s.cohort_name, s.school_year, s.date, s.topic) for s in seminars] == [
        ("Omgång 2", "2024/2025", date(2024, 9, 5), "Styrning"),
        ("Omgång 1", "2023/2024", date(2023, 9, 7), "Styrning"),
    ]
    assert seminars[0].programme_name == "Ledare på lut"
    details = services.lecturers.lecturer(eva)
    assert (details.seminar_count, details.latest_date) == (2, date(2024, 9, 5))
    impact = services.lecturers.removal_impact(eva)
    assert impact.sentence == (
        "Föreläsaren Eva Lindberg tas bort, tillsammans med 2 föreläsarkopplingar."
    )
    removed = services.lecturers.remove_lecturer(eva)
    with pytest.raises(NotFoundError):
        services.lecturers.seminars_of(eva)
    services.lecturers.restore(removed)
    assert len(services.lecturers.seminars_of(eva)) == 2


def test_a_participant_is_not_removed_from_the_register(
    services: Services, factory: Factory
) -> None:
    person = factory.person("Anna", "Berg", is_lecturer=True)
    factory.enrollment(factory.cohort(), person)
    with pytest.raises(ConflictError, match="också deltagare"):
        services.lecturers.remove_lecturer(person)
    assert services.lecturers.lecturer(person).name == "Anna Berg"

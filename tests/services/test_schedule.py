"""Tests for ScheduleService on a real SQLite file: seminars, numbering, lecturers, removal."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, time
from typing import Any

import pytest
from sqlalchemy import func, select

from seminarkoll.data.database import Database
from seminarkoll.data.models import Person, Seminar, SeminarLecturer
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.errors import ConflictError, NotFoundError, ValidationError
from seminarkoll.services.container import Services
from seminarkoll.services.lecturers import LecturerInput
from seminarkoll.services.schedule import LecturerAssignment, SeminarInput
from tests.factories import Factory


def count(database: Database, model: Any) -> int:
    with database.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def schedule(services: Services, cohort_id: int) -> list[tuple[int, str, date]]:
    return [
        (r.number, r.title, r.date) for r in services.catalog.cohort_overview(cohort_id).seminars
    ]


@pytest.fixture
def cohort(factory: Factory) -> int:
    """A 2024/2025 cohort with three seminars on Thursdays."""
    cohort_id = factory.cohort(
        factory.programme("Ledare på lut"),
        start_date=date(2024, 8, 15),
        end_date=date(2025, 6, 13),
    )
    for number, day in enumerate((date(2024, 9, 5), date(2024, 10, 3), date(2024, 11, 7)), 1):
        factory.seminar(cohort_id, number, day, title=f"S{number}")
    return cohort_id


def test_adding_a_seminar_keeps_the_numbers_in_date_order(services: Services, cohort: int) -> None:
    saved = services.schedule.add_seminar(
        cohort, SeminarInput("Ny", date(2024, 9, 19), time(9), time(12), "Aulan")
    )
    assert saved.number == 2
    assert saved.warnings == ()
    assert schedule(services, cohort) == [
        (1, "S1", date(2024, 9, 5)),
        (2, "Ny", date(2024, 9, 19)),
        (3, "S2", date(2024, 10, 3)),
        (4, "S3", date(2024, 11, 7)),
    ]
    details = services.schedule.seminar(saved.seminar_id)
    assert (details.start_time, details.end_time, details.location) == (time(9), time(12), "Aulan")


def test_changing_a_date_renumbers(services: Services, cohort: int) -> None:
    first = services.catalog.cohort_overview(cohort).seminars[0]
    details = services.schedule.seminar(first.id)
    saved = services.schedule.update_seminar(
        first.id, replace(details.as_input(), date=date(2025, 1, 16))
    )
    assert saved.number == 3
    assert [n for n, _, _ in schedule(services, cohort)] == [1, 2, 3]
    assert [t for _, t, _ in schedule(services, cohort)] == ["S2", "S3", "S1"]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"title": "  "}, "title", "Ange en titel."),
        (
            {"start_time": time(16), "end_time": time(13)},
            "end_time",
            "Sluttiden måste vara efter starttiden.",
        ),
        (
            {"date": date(2025, 8, 7)},
            "date",
            "Datumet måste ligga inom omgångens tid, 15 augusti 2024–13 juni 2025.",
        ),
        (
            {"date": date(2024, 10, 3)},
            "date",
            "Omgången har redan ett seminarium 3 oktober 2024. Välj en annan dag.",
        ),
        (
            {"end_time": None},
            "end_time",
            "Ange både start- och sluttid, eller ingen av dem.",
        ),
        ({"title": "x" * 301}, "title", "Titeln får vara högst 300 tecken lång."),
        ({"theme_id": 999}, "theme", "Välj ett temaområde i omgångens program."),
        (
            {"lecturers": (LecturerAssignment(999),)},
            "lecturers",
            "En av föreläsarna finns inte längre i registret.",
        ),
        (
            {"lecturers": (LecturerAssignment(None, new_lecturer=LecturerInput("", "")),)},
            "lecturers",
            "Den nya föreläsaren: Ange förnamn.",
        ),
        (
            {
                "lecturers": (
                    LecturerAssignment(None, new_lecturer=LecturerInput("Bo", email="bo@x")),
                )
            },
            "lecturers",
            "Bo: ”bo@x” är ingen giltig e-postadress.",
        ),
    ],
)
def test_invalid_seminars_are_refused_and_nothing_is_saved(
    services: Services,
    database: Database,
    cohort: int,
    changes: dict[str, Any],
    field: str,
    message: str,
) -> None:
    before = schedule(services, cohort)
    data = replace(SeminarInput("Ny", date(2024, 12, 5)), **changes)
    with pytest.raises(ValidationError) as caught:
        services.schedule.add_seminar(cohort, data)
    assert caught.value.for_field(field) == message
    assert schedule(services, cohort) == before
    assert count(database, Person) == 0


def test_an_invalid_edit_leaves_the_seminar_as_it_was(services: Services, cohort: int) -> None:
    row = services.catalog.cohort_overview(cohort).seminars[1]
    before = services.schedule.seminar(row.id)
    with pytest.raises(ValidationError) as caught:
        services.schedule.update_seminar(
            row.id, replace(before.as_input(), title="", end_time=time(12))
        )
    assert {p.field for p in caught.value.problems} == {"title", "end_time"}
    assert services.schedule.seminar(row.id) == before


def test_weekend_and_holiday_dates_are_warnings(services: Services, cohort: int) -> None:
    saturday = services.schedule.add_seminar(cohort, SeminarInput("Lördag", date(2024, 9, 14)))
    assert saturday.warnings == ("Datumet är en lördag.",)
    epiphany = services.schedule.add_seminar(cohort, SeminarInput("Trettondagen", date(2025, 1, 6)))
    assert "Datumet är en helgdag (Trettondedag jul)." in epiphany.warnings
    autumn_break = services.schedule.add_seminar(cohort, SeminarInput("Lov", date(2024, 10, 30)))
    assert autumn_break.warnings == (
        "Datumet ligger under ett skollov (Höstlov, 28 oktober 2024–1 november 2024).",
    )


def test_lecturers_from_the_register_and_created_inline(
    services: Services, database: Database, cohort: int
) -> None:
    eva = services.lecturers.create_lecturer(LecturerInput("Eva", "Lindberg", "Förvaltningschef"))
    saved = services.schedule.add_seminar(
        cohort,
        SeminarInput(
            "Styrning",
            date(2024, 12, 5),
            lecturers=(
                LecturerAssignment(eva, "Kommunens styrning"),
                LecturerAssignment(
                    None,
                    "Budget",
                    LecturerInput("Per", "Holm", "Ekonomichef", email="per.holm@exempel.se"),
                ),
            ),
        ),
    )
    details = services.schedule.seminar(saved.seminar_id)
    assert [(lec.name, lec.title, lec.topic) for lec in details.lecturers] == [
        ("Eva Lindberg", "Förvaltningschef", "Kommunens styrning"),
        ("Per Holm", "Ekonomichef", "Budget"),
    ]
    per = details.lecturers[1].person_id
    assert services.lecturers.lecturer(per).email == "per.holm@exempel.se"
    reordered = replace(details.as_input(), lecturers=(LecturerAssignment(per, "Budget 2025"),))
    services.schedule.update_seminar(saved.seminar_id, reordered)
    assert [
        (lec.person_id, lec.topic) for lec in services.schedule.seminar(saved.seminar_id).lecturers
    ] == [(per, "Budget 2025")]
    assert count(database, SeminarLecturer) == 1
    with pytest.raises(ValidationError) as caught:
        services.schedule.update_seminar(
            saved.seminar_id,
            replace(reordered, lecturers=(LecturerAssignment(per), LecturerAssignment(per))),
        )
    assert caught.value.for_field("lecturers") == "Per Holm står två gånger."


def test_moving_swaps_dates_and_times_with_the_neighbour(services: Services, cohort: int) -> None:
    rows = services.catalog.cohort_overview(cohort).seminars
    services.schedule.update_seminar(
        rows[2].id,
        replace(
            services.schedule.seminar(rows[2].id).as_input(), start_time=time(9), end_time=time(11)
        ),
    )
    moved = services.schedule.move_seminar(rows[2].id, -1)
    assert moved.number == 2
    assert schedule(services, cohort) == [
        (1, "S1", date(2024, 9, 5)),
        (2, "S3", date(2024, 10, 3)),
        (3, "S2", date(2024, 11, 7)),
    ]
    s3 = services.schedule.seminar(rows[2].id)
    assert (s3.start_time, s3.end_time) == (time(13), time(16))
    assert services.schedule.seminar(rows[1].id).start_time == time(9)
    back = services.schedule.move_seminar(rows[2].id, 1)
    assert back.number == 3
    assert [t for _, t, _ in schedule(services, cohort)] == ["S1", "S2", "S3"]
    with pytest.raises(ConflictError, match="redan sist"):
        services.schedule.move_seminar(rows[2].id, 1)
    with pytest.raises(ConflictError, match="redan först"):
        services.schedule.move_seminar(rows[0].id, -1)


def test_signed_seminars_keep_their_date(
    services: Services, database: Database, cohort: int
) -> None:
    rows = services.catalog.cohort_overview(cohort).seminars
    with database.transaction() as session:
        session.get(Seminar, rows[0].id).signed_off_at = datetime(2024, 9, 5, 16, tzinfo=UTC)
    with pytest.raises(ConflictError, match="är signerat"):
        services.schedule.move_seminar(rows[1].id, -1)
    details = services.schedule.seminar(rows[0].id)
    assert details.signed_off
    with pytest.raises(ValidationError) as caught:
        services.schedule.update_seminar(
            rows[0].id, replace(details.as_input(), date=date(2024, 9, 12))
        )
    assert "signerat" in (caught.value.for_field("date") or "")
    services.schedule.update_seminar(rows[0].id, replace(details.as_input(), title="Uppstart"))
    assert services.schedule.seminar(rows[0].id).title == "Uppstart"


def test_removal_reports_exactly_what_goes_and_undo_restores_it(
    services: Services, database: Database, factory: Factory, cohort: int
) -> None:
    rows = services.catalog.cohort_overview(cohort).seminars
    enrolments = [factory.enrollment(cohort) for _ in range(41)]
    for enrolment in enrolments:
        factory.attendance(rows[1].id, enrolment, AttendanceStatus.PRESENT)
    impact = services.schedule.removal_impact(rows[1].id)
    assert impact.description == "41 närvaronoteringar"
    assert impact.sentence == (
        "Seminarium 2 ”S2” (3 oktober 2024) tas bort, tillsammans med 41 närvaronoteringar."
    )
    with pytest.raises(ConflictError):
        services.schedule.remove_seminar(rows[1].id, planning_only=True)
    removed = services.schedule.remove_seminar(rows[1].id)
    assert schedule(services, cohort) == [(1, "S1", date(2024, 9, 5)), (2, "S3", date(2024, 11, 7))]
    restored = services.schedule.restore(removed)
    assert restored.number == 2
    assert schedule(services, cohort) == [
        (1, "S1", date(2024, 9, 5)),
        (2, "S2", date(2024, 10, 3)),
        (3, "S3", date(2024, 11, 7)),
    ]
    assert services.catalog.cohort_overview(cohort).seminars[1].totals.marked == 41


def test_restore_refuses_when_the_date_was_taken(services: Services, cohort: int) -> None:
    rows = services.catalog.cohort_overview(cohort).seminars
    removed = services.schedule.remove_seminar(rows[0].id)
    services.schedule.add_seminar(cohort, SeminarInput("Ersättare", date(2024, 9, 5)))
    before = schedule(services, cohort)
    with pytest.raises(ConflictError, match="5 september 2024"):
        services.schedule.restore(removed)
    assert schedule(services, cohort) == before


def test_form_defaults_follow_the_cohort(services: Services, cohort: int) -> None:
    form = services.schedule.seminar_form(cohort)
    assert form.suggested_date == date(2024, 12, 5)
    assert (form.start_time, form.end_time) == (time(13), time(16))
    assert form.places == ("Stadshuset",)
    assert len(form.other_dates(None)) == 3
    with pytest.raises(NotFoundError):
        services.schedule.seminar_form(cohort + 100)

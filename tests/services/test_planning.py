"""Tests for PlanningService on a real SQLite file: programmes, theme areas and cohorts."""

from __future__ import annotations

import itertools
from dataclasses import replace
from datetime import date, time
from typing import Any

import pytest
from sqlalchemy import func, select

from seminarkoll.data.database import Database
from seminarkoll.data.models import Cohort, Programme, Seminar, SeminarLecturer, ThemeArea
from seminarkoll.domain.calendar import SchoolYear, holiday_eve_name, is_day_off, school_breaks
from seminarkoll.domain.enums import AttendanceStatus, CohortStatus
from seminarkoll.domain.errors import ConflictError, NotFoundError, ValidationError
from seminarkoll.services.container import Services
from seminarkoll.services.lecturers import LecturerInput
from seminarkoll.services.planning import (
    CohortInput,
    CopyStart,
    EmptyStart,
    ProgrammeInput,
    TemplateStart,
    ThemeInput,
    ThemeReplacement,
)
from seminarkoll.services.schedule import LecturerAssignment, SeminarInput
from tests.factories import Factory

THURSDAY = 3


def count(database: Database, model: Any) -> int:
    with database.transaction() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def cohort_input(programme_id: int, **changes: Any) -> CohortInput:
    values: dict[str, Any] = {
        "programme_id": programme_id,
        "name": "Omgång 1",
        "school_year": "2024/2025",
        "start_date": date(2024, 8, 15),
        "end_date": date(2025, 6, 13),
    }
    values.update(changes)
    return CohortInput(**values)


# -- programmes ---------------------------------------------------------------------------------
def test_create_and_edit_a_programme(services: Services) -> None:
    programme_id = services.planning.create_programme(
        ProgrammeInput("  Ledare  på lut ", "BUF", "Karin Fredriksson", " Sju seminarier. ")
    )
    details = services.planning.programme(programme_id)
    assert (details.name, details.organiser, details.description) == (
        "Ledare på lut",
        "BUF",
        "Sju seminarier.",
    )
    changed = services.planning.update_programme(
        programme_id, ProgrammeInput("Ledare på lut", "Trollhättans stad", archived=True)
    )
    assert changed.organiser == "Trollhättans stad"
    assert changed.archived
    assert changed.as_input() == ProgrammeInput("Ledare på lut", "Trollhättans stad", archived=True)
    assert services.catalog.programmes()[0].archived


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("", "Ange programmets namn."),
        ("   ", "Ange programmets namn."),
        ("LEDARE PÅ LUT", "Det finns redan ett program som heter ”Ledare på lut”."),
        ("x" * 201, "Namnet får vara högst 200 tecken långt."),
    ],
)
def test_invalid_programme_names_are_refused(
    services: Services, database: Database, name: str, message: str
) -> None:
    services.planning.create_programme(ProgrammeInput("Ledare på lut"))
    with pytest.raises(ValidationError) as caught:
        services.planning.create_programme(ProgrammeInput(name))
    assert caught.value.for_field("name") == message
    assert count(database, Programme) == 1


def test_renaming_a_programme_onto_another_is_refused(services: Services) -> None:
    first = services.planning.create_programme(ProgrammeInput("Ledare på lut"))
    services.planning.create_programme(ProgrammeInput("Mentorskap"))
    with pytest.raises(ValidationError) as caught:
        services.planning.update_programme(first, ProgrammeInput("mentorskap"))
    assert caught.value.for_field("name") == "Det finns redan ett program som heter ”Mentorskap”."
    assert services.planning.programme(first).name == "Ledare på lut"


def test_removing_a_new_programme_can_be_undone(services: Services) -> None:
    programme_id = services.planning.create_programme(ProgrammeInput("Ledare på lut"))
    removed = services.planning.remove_programme(programme_id, planning_only=True)
    assert removed.impact.sentence == "Programmet ”Ledare på lut” tas bort."
    with pytest.raises(NotFoundError):
        services.planning.programme(programme_id)
    services.planning.restore(removed)
    assert services.planning.programme(programme_id).name == "Ledare på lut"


# -- theme areas --------------------------------------------------------------------------------
@pytest.fixture
def programme(services: Services) -> int:
    return services.planning.create_programme(ProgrammeInput("Ledare på lut"))


def test_theme_areas_get_order_and_colours(services: Services, programme: int) -> None:
    first = services.planning.add_theme(programme, ThemeInput("Skolledarskapet"))
    second = services.planning.add_theme(
        programme, ThemeInput("Det pedagogiska ledarskapet", "Att leda lärande", "#ABC")
    )
    assert (first.position, second.position) == (0, 1)
    assert first.colour == "#3b6ea5"
    assert second.colour == "#aabbcc"
    assert second.description == "Att leda lärande"
    renamed = services.planning.update_theme(first.id, ThemeInput("Skolledarskap", colour=""))
    assert (renamed.name, renamed.colour) == ("Skolledarskap", "#3b6ea5")
    order = services.planning.reorder_themes(programme, [second.id, first.id])
    assert [t.id for t in order] == [second.id, first.id]
    assert [t.position for t in order] == [0, 1]


@pytest.mark.parametrize(
    ("data", "field", "message"),
    [
        (ThemeInput(""), "name", "Ange temaområdets namn."),
        (
            ThemeInput("skolutveckling"),
            "name",
            "Programmet har redan ett temaområde som heter ”skolutveckling”.",
        ),
        (
            ThemeInput("Nytt", colour="blå"),
            "colour",
            "Ange färgen som en hexadecimal kod, till exempel #3b6ea5.",
        ),
    ],
)
def test_invalid_theme_areas_are_refused(
    services: Services,
    database: Database,
    programme: int,
    data: ThemeInput,
    field: str,
    message: str,
) -> None:
    services.planning.add_theme(programme, ThemeInput("Skolutveckling"))
    with pytest.raises(ValidationError) as caught:
        services.planning.add_theme(programme, data)
    assert caught.value.for_field(field) == message
    assert count(database, ThemeArea) == 1


def test_reordering_with_a_wrong_list_is_refused(services: Services, programme: int) -> None:
    theme = services.planning.add_theme(programme, ThemeInput("A"))
    with pytest.raises(ConflictError):
        services.planning.reorder_themes(programme, [theme.id, theme.id + 1])


@pytest.fixture
def themed(services: Services, factory: Factory, programme: int) -> dict[str, int]:
    """Three theme areas; two seminars use the middle one."""
    ids = [services.planning.add_theme(programme, ThemeInput(n)).id for n in "ABC"]
    cohort = factory.cohort(programme)
    seminars = [
        factory.seminar(cohort, 1, date(2024, 9, 5), theme_area_id=ids[1]),
        factory.seminar(cohort, 2, date(2024, 10, 3), theme_area_id=ids[1]),
        factory.seminar(cohort, 3, date(2024, 11, 7), theme_area_id=ids[2]),
    ]
    return {"a": ids[0], "b": ids[1], "c": ids[2], "s1": seminars[0], "s2": seminars[1]}


def theme_of(database: Database, seminar_id: int) -> int | None:
    with database.transaction() as session:
        return session.get(Seminar, seminar_id).theme_area_id


def test_a_theme_area_in_use_needs_a_choice(
    services: Services, database: Database, themed: dict[str, int]
) -> None:
    with pytest.raises(ConflictError) as caught:
        services.planning.remove_theme(themed["b"])
    assert str(caught.value) == (
        "Temaområdet ”B” används av 2 seminarier. Välj om de ska flyttas till ett annat "
        "temaområde eller bli utan temaområde."
    )
    assert count(database, ThemeArea) == 3
    assert theme_of(database, themed["s1"]) == themed["b"]
    usage, cohorts = services.planning.theme_usage(themed["b"])
    assert (usage.seminar_count, usage.cohort_count) == (2, 1)
    assert len(cohorts) == 1


def test_removing_a_theme_area_moves_its_seminars_and_undo_restores_it(
    services: Services, database: Database, programme: int, themed: dict[str, int]
) -> None:
    removed = services.planning.remove_theme(themed["b"], ThemeReplacement(themed["c"]))
    assert theme_of(database, themed["s1"]) == themed["c"]
    assert [(t.name, t.position) for t in services.planning.themes(programme)] == [
        ("A", 0),
        ("C", 1),
    ]
    services.planning.restore(removed)
    assert [(t.name, t.position) for t in services.planning.themes(programme)] == [
        ("A", 0),
        ("B", 1),
        ("C", 2),
    ]
    assert theme_of(database, themed["s1"]) == themed["b"]
    assert theme_of(database, themed["s2"]) == themed["b"]


def test_removing_a_theme_area_can_clear_its_seminars(
    services: Services, database: Database, themed: dict[str, int]
) -> None:
    services.planning.remove_theme(themed["b"], ThemeReplacement(None))
    assert theme_of(database, themed["s1"]) is None
    assert count(database, ThemeArea) == 2


def test_moving_seminars_to_the_removed_theme_itself_is_refused(
    services: Services, database: Database, themed: dict[str, int]
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.planning.remove_theme(themed["b"], ThemeReplacement(themed["b"]))
    assert caught.value.for_field("replacement") == "Välj ett annat temaområde i samma program."
    assert count(database, ThemeArea) == 3


# -- cohorts ------------------------------------------------------------------------------------
def test_defaults_for_a_first_cohort(services: Services, programme: int) -> None:
    defaults = services.planning.cohort_defaults(programme, today=date(2025, 3, 10))
    assert defaults.name == "Omgång 1"
    assert defaults.school_year == "2025/2026"
    assert (defaults.start_date, defaults.end_date) == (date(2025, 8, 15), date(2026, 6, 12))
    assert (defaults.seminar_count, defaults.min_attended) == (7, 6)
    assert defaults.previous_cohort_id is None


def test_defaults_follow_the_latest_cohort(demo: Services) -> None:
    programme = demo.catalog.programmes()[0]
    defaults = demo.planning.cohort_defaults(programme.id)
    assert defaults.name == "Omgång 4"
    assert defaults.school_year == "2017/2018"
    assert defaults.previous_cohort_id == programme.cohorts[0].id
    assert defaults.previous_cohort_label == "Omgång 3 (2016/2017)"
    assert (defaults.start_time, defaults.end_time) == (time(13), time(16))
    assert defaults.location == "Kunskapens hus, sal 3"


def test_empty_cohort(services: Services, database: Database, programme: int) -> None:
    created = services.planning.create_cohort(
        cohort_input(programme, min_attended=5, excused_counts_as_attended=True), EmptyStart()
    )
    assert created.seminar_count == 0
    details = services.planning.cohort(created.cohort_id)
    assert details.min_attended == 5
    assert details.excused_counts_as_attended
    assert details.status is CohortStatus.PLANNING
    assert count(database, Seminar) == 0


def test_template_on_thursdays_2024_2025(services: Services, programme: int) -> None:
    start = TemplateStart(THURSDAY, location="Stadshuset")
    created = services.planning.create_cohort(cohort_input(programme), start)
    assert created.seminar_count == 7
    assert created.warnings == ()
    rows = services.catalog.cohort_overview(created.cohort_id).seminars
    dates = [row.date for row in rows]
    breaks = school_breaks(SchoolYear(2024))
    assert len(dates) == 7
    assert all(d.weekday() == THURSDAY for d in dates)
    assert all(a < b for a, b in itertools.pairwise(dates))
    weeks = [d.isocalendar().week for d in dates]
    assert weeks == [36, 40, 45, 48, 6, 12, 19]
    assert all(is_day_off(d, breaks) is None and holiday_eve_name(d) is None for d in dates)
    assert sum(d.year == 2024 for d in dates) == 4
    assert [row.number for row in rows] == list(range(1, 8))
    assert [row.title for row in rows] == [f"Seminarium {n}" for n in range(1, 8)]
    assert {(row.start_time, row.end_time, row.location) for row in rows} == {
        (time(13), time(16), "Stadshuset")
    }


def test_preview_matches_what_is_created(services: Services, programme: int) -> None:
    start = TemplateStart(1, count=5)
    preview = services.planning.preview_start(programme, "2025/2026", start, sportlov_week=8)
    created = services.planning.create_cohort(
        cohort_input(
            programme,
            school_year="2025/2026",
            start_date=date(2025, 8, 15),
            end_date=date(2026, 6, 12),
            min_attended=4,
            sportlov_week=8,
        ),
        start,
    )
    rows = services.catalog.cohort_overview(created.cohort_id).seminars
    assert [p.date for p in preview] == [r.date for r in rows]
    assert all(d.isocalendar().week != 8 for d in (p.date for p in preview) if d.year == 2026)
    assert services.planning.cohort(created.cohort_id).sportlov_week == 8


def test_the_cohorts_sportlov_week_decides_later_date_warnings(
    services: Services, programme: int
) -> None:
    created = services.planning.create_cohort(
        cohort_input(programme, sportlov_week=8), TemplateStart(THURSDAY)
    )
    rows = services.catalog.cohort_overview(created.cohort_id).seminars
    week_8, week_9 = date(2025, 2, 20), date(2025, 2, 27)  # Thursdays of ISO weeks 8 and 9
    form = services.schedule.seminar_form(created.cohort_id)
    assert form.sportlov_week == 8
    seminar = services.schedule.seminar(rows[4].id)
    in_week_8 = services.schedule.update_seminar(
        seminar.id, replace(seminar.as_input(), date=week_8)
    )
    assert any("Sportlov" in warning for warning in in_week_8.warnings)
    in_week_9 = services.schedule.update_seminar(
        seminar.id, replace(seminar.as_input(), date=week_9)
    )
    assert not any("Sportlov" in warning for warning in in_week_9.warnings)

    details = services.planning.cohort(created.cohort_id)
    services.planning.update_cohort(details.id, replace(details.as_input(), sportlov_week=9))
    again = services.schedule.update_seminar(seminar.id, replace(seminar.as_input(), date=week_9))
    assert any("Sportlov" in warning for warning in again.warnings)


def test_new_cohorts_take_the_latest_cohorts_sportlov_week(
    services: Services, programme: int
) -> None:
    assert services.planning.cohort_defaults(programme).sportlov_week == 9
    services.planning.create_cohort(cohort_input(programme, sportlov_week=7), EmptyStart())
    assert services.planning.cohort_defaults(programme).sportlov_week == 7


@pytest.mark.parametrize("week", [6, 11])
def test_sportlov_week_outside_7_to_10_is_refused(
    services: Services, database: Database, programme: int, week: int
) -> None:
    with pytest.raises(ValidationError) as raised:
        services.planning.create_cohort(cohort_input(programme, sportlov_week=week), EmptyStart())
    assert [p.field for p in raised.value.problems] == ["sportlov_week"]
    assert count(database, Cohort) == 0


@pytest.mark.parametrize(
    ("changes", "start", "field", "message"),
    [
        ({"name": " "}, EmptyStart(), "name", "Ange ett namn på omgången."),
        (
            {"school_year": "2024"},
            EmptyStart(),
            "school_year",
            "Skriv läsåret som två år med snedstreck, till exempel 2024/2025.",
        ),
        (
            {"end_date": date(2024, 8, 1)},
            EmptyStart(),
            "end",
            "Slutdatumet måste vara efter startdatumet.",
        ),
        (
            {"start_date": date(2024, 6, 1)},
            EmptyStart(),
            "start",
            "Startdatumet måste ligga inom läsåret 2024/2025, 1 juli 2024–30 juni 2025.",
        ),
        (
            {"min_attended": 8},
            EmptyStart(),
            "min_attended",
            "Kravet på närvaro måste vara mellan 0 och 7 seminarier.",
        ),
        (
            {},
            EmptyStart(count=0),
            "seminar_count",
            "Antalet seminarier måste vara mellan 1 och 50.",
        ),
        ({}, TemplateStart(6), "weekday", "Välj en veckodag mellan måndag och fredag."),
        (
            {},
            TemplateStart(THURSDAY, start_time=time(16), end_time=time(13)),
            "end_time",
            "Sluttiden måste vara efter starttiden.",
        ),
        (
            {"end_date": date(2025, 3, 1)},
            TemplateStart(THURSDAY),
            "end",
            "De planerade seminarierna hamnar efter slutdatumet (20 mars 2025, 8 maj 2025). "
            "Välj ett senare slutdatum.",
        ),
        (
            {"name": "omgång 0"},
            EmptyStart(),
            "name",
            "Programmet har redan en omgång som heter ”omgång 0”.",
        ),
    ],
)
def test_invalid_cohorts_are_refused_and_nothing_is_saved(
    services: Services,
    database: Database,
    factory: Factory,
    programme: int,
    changes: dict[str, Any],
    start: EmptyStart | TemplateStart,
    field: str,
    message: str,
) -> None:
    factory.cohort(programme, name="Omgång 0")
    with pytest.raises(ValidationError) as caught:
        services.planning.create_cohort(cohort_input(programme, **changes), start)
    assert caught.value.for_field(field) == message
    assert count(database, Cohort) == 1
    assert count(database, Seminar) == 0


def test_copy_needs_a_cohort_with_seminars_in_the_same_programme(
    services: Services, database: Database, factory: Factory, programme: int
) -> None:
    empty = factory.cohort(programme)
    elsewhere = factory.cohort()
    factory.seminar(elsewhere, 1, date(2024, 9, 5))
    for source, message in (
        (empty, "har inga seminarier att kopiera"),
        (elsewhere, "Välj en omgång i samma program att kopiera."),
    ):
        with pytest.raises(ValidationError) as caught:
            services.planning.create_cohort(cohort_input(programme), CopyStart(source))
        assert message in (caught.value.for_field("source") or "")
    assert count(database, Cohort) == 2


@pytest.fixture
def first_cohort(services: Services, programme: int) -> dict[str, Any]:
    """Ledare på lut 2024/2025 from the template on Thursdays, with themes and lecturers."""
    themes = [
        services.planning.add_theme(programme, ThemeInput(name)).id
        for name in ("Skolledarskapet", "Pedagogiskt ledarskap", "Skolutveckling", "Framgång")
    ]
    cohort_id = services.planning.create_cohort(
        cohort_input(programme, min_attended=6), TemplateStart(THURSDAY)
    ).cohort_id
    eva = services.lecturers.create_lecturer(LecturerInput("Eva", "Lindberg", "Förvaltningschef"))
    rows = services.catalog.cohort_overview(cohort_id).seminars
    for index, row in enumerate(rows):
        services.schedule.update_seminar(
            row.id,
            SeminarInput(
                title=f"Tema {index + 1}",
                date=row.date,
                start_time=time(13, 30),
                end_time=time(16, 30),
                location="Kunskapens hus",
                theme_id=themes[min(index, 3)],
                description="Föreläsning och samtal.",
                notes="Boka sal 3",
                lecturers=(LecturerAssignment(eva, "Kommunens styrning"),) if index < 2 else (),
            ),
        )
    return {"cohort": cohort_id, "themes": themes, "eva": eva, "rows": rows}


def test_copy_forward_moves_dates_and_keeps_themes_titles_lecturers(
    services: Services, database: Database, programme: int, first_cohort: dict[str, Any]
) -> None:
    source = services.catalog.cohort_overview(first_cohort["cohort"]).seminars
    preview = services.planning.preview_start(
        programme, "2025/2026", CopyStart(first_cohort["cohort"])
    )
    created = services.planning.create_cohort(
        cohort_input(
            programme,
            name="Omgång 2",
            school_year="2025/2026",
            start_date=date(2025, 8, 15),
            end_date=date(2026, 6, 12),
        ),
        CopyStart(first_cohort["cohort"]),
    )
    copied = services.catalog.cohort_overview(created.cohort_id).seminars
    assert len(copied) == 7
    assert [p.date for p in preview] == [c.date for c in copied]
    assert [p.source_date for p in preview] == [s.date for s in source]
    for old, new in zip(source, copied, strict=True):
        assert new.date.weekday() == old.date.weekday()
        assert new.date.isocalendar().week == old.date.isocalendar().week
        assert new.date.year == old.date.year + 1
        assert (new.title, new.theme_id, new.lecturers) == (old.title, old.theme_id, old.lecturers)
        assert (new.start_time, new.end_time, new.location) == (
            time(13, 30),
            time(16, 30),
            "Kunskapens hus",
        )
    assert [c.date for c in copied] == [
        date(2025, 9, 4),
        date(2025, 10, 2),
        date(2025, 11, 6),
        date(2025, 11, 27),
        date(2026, 2, 5),
        date(2026, 3, 19),
        date(2026, 5, 7),
    ]
    with database.transaction() as session:
        first_new = session.scalars(
            select(Seminar).where(Seminar.cohort_id == created.cohort_id, Seminar.number == 1)
        ).one()
        assert first_new.description == "Föreläsning och samtal."
        assert first_new.notes == ""
        links = session.scalars(
            select(SeminarLecturer).where(SeminarLecturer.seminar_id == first_new.id)
        ).all()
        assert [(link.person_id, link.topic) for link in links] == [
            (first_cohort["eva"], "Kommunens styrning")
        ]


def test_update_cohort_status_and_rules(services: Services, first_cohort: dict[str, Any]) -> None:
    cohort_id = first_cohort["cohort"]
    data = services.planning.cohort(cohort_id).as_input()
    changed = services.planning.update_cohort(
        cohort_id,
        CohortInput(
            **{
                **data.__dict__,
                "status": CohortStatus.RUNNING,
                "min_attended": 7,
                "late_counts_as_present": False,
                "require_each_theme": True,
                "allow_makeup": True,
                "notes": "Start i aulan",
            }
        ),
    )
    assert changed.status is CohortStatus.RUNNING
    assert (changed.min_attended, changed.late_counts_as_present) == (7, False)
    assert (changed.require_each_theme, changed.allow_makeup) == (True, True)
    assert changed.notes == "Start i aulan"
    assert changed.seminar_count == 7


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"start_date": date(2024, 10, 1)},
            "start",
            "Omgången har seminarier före startdatumet (5 september 2024). Välj ett tidigare "
            "startdatum eller flytta seminarierna först.",
        ),
        (
            {"min_attended": 8},
            "min_attended",
            "Kravet på närvaro måste vara mellan 0 och 7 seminarier.",
        ),
    ],
)
def test_invalid_cohort_edits_change_nothing(
    services: Services,
    first_cohort: dict[str, Any],
    changes: dict[str, Any],
    field: str,
    message: str,
) -> None:
    cohort_id = first_cohort["cohort"]
    before = services.planning.cohort(cohort_id)
    with pytest.raises(ValidationError) as caught:
        services.planning.update_cohort(
            cohort_id, CohortInput(**{**before.as_input().__dict__, **changes})
        )
    assert caught.value.for_field(field) == message
    assert services.planning.cohort(cohort_id) == before


def test_removing_a_cohort_says_what_goes_and_undo_restores_it(
    services: Services, database: Database, factory: Factory, first_cohort: dict[str, Any]
) -> None:
    cohort_id = first_cohort["cohort"]
    seminar_ids = [row.id for row in first_cohort["rows"]]
    enrolments = [factory.enrollment(cohort_id) for _ in range(3)]
    for seminar_id, enrolment in itertools.product(seminar_ids[:2], enrolments):
        factory.attendance(seminar_id, enrolment, AttendanceStatus.PRESENT)
    impact = services.planning.cohort_removal_impact(cohort_id)
    assert impact.description == (
        "7 seminarier, 2 föreläsarkopplingar, 3 antagningar och 6 närvaronoteringar"
    )
    assert impact.sentence.startswith("Omgången ”Omgång 1” (2024/2025) tas bort, tillsammans med")
    with pytest.raises(ConflictError):
        services.planning.remove_cohort(cohort_id, planning_only=True)
    assert count(database, Cohort) == 1
    removed = services.planning.remove_cohort(cohort_id)
    assert removed.impact == impact
    assert count(database, Seminar) == 0
    services.planning.restore(removed)
    overview = services.catalog.cohort_overview(cohort_id)
    assert [s.id for s in overview.seminars] == seminar_ids
    assert overview.cohort.enrolled_count == 3
    assert sum(s.totals.marked for s in overview.seminars) == 6

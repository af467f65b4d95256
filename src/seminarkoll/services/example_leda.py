"""The Örebro-style example "Leda för skolutveckling": 140 managers in 12 lärgrupper, three
school years, seminars every term and attendance in the first year."""

from __future__ import annotations

from datetime import date, time, timedelta

from sqlalchemy.orm import Session

from seminarkoll.data.models import (
    CohortGroup,
    Enrollment,
    GroupMember,
    Programme,
    Seminar,
    Workplace,
)
from seminarkoll.domain.calendar import SchoolYear
from seminarkoll.domain.enums import (
    GroupKind,
    WorkplaceKind,
)
from seminarkoll.domain.examples import LEDA_FOR_SKOLUTVECKLING
from seminarkoll.domain.schedule import template_dates
from seminarkoll.services.example_rows import (
    example_enrollments,
    example_mark,
    example_person,
    example_seminars,
    example_themes,
    example_workplaces,
    held_group_meeting,
    running_cohort,
    sign_held_seminar,
    working_day_from,
)

COORDINATOR = "Lena Forsberg"
MAIL_DOMAIN = "exempel.orebro.se"
MANAGERS = 140
GROUPS = 12
FIRST_SCHOOL_YEAR = SchoolYear(2025)
SCHOOL_YEARS = 3
THURSDAY = 3

THEMES = (
    ("Ledarskap för lärande", "#3b6ea5"),
    ("Systematiskt kvalitetsarbete", "#4f9a5b"),
    ("Organisation och kultur", "#c27c2c"),
)
# One title and theme per seminar, two seminars a term.
SEMINARS = (
    ("Uppstart: att leda skolutveckling", 0),
    ("Lärgruppernas arbete och processledning", 2),
    ("Skolans uppdrag och styrkedjan", 2),
    ("Att leda lärares lärande", 0),
    ("Data och analys i kvalitetsarbetet", 1),
    ("Kollegialt lärande i praktiken", 0),
    ("Elevhälsa och ledarskap", 2),
    ("Från analys till prioritering", 1),
    ("Att leda förändring", 2),
    ("Uppföljning och utvärdering", 1),
    ("Skolutveckling över tid", 0),
    ("Avslutning: vad har gjort skillnad?", 1),
)
FIRST_NAMES = (
    "Anna", "Erik", "Maria", "Lars", "Karin", "Johan", "Sara", "Anders", "Eva", "Per",
    "Kristina", "Mikael", "Lena", "Fredrik", "Helena", "Jonas", "Sofia", "Magnus", "Malin",
    "Amir",
)  # fmt: skip
LAST_NAMES = (
    "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson",
    "Persson", "Svensson", "Gustafsson", "Pettersson", "Jonsson", "Jansson", "Hansson",
    "Bengtsson", "Jönsson", "Lindberg", "Jakobsson", "Magnusson", "Olofsson", "Lindström",
    "Lindqvist", "Lindgren", "Berg", "Axelsson", "Bergström", "Lundberg", "Lind", "Lundgren",
    "Mattsson",
)  # fmt: skip
SCHOOL_STEMS = (
    "Almby", "Adolfsberg", "Baronback", "Brickebacken", "Ekeby", "Engelbrekt", "Glanshammar",
    "Hagaby", "Hovsta", "Karlslund", "Kvarntorp", "Lillån", "Mosås", "Norrby", "Örnsro",
    "Rynninge", "Sörby", "Tybble", "Vivalla", "Västhaga",
)  # fmt: skip
TITLES = ("Rektor", "Biträdande rektor", "Förskolechef", "Enhetschef")
LEADERS = (
    ("Ulrika", "Hedlund"),
    ("Tomas", "Ekström"),
    ("Camilla", "Sjögren"),
    ("Daniel", "Wahlberg"),
    ("Petra", "Norberg"),
    ("Stefan", "Holmgren"),
    ("Annika", "Falk"),
    ("Henrik", "Sundqvist"),
    ("Jenny", "Åkesson"),
    ("Patrik", "Öhman"),
    ("Linda", "Blom"),
    ("Mats", "Hägg"),
)
"""The process leaders (processledare), one for each lärgrupp."""
MEETING_WEEKS = (date(2025, 10, 6), date(2025, 12, 1), date(2026, 3, 9), date(2026, 5, 11))
"""The Mondays of the weeks in which the lärgrupper meet in the first year."""


def load_leda(session: Session) -> tuple[int, int, int, int]:
    """Add the example; returns (programme id, cohort id, participants, seminars)."""
    programme = Programme(
        name=LEDA_FOR_SKOLUTVECKLING.programme,
        organiser="Örebro kommun, förvaltningen förskola och skola",
        description=(
            "Chefsprogram för rektorer och förskolechefer i lärgrupper med processledare. "
            "Tre läsår med seminarier varje termin."
        ),
        contact_person=COORDINATOR,
    )
    themes = example_themes(THEMES)
    programme.theme_areas = themes
    workplaces = _workplaces(session)
    office = workplaces[-1]
    last_year = SchoolYear(FIRST_SCHOOL_YEAR.first_year + SCHOOL_YEARS - 1)
    cohort = running_cohort(programme, FIRST_SCHOOL_YEAR, last_year, min_attended=10)
    dates = template_dates(FIRST_SCHOOL_YEAR, THURSDAY, count=len(SEMINARS), years=SCHOOL_YEARS)
    seminars = example_seminars(
        cohort,
        SEMINARS,
        dates,
        themes,
        (time(8, 30), time(12, 0)),
        "Conventum, sal Kongressen",
        "Föreläsning, samtal i lärgrupperna och uppgift till nästa gång.",
    )
    people = [
        example_person(
            FIRST_NAMES[i % len(FIRST_NAMES)],
            LAST_NAMES[(i + 21 * (i // len(FIRST_NAMES))) % len(LAST_NAMES)],
            TITLES[i % len(TITLES)],
            workplaces[i % (len(workplaces) - 1)],
            MAIL_DOMAIN,
        )
        for i in range(MANAGERS)
    ]
    enrollments = example_enrollments(cohort, people, applied_on=date(2025, 4, 30))
    leaders = [
        example_person(first, last, "Processledare", office, MAIL_DOMAIN) for first, last in LEADERS
    ]
    groups = [
        CohortGroup(
            cohort=cohort, name=f"Lärgrupp {n}", kind=GroupKind.LEARNING_TEAM, leader=leader
        )
        for n, leader in enumerate(leaders, start=1)
    ]
    session.add_all([programme, cohort, *seminars, *enrollments, *groups])
    session.flush()
    session.add_all(
        GroupMember(group_id=groups[i % GROUPS].id, enrollment_id=enrollment.id)
        for i, enrollment in enumerate(enrollments)
    )
    _first_year_attendance(session, seminars, enrollments)
    _first_year_meetings(session, groups, enrollments)
    return programme.id, cohort.id, len(enrollments), len(seminars)


def _workplaces(session: Session) -> list[Workplace]:
    """One school or preschool per stem and the administration office last."""
    kinds = (WorkplaceKind.COMPULSORY_SCHOOL, WorkplaceKind.PRESCHOOL)
    names = [
        (f"{stem}skolan" if i % 2 == 0 else f"{stem}s förskola", kinds[i % 2])
        for i, stem in enumerate(SCHOOL_STEMS)
    ]
    names.append(("Förvaltningen förskola och skola", WorkplaceKind.ADMINISTRATION))
    return example_workplaces(session, names, "Örebro")


def _first_year_attendance(
    session: Session, seminars: list[Seminar], enrollments: list[Enrollment]
) -> None:
    """The first school year's seminars held and signed; about one in nine away each time."""
    held = [s for s in seminars if SchoolYear.from_date(s.date) == FIRST_SCHOOL_YEAR]
    for seminar in held:
        marks = [(e.id, example_mark(i, seminar.number)) for i, e in enumerate(enrollments)]
        sign_held_seminar(session, seminar, marks, COORDINATOR, time(12, 5))


def _first_year_meetings(
    session: Session, groups: list[CohortGroup], enrollments: list[Enrollment]
) -> None:
    """Every lärgrupp meets once a term-half in the first year, at a member's school, led by
    its process leader; each member's mark is taken."""
    for g, group in enumerate(groups):
        members = enrollments[g::GROUPS]
        for m, start in enumerate(MEETING_WEEKS):
            host = members[m % len(members)].person.workplace
            held_group_meeting(
                session,
                group,
                working_day_from(start + timedelta(days=g % 5)),
                (time(14, 0), time(16, 0)),
                host.name if host else "",
                ((e.id, example_mark(i, 20 + m)) for i, e in enumerate(members)),
                COORDINATOR,
            )

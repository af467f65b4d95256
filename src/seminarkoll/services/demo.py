"""Loads the example programme, modelled on "Ledare på lut" in Trollhättan, 2016/2017."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from seminarkoll.data.models import (
    CareerRole,
    Cohort,
    CohortGroup,
    Enrollment,
    GroupMember,
    Person,
    Programme,
    Seminar,
    SeminarLecturer,
    ThemeArea,
    Workplace,
)
from seminarkoll.domain.enums import (
    AttendanceStatus,
    CohortStatus,
    EnrollmentStatus,
    GroupKind,
    WorkplaceKind,
)
from seminarkoll.domain.errors import ConflictError, NotFoundError
from seminarkoll.domain.examples import (
    CHEFSPROGRAM,
    EXAMPLES,
    LEDA_FOR_SKOLUTVECKLING,
    LEDARE_PA_LUT,
    example_named,
)
from seminarkoll.domain.text import fold
from seminarkoll.domain.translation import translate
from seminarkoll.services.database_service import DatabaseService
from seminarkoll.services.example_chefsprogram import load_chefsprogram
from seminarkoll.services.example_leda import load_leda
from seminarkoll.services.example_rows import (
    example_enrollments,
    example_person,
    example_themes,
    sign_held_seminar,
)

DEMO_PROGRAMME = LEDARE_PA_LUT.programme
DEMO_COORDINATOR = "Karin Fredriksson"

THEMES = (
    ("Skolledarskapet sett ur olika perspektiv", "#3b6ea5"),
    ("Det pedagogiska ledarskapet", "#4f9a5b"),
    ("Skolutveckling", "#c27c2c"),
    ("Framgångsfaktorer", "#8a5aa8"),
)

WORKPLACES = (
    ("Lextorpsskolan", WorkplaceKind.COMPULSORY_SCHOOL, "Centrum"),
    ("Sylteskolan", WorkplaceKind.COMPULSORY_SCHOOL, "Sylte"),
    ("Strandskolan", WorkplaceKind.COMPULSORY_SCHOOL, "Öst"),
    ("Torsboskolan", WorkplaceKind.COMPULSORY_SCHOOL, "Väst"),
    ("Björnens förskola", WorkplaceKind.PRESCHOOL, "Sylte"),
    ("Skogsbrynets förskola", WorkplaceKind.PRESCHOOL, "Öst"),
    ("Nils Ericsonsgymnasiet", WorkplaceKind.UPPER_SECONDARY, "Centrum"),
    ("Barn- och utbildningsförvaltningen", WorkplaceKind.ADMINISTRATION, "Centrum"),
)

LECTURERS = (
    ("Eva", "Lindberg", "Förvaltningschef"),
    ("Per", "Holm", "Ekonomichef"),
    ("Maria", "Dahl", "Verksamhetschef förskola"),
    ("Anders", "Wikström", "Verksamhetschef grundskola"),
    ("Helena", "Sandberg", "Utvecklingsledare"),
)

# number, title, date, theme index, location, lecturer indexes
SEMINARS = (
    (1, "Uppstart: vad innebär det att leda?", date(2016, 9, 15), 0, "Kunskapens hus, sal 3", (0,)),
    (2, "Skolans ekonomi och styrning", date(2016, 10, 13), 0, "Kunskapens hus, sal 3", (1,)),
    (3, "Förskolans ledarskap", date(2016, 11, 17), 0, "Björnens förskola", (2,)),
    (
        4,
        "Grundskolans uppdrag och organisation",
        date(2016, 12, 8),
        0,
        "Stadshuset, Gula rummet",
        (3,),
    ),
    (5, "Att leda lärande", date(2017, 2, 9), 1, "Kunskapens hus, sal 3", (4,)),
    (6, "Systematiskt kvalitetsarbete", date(2017, 3, 16), 2, "Kunskapens hus, sal 3", (3, 4)),
    (7, "Vad gör skillnad? Avslutning", date(2017, 4, 27), 3, "Stadshuset, Gula rummet", (0,)),
)

PARTICIPANTS = (
    ("Anna", "Bergström", "Förstelärare", 0),
    ("Johan", "Ek", "Lärare", 0),
    ("Åsa", "Lundqvist", "Förskollärare", 4),
    ("Mohammed", "Ali", "Lärare", 1),
    ("Emma", "Nyström", "Speciallärare", 1),
    ("Lars", "Öberg", "Förstelärare", 2),
    ("Sara", "Håkansson", "Förskollärare", 5),
    ("Fredrik", "Karlsson", "Lärare", 6),
    ("Elin", "Sjöberg", "Förskollärare", 4),
    ("Zlatan", "Petrović", "Fritidspedagog", 3),
    ("Maja", "Andersson", "Lärare", 2),
    ("Oskar", "Lind", "Förstelärare", 6),
    ("Ingrid", "Ström", "Förskollärare", 5),
    ("Erik", "Johansson", "Lärare", 3),
    ("Leila", "Haddad", "Speciallärare", 0),
    ("Björn", "Nilsson", "Lärare", 1),
    ("Karin", "Wallin", "Förskollärare", 4),
    ("Tove", "Eriksson", "Förstelärare", 2),
    ("Ahmed", "Yilmaz", "Lärare", 6),
    ("Östen", "Magnusson", "Fritidspedagog", 3),
    ("Linnea", "Berg", "Förskollärare", 5),
)

P, L, E, A = (
    AttendanceStatus.PRESENT,
    AttendanceStatus.LATE,
    AttendanceStatus.EXCUSED,
    AttendanceStatus.ABSENT,
)
# Marks for seminars 1-4 (held) by participant index; missing indexes mean all present.
MARKS: dict[int, tuple[AttendanceStatus, ...]] = {
    1: (P, L, P, P),
    3: (P, A, A, P),
    5: (P, P, E, P),
    7: (L, P, P, L),
    9: (A, P, A, P),
    12: (P, P, P, E),
    16: (P, P, L, P),
}
# Two earlier cohorts, all seven seminars held: (name, school year, years back, participants).
# A participant is (first, last, title, workplace index, absent at seminar numbers, later roles);
# a role is (title, workplace index or None, started, ended or None).
EARLIER_COHORTS = (
    (
        "Omgång 1",
        "2014/2015",
        2,
        (
            ("Camilla", "Frost", "Förstelärare", 1, (), (("Rektor", 1, date(2016, 8, 1), None),)),
            (
                "Peter",
                "Strand",
                "Lärare",
                3,
                (4,),
                (
                    ("Biträdande rektor", 3, date(2016, 1, 1), date(2018, 6, 30)),
                    ("Rektor", 2, date(2018, 7, 1), None),
                ),
            ),
            (
                "Nadia",
                "Karimi",
                "Förskollärare",
                4,
                (),
                (("Förskolechef", 4, date(2017, 8, 1), None),),
            ),
            ("Olof", "Sundin", "Lärare", 0, (2, 3, 5), ()),
            ("Hanna", "Vik", "Speciallärare", 2, (6,), ()),
        ),
    ),
    (
        "Omgång 2",
        "2015/2016",
        1,
        (
            (
                "Jonas",
                "Berglund",
                "Förstelärare",
                6,
                (),
                (("Biträdande rektor", 6, date(2018, 8, 1), None),),
            ),
            ("Sofia", "Lund", "Förskollärare", 5, (1,), ()),
            (
                "Amir",
                "Hassan",
                "Lärare",
                0,
                (),
                (("Enhetschef", 7, date(2019, 1, 1), date(2022, 12, 31)),),
            ),
            ("Ebba", "Norén", "Lärare", 1, (3, 6), ()),
        ),
    ),
)

WITHDRAWN_INDEX = 14  # withdrew after seminar 2
LATE_JOINER_INDEX = 20  # joined before seminar 2
HELD_SEMINARS = 4
SIGNED_AT = time(16, 5)


@dataclass(frozen=True)
class DemoResult:
    """What the example load created."""

    programme_id: int
    cohort_id: int
    participants: int
    seminars: int


class DemoService(DatabaseService):
    """Creates the example programme unless it is already there."""

    def load_example(self, key: str) -> DemoResult:
        """Load the example named `key` (see `domain.examples.EXAMPLES`) in one transaction;
        NotFoundError for an unknown key, ConflictError if its programme already exists."""
        example = example_named(key)
        if example is None:
            raise NotFoundError(
                translate(
                    "Errors", "Det finns inget exempel som heter ”{key}”. Välj ett av: {keys}."
                ).format(key=key, keys=", ".join(e.key for e in EXAMPLES))
            )
        loaders = {LEDA_FOR_SKOLUTVECKLING: load_leda, CHEFSPROGRAM: load_chefsprogram}
        loader = loaders.get(example)
        if loader is None:
            return self.load()
        with self._db.transaction() as session:
            _refuse_existing(session, example.programme)
            return DemoResult(*loader(session))

    def load(self, *, earlier_cohorts: bool = True) -> DemoResult:
        """Load the example programme in one transaction; ConflictError if it already exists.

        With `earlier_cohorts` it also holds two finished cohorts from the years before and
        what became of their alumni (for the pipeline); without, only the running cohort."""
        with self._db.transaction() as session:
            _refuse_existing(session, DEMO_PROGRAMME)
            programme = Programme(
                name=DEMO_PROGRAMME,
                organiser="Trollhättans stad, barn- och utbildningsförvaltningen",
                description=(
                    "Ledarutvecklingsprogram för lärare och förskollärare som vill pröva "
                    "på ledarskap. Sju seminarier under ett läsår."
                ),
                contact_person=DEMO_COORDINATOR,
            )
            themes = example_themes(THEMES)
            programme.theme_areas = themes
            workplaces = [
                Workplace(name=name, name_key=fold(name), kind=kind, area=area)
                for name, kind, area in WORKPLACES
            ]
            office = workplaces[-1]
            lecturers = [
                _person(first, last, title, office, is_lecturer=True)
                for first, last, title in LECTURERS
            ]
            cohort = Cohort(
                programme=programme,
                name="Omgång 3",
                school_year="2016/2017",
                start_date=date(2016, 8, 22),
                end_date=date(2017, 6, 9),
                status=CohortStatus.RUNNING,
                min_attended=6,
            )
            session.add_all([programme, *workplaces, *lecturers, cohort])
            seminars = _seminars(
                cohort, themes, lecturers, "Föreläsning, samtal i grupper och reflektion."
            )
            session.add_all(seminars)
            enrollments = example_enrollments(
                cohort,
                (
                    _person(first, last, title, workplaces[workplace])
                    for first, last, title, workplace in PARTICIPANTS
                ),
                applied_on=date(2016, 5, 15),
            )
            enrollments[WITHDRAWN_INDEX].status = EnrollmentStatus.WITHDRAWN
            enrollments[WITHDRAWN_INDEX].left_on = date(2016, 10, 20)
            enrollments[LATE_JOINER_INDEX].joined_on = date(2016, 10, 1)
            session.add_all(enrollments)
            session.flush()
            _add_groups(session, cohort, enrollments, leader=lecturers[4])
            _add_attendance(session, seminars, enrollments)
            for earlier in EARLIER_COHORTS if earlier_cohorts else ():
                _add_earlier_cohort(session, programme, themes, workplaces, lecturers, earlier)
            return DemoResult(
                programme_id=programme.id,
                cohort_id=cohort.id,
                participants=len(enrollments),
                seminars=len(seminars),
            )


def _refuse_existing(session: Session, programme: str) -> None:
    if session.scalar(select(Programme.id).where(Programme.name == programme)):
        raise ConflictError(
            translate(
                "Errors",
                "Exempelprogrammet ”{demo_programme}” finns redan i databasen. Inget har ändrats.",
            ).format(demo_programme=programme)
        )


def _person(
    first: str, last: str, title: str, workplace: Workplace, *, is_lecturer: bool = False
) -> Person:
    return example_person(
        first,
        last,
        title,
        workplace,
        "exempel.trollhattan.se",
        is_lecturer=is_lecturer,
        organisation="Trollhättans stad" if is_lecturer else "",
    )


def _add_earlier_cohort(
    session: Session,
    programme: Programme,
    themes: list[ThemeArea],
    workplaces: list[Workplace],
    lecturers: list[Person],
    earlier: tuple[str, str, int, tuple[Any, ...]],
) -> None:
    """A finished cohort some years back: every seminar held and signed, and what became of
    its participants (later leadership roles)."""
    name, school_year, years_back, people = earlier
    back = timedelta(weeks=52 * years_back)
    cohort = Cohort(
        programme=programme,
        name=name,
        school_year=school_year,
        start_date=date(2016 - years_back, 8, 22),
        end_date=date(2017 - years_back, 6, 9),
        status=CohortStatus.COMPLETED,
        min_attended=6,
    )
    seminars = _seminars(cohort, themes, lecturers, "", back=back)
    session.add_all([cohort, *seminars])
    persons = [
        _person(first, last, title, workplaces[workplace])
        for first, last, title, workplace, _, _ in people
    ]
    enrollments = example_enrollments(
        cohort, persons, applied_on=cohort.start_date - timedelta(days=90)
    )
    session.add_all(enrollments)
    session.add_all(
        CareerRole(
            person=person,
            title=role,
            workplace=None if where is None else workplaces[where],
            started_on=started,
            ended_on=ended,
        )
        for person, (*_, roles) in zip(persons, people, strict=True)
        for role, where, started, ended in roles
    )
    marks = [(e, absent_at) for e, (*_, absent_at, _) in zip(enrollments, people, strict=True)]
    session.flush()
    for seminar in seminars:
        sign_held_seminar(
            session,
            seminar,
            ((e.id, A if seminar.number in absent_at else P) for e, absent_at in marks),
            DEMO_COORDINATOR,
            SIGNED_AT,
        )


def _seminars(
    cohort: Cohort,
    themes: list[ThemeArea],
    lecturers: list[Person],
    description: str,
    back: timedelta = timedelta(0),
) -> list[Seminar]:
    """The programme's seminars with their lecturers for `cohort`, `back` before their dates."""
    seminars = []
    for number, title, day, theme, place, lecturer_ids in SEMINARS:
        seminar = Seminar(
            cohort=cohort,
            number=number,
            title=title,
            date=day - back,
            start_time=time(13, 0),
            end_time=time(16, 0),
            location=place,
            theme_area=themes[theme],
            description=description,
        )
        seminar.lecturers = [
            SeminarLecturer(person=lecturers[i], position=pos) for pos, i in enumerate(lecturer_ids)
        ]
        seminars.append(seminar)
    return seminars


def _add_groups(
    session: Session, cohort: Cohort, enrollments: list[Enrollment], leader: Person
) -> None:
    groups = [
        CohortGroup(
            cohort=cohort,
            name=f"Samtalsgrupp {letter}",
            kind=GroupKind.DISCUSSION_GROUP,
            leader=leader if letter == "A" else None,
        )
        for letter in "ABC"
    ]
    session.add_all(groups)
    session.flush()
    session.add_all(
        GroupMember(group_id=groups[index % len(groups)].id, enrollment_id=enrollment.id)
        for index, enrollment in enumerate(enrollments)
    )


def _add_attendance(
    session: Session, seminars: list[Seminar], enrollments: list[Enrollment]
) -> None:
    for seminar in seminars[:HELD_SEMINARS]:
        marks = [
            (enrollment.id, MARKS.get(index, (P, P, P, P))[seminar.number - 1])
            for index, enrollment in enumerate(enrollments)
            if not (index == WITHDRAWN_INDEX and seminar.number > 2)
            and not (index == LATE_JOINER_INDEX and seminar.number == 1)
        ]
        sign_held_seminar(session, seminar, marks, DEMO_COORDINATOR, SIGNED_AT)

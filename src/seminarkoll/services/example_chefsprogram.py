"""The example "Chefsprogram med mentor": new managers paired with experienced mentors, coaching
groups, seminars over one school year and the autumn's mentor meetings with attendance."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time, timedelta

from sqlalchemy.orm import Session

from seminarkoll.data.models import (
    CohortGroup,
    Enrollment,
    GroupMember,
    Programme,
)
from seminarkoll.domain.calendar import SchoolYear
from seminarkoll.domain.enums import (
    AttendanceStatus,
    GroupKind,
    WorkplaceKind,
)
from seminarkoll.domain.examples import CHEFSPROGRAM
from seminarkoll.domain.schedule import template_dates
from seminarkoll.services.example_rows import (
    example_enrollments,
    example_person,
    example_seminars,
    example_themes,
    example_workplaces,
    held_group_meeting,
    running_cohort,
    sign_held_seminar,
    working_day_from,
)

COORDINATOR = "Marie Lindahl"
MAIL_DOMAIN = "exempel.uddevalla.se"
SCHOOL_YEAR = SchoolYear(2025)
WEDNESDAY = 2

THEMES = (
    ("Att vara ny som chef", "#3b6ea5"),
    ("Coachande ledarskap", "#4f9a5b"),
    ("Chefens ansvar: arbetsmiljö, ekonomi och juridik", "#c27c2c"),
)
# title, theme index; three seminars in the autumn and three in the spring
SEMINARS = (
    ("Uppstart: från kollega till chef", 0),
    ("Coachande samtal", 1),
    ("Arbetsmiljö och arbetsrätt", 2),
    ("Budget och uppföljning", 2),
    ("Att leda i förändring", 1),
    ("Avslutning: mitt ledarskap framåt", 0),
)
WORKPLACES = (
    ("Sommarhemsskolan", WorkplaceKind.COMPULSORY_SCHOOL),
    ("Källdalsskolan", WorkplaceKind.COMPULSORY_SCHOOL),
    ("Ljungskileskolan", WorkplaceKind.COMPULSORY_SCHOOL),
    ("Herrestadsskolan", WorkplaceKind.COMPULSORY_SCHOOL),
    ("Dalabergs förskola", WorkplaceKind.PRESCHOOL),
    ("Hovhultets förskola", WorkplaceKind.PRESCHOOL),
    ("Skäretskolans förskola", WorkplaceKind.PRESCHOOL),
    ("Uddevalla gymnasieskola", WorkplaceKind.UPPER_SECONDARY),
    ("Barn och utbildning, förvaltningskontoret", WorkplaceKind.ADMINISTRATION),
)
# first, last, title, workplace index: the new managers taking part
NEW_MANAGERS = (
    ("Sanna", "Ekholm", "Biträdande rektor", 0),
    ("Robin", "Carlsson", "Rektor", 1),
    ("Yasmin", "Rahimi", "Förskolechef", 4),
    ("Viktor", "Almqvist", "Biträdande rektor", 2),
    ("Hanna", "Thorén", "Enhetschef", 8),
    ("Gustav", "Melin", "Biträdande rektor", 7),
    ("Elsa", "Kjellberg", "Förskolechef", 5),
    ("Ali", "Demir", "Biträdande rektor", 3),
    ("Jessica", "Borg", "Förskolechef", 6),
    ("Martin", "Fransson", "Rektor", 7),
)
# first, last, title, workplace index: the experienced mentors, one for each new manager
MENTORS = (
    ("Gunilla", "Ahlström", "Rektor", 2),
    ("Bengt", "Carlén", "Rektor", 3),
    ("Marianne", "Höglund", "Förskolechef", 6),
    ("Kjell", "Svedberg", "Rektor", 0),
    ("Birgitta", "Lyck", "Verksamhetschef", 8),
    ("Torbjörn", "Ask", "Rektor", 1),
    ("Agneta", "Widell", "Förskolechef", 4),
    ("Lennart", "Rosén", "Rektor", 7),
    ("Ulla", "Brink", "Förskolechef", 5),
    ("Håkan", "Strömberg", "Rektor", 2),
)
COACHES = (("Cecilia", "Lago"), ("Jimmy", "Norrman"))
"""The coaches, each leading one coaching group of half the new managers."""
MENTOR_MEETINGS = (date(2025, 9, 22), date(2025, 10, 20), date(2025, 11, 17), date(2025, 12, 8))
"""The Mondays of the weeks in which the pairs meet in the autumn (each pair on its own day)."""
COACHING_MEETINGS = (date(2025, 10, 1), date(2025, 12, 3))
"""The days the coaching groups meet in the autumn."""
MISSED = {
    (1, 2): AttendanceStatus.EXCUSED,
    (3, 3): AttendanceStatus.ABSENT,
    (6, 1): AttendanceStatus.LATE,
    (2, 12): AttendanceStatus.EXCUSED,
    (7, 13): AttendanceStatus.ABSENT,
    (4, 21): AttendanceStatus.EXCUSED,
}
"""(new manager index, occasion) -> the mark when it is not present: occasions 1-6 are the
seminars, 11-14 the mentor meetings and 21-22 the coaching meetings."""


def load_chefsprogram(session: Session) -> tuple[int, int, int, int]:
    """Add the example; returns (programme id, cohort id, participants, seminars)."""
    programme = Programme(
        name=CHEFSPROGRAM.programme,
        organiser="Uddevalla kommun, barn och utbildning",
        description=(
            "Introduktionsprogram för nya chefer: var och en har en erfaren chef som mentor, "
            "träffar sin coachinggrupp och går sex gemensamma seminarier under första läsåret."
        ),
        contact_person=COORDINATOR,
        meetings_count=True,
    )
    themes = example_themes(THEMES)
    programme.theme_areas = themes
    workplaces = example_workplaces(session, WORKPLACES, "Uddevalla")
    office = workplaces[-1]
    cohort = running_cohort(programme, SCHOOL_YEAR, SCHOOL_YEAR, min_attended=5)
    dates = template_dates(SCHOOL_YEAR, WEDNESDAY, count=len(SEMINARS))
    seminars = example_seminars(
        cohort,
        SEMINARS,
        dates,
        themes,
        (time(13, 0), time(16, 30)),
        "Stadshuset, Kampenhof",
        "Föreläsning, övningar i par och erfarenhetsutbyte.",
    )
    enrollments = example_enrollments(
        cohort,
        (
            example_person(first, last, title, workplaces[where], MAIL_DOMAIN)
            for first, last, title, where in NEW_MANAGERS
        ),
        applied_on=date(2025, 5, 20),
    )
    mentors = [
        example_person(first, last, title, workplaces[where], MAIL_DOMAIN)
        for first, last, title, where in MENTORS
    ]
    pairs = [
        CohortGroup(
            cohort=cohort,
            name=f"Mentorpar {n} ({mentor.name})",
            kind=GroupKind.MENTOR_PAIR,
            leader=mentor,
        )
        for n, mentor in enumerate(mentors, start=1)
    ]
    coaching = [
        CohortGroup(
            cohort=cohort,
            name=f"Coachinggrupp {letter}",
            kind=GroupKind.DISCUSSION_GROUP,
            leader=example_person(first, last, "Coach", office, MAIL_DOMAIN),
        )
        for letter, (first, last) in zip("AB", COACHES, strict=True)
    ]
    session.add_all([programme, cohort, *seminars, *enrollments, *pairs, *coaching])
    session.flush()
    session.add_all(
        GroupMember(group_id=group.id, enrollment_id=enrollment.id)
        for i, enrollment in enumerate(enrollments)
        for group in (pairs[i], coaching[i % len(coaching)])
    )
    for seminar in seminars:
        if seminar.date.year == SCHOOL_YEAR.first_year:  # the autumn's seminars are held
            marks = [(e.id, _mark(i, seminar.number)) for i, e in enumerate(enrollments)]
            sign_held_seminar(session, seminar, marks, COORDINATOR, time(16, 35))
    for p, pair in enumerate(pairs):
        days = [working_day_from(start + timedelta(days=p % 5)) for start in MENTOR_MEETINGS]
        place = workplaces[MENTORS[p][3]].name
        _meetings(session, pair, days, [(p, enrollments[p])], place, 11)
    for c, group in enumerate(coaching):
        members = list(enumerate(enrollments))[c :: len(coaching)]
        _meetings(session, group, COACHING_MEETINGS, members, "Stadshuset, rum Bäve", 21)
    return programme.id, cohort.id, len(enrollments), len(seminars)


def _meetings(
    session: Session,
    group: CohortGroup,
    days: Sequence[date],
    members: Sequence[tuple[int, Enrollment]],
    place: str,
    first_occasion: int,
) -> None:
    """The group meets on `days` at `place`, led by its leader; each member's mark (by their
    index among the new managers) is taken."""
    for number, day in enumerate(days):
        marks = ((member.id, _mark(index, first_occasion + number)) for index, member in members)
        hours = (time(15, 0), time(16, 30))
        held_group_meeting(session, group, day, hours, place, marks, COORDINATOR)


def _mark(index: int, occasion: int) -> AttendanceStatus:
    return MISSED.get((index, occasion), AttendanceStatus.PRESENT)

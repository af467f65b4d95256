"""ParticipantService on real SQLite: register, search keys, validation, duplicates, merge, card."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from seminarkoll.data.models import AttendanceChange, Person
from seminarkoll.domain.completion import CellState
from seminarkoll.domain.enums import AttendanceStatus, CompletionState, EnrollmentStatus
from seminarkoll.domain.errors import ConflictError, NotFoundError, ValidationError
from seminarkoll.services.attendance import CellRef
from seminarkoll.services.container import Services
from seminarkoll.services.duplicates import Likeness
from seminarkoll.services.groups import GroupInput
from seminarkoll.services.participants import PersonInput, PersonRole, RegisterFilter
from seminarkoll.services.workplaces import WorkplaceInput
from tests.factories import Factory

P, A = AttendanceStatus.PRESENT, AttendanceStatus.ABSENT


def _search_key(services: Services, person_id: int) -> str:
    with services.database.transaction() as session:
        person = session.get(Person, person_id)
        assert person is not None
        return person.search_key


# -- search ----------------------------------------------------------------------------------
SEARCHES = {
    "lowercase finds capital Å": ("åsa", ["Åsa Lundqvist"]),
    "capitals find lowercase": ("ÅSA", ["Åsa Lundqvist"]),
    "two words in any order": ("lundqvist åsa", ["Åsa Lundqvist"]),
    "part of a surname": ("nyström", ["Emma Nyström"]),
    "workplace": ("sylteskolan", ["Björn Nilsson", "Emma Nyström", "Mohammed Ali"]),
    "title": ("fritidspedagog", ["Zlatan Petrović", "Östen Magnusson"]),
    "e-mail": ("zlatan.petrovic@", ["Zlatan Petrović"]),
    "LIKE wildcards are literal": ("%", []),
    "underscore is literal": ("_", []),
    "nothing matches": ("xyzzy", []),
}


@pytest.mark.parametrize(("text", "names"), SEARCHES.values(), ids=SEARCHES.keys())
def test_search_is_casefolded_and_literal(demo: Services, text: str, names: list[str]) -> None:
    ids = demo.participants.search(text)
    found = sorted(r.name for r in demo.participants.rows(ids))
    assert found == sorted(names)


def test_empty_search_finds_everyone(demo: Services) -> None:
    assert len(demo.participants.search("  ")) == len(demo.participants.register())


def test_search_key_follows_every_write(services: Services) -> None:
    workplace = services.workplaces.create(WorkplaceInput("Sylteskolan"))
    pid = services.participants.create(
        PersonInput("Åsa", "Öberg", "Asa.Oberg@Exempel.SE", title="Rektor", workplace_id=workplace)
    )
    assert _search_key(services, pid) == "åsa öberg asa.oberg@exempel.se sylteskolan rektor"
    services.participants.update(pid, PersonInput("Åsa", "Lind", workplace_id=workplace))
    assert _search_key(services, pid) == "åsa lind sylteskolan"
    services.workplaces.update(workplace, WorkplaceInput("Sylte skola"))
    assert _search_key(services, pid) == "åsa lind sylte skola"
    assert services.participants.search("sylte skola") == (pid,)
    services.workplaces.delete(workplace)
    assert _search_key(services, pid) == "åsa lind"
    assert services.participants.person(pid).workplace_id is None


# -- filters ---------------------------------------------------------------------------------
def test_register_filters(demo: Services) -> None:
    everyone = demo.participants.register()
    assert len(everyone) == 26
    cohort = demo.catalog.programmes()[0].cohorts[0].id
    sylte = next(r.workplace_id for r in everyone if r.workplace_name == "Sylteskolan")

    def names(where: RegisterFilter) -> set[str]:
        return {r.name for r in demo.participants.register(where)}

    assert len(names(RegisterFilter(role=PersonRole.PARTICIPANT))) == 21
    assert names(RegisterFilter(role=PersonRole.LECTURER)) >= {"Eva Lindberg", "Per Holm"}
    assert names(RegisterFilter(role=PersonRole.GROUP_LEADER)) == {"Helena Sandberg"}
    assert names(RegisterFilter(status=EnrollmentStatus.WITHDRAWN)) == {"Leila Haddad"}
    assert len(names(RegisterFilter(cohort_id=cohort, status=EnrollmentStatus.ENROLLED))) == 20
    assert names(RegisterFilter(workplace_id=sylte)) == {
        "Mohammed Ali",
        "Emma Nyström",
        "Björn Nilsson",
    }
    combined = demo.participants.search("a", RegisterFilter(workplace_id=sylte))
    assert len(combined) == 3
    anna = next(r for r in everyone if r.name == "Anna Bergström")
    assert anna.enrolments[0].cohort_name == "Omgång 3"
    assert anna.enrolments[0].status is EnrollmentStatus.ENROLLED
    assert next(r for r in everyone if r.name == "Helena Sandberg").leads_group


# -- validation ------------------------------------------------------------------------------
INVALID = {
    "no first name": (PersonInput("  ", "Berg"), "first_name", "Ange förnamn."),
    "bad e-mail": (PersonInput("Anna", email="anna@"), "email", "ingen giltig"),
    "two @": (PersonInput("Anna", email="a@b@c.se"), "email", "ingen giltig"),
    "no dot in domain": (PersonInput("Anna", email="anna@localhost"), "email", "ingen giltig"),
    "long name": (PersonInput("A" * 101), "first_name", "högst 100 tecken"),
    "long phone": (PersonInput("Anna", phone="1" * 51), "phone", "högst 50 tecken"),
    "missing workplace": (PersonInput("Anna", workplace_id=999), "workplace_id", "finns inte"),
}


@pytest.mark.parametrize(("data", "field", "message"), INVALID.values(), ids=INVALID.keys())
def test_invalid_input_saves_nothing(
    services: Services, data: PersonInput, field: str, message: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        services.participants.create(data)
    assert message in (caught.value.for_field(field) or "")
    assert services.participants.register() == ()


def test_email_is_normalised_and_unique(services: Services) -> None:
    first = services.participants.create(PersonInput("Anna", "Berg", " Anna.Berg@Exempel.SE "))
    assert services.participants.person(first).email == "Anna.Berg@exempel.se"
    with pytest.raises(ValidationError) as caught:
        services.participants.create(PersonInput("Annika", "Berg", "anna.berg@exempel.se"))
    assert caught.value.for_field("email") == "E-postadressen används redan av Anna Berg."
    services.participants.update(first, PersonInput("Anna", "Berg", "anna.berg@exempel.se"))


# -- duplicates ------------------------------------------------------------------------------
def test_duplicate_suggestions(services: Services, factory: Factory) -> None:
    school = factory.workplace("Lextorpsskolan")
    other = factory.workplace("Sylteskolan")
    anna = factory.person("Anna", "Bergström", "anna.b@exempel.se", workplace_id=school)
    namesake = factory.person("Anna", "Bergström", "anna2@exempel.se", workplace_id=other)

    def suggest(data: PersonInput, exclude: int | None = None) -> list[tuple[int, Likeness]]:
        return [
            (s.person.id, s.likeness)
            for s in services.participants.suggest_duplicates(data, exclude_id=exclude)
        ]

    assert suggest(PersonInput("Helt", "Annan", "ANNA.B@exempel.se")) == [
        (anna, Likeness.SAME_EMAIL)
    ]
    assert suggest(PersonInput("Ana", "Bergström", workplace_id=school)) == [
        (anna, Likeness.SIMILAR_NAME_SAME_WORKPLACE)
    ]
    assert suggest(PersonInput("Bergström", "Anna", workplace_id=school)) == [
        (anna, Likeness.SAME_NAME_SAME_WORKPLACE)
    ]
    assert suggest(PersonInput("Anders", "Berg", workplace_id=school)) == []
    assert len(suggest(PersonInput("Anna", "Bergström"))) == 2
    assert suggest(PersonInput("Anna", "Bergström", "anna.b@exempel.se"), exclude=anna) == [
        (namesake, Likeness.SAME_NAME)
    ]
    similar = factory.workplace("Sylte skolan")
    assert suggest(PersonInput("Anna", "Bergström", workplace_id=similar)) == [
        (namesake, Likeness.SAME_NAME_SIMILAR_WORKPLACE)
    ]
    assert services.participants.suggest_duplicates(PersonInput("")) == ()


# -- merge -----------------------------------------------------------------------------------
def test_merge_keeps_all_history(services: Services, factory: Factory) -> None:
    cohort_a = factory.cohort(name="Omgång A")
    cohort_b = factory.cohort(name="Omgång B")
    seminars = [factory.seminar(cohort_a, n, date(2024, 9, n)) for n in (1, 2, 3)]
    seminar_b = factory.seminar(cohort_b, 1, date(2024, 9, 20))
    keep = factory.person("Anna", "Berg", "", phone="")
    remove = factory.person("Anna", "Berg", "anna@exempel.se", phone="0701234567")
    keep_a = factory.enrollment(cohort_a, keep, joined_on=date(2024, 9, 1))
    remove_a = factory.enrollment(
        cohort_a,
        remove,
        EnrollmentStatus.WITHDRAWN,
        joined_on=date(2024, 8, 20),
        left_on=date(2024, 9, 2),
    )
    factory.enrollment(cohort_b, remove)
    services.attendance.set_status([CellRef(keep_a, seminars[0])], A)
    services.attendance.set_status([CellRef(remove_a, seminars[0])], P)
    services.attendance.set_status([CellRef(remove_a, seminars[1])], P)
    services.attendance.set_status([CellRef(keep_a, seminars[2])], P)
    group = services.groups.create(cohort_a, GroupInput("Lärteam 1", leader_person_id=remove))
    services.groups.add_members(group, [remove_a])
    lecture_seminar = factory.seminar(cohort_b, 2, date(2024, 10, 1))
    _link_lecturer(services, lecture_seminar, remove)

    preview = services.participants.merge_preview(keep, remove)
    assert services.participants.person(remove).email == "anna@exempel.se"
    result = services.participants.merge(keep, remove)
    assert result.explanation == preview
    text = "\n".join(result.explanation)
    assert "E-postadressen anna@exempel.se flyttas över." in text
    assert "Antagningen till Omgång B (2024/2025) flyttas över med all närvaro." in text
    assert "Båda var antagna till Omgång A" in text
    assert "Seminarium 1: posterna hade olika markeringar" in text
    assert "närvarande behålls" in text
    assert "1 föreläsaruppdrag flyttas över." in text
    assert "Ledarskapet för 1 grupp flyttas över." in text

    with pytest.raises(NotFoundError):
        services.participants.person(remove)
    kept = services.participants.person(keep)
    assert (kept.email, kept.phone) == ("anna@exempel.se", "0701234567")
    card = services.participants.card(keep)
    by_cohort = {e.cohort_name: e for e in card.enrolments}
    assert set(by_cohort) == {"Omgång A", "Omgång B"}
    merged = by_cohort["Omgång A"]
    assert merged.status is EnrollmentStatus.ENROLLED
    assert merged.joined_on == date(2024, 8, 20)
    assert merged.left_on is None
    assert [s.state for s in merged.seminars] == [CellState.PRESENT] * 3
    assert merged.groups == ("Lärteam 1",)
    assert card.led_groups == ("Lärteam 1 (Omgång A, 2024/2025)",)
    assert len(card.lectures) == 1
    assert by_cohort["Omgång B"].seminars[0].id == seminar_b
    with services.database.transaction() as session:
        audit = session.scalars(
            select(AttendanceChange).where(AttendanceChange.enrollment_id == merged.enrollment_id)
        ).all()
    assert {c.source for c in audit} == {"matrix", "merge"}
    assert len(audit) == 5
    assert services.participants.search("0701234567") == ()
    assert services.participants.search("anna@exempel") == (keep,)


def test_merge_names_both_and_keeps_the_second_address(
    services: Services, factory: Factory
) -> None:
    keep = factory.person("Anna", "Bergström", "anna@skola.se")
    remove = factory.person("Anna", "Bergström", "anna.b@hem.se")
    result = services.participants.merge(keep, remove)
    assert result.explanation[0] == (
        "Anna Bergström (anna.b@hem.se) slås ihop med Anna Bergström (anna@skola.se). "
        "Uppgifterna för Anna Bergström (anna@skola.se) behålls."
    )
    assert "E-postadressen anna.b@hem.se sparas som annan adress i anteckningarna." in (
        result.explanation
    )
    kept = services.participants.person(keep)
    assert kept.email == "anna@skola.se"
    assert "Annan e-postadress: anna.b@hem.se" in kept.notes
    services.participants.unmerge(result)
    assert services.participants.person(keep).notes == ""
    assert services.participants.person(remove).email == "anna.b@hem.se"


def test_merge_is_not_undone_after_the_person_changed(services: Services, factory: Factory) -> None:
    keep = factory.person("Anna", "Berg", "anna@skola.se")
    remove = factory.person("Anna", "Berg", "")
    result = services.participants.merge(keep, remove)
    details = services.participants.person(keep)
    services.participants.update(keep, replace(details.as_input(), phone="070-1"))
    with pytest.raises(ConflictError, match="ändrats sedan sammanslagningen"):
        services.participants.unmerge(result)
    assert services.participants.person(keep).phone == "070-1"


def test_merge_needs_two_persons(services: Services, factory: Factory) -> None:
    person = factory.person()
    with pytest.raises(ValidationError, match="två olika"):
        services.participants.merge(person, person)
    with pytest.raises(NotFoundError):
        services.participants.merge(person, 9999)


def _link_lecturer(services: Services, seminar_id: int, person_id: int) -> None:
    from seminarkoll.data.models import SeminarLecturer

    with services.database.transaction() as session:
        session.add(SeminarLecturer(seminar_id=seminar_id, person_id=person_id, topic="Ekonomi"))


# -- removal and card ------------------------------------------------------------------------
def test_delete_reports_what_goes_and_only_removes_persons_without_history(
    demo: Services, factory: Factory
) -> None:
    anna = demo.participants.search("anna bergström")[0]
    impact = demo.participants.removal_impact(anna)
    assert (impact.name, impact.enrolments, impact.marks) == ("Anna Bergström", 1, 4)
    assert impact.has_history
    with pytest.raises(ConflictError, match="Anonymisera personen i stället"):
        demo.participants.delete(anna)
    assert demo.participants.search("anna bergström") == (anna,)
    new = factory.person("Ny", "Utanhistorik")
    assert not demo.participants.removal_impact(new).has_history
    demo.participants.delete(new)
    assert demo.participants.search("utanhistorik") == ()


def test_card_shows_history_and_verdict(demo: Services) -> None:
    leila = demo.participants.search("leila")[0]
    card = demo.participants.card(leila)
    assert card.person.name == "Leila Haddad"
    (enrolment,) = card.enrolments
    assert enrolment.status is EnrollmentStatus.WITHDRAWN
    assert enrolment.left_on == date(2016, 10, 20)
    assert [s.state for s in enrolment.seminars[:3]] == [
        CellState.PRESENT,
        CellState.PRESENT,
        CellState.NOT_EXPECTED,
    ]
    assert enrolment.result.state is CompletionState.NOT_TAKING_PART
    assert enrolment.groups == ("Samtalsgrupp C",)
    helena = demo.participants.search("helena")[0]
    assert demo.participants.card(helena).led_groups == ("Samtalsgrupp A (Omgång 3, 2016/2017)",)
    assert len(demo.participants.card(helena).lectures) == 2

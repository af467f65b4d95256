"""Concurrent edits lose nothing: two coordinators (two open databases on the same file or
server) edit the same seminar, cohort, person, enrolment or group; the later save from a stale
copy is refused, says who changed what and when, writes nothing, and can overwrite."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from seminarkoll.data.models import Enrollment
from seminarkoll.domain.enums import EnrollmentStatus, GroupKind
from seminarkoll.domain.errors import (
    ConflictError,
    NotFoundError,
    StaleEditError,
    ValidationError,
)
from seminarkoll.services.container import Services
from seminarkoll.services.enrollment import EnrollmentInput
from seminarkoll.services.group_meetings import MeetingInput
from seminarkoll.services.groups import GroupInput
from tests.factories import Factory


@pytest.fixture
def anna(services: Services) -> Services:
    """The first coordinator."""
    services.coordinator.set_name("anna")
    return services


@pytest.fixture
def bertil(second_coordinator: Callable[[str], Services]) -> Services:
    """A second coordinator with a database of their own, opened on the same file or server."""
    return second_coordinator("bertil")


def _versions(services: Services, cohort: int) -> dict[int, int]:
    """The seminars' versions as the schedule shows them."""
    return {s.id: s.version for s in services.catalog.cohort_overview(cohort).seminars}


def _titles(services: Services, cohort: int) -> list[str]:
    return [s.title for s in services.catalog.cohort_overview(cohort).seminars]


def set_place(services: Services, seminar: int, place: str) -> int:
    """Edit the seminar's place from the version read just before; returns its new version."""
    details = services.schedule.seminar(seminar)
    return services.schedule.update_seminar(
        seminar, replace(details.as_input(), location=place), version=details.version
    ).version


def _bergs(
    factory: Factory, seer: Services, *first_names: str
) -> tuple[int, list[int], dict[int, int]]:
    """A cohort with these Bergs enrolled, their enrolment ids, and the versions `seer`'s roster
    shows."""
    cohort = factory.cohort()
    ids = [factory.enrollment(cohort, factory.person(n, "Berg")) for n in first_names]
    return cohort, ids, {r.enrollment_id: r.version for r in seer.enrollment.roster(cohort)}


def _clock(error: StaleEditError) -> str:
    assert error.at is not None
    return error.at.astimezone().strftime("%H:%M")


def test_concurrent_seminar_edit_is_stale_and_loses_nothing(
    anna: Services, bertil: Services, factory: Factory
) -> None:
    cohort = factory.cohort(name="Omgång 2")
    factory.seminar(cohort, 1, date(2024, 9, 10))
    seminar = factory.seminar(cohort, 2, date(2024, 10, 8), title="Ledarskap")
    hers = anna.schedule.seminar(seminar)
    his = bertil.schedule.seminar(seminar)
    before = datetime.now(UTC)

    anna.schedule.update_seminar(
        seminar, replace(hers.as_input(), title="Annas titel"), version=hers.version
    )
    with pytest.raises(StaleEditError) as caught:
        bertil.schedule.update_seminar(
            seminar, replace(his.as_input(), title="Bertils titel", notes="x"), version=his.version
        )

    error = caught.value
    assert isinstance(error, ConflictError)
    assert error.by == anna.coordinator.name
    assert error.at is not None
    assert before <= error.at <= datetime.now(UTC)
    assert str(error) == (
        f"Seminarium 2 i Omgång 2 ändrades av {anna.coordinator.name} kl. {_clock(error)} "
        "efter att du öppnade det."
    )
    reloaded = bertil.schedule.seminar(seminar)
    assert (reloaded.title, reloaded.notes) == ("Annas titel", "")
    assert reloaded.version == error.version != his.version

    bertil.schedule.update_seminar(
        seminar, replace(his.as_input(), title="Bertils titel"), version=error.version
    )
    assert anna.schedule.seminar(seminar).title == "Bertils titel"
    with pytest.raises(StaleEditError, match="ändrades av bertil"):
        anna.schedule.update_seminar(
            seminar, replace(hers.as_input(), title="Igen"), version=reloaded.version
        )


def test_stale_seminar_move_is_refused_and_overwrite_moves(
    anna: Services, bertil: Services, factory: Factory
) -> None:
    cohort = factory.cohort(name="Omgång 5")
    first = factory.seminar(cohort, 1, date(2024, 9, 10), title="Första")
    factory.seminar(cohort, 2, date(2024, 10, 8), title="Andra")
    seen = _versions(bertil, cohort)
    set_place(anna, first, "Aulan")

    with pytest.raises(StaleEditError, match=r"^Seminarium 1 i Omgång 5 ändrades av anna"):
        bertil.schedule.move_seminar(first, 1, versions=seen)
    assert anna.schedule.seminar(first).number == 1

    bertil.schedule.move_seminar(first, 1)
    moved = anna.schedule.seminar(first)
    assert (moved.number, moved.location) == (2, "Aulan")


def test_save_from_the_current_version_is_not_stale(anna: Services, factory: Factory) -> None:
    cohort = factory.cohort()
    seminar = factory.seminar(cohort, 1, date(2024, 9, 10))
    for title in ("Ett", "Två", "Tre"):
        details = anna.schedule.seminar(seminar)
        anna.schedule.update_seminar(
            seminar, replace(details.as_input(), title=title), version=details.version
        )
    assert anna.schedule.seminar(seminar).title == "Tre"


def test_concurrent_person_edit_is_stale_and_loses_nothing(
    anna: Services, bertil: Services, factory: Factory
) -> None:
    person = factory.person("Sara", "Lind")
    his = bertil.participants.person(person)
    hers = anna.participants.person(person)
    anna.participants.update(
        person, replace(hers.as_input(), phone="070-111"), version=hers.version
    )

    with pytest.raises(StaleEditError) as caught:
        bertil.participants.update(
            person, replace(his.as_input(), title="Rektor"), version=his.version
        )
    assert str(caught.value) == (
        f"Uppgifterna om Sara Lind ändrades av {anna.coordinator.name} "
        f"kl. {_clock(caught.value)} "
        "efter att du öppnade dem."
    )
    reloaded = bertil.participants.person(person)
    assert (reloaded.phone, reloaded.title) == ("070-111", "")

    bertil.participants.update(
        person, replace(his.as_input(), title="Rektor"), version=caught.value.version
    )
    final = anna.participants.person(person)
    assert (final.phone, final.title) == ("", "Rektor")


def test_concurrent_cohort_edit_is_stale_and_loses_nothing(
    anna: Services, bertil: Services, factory: Factory
) -> None:
    cohort = factory.cohort(name="Omgång 7", school_year="2024/2025")
    his = bertil.planning.cohort(cohort)
    hers = anna.planning.cohort(cohort)
    anna.planning.update_cohort(
        cohort, replace(hers.as_input(), min_attended=4), version=hers.version
    )

    with pytest.raises(StaleEditError) as caught:
        bertil.planning.update_cohort(
            cohort, replace(his.as_input(), notes="Bertils anteckning"), version=his.version
        )
    assert str(caught.value) == (
        f"Omgång 7 (2024/2025) ändrades av {anna.coordinator.name} "
        f"kl. {_clock(caught.value)} "
        "efter att du öppnade den."
    )
    reloaded = bertil.planning.cohort(cohort)
    assert (reloaded.min_attended, reloaded.notes) == (4, "")

    saved = bertil.planning.update_cohort(
        cohort, replace(his.as_input(), notes="Bertils anteckning"), version=caught.value.version
    )
    assert (saved.min_attended, saved.notes) == (his.min_attended, "Bertils anteckning")
    assert anna.planning.cohort(cohort).notes == "Bertils anteckning"


def test_concurrent_enrolment_and_group_edits_are_stale(
    anna: Services, bertil: Services, factory: Factory
) -> None:
    cohort = factory.cohort()
    enrolment = factory.enrollment(cohort, factory.person("Olle", "Berg"))
    (his_row,) = bertil.enrollment.roster(cohort)
    (her_row,) = anna.enrollment.roster(cohort)
    anna.enrollment.update(
        enrolment, EnrollmentInput(EnrollmentStatus.ENROLLED, notes="Anna"), version=her_row.version
    )
    with pytest.raises(StaleEditError, match=r"^Antagningen av Olle Berg ändrades av anna"):
        bertil.enrollment.update(
            enrolment,
            EnrollmentInput(EnrollmentStatus.ENROLLED, notes="B"),
            version=his_row.version,
        )
    assert bertil.enrollment.roster(cohort)[0].notes == "Anna"
    assert bertil.enrollment.enrolment(enrolment) == bertil.enrollment.roster(cohort)[0]

    group = anna.groups.create(cohort, GroupInput("Lärgrupp 1"))
    (his_group,) = bertil.groups.groups(cohort)
    anna.groups.update(group, GroupInput("Lärgrupp A"), version=his_group.version)
    with pytest.raises(StaleEditError, match=r"^Gruppen Lärgrupp A ändrades av anna"):
        bertil.groups.update(group, GroupInput("Lärgrupp B"), version=his_group.version)
    assert [g.name for g in bertil.groups.groups(cohort)] == ["Lärgrupp A"]


def test_stale_check_ignores_what_the_application_keeps_by_itself(
    anna: Services, bertil: Services, factory: Factory, tmp_path: Path
) -> None:
    """Exporting the calendar (which records the event's revision) is no one's edit."""
    cohort = factory.cohort()
    seminar = factory.seminar(cohort, 1, date(2024, 9, 10))
    his = bertil.schedule.seminar(seminar)
    before = his.version
    anna.schedule_export.export_calendar(cohort, tmp_path / "omgang.ics")
    assert anna.schedule.seminar(seminar).version == before
    bertil.schedule.update_seminar(
        seminar, replace(his.as_input(), title="Ny"), version=his.version
    )


def test_stale_bulk_status_change_is_refused_whole(
    anna: Services, bertil: Services, factory: Factory
) -> None:
    cohort, ids, shown = _bergs(factory, bertil, "Ada", "Bo", "Cid")
    bo = next(r for r in anna.enrollment.roster(cohort) if r.enrollment_id == ids[1])
    anna.enrollment.update(
        ids[1], EnrollmentInput(EnrollmentStatus.ENROLLED, notes="Ny chef"), version=bo.version
    )
    withdrawn = EnrollmentStatus.WITHDRAWN

    with pytest.raises(StaleEditError) as caught:
        bertil.enrollment.set_status(ids, withdrawn, date(2024, 11, 1), versions=shown)
    assert str(caught.value) == (
        f"Antagningen av Bo Berg ändrades av {anna.coordinator.name} kl. {_clock(caught.value)} "
        "sedan listan visades."
    )
    assert {r.status for r in anna.enrollment.roster(cohort)} == {EnrollmentStatus.ENROLLED}

    anna.enrollment.set_status(ids[2:], EnrollmentStatus.COMPLETED, date(2024, 11, 1))
    with pytest.raises(StaleEditError, match=r"listan visades\. 1 till av dem du valde har också"):
        bertil.enrollment.set_status(ids, withdrawn, date(2024, 11, 1), versions=shown)
    statuses = [r.status for r in anna.enrollment.roster(cohort)]
    assert statuses == [
        EnrollmentStatus.ENROLLED,
        EnrollmentStatus.ENROLLED,
        EnrollmentStatus.COMPLETED,
    ]

    fresh = {r.enrollment_id: r.version for r in bertil.enrollment.roster(cohort)}
    assert bertil.enrollment.set_status(ids, withdrawn, date(2024, 11, 1), versions=fresh) == 3
    again = {r.enrollment_id: r.version for r in anna.enrollment.roster(cohort)}
    assert all(again[i] == fresh[i] + 1 for i in ids)


def test_stale_bulk_status_change_of_a_removed_enrolment_changes_nothing(
    anna: Services, bertil: Services, factory: Factory
) -> None:
    cohort, ids, shown = _bergs(factory, bertil, "Ada", "Bo")
    anna.enrollment.remove(ids[:1])
    with pytest.raises(NotFoundError, match=r"^1 av de valda antagningarna finns inte längre"):
        bertil.enrollment.set_status(
            ids, EnrollmentStatus.WITHDRAWN, date(2024, 11, 1), versions=shown
        )
    assert [r.status for r in anna.enrollment.roster(cohort)] == [EnrollmentStatus.ENROLLED]


def test_membership_changes_keep_each_other_and_conflict_only_with_the_groups_own_fields(
    anna: Services, bertil: Services, factory: Factory
) -> None:
    cohort = factory.cohort()
    ada, bo, cid, dan = (
        factory.enrollment(cohort, factory.person(n, "Berg")) for n in ("Ada", "Bo", "Cid", "Dan")
    )
    group = anna.groups.create(cohort, GroupInput("Lärgrupp 1"))
    other = anna.groups.create(cohort, GroupInput("Lärgrupp 2"))
    his = {g.id: g for g in bertil.groups.groups(cohort)}
    hers, hers_other = anna.groups.groups(cohort)

    anna.groups.add_members(group, [ada], version=hers.version)
    anna.groups.add_members(other, [dan], version=hers_other.version)
    assert [g.version for g in anna.groups.groups(cohort)] == [hers.version, hers_other.version]

    assert bertil.groups.add_members(group, [ada, bo, cid], version=his[group].version) == 2
    assert bertil.groups.remove_members(group, [cid], version=his[group].version) == 1
    with pytest.raises(ValidationError, match="Dan Berg"):
        bertil.groups.add_members(group, [dan], version=his[group].version)
    assert bertil.groups.distribute(cohort, versions={g: v.version for g, v in his.items()}) == 1
    members = {g.name: sorted(m.name for m in g.members) for g in anna.groups.groups(cohort)}
    assert members == {
        "Lärgrupp 1": ["Ada Berg", "Bo Berg"],
        "Lärgrupp 2": ["Cid Berg", "Dan Berg"],
    }

    anna.groups.update(group, GroupInput("Lärgrupp A"), version=hers.version)
    with pytest.raises(StaleEditError, match=r"^Gruppen Lärgrupp A ändrades av anna"):
        bertil.groups.remove_members(group, [ada], version=his[group].version)
    with pytest.raises(StaleEditError, match=r"^Gruppen Lärgrupp A ändrades av anna"):
        bertil.groups.distribute(cohort, versions={g: v.version for g, v in his.items()})
    assert [len(g.members) for g in anna.groups.groups(cohort)] == [2, 2]


def test_stale_seminar_move_checks_the_seminar_it_swaps_with(
    anna: Services, bertil: Services, factory: Factory
) -> None:
    cohort = factory.cohort(name="Omgång 6")
    first, second, third = (
        factory.seminar(cohort, n, day, title=title)
        for n, day, title in (
            (1, date(2024, 9, 10), "Första"),
            (2, date(2024, 10, 8), "Andra"),
            (3, date(2024, 11, 5), "Tredje"),
        )
    )
    shown = _versions(bertil, cohort)
    placed = set_place(anna, second, "Aulan")

    with pytest.raises(StaleEditError, match=r"^Seminarium 2 i Omgång 6 ändrades av anna"):
        bertil.schedule.move_seminar(first, 1, versions=shown)
    assert _titles(anna, cohort) == ["Första", "Andra", "Tredje"]
    moved = bertil.schedule.move_seminar(third, -1, versions={**shown, second: placed})
    assert _titles(anna, cohort) == ["Första", "Tredje", "Andra"]
    now = _versions(anna, cohort)
    assert dict(moved.versions) == {third: now[third], second: now[second]}
    with pytest.raises(StaleEditError, match=r"^Seminarium 3 i Omgång 6 ändrades av bertil"):
        anna.schedule.move_seminar(second, -1, versions={**shown, second: placed})
    bertil.schedule.move_seminar(third, 1, versions=moved.versions)
    assert _titles(anna, cohort) == ["Första", "Andra", "Tredje"]


def test_concurrent_lecturer_edit_is_stale_and_loses_nothing(
    anna: Services, bertil: Services, factory: Factory
) -> None:
    lecturer = factory.person("Maria", "Dahl", is_lecturer=True)
    his = bertil.lecturers.lecturer(lecturer)
    hers = anna.lecturers.lecturer(lecturer)
    saved = anna.lecturers.update_lecturer(
        lecturer, replace(hers.as_input(), phone="0521-1"), version=hers.version
    )
    assert saved.version == hers.version + 1
    with pytest.raises(StaleEditError, match=r"^Uppgifterna om Maria Dahl ändrades av anna"):
        bertil.lecturers.update_lecturer(
            lecturer, replace(his.as_input(), phone="0521-2"), version=his.version
        )
    assert bertil.lecturers.lecturer(lecturer).phone == "0521-1"


def test_stale_removal_from_the_cohort_and_group_deletion_are_refused(
    anna: Services, bertil: Services, factory: Factory
) -> None:
    cohort, ids, shown = _bergs(factory, bertil, "Ada", "Bo")
    group = anna.groups.create(cohort, GroupInput("Lärgrupp 1"))
    (his_group,) = bertil.groups.groups(cohort)
    (her_group,) = anna.groups.groups(cohort)
    anna.enrollment.set_status(ids[:1], EnrollmentStatus.WITHDRAWN, date(2024, 11, 1))
    anna.groups.add_members(group, ids[1:], version=her_group.version)
    mentors = GroupInput("Lärgrupp 1", GroupKind.MENTOR_GROUP)
    anna.groups.update(group, mentors, version=her_group.version)

    with pytest.raises(StaleEditError, match=r"^Antagningen av Ada Berg ändrades av anna"):
        bertil.enrollment.remove(ids, versions=shown)
    assert len(anna.enrollment.roster(cohort)) == 2
    with pytest.raises(StaleEditError, match=r"^Gruppen Lärgrupp 1 ändrades av anna"):
        bertil.groups.delete(group, version=his_group.version)
    assert [len(g.members) for g in anna.groups.groups(cohort)] == [1]

    (now,) = bertil.groups.groups(cohort)
    assert bertil.groups.delete(group, version=now.version) == 1
    fresh = {r.enrollment_id: r.version for r in bertil.enrollment.roster(cohort)}
    removed = bertil.enrollment.remove(ids, versions=fresh)
    assert sorted(removed.names) == ["Ada Berg", "Bo Berg"]
    assert anna.enrollment.roster(cohort) == ()


def test_concurrent_programme_edit_and_removal_are_stale(
    anna: Services, bertil: Services, factory: Factory
) -> None:
    programme = factory.programme("Ledare på lut")
    his = bertil.planning.programme(programme)
    hers = anna.planning.programme(programme)
    saved = anna.planning.update_programme(
        programme, replace(hers.as_input(), organiser="BUF"), version=hers.version
    )
    assert saved.version == hers.version + 1

    with pytest.raises(
        StaleEditError, match=r"^Programmet Ledare på lut ändrades av anna .* efter att du öppnade"
    ):
        bertil.planning.update_programme(
            programme, replace(his.as_input(), name="Ledare på lut 2"), version=his.version
        )
    with pytest.raises(
        StaleEditError, match=r"^Programmet Ledare på lut ändrades av anna .* sedan listan visades"
    ):
        bertil.planning.remove_programme(programme, version=his.version)
    now = bertil.planning.programme(programme)
    assert (now.name, now.organiser, now.version) == ("Ledare på lut", "BUF", saved.version)

    overwritten = bertil.planning.update_programme(
        programme, replace(his.as_input(), contact_person="Bertil"), version=saved.version
    )
    assert (overwritten.organiser, overwritten.contact_person) == ("", "Bertil")
    bertil.planning.remove_programme(programme, version=overwritten.version)
    assert anna.catalog.programmes() == ()


def test_concurrent_theme_edits_reorders_and_removals_are_stale(
    anna: Services, bertil: Services, factory: Factory
) -> None:
    programme = factory.programme()
    first, second, third = (
        factory.theme(programme, name, position)
        for position, name in enumerate(("Ledarskap", "Kommunikation", "Arbetsmiljö"))
    )
    his = {t.id: t for t in bertil.planning.themes(programme)}
    hers = {t.id: t for t in anna.planning.themes(programme)}
    anna.planning.update_theme(
        second, replace(hers[second].as_input(), colour="#b5485d"), version=hers[second].version
    )

    with pytest.raises(StaleEditError, match=r"^Temaområdet Kommunikation ändrades av anna"):
        bertil.planning.update_theme(
            second, replace(his[second].as_input(), name="Samtal"), version=his[second].version
        )
    with pytest.raises(
        StaleEditError, match=r"^Temaområdet Kommunikation ändrades av anna .* sedan listan visades"
    ):
        bertil.planning.remove_theme(second, version=his[second].version)
    assert [(t.name, t.colour) for t in anna.planning.themes(programme)][1] == (
        "Kommunikation",
        "#b5485d",
    )

    shown = [first, second, third]
    moved = bertil.planning.reorder_themes(programme, [third, first, second], shown=shown)
    assert [t.name for t in moved] == ["Arbetsmiljö", "Ledarskap", "Kommunikation"]
    assert [t.version for t in moved] == [his[third].version, his[first].version, 2]
    with pytest.raises(ConflictError, match="ändrat ordningen för temaområdena"):
        anna.planning.reorder_themes(programme, [second, first, third], shown=shown)
    assert [t.id for t in anna.planning.themes(programme)] == [third, first, second]
    renamed = anna.planning.update_theme(
        third, replace(moved[0].as_input(), name="Arbetsmiljö och hälsa"), version=moved[0].version
    )
    bertil.planning.remove_theme(third, version=renamed.version)
    left = anna.planning.themes(programme)
    assert [(t.name, t.position, t.version) for t in left] == [
        ("Ledarskap", 0, his[first].version),
        ("Kommunikation", 1, 2),
    ]


def test_removing_a_seminar_or_cohort_changed_meanwhile_is_refused(
    anna: Services, bertil: Services, factory: Factory
) -> None:
    cohort = factory.cohort(name="Omgång 7", min_attended=1)
    seminar = factory.seminar(cohort, 1, date(2024, 9, 10))
    shown = _versions(bertil, cohort)
    his_cohort = bertil.planning.cohort(cohort)
    placed = set_place(anna, seminar, "Aulan")
    with pytest.raises(
        StaleEditError, match=r"^Seminarium 1 i Omgång 7 ändrades av anna .* sedan listan visades"
    ):
        bertil.schedule.remove_seminar(seminar, version=shown[seminar])
    assert _titles(anna, cohort) == ["Seminarium 1"]

    hers = anna.planning.cohort(cohort)
    anna.planning.update_cohort(
        cohort, replace(hers.as_input(), notes="Anna"), version=hers.version
    )
    with pytest.raises(
        StaleEditError, match=r"^Omgång 7 \(2024/2025\) ändrades av anna .* sedan listan visades"
    ):
        bertil.planning.remove_cohort(cohort, version=his_cohort.version)
    assert bertil.planning.cohort(cohort).notes == "Anna"

    bertil.schedule.remove_seminar(seminar, version=placed)
    assert _titles(anna, cohort) == []
    bertil.planning.remove_cohort(cohort, version=bertil.planning.cohort(cohort).version)
    with pytest.raises(NotFoundError):
        anna.planning.cohort(cohort)


def test_concurrent_group_meeting_edit_and_removal_are_stale(
    anna: Services, bertil: Services, factory: Factory
) -> None:
    cohort = factory.cohort()
    group = anna.groups.create(cohort, GroupInput("Lärgrupp 1"))
    meeting = anna.group_meetings.add_meeting(MeetingInput(group, date(2024, 10, 1)))
    (his,) = bertil.group_meetings.meetings(group)
    (hers,) = anna.group_meetings.meetings(group)
    saved = anna.group_meetings.update_meeting(
        meeting.id, replace(hers.as_input(), place="Biblioteket"), version=hers.version
    )
    assert saved.version == hers.version + 1

    day = "1 oktober 2024"
    with pytest.raises(
        StaleEditError, match=rf"^Träffen {day} i Lärgrupp 1 ändrades av anna .*öppnade den\.$"
    ):
        bertil.group_meetings.update_meeting(
            meeting.id, replace(his.as_input(), notes="Bertil"), version=his.version
        )
    with pytest.raises(
        StaleEditError, match=rf"^Träffen {day} i Lärgrupp 1 ändrades av anna .*listan visades\.$"
    ):
        bertil.group_meetings.remove_meeting(meeting.id, version=his.version)
    (now,) = bertil.group_meetings.meetings(group)
    assert (now.place, now.notes, now.version) == ("Biblioteket", "", saved.version)

    bertil.group_meetings.update_meeting(
        meeting.id, replace(his.as_input(), notes="Bertil"), version=saved.version
    )
    (overwritten,) = anna.group_meetings.meetings(group)
    assert (overwritten.place, overwritten.notes) == ("", "Bertil")
    anna.group_meetings.remove_meeting(meeting.id, version=overwritten.version)
    assert anna.group_meetings.meetings(group) == ()


def test_a_list_action_written_over_a_newer_change_keeps_it_and_is_stamped_as_an_edit(
    anna: Services, bertil: Services, factory: Factory
) -> None:
    """What "Skriv över" does after a list's refusal: the action again, from the versions the
    list shows once read again, in one transaction; the other change stays where the action
    does not touch it, and the rows are stamped as any edit by who acted."""
    cohort, ids, shown = _bergs(factory, bertil, "Ada", "Bo")
    bo = next(r for r in anna.enrollment.roster(cohort) if r.enrollment_id == ids[1])
    anna.enrollment.update(
        ids[1], EnrollmentInput(EnrollmentStatus.ENROLLED, notes="Ny chef"), version=bo.version
    )
    withdrawn, day = EnrollmentStatus.WITHDRAWN, date(2024, 11, 1)
    with pytest.raises(StaleEditError, match=r"^Antagningen av Bo Berg ändrades av anna"):
        bertil.enrollment.set_status(ids, withdrawn, day, versions=shown)

    relisted = {r.enrollment_id: r.version for r in bertil.enrollment.roster(cohort)}
    anna.enrollment.set_status(ids[:1], EnrollmentStatus.COMPLETED, day)  # after the reload
    with pytest.raises(StaleEditError, match=r"^Antagningen av Ada Berg ändrades av anna"):
        bertil.enrollment.set_status(ids, withdrawn, day, versions=relisted)
    assert [r.status for r in anna.enrollment.roster(cohort)] == [
        EnrollmentStatus.COMPLETED,
        EnrollmentStatus.ENROLLED,
    ]

    relisted = {r.enrollment_id: r.version for r in bertil.enrollment.roster(cohort)}
    assert bertil.enrollment.set_status(ids, withdrawn, day, versions=relisted) == 2
    with anna.database.transaction() as session:
        rows = session.scalars(select(Enrollment).where(Enrollment.id.in_(ids))).all()
        saved = {e.id: (e.status, e.notes, e.changed_by, e.version) for e in rows}
    assert saved == {
        ids[0]: (withdrawn, "", bertil.coordinator.name, relisted[ids[0]] + 1),
        ids[1]: (withdrawn, "Ny chef", bertil.coordinator.name, relisted[ids[1]] + 1),
    }

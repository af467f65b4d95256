"""GroupService on real SQLite: groups with leader and members, distribution, roster."""

from __future__ import annotations

import pytest

from seminarkoll.domain.enums import EnrollmentStatus, GroupKind
from seminarkoll.domain.errors import ValidationError
from seminarkoll.domain.planning import NAME_LIMIT
from seminarkoll.services.container import Services
from seminarkoll.services.groups import GroupInput
from tests.factories import Factory


def test_groups_with_leader_and_members(services: Services, factory: Factory) -> None:
    cohort = factory.cohort()
    leader = factory.person("Helena", "Sandberg", is_lecturer=True)
    members = [factory.enrollment(cohort) for _ in range(3)]
    team = services.groups.create(
        cohort, GroupInput(" Lärteam  1 ", GroupKind.LEARNING_TEAM, leader)
    )
    with pytest.raises(ValidationError, match="redan en grupp"):
        services.groups.create(cohort, GroupInput("lärteam 1"))
    with pytest.raises(ValidationError, match="namn"):
        services.groups.create(cohort, GroupInput(""))
    with pytest.raises(ValidationError, match="Namnet får vara högst 200 tecken långt"):
        services.groups.create(cohort, GroupInput("x" * (NAME_LIMIT + 1)))
    assert services.groups.add_members(team, members[:2]) == 2
    assert services.groups.add_members(team, members[:3]) == 1
    (group,) = services.groups.groups(cohort)
    assert (group.name, group.leader_name, len(group.members)) == (
        "Lärteam 1",
        "Helena Sandberg",
        3,
    )
    assert services.groups.remove_members(team, [members[0]]) == 1
    services.groups.update(team, GroupInput("Mentorgrupp Norr", GroupKind.MENTOR_GROUP, None))
    (group,) = services.groups.groups(cohort)
    assert (group.name, group.kind, group.leader_name) == (
        "Mentorgrupp Norr",
        GroupKind.MENTOR_GROUP,
        "",
    )
    roster = {r.enrollment_id: r.groups for r in services.enrollment.roster(cohort)}
    assert roster[members[1]][0].name == "Mentorgrupp Norr"
    assert roster[members[0]] == ()
    assert "Helena Sandberg" in {c.name for c in services.groups.leader_candidates(cohort)}
    assert services.groups.delete(team) == 2
    assert services.groups.groups(cohort) == ()


def test_members_must_belong_to_the_cohort(services: Services, factory: Factory) -> None:
    cohort, other = factory.cohort(), factory.cohort()
    team = services.groups.create(cohort, GroupInput("A"))
    with pytest.raises(ValidationError, match="samma omgång"):
        services.groups.add_members(team, [factory.enrollment(other)])


def test_distribute_fills_the_smallest_groups(services: Services, factory: Factory) -> None:
    cohort = factory.cohort()
    assert services.groups.distribute(cohort) == 0
    enrolments = [factory.enrollment(cohort) for _ in range(7)]
    factory.enrollment(cohort, status=EnrollmentStatus.APPLIED)
    first = services.groups.create(cohort, GroupInput("Grupp 1"))
    services.groups.create(cohort, GroupInput("Grupp 2"))
    services.groups.create(cohort, GroupInput("Grupp 3"))
    services.groups.add_members(first, enrolments[:2])
    assert services.groups.distribute(cohort) == 5
    sizes = sorted(len(g.members) for g in services.groups.groups(cohort))
    assert sizes == [2, 2, 3]
    assert services.groups.distribute(cohort) == 0


def test_one_group_of_each_kind_per_participant(services: Services, factory: Factory) -> None:
    cohort = factory.cohort()
    anna = factory.enrollment(cohort, factory.person("Anna", "Berg"))
    team = services.groups.create(cohort, GroupInput("Lärteam 1"))
    other_team = services.groups.create(cohort, GroupInput("Lärteam 2"))
    talk = services.groups.create(cohort, GroupInput("Samtal 1", GroupKind.DISCUSSION_GROUP))
    assert services.groups.add_members(team, [anna]) == 1
    assert services.groups.add_members(talk, [anna]) == 1
    with pytest.raises(ValidationError, match=r"Anna Berg \(”Lärteam 1”\)"):
        services.groups.add_members(other_team, [anna])
    with pytest.raises(ValidationError, match="en grupp av varje slag"):
        services.groups.update(talk, GroupInput("Samtal 1", GroupKind.LEARNING_TEAM))
    assert {g.name: len(g.members) for g in services.groups.groups(cohort)} == {
        "Lärteam 1": 1,
        "Lärteam 2": 0,
        "Samtal 1": 1,
    }


def test_distribute_fills_each_kind(services: Services, factory: Factory) -> None:
    cohort = factory.cohort()
    enrolments = [factory.enrollment(cohort) for _ in range(4)]
    team = services.groups.create(cohort, GroupInput("Lärteam 1"))
    talk = services.groups.create(cohort, GroupInput("Samtal 1", GroupKind.DISCUSSION_GROUP))
    services.groups.add_members(team, enrolments[:1])
    assert services.groups.distribute(cohort, GroupKind.DISCUSSION_GROUP) == 4
    assert services.groups.distribute(cohort, GroupKind.MENTOR_GROUP) == 0
    assert services.groups.distribute(cohort) == 3
    sizes = {g.id: len(g.members) for g in services.groups.groups(cohort)}
    assert sizes == {team: 4, talk: 4}

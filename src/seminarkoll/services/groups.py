"""Group use cases: a cohort's learning teams, mentor and discussion groups, leader, members."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from seminarkoll.data.lookups import existing_group, with_person
from seminarkoll.data.models import (
    CohortGroup,
    Enrollment,
    GroupMember,
    Person,
    SeminarLecturer,
    Workplace,
)
from seminarkoll.data.versions import refuse_any_stale, refuse_stale
from seminarkoll.domain.attendance import MATRIX_STATUSES
from seminarkoll.domain.edits import Edited
from seminarkoll.domain.enums import GroupKind
from seminarkoll.domain.errors import FieldProblem, NotFoundError, ValidationError
from seminarkoll.domain.planning import long_name_problem
from seminarkoll.domain.records import built_from
from seminarkoll.domain.text import fold, full_name, name_key, swedish_key, tidy
from seminarkoll.domain.translation import translate
from seminarkoll.services.database_service import DatabaseService


@dataclass(frozen=True)
class GroupInput:
    """What the user set for a group."""

    name: str
    kind: GroupKind = GroupKind.LEARNING_TEAM
    leader_person_id: int | None = None


@dataclass(frozen=True)
class GroupMemberRow:
    """One member of a group."""

    enrollment_id: int
    person_id: int
    name: str
    workplace_name: str


@dataclass(frozen=True)
class GroupRow:
    """A group with its leader and members (members sorted by the UI)."""

    id: int
    cohort_id: int
    name: str
    kind: GroupKind
    leader_person_id: int | None
    leader_name: str
    members: tuple[GroupMemberRow, ...]
    version: int = 0
    """The version read: give it back when saving, to refuse a save over a newer change."""


@dataclass(frozen=True)
class PersonChoice:
    """A person offered as group leader, with what makes them a candidate."""

    id: int
    name: str
    detail: str


class GroupService(DatabaseService):
    """Creates groups in a cohort and keeps their leader and members."""

    def groups(self, cohort_id: int) -> tuple[GroupRow, ...]:
        """The cohort's groups with leader and members, by name."""
        with self._db.transaction() as session:
            members: dict[int, list[GroupMemberRow]] = {}
            for group_id, enrollment_id, pid, first, last, workplace in session.execute(
                with_person(
                    select(
                        GroupMember.group_id,
                        Enrollment.id,
                        Person.id,
                        Person.first_name,
                        Person.last_name,
                        Workplace.name,
                    ).join(Enrollment, Enrollment.id == GroupMember.enrollment_id)
                ).where(Enrollment.cohort_id == cohort_id)
            ):
                members.setdefault(group_id, []).append(
                    GroupMemberRow(enrollment_id, pid, full_name(first, last), workplace or "")
                )
            groups = session.scalars(
                select(CohortGroup).where(CohortGroup.cohort_id == cohort_id)
            ).all()
            rows = [
                built_from(
                    GroupRow,
                    g,
                    leader_name=g.leader.name if g.leader else "",
                    members=tuple(members.get(g.id, ())),
                )
                for g in groups
            ]
            return tuple(sorted(rows, key=lambda g: swedish_key(g.name)))

    def resolve(self, cohort_id: int, text: str) -> int:
        """The id of the cohort's group named `text` (or with that id); NotFoundError lists
        the groups there are."""
        groups = self.groups(cohort_id)
        wanted = fold(text)
        for group in groups:
            if fold(group.name) == wanted or str(group.id) == wanted:
                return group.id
        names = ", ".join(f"”{g.name}”" for g in groups) or "inga"
        raise NotFoundError(
            translate("Errors", "Omgången har ingen grupp ”{tidy}” (grupperna: {names}).").format(
                tidy=tidy(text), names=names
            )
        )

    def leader_candidates(self, cohort_id: int) -> tuple[PersonChoice, ...]:
        """Possible group leaders: lecturers, present leaders and the cohort's participants,
        by last name and then first name in Swedish order."""
        with self._db.transaction() as session:
            rows = session.execute(
                select(Person.id, Person.first_name, Person.last_name, Person.title)
                .where(
                    or_(
                        Person.is_lecturer,
                        Person.id.in_(select(SeminarLecturer.person_id)),
                        Person.id.in_(
                            select(CohortGroup.leader_person_id).where(
                                CohortGroup.leader_person_id.is_not(None)
                            )
                        ),
                        Person.id.in_(
                            select(Enrollment.person_id).where(Enrollment.cohort_id == cohort_id)
                        ),
                    )
                )
                .order_by(Person.id)
            ).all()
            ordered = sorted(rows, key=lambda r: (swedish_key(r[2]), swedish_key(r[1]), r[0]))
            return tuple(
                PersonChoice(pid, full_name(first, last), title)
                for pid, first, last, title in ordered
            )

    def create(self, cohort_id: int, data: GroupInput) -> int:
        """Create a group; ValidationError when the name is empty or taken in the cohort."""
        name = _validated(data)
        with self._db.transaction() as session:
            _check(session, cohort_id, name, None, data.leader_person_id)
            group = CohortGroup(
                cohort_id=cohort_id,
                name=name,
                kind=data.kind,
                leader_person_id=data.leader_person_id,
            )
            session.add(group)
            session.flush()
            return group.id

    def update(self, group_id: int, data: GroupInput, *, version: int | None = None) -> None:
        """Rename a group, change its kind or leader; ValidationError when a member is already
        in another group of the new kind (one group of each kind per participant),
        StaleEditError when it is no longer at `version` (None: save over any change)."""
        name = _validated(data)
        with self._db.transaction() as session:
            group = _shown_group(session, group_id, version)
            _check(session, group.cohort_id, name, group_id, data.leader_person_id)
            if data.kind is not group.kind:
                _refuse_second_of_kind(
                    session, group, data.kind, [m.enrollment_id for m in group.members]
                )
            group.name, group.kind, group.leader_person_id = name, data.kind, data.leader_person_id

    def delete(self, group_id: int, *, version: int | None = None) -> int:
        """Remove a group (its members stay in the cohort); returns how many members it had.
        StaleEditError, and nothing removed, when it is no longer at `version` (None: remove
        it whatever changed)."""
        with self._db.transaction() as session:
            group = _shown_group(session, group_id, version)
            count = len(group.members)
            session.delete(group)
            return count

    def add_members(
        self, group_id: int, enrollment_ids: Sequence[int], *, version: int | None = None
    ) -> int:
        """Add enrolments of the group's cohort to the group; returns how many were new.
        ValidationError when one is already in another group of the same kind; StaleEditError,
        and nothing changed, when the group's name, kind or leader is no longer at `version`
        (None: change it whatever changed). Members are no field of the group: its version
        stays, and members others added or removed meanwhile stay as they are."""
        with self._db.transaction() as session:
            group = _shown_group(session, group_id, version)
            _check_enrolments(session, group.cohort_id, enrollment_ids)
            current = {m.enrollment_id for m in group.members}
            new = [eid for eid in dict.fromkeys(enrollment_ids) if eid not in current]
            _refuse_second_of_kind(session, group, group.kind, new)
            group.members.extend(GroupMember(enrollment_id=eid) for eid in new)
            return len(new)

    def remove_members(
        self, group_id: int, enrollment_ids: Sequence[int], *, version: int | None = None
    ) -> int:
        """Take enrolments out of the group; returns how many were removed. StaleEditError as
        for `add_members`."""
        with self._db.transaction() as session:
            group = _shown_group(session, group_id, version)
            leaving = [m for m in group.members if m.enrollment_id in set(enrollment_ids)]
            for member in leaving:
                group.members.remove(member)
            return len(leaving)

    def distribute(
        self,
        cohort_id: int,
        kind: GroupKind | None = None,
        *,
        versions: Mapping[int, int] | None = None,
    ) -> int:
        """Put every taking-part participant who is in no group of a kind into the smallest
        group of that kind (ties: the first by name), for `kind` or for every kind the cohort
        has groups of. Returns how many places were filled; 0 when there are no such groups.

        `versions` holds the groups' versions as shown (None: whatever changed): when a group
        of the kinds distributed to is no longer at its version (or was not shown), nothing is
        changed and StaleEditError names it."""
        with self._db.transaction() as session:
            groups = sorted(
                session.scalars(select(CohortGroup).where(CohortGroup.cohort_id == cohort_id)),
                key=lambda g: swedish_key(g.name),
            )
            if versions is not None:
                refuse_any_stale(
                    [(g, versions.get(g.id, -1)) for g in groups if kind is None or g.kind is kind],
                    Edited.GROUP,
                    lambda g: g.name,
                )
            taking_part = session.scalars(
                select(Enrollment.id)
                .where(
                    Enrollment.cohort_id == cohort_id,
                    Enrollment.status.in_(MATRIX_STATUSES),
                )
                .order_by(Enrollment.id)
            ).all()
            placed = 0
            for group_kind in dict.fromkeys(g.kind for g in groups):
                if kind is not None and group_kind is not kind:
                    continue
                of_kind = [g for g in groups if g.kind is group_kind]
                sizes = {g.id: len(g.members) for g in of_kind}
                grouped = {m.enrollment_id for g in of_kind for m in g.members}
                for enrollment_id in taking_part:
                    if enrollment_id in grouped:
                        continue
                    target = min(of_kind, key=lambda g: sizes[g.id])
                    target.members.append(GroupMember(enrollment_id=enrollment_id))
                    sizes[target.id] += 1
                    placed += 1
            return placed


def _shown_group(session: Session, group_id: int, version: int | None) -> CohortGroup:
    """The group, unless it is no longer at the `version` shown (StaleEditError)."""
    group = existing_group(session, group_id)
    refuse_stale(group, version, Edited.GROUP, lambda: group.name)
    return group


def _validated(data: GroupInput) -> str:
    name = tidy(data.name)
    if not name:
        raise ValidationError([FieldProblem("name", translate("Errors", "Ange gruppens namn."))])
    if too_long := long_name_problem(name):
        raise ValidationError([too_long])
    return name


def _check(
    session: Session, cohort_id: int, name: str, own_id: int | None, leader_id: int | None
) -> None:
    for other_id, other_name in session.execute(
        select(CohortGroup.id, CohortGroup.name).where(CohortGroup.cohort_id == cohort_id)
    ):
        if other_id != own_id and fold(other_name) == fold(name):
            raise ValidationError.single(
                "name",
                translate(
                    "Errors", "Det finns redan en grupp som heter ”{other_name}” i omgången."
                ).format(other_name=other_name),
            )
    if leader_id is not None and session.get(Person, leader_id) is None:
        raise ValidationError.single(
            "leader_person_id", translate("Errors", "Gruppledaren finns inte längre.")
        )


def _refuse_second_of_kind(
    session: Session, group: CohortGroup, kind: GroupKind, enrollment_ids: Sequence[int]
) -> None:
    """A participant is in at most one group of each kind (a lärteam and a samtalsgrupp, say)."""
    if not enrollment_ids:
        return
    rows = session.execute(
        select(Person.first_name, Person.last_name, CohortGroup.name)
        .join(Enrollment, Enrollment.person_id == Person.id)
        .join(GroupMember, GroupMember.enrollment_id == Enrollment.id)
        .join(CohortGroup, CohortGroup.id == GroupMember.group_id)
        .where(
            GroupMember.enrollment_id.in_(enrollment_ids),
            CohortGroup.kind == kind,
            CohortGroup.id != group.id,
        )
    ).all()
    taken = sorted(rows, key=lambda row: name_key(row[1], row[0]))
    if taken:
        who = ", ".join(f"{full_name(first, last)} (”{name}”)" for first, last, name in taken)
        raise ValidationError.single(
            "members",
            translate(
                "Errors",
                "En deltagare kan vara med i en grupp av varje slag. Redan med i en "
                "annan grupp av samma slag: {who}.",
            ).format(who=who),
        )


def _check_enrolments(session: Session, cohort_id: int, enrollment_ids: Sequence[int]) -> None:
    found = set(
        session.scalars(
            select(Enrollment.id).where(
                Enrollment.id.in_(enrollment_ids), Enrollment.cohort_id == cohort_id
            )
        )
    )
    if len(found) != len(set(enrollment_ids)):
        raise ValidationError.single(
            "members",
            translate("Errors", "Bara deltagare i samma omgång kan läggas till i gruppen."),
        )

"""The attendance matrix (a cohort's participants x its seminars, with verdicts and totals)
and how it is built from the cohort's plain rows. No SQLAlchemy: the services build it from
their rows (services.attendance.matrix), `seminarkoll status` from the standard library's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from seminarkoll.data.matrix_source import MatrixSource
from seminarkoll.domain.attendance import MATRIX_STATUSES, EnrolmentWindow, is_visit
from seminarkoll.domain.catalog import CohortHeading
from seminarkoll.domain.completion import (
    CellState,
    CompletionResult,
    CompletionRules,
    SeminarTotals,
    column_totals,
)
from seminarkoll.domain.enums import AttendanceStatus, EnrollmentStatus, GroupKind
from seminarkoll.domain.errors import NotFoundError
from seminarkoll.domain.records import built_from
from seminarkoll.domain.text import NamedRow
from seminarkoll.domain.translation import translate
from seminarkoll.services.cohort_frame import Judge, SeminarInfo, frames_of


@dataclass(frozen=True)
class MatrixGroup:
    """A group of the cohort, for filtering the matrix."""

    id: int
    name: str
    kind: GroupKind


@dataclass(frozen=True)
class MatrixRow(NamedRow, EnrolmentWindow):
    """One participant of the matrix: cells aligned with `AttendanceMatrix.seminars`."""

    enrollment_id: int
    person_id: int
    first_name: str
    last_name: str
    workplace_name: str
    status: EnrollmentStatus
    joined_on: date | None
    left_on: date | None
    group_ids: tuple[int, ...]
    cells: tuple[CellState, ...]
    notes: tuple[str, ...]
    made_up: tuple[bool, ...]
    result: CompletionResult


@dataclass(frozen=True)
class AttendanceMatrix(CohortHeading):
    """A cohort's participants x seminars with verdicts and per-seminar totals; visitors are
    not rows, only counted in the totals."""

    rules: CompletionRules
    seminars: tuple[SeminarInfo, ...]
    totals: tuple[SeminarTotals, ...]
    rows: tuple[MatrixRow, ...]
    groups: tuple[MatrixGroup, ...]
    theme_names: dict[int, str]


def build_matrix(source: MatrixSource) -> AttendanceMatrix:
    """The matrix of the cohort's enrolled, completed and withdrawn participants x its
    seminars; NotFoundError when there is no such cohort."""
    marks: dict[int, dict[int, AttendanceStatus]] = {}
    notes: dict[int, dict[int, str]] = {}
    kinds: dict[int, set[AttendanceStatus]] = {}
    for eid, sid, status, note in source.marks:
        marks.setdefault(eid, {})[sid] = status
        kinds.setdefault(sid, set()).add(status)
        if note:
            notes.setdefault(eid, {})[sid] = note
    frame = frames_of(source.frame, kinds).get(source.cohort_id)
    if frame is None:
        raise NotFoundError(translate("Errors", "Omgången finns inte längre."))
    makeups: dict[int, set[int]] = {}
    for eid, sid in source.makeups:
        makeups.setdefault(eid, set()).add(sid)
    members: dict[int, list[int]] = {}
    for gid, eid in source.members:
        members.setdefault(eid, []).append(gid)
    people = [row for row in source.people if row[2] in MATRIX_STATUSES]
    judge = Judge(frame)
    allow_makeup = frame.rules.allow_makeup
    seminar_ids = [s.id for s in frame.seminars]
    no_notes = ("",) * len(seminar_ids)
    none_made_up = (False,) * len(seminar_ids)
    empty: dict[int, AttendanceStatus] = {}
    rows = []
    visitors = [0] * len(seminar_ids)
    for eid, pid, status, joined, left, first, last, workplace in people:
        if is_visit(status, joined, left):
            visited = marks.get(eid, empty)
            visitors = [n + (sid in visited) for n, sid in zip(visitors, seminar_ids, strict=True)]
            continue
        tasks = makeups.get(eid)
        own_notes = notes.get(eid)
        verdict = judge.judge(
            status,
            joined,
            left,
            marks.get(eid, empty),
            tasks if tasks and allow_makeup else (),
            enrollment_id=eid,
        )
        rows.append(
            MatrixRow(
                enrollment_id=eid,
                person_id=pid,
                first_name=first,
                last_name=last,
                workplace_name=workplace or "",
                status=status,
                joined_on=joined,
                left_on=left,
                group_ids=tuple(members.get(eid, ())),
                cells=verdict.cells,
                notes=tuple(own_notes.get(sid, "") for sid in seminar_ids)
                if own_notes
                else no_notes,
                made_up=tuple(sid in tasks for sid in seminar_ids) if tasks else none_made_up,
                result=verdict.result,
            )
        )
    return built_from(
        AttendanceMatrix,
        frame,
        totals=column_totals(len(seminar_ids), (row.cells for row in rows), visitors),
        rows=tuple(rows),
        groups=tuple(MatrixGroup(gid, name, kind) for gid, name, kind in source.groups),
        theme_names=dict(frame.theme_names),
    )

"""Loads what the completion rules need for a cohort (through SQLAlchemy) into the frames of
services.cohort_frame, which judge participants against them."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date

from sqlalchemy import BindParameter, Connection, bindparam, select
from sqlalchemy.orm import Session

from seminarkoll.data.matrix_source import FrameRows
from seminarkoll.data.models import (
    Attendance,
    Cohort,
    CohortGroup,
    Enrollment,
    GroupMeeting,
    GroupMeetingAttendance,
    GroupMember,
    OutcomeSummary,
    Programme,
    Seminar,
    ThemeArea,
)
from seminarkoll.domain.attendance import TAKEN_AT_SEMINAR
from seminarkoll.domain.completion import CompletionRules
from seminarkoll.domain.enrolment import default_joining_date
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.errors import NotFoundError
from seminarkoll.domain.records import built_from
from seminarkoll.domain.translation import translate
from seminarkoll.services.cohort_frame import (
    KEPT_FIELDS,
    RULE_FIELDS,
    CohortFrame,
    cohort_rules,
    frames_of,
)

SEMINAR_COLUMNS = (
    Seminar.id,
    Seminar.number,
    Seminar.title,
    Seminar.date,
    Seminar.theme_area_id,
    ThemeArea.name,
    ThemeArea.colour,
    Seminar.signed_off_at,
    Seminar.signed_off_by,
)
"""The columns `seminar_info` reads (theme area outer-joined on the seminar's)."""


def rules_of(cohort: Cohort) -> CompletionRules:
    """The completion rules stored on `cohort` (and its programme's: whether meetings count,
    and a number of seminars per school year)."""
    return built_from(
        CompletionRules,
        cohort,
        meetings_count=cohort.programme.meetings_count,
        min_per_school_year=cohort.programme.min_per_school_year,
    )


def recorded_kinds(
    connection: Connection, cohort_ids: Collection[int]
) -> dict[int, set[AttendanceStatus]]:
    """Per seminar id (of `cohort_ids`), which kinds of marks are recorded there."""
    kinds: dict[int, set[AttendanceStatus]] = {}
    for seminar_id, status in connection.execute(
        select(Attendance.seminar_id, Attendance.status)
        .join(Seminar, Seminar.id == Attendance.seminar_id)
        .where(Seminar.cohort_id.in_(cohort_ids))
        .distinct()
    ):
        kinds.setdefault(seminar_id, set()).add(status)
    return kinds


def joining_date(session: Session, cohort: Cohort, today: date | None = None) -> date:
    """The date a participant enrolled now joins `cohort` from (see
    `domain.enrolment.default_joining_date`): today once a seminar has been held."""
    held = session.scalar(
        select(Seminar.id)
        .where(Seminar.cohort_id == cohort.id)
        .where(
            Seminar.signed_off_at.is_not(None)
            | Seminar.id.in_(
                select(Attendance.seminar_id).where(Attendance.status.in_(TAKEN_AT_SEMINAR))
            )
        )
        .limit(1)
    )
    return default_joining_date(cohort.start_date, held is not None, today or date.today())


_COHORT_IDS: BindParameter[int] = bindparam("cohort_ids", expanding=True)
RULE_COLUMNS = dict(
    zip(
        RULE_FIELDS,
        (
            Cohort.min_attended,
            Cohort.late_counts_as_present,
            Cohort.excused_counts_as_attended,
            Cohort.require_each_theme,
            Cohort.allow_makeup,
            Programme.meetings_count,
            Programme.min_per_school_year,
        ),
        strict=True,
    )
)
"""Where each field of `CompletionRules` is stored (as `rules_of` reads them), for reads by
column."""
_FRAME_COHORTS = (
    select(
        Cohort.id,
        Cohort.name,
        Cohort.programme_id,
        Programme.name,
        Cohort.start_date,
        Cohort.end_date,
        *RULE_COLUMNS.values(),
    )
    .join(Programme, Programme.id == Cohort.programme_id)
    .where(Cohort.id.in_(_COHORT_IDS))
)
"""Cohorts (bound by `cohort_ids`) with their programme: names, dates, then `RULE_COLUMNS`."""
_FRAME_SEMINARS = (
    select(Seminar.cohort_id, *SEMINAR_COLUMNS)
    .outerjoin(ThemeArea, ThemeArea.id == Seminar.theme_area_id)
    .where(Seminar.cohort_id.in_(_COHORT_IDS))
    .order_by(Seminar.cohort_id, Seminar.number)
)


def load_frames(
    connection: Connection,
    cohort_ids: Collection[int],
    kinds: Mapping[int, Collection[AttendanceStatus]] | None = None,
) -> dict[int, CohortFrame]:
    """Frames for `cohort_ids`; `kinds` (see `recorded_kinds`) is queried when None. Read by
    Core execution (no ORM objects): the matrix is reread after every mark."""
    if not cohort_ids:
        return {}
    if kinds is None:
        kinds = recorded_kinds(connection, cohort_ids)
    return frames_of(frame_rows(connection, cohort_ids), kinds)


def frame_rows(connection: Connection, cohort_ids: Collection[int]) -> FrameRows:
    """The rows `cohort_frame.frames_of` builds the frames of `cohort_ids` from."""
    ids = {"cohort_ids": list(cohort_ids)}
    cohorts = connection.execute(_FRAME_COHORTS, ids).all()
    counting = [row[0] for row in cohorts if cohort_rules(row).meetings_count]
    meetings = {"cohort_ids": counting}
    run = connection.execute
    return FrameRows(
        cohorts=cohorts,
        seminars=run(_FRAME_SEMINARS, ids).all(),
        kept=run(_KEPT, ids).all(),
        meeting_marks=run(_MEETING_MARKS, meetings).all() if counting else (),
        meetings=run(_MEETINGS, meetings).all() if counting else (),
        meeting_members=run(_MEETING_MEMBERS, meetings).all() if counting else (),
    )


_MEETING_MARKS = (
    select(
        GroupMeetingAttendance.meeting_id,
        GroupMeetingAttendance.enrollment_id,
        GroupMeetingAttendance.status,
    )
    .join(GroupMeeting, GroupMeeting.id == GroupMeetingAttendance.meeting_id)
    .join(CohortGroup, CohortGroup.id == GroupMeeting.group_id)
    .where(CohortGroup.cohort_id.in_(_COHORT_IDS))
)
_MEETINGS = (
    select(GroupMeeting.id, GroupMeeting.group_id, GroupMeeting.date, GroupMeeting.signed_off_at)
    .join(CohortGroup, CohortGroup.id == GroupMeeting.group_id)
    .where(CohortGroup.cohort_id.in_(_COHORT_IDS))
    .order_by(GroupMeeting.group_id, GroupMeeting.date)
)
_MEETING_MEMBERS = (
    select(CohortGroup.cohort_id, GroupMember.group_id, GroupMember.enrollment_id)
    .join(CohortGroup, CohortGroup.id == GroupMember.group_id)
    .where(CohortGroup.cohort_id.in_(_COHORT_IDS))
)
_KEPT = (
    select(
        Enrollment.cohort_id,
        OutcomeSummary.enrollment_id,
        *(getattr(OutcomeSummary, name) for name in KEPT_FIELDS),
    )
    .join(Enrollment, Enrollment.id == OutcomeSummary.enrollment_id)
    .where(Enrollment.cohort_id.in_(_COHORT_IDS))
)


def load_frame(
    connection: Connection,
    cohort_id: int,
    kinds: Mapping[int, Collection[AttendanceStatus]] | None = None,
) -> CohortFrame:
    """The frame of one cohort; NotFoundError when it is gone."""
    frame = load_frames(connection, (cohort_id,), kinds).get(cohort_id)
    if frame is None:
        raise NotFoundError(translate("Errors", "Omgången finns inte längre."))
    return frame

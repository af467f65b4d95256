"""The rows a cohort's attendance matrix is built from, as plain typed tuples: read through
SQLAlchemy by the services, or through the standard library alone by `seminarkoll status`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

Rows = Sequence[Sequence[Any]]


class FrameRows(NamedTuple):
    """What the completion rules need of some cohorts (see services.cohort_frame)."""

    cohorts: Rows
    """id, name, programme id, programme name, start, end, then the rules (RULE_FIELDS)."""
    seminars: Rows
    """cohort id, id, number, title, date, theme id, theme name, theme colour, signed-off
    time, signed off by; by cohort and number."""
    kept: Rows
    """cohort id, enrolment id, state, reason, attended, expected, required, missed, made
    up: the outcomes kept when a cohort was thinned."""
    meeting_marks: Rows = ()
    """meeting id, enrolment id, status; only for cohorts whose programme counts meetings."""
    meetings: Rows = ()
    """id, group id, date, signed-off time; by group and date (as meeting_marks)."""
    meeting_members: Rows = ()
    """cohort id, group id, enrolment id (as meeting_marks)."""


class MatrixSource(NamedTuple):
    """A cohort's rows for its attendance matrix; `frame` is empty when there is no cohort."""

    cohort_id: int
    frame: FrameRows
    marks: Rows
    """enrolment id, seminar id, status, note."""
    makeups: Rows
    """enrolment id, seminar id."""
    groups: Rows
    """id, name, kind."""
    members: Rows
    """group id, enrolment id."""
    people: Rows
    """enrolment id, person id, status, joined, left, first name, last name, workplace name;
    everyone of the cohort, by enrolment id."""

"""Enumerations shared by every layer: statuses and kinds stored in the database."""

from __future__ import annotations

from enum import StrEnum


class CohortStatus(StrEnum):
    """Where a cohort (omgång) is in its life."""

    PLANNING = "planning"
    RUNNING = "running"
    COMPLETED = "completed"


class EnrollmentStatus(StrEnum):
    """A person's standing in one cohort (antagning): the intake steps, then taking part."""

    APPLIED = "applied"
    INTERVIEW_BOOKED = "interview_booked"
    INTERVIEWED = "interviewed"
    WAITLISTED = "waitlisted"
    DECLINED = "declined"
    ACCEPTED = "accepted"
    ENROLLED = "enrolled"
    WITHDRAWN = "withdrawn"
    COMPLETED = "completed"


class AttendanceStatus(StrEnum):
    """What was recorded for one participant at one seminar."""

    PRESENT = "present"
    LATE = "late"
    EXCUSED = "excused"
    ABSENT = "absent"


class WorkplaceKind(StrEnum):
    """What kind of unit a workplace is."""

    PRESCHOOL = "preschool"
    COMPULSORY_SCHOOL = "compulsory_school"
    UPPER_SECONDARY = "upper_secondary"
    ADMINISTRATION = "administration"
    OTHER = "other"


class GroupKind(StrEnum):
    """Kinds of groups inside a cohort."""

    LEARNING_TEAM = "learning_team"
    MENTOR_GROUP = "mentor_group"
    DISCUSSION_GROUP = "discussion_group"
    MENTOR_PAIR = "mentor_pair"
    """A mentor (the group's leader) and the one new manager they mentor."""


class CompletionState(StrEnum):
    """The completion verdict for one participant in one cohort."""

    COMPLETED = "completed"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    CANNOT_COMPLETE = "cannot_complete"
    NOT_TAKING_PART = "not_taking_part"

"""Alumni careers: later leadership roles, their validation and the pipeline figures per cohort."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from statistics import median

from seminarkoll.domain.errors import FieldProblem, ValidationError
from seminarkoll.domain.reports import rate
from seminarkoll.domain.translation import translate

ROLE_TITLE_MAX = 200
"""Longest role title stored (the column's length)."""

LEADERSHIP_TITLES = (
    "Rektor",
    "Biträdande rektor",
    "Förskolechef",
    "Enhetschef",
    "Verksamhetschef",
    "Förvaltningschef",
)
"""Role titles offered when a later role is entered; any other title may be typed."""


ROLE_SYNONYMS = {
    "skolledare": "Rektor",
    "bitr rektor": "Biträdande rektor",
    "biträd rektor": "Biträdande rektor",
    "förskolerektor": "Förskolechef",
    "förvaltn chef": "Förvaltningschef",
    "förv chef": "Förvaltningschef",
    "verksamhetsch": "Verksamhetschef",
}
"""Other words HR lists use for a title in `LEADERSHIP_TITLES`, written as `role_key` reads
them (lower case, points as spaces, singular indefinite form)."""

_INFLECTED = (
    ("rektorerna", "rektor"),
    ("rektorer", "rektor"),
    ("rektorn", "rektor"),
    ("cheferna", "chef"),
    ("chefer", "chef"),
    ("chefen", "chef"),
    ("ledarna", "ledare"),
    ("ledaren", "ledare"),
)
"""Plural and definite endings of a title's last word, with the singular indefinite form."""

_KNOWN = {**{title.casefold(): title for title in LEADERSHIP_TITLES}, **ROLE_SYNONYMS}


def role_key(text: str) -> str:
    """`text` as titles are compared: case, points, spacing and the plural or definite form of
    the last word ignored ("Bitr. rektorerna" -> "bitr rektor")."""
    words = text.casefold().replace(".", " ").split()
    if words:
        last = words[-1]
        words[-1] = next(
            (last[: -len(end)] + base for end, base in _INFLECTED if last.endswith(end)), last
        )
    return " ".join(words)


def known_role(text: str) -> str | None:
    """The leadership title `text` names, as written in `LEADERSHIP_TITLES` (case, spacing,
    abbreviations, other words for it in `ROLE_SYNONYMS` and the plural or definite form
    ignored); None when it names none of them."""
    return _KNOWN.get(role_key(text))


def role_title(text: str) -> str:
    """A role as stored, shown and compared: the leadership title `text` names, else `text`
    (so "rektorn" stored before synonyms were known is the same role as "Rektor")."""
    return known_role(text) or text


@dataclass(frozen=True)
class RoleSpan:
    """When one person held one role: from `started_on`, until `ended_on` (None: still)."""

    started_on: date
    ended_on: date | None

    def held_on(self, day: date) -> bool:
        """Whether the role was held on `day`."""
        return self.started_on <= day and (self.ended_on is None or day <= self.ended_on)


def validate_role(title: str, started_on: date | None, ended_on: date | None) -> str:
    """The title tidied (a leadership title written another way becomes the title as in
    `LEADERSHIP_TITLES`); ValidationError naming each field that breaks a rule."""
    tidy = " ".join(title.split())
    problems = []
    if not tidy:
        problems.append(FieldProblem("title", translate("Errors", "Ange rollen, t.ex. Rektor.")))
    elif len(tidy) > ROLE_TITLE_MAX:
        problems.append(
            FieldProblem(
                "title",
                translate("Errors", "Rollen får vara högst {role_title_max} tecken.").format(
                    role_title_max=ROLE_TITLE_MAX
                ),
            )
        )
    if started_on is None:
        problems.append(FieldProblem("started_on", translate("Errors", "Ange när rollen började.")))
    elif ended_on is not None and ended_on < started_on:
        problems.append(
            FieldProblem(
                "ended_on", translate("Errors", "Slutdatumet måste vara efter startdatumet.")
            )
        )
    if problems:
        raise ValidationError(problems)
    return role_title(tidy)


@dataclass(frozen=True)
class PipelineFigures:
    """One cohort's alumni in leadership: how many now, how many ever, and how soon."""

    alumni: int
    in_role_now: int
    ever_in_role: int
    median_days_to_first_role: float | None


def pipeline_figures(
    completed_on: date, alumni_roles: Sequence[Iterable[RoleSpan]], today: date
) -> PipelineFigures:
    """Figures for one cohort from each alumnus's roles (one iterable per alumnus).

    "Ever" and the time to a first role count roles that started after the cohort ended
    (`completed_on`); a role held before the programme is not its outcome. "Now" counts any
    role held today.
    """
    now = ever = 0
    waits: list[int] = []
    for roles in alumni_roles:
        spans = list(roles)
        if any(span.held_on(today) for span in spans):
            now += 1
        later = [span.started_on for span in spans if span.started_on >= completed_on]
        if later:
            ever += 1
            waits.append((min(later) - completed_on).days)
    return PipelineFigures(
        alumni=len(alumni_roles),
        in_role_now=now,
        ever_in_role=ever,
        median_days_to_first_role=float(median(waits)) if waits else None,
    )


DAYS_PER_MONTH = 365.25 / 12


def months(days: float | None) -> float | None:
    """A span of days in months (as reports state waits), None stays None."""
    return None if days is None else days / DAYS_PER_MONTH


@dataclass(frozen=True)
class AlumnusRow:
    """One alumnus of a cohort with their first role after the programme, if any."""

    person_id: int
    first_name: str
    last_name: str
    first_role: str
    first_role_on: date | None
    current_role: str


@dataclass(frozen=True)
class CohortPipeline:
    """One cohort's line of the pipeline report, with its alumni."""

    cohort_id: int
    cohort_name: str
    school_year: str
    completed_on: date
    alumni: int
    in_role_now: int
    ever_in_role: int
    median_days_to_first_role: float | None
    people: tuple[AlumnusRow, ...]

    @property
    def share(self) -> float | None:
        """The share of the alumni ever in a leadership role after the programme."""
        return rate(self.ever_in_role, self.alumni)

    @property
    def median_months(self) -> float | None:
        """The median wait for a first role, in months."""
        return months(self.median_days_to_first_role)


@dataclass(frozen=True)
class PipelineReport:
    """The pipeline of one programme: per cohort, how many alumni went on to lead."""

    programme_id: int
    programme_name: str
    today: date
    cohorts: tuple[CohortPipeline, ...]

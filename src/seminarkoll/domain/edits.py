"""Concurrent edits: what is said when a save comes from a copy someone else changed since."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from seminarkoll.domain.errors import StaleEditError
from seminarkoll.domain.translation import translate


class Edited(StrEnum):
    """The kinds of rows coordinators edit in dialogs, each with its own sentence."""

    SEMINAR = "seminar"
    COHORT = "cohort"
    PERSON = "person"
    ENROLMENT = "enrolment"
    GROUP = "group"
    PROGRAMME = "programme"
    THEME = "theme"
    MEETING = "meeting"


def stale_edit(
    kind: Edited,
    subject: str,
    by: str,
    at: datetime | None,
    version: int,
    *,
    others: int = 0,
    listed: bool = False,
) -> StaleEditError:
    """The error for a save of `subject` (e.g. "Seminarium 3 i Omgång 2") that `by` changed at
    `at` after the user opened it (or, `listed`, after the list the action was taken in was
    shown); the row is at `version` now. `others` counts further rows of the same action
    changed meanwhile too."""
    templates = _listed_templates() if listed else _opened_templates()
    message = templates[kind].format(
        subject=subject, by=by or translate("Errors", "någon annan"), when=_when(at)
    )
    if others:
        message += " " + translate(
            "Errors", "{count} till av dem du valde har också ändrats sedan de visades."
        ).format(count=others)
    return StaleEditError(" ".join(message.split()), by=by, at=at, version=version)


def _opened_templates() -> dict[Edited, str]:
    return {
        Edited.SEMINAR: translate(
            "Errors", "{subject} ändrades av {by} {when} efter att du öppnade det."
        ),
        Edited.COHORT: translate(
            "Errors", "{subject} ändrades av {by} {when} efter att du öppnade den."
        ),
        Edited.PERSON: translate(
            "Errors", "Uppgifterna om {subject} ändrades av {by} {when} efter att du öppnade dem."
        ),
        Edited.ENROLMENT: translate(
            "Errors", "Antagningen av {subject} ändrades av {by} {when} efter att du öppnade den."
        ),
        Edited.GROUP: translate(
            "Errors", "Gruppen {subject} ändrades av {by} {when} efter att du öppnade den."
        ),
        Edited.PROGRAMME: translate(
            "Errors", "Programmet {subject} ändrades av {by} {when} efter att du öppnade det."
        ),
        Edited.THEME: translate(
            "Errors", "Temaområdet {subject} ändrades av {by} {when} efter att du öppnade det."
        ),
        Edited.MEETING: translate(
            "Errors", "{subject} ändrades av {by} {when} efter att du öppnade den."
        ),
    }


def _listed_templates() -> dict[Edited, str]:
    changed = translate("Errors", "{subject} ändrades av {by} {when} sedan listan visades.")
    return {
        Edited.SEMINAR: changed,
        Edited.COHORT: changed,
        Edited.PERSON: translate(
            "Errors", "Uppgifterna om {subject} ändrades av {by} {when} sedan listan visades."
        ),
        Edited.ENROLMENT: translate(
            "Errors", "Antagningen av {subject} ändrades av {by} {when} sedan listan visades."
        ),
        Edited.GROUP: translate(
            "Errors", "Gruppen {subject} ändrades av {by} {when} sedan listan visades."
        ),
        Edited.PROGRAMME: translate(
            "Errors", "Programmet {subject} ändrades av {by} {when} sedan listan visades."
        ),
        Edited.THEME: translate(
            "Errors", "Temaområdet {subject} ändrades av {by} {when} sedan listan visades."
        ),
        Edited.MEETING: changed,
    }


def _when(at: datetime | None) -> str:
    """ "kl. 14:32" today, "den 2026-11-30 kl. 14:32" another day (local time), "" unknown."""
    if at is None:
        return ""
    local = at.astimezone()
    clock = translate("Errors", "kl. {time}").format(time=local.strftime("%H:%M"))
    if local.date() == datetime.now().astimezone().date():
        return clock
    return translate("Errors", "den {date} {clock}").format(
        date=local.date().isoformat(), clock=clock
    )

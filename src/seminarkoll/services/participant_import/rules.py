"""Deciding each row's outcome: field limits, matching to existing persons, changes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from operator import attrgetter
from types import MappingProxyType

from seminarkoll.domain.enums import EnrollmentStatus, WorkplaceKind
from seminarkoll.domain.exports import ENROLLMENT_WORDS
from seminarkoll.domain.intake import NEXT_STEPS
from seminarkoll.domain.person_rules import PERSON_LIMITS, WORKPLACE_NAME_LIMIT
from seminarkoll.domain.text import fold
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate
from seminarkoll.exchange.columns import FIELD_LABELS, ParticipantField, field_label
from seminarkoll.exchange.participant_rows import ParticipantFileReport, ParticipantRow, RowProblem
from seminarkoll.services.participant_import.queries import Existing, Known
from seminarkoll.services.participant_import.results import (
    Plan,
    PreviewRow,
    RowOutcome,
    joined_messages,
    preview_row,
)
from seminarkoll.services.progress import Stepper

_NAME_LIMIT, _EMAIL_LIMIT = PERSON_LIMITS["first_name"], PERSON_LIMITS["email"]
_PHONE_LIMIT, _ROLE_LIMIT = PERSON_LIMITS["phone"], PERSON_LIMITS["title"]
_LIMITS: Mapping[ParticipantField, int] = {
    ParticipantField.FIRST_NAME: _NAME_LIMIT,
    ParticipantField.LAST_NAME: PERSON_LIMITS["last_name"],
    ParticipantField.EMAIL: _EMAIL_LIMIT,
    ParticipantField.PHONE: _PHONE_LIMIT,
    ParticipantField.ROLE: _ROLE_LIMIT,
    ParticipantField.WORKPLACE: WORKPLACE_NAME_LIMIT,
}
"""The person rules' limits by the file's fields; `_length_problems` checks them in this order."""
_ROW_LIMITS = (
    ("first_name", _NAME_LIMIT),
    ("last_name", _LIMITS[ParticipantField.LAST_NAME]),
    ("email", _EMAIL_LIMIT),
    ("phone", _PHONE_LIMIT),
    ("role", _ROLE_LIMIT),
    ("workplace", WORKPLACE_NAME_LIMIT),
)
"""The limits as `_fits` applies them, by the `ParticipantRow` field they limit."""
_WORKPLACE_KINDS = (
    ("förskola", WorkplaceKind.PRESCHOOL),
    ("gymnasi", WorkplaceKind.UPPER_SECONDARY),
    ("skola", WorkplaceKind.COMPULSORY_SCHOOL),
    ("förvaltning", WorkplaceKind.ADMINISTRATION),
    ("kontor", WorkplaceKind.ADMINISTRATION),
)


_NO_CHANGES: Mapping[str, str] = MappingProxyType({})
_NEW_DETAIL = QT_TRANSLATE_NOOP("Errors", "Ny person; antas till omgången.")


def plan_rows(
    report: ParticipantFileReport, existing: Existing, stepper: Stepper
) -> tuple[list[Plan], list[PreviewRow]]:
    """Decide each valid row's outcome; rows found to be duplicates or too long are refused."""
    plans: list[Plan] = []
    refused: list[PreviewRow] = []
    first_by_name: dict[tuple[str, str, str], int] = {}
    claimed: set[int] = set()
    all_fit = _all_fit(report.rows)
    for row, key in zip(report.rows, existing.row_keys, strict=True):
        stepper.step()
        number = row.row
        earlier = first_by_name.setdefault(key, number)
        too_long = () if all_fit or _fits(row) else _length_problems(report, row)
        if too_long:
            refused.append(preview_row(row, RowOutcome.ERROR, joined_messages(too_long), too_long))
            continue
        if row.email is None and earlier != number:
            message = translate(
                "Errors", "Samma namn och arbetsplats som rad {row}, och e-post saknas."
            ).format(row=earlier)
            problem = RowProblem(
                number,
                _column_label(report, ParticipantField.EMAIL, ParticipantField.FULL_NAME),
                message,
                ParticipantField.EMAIL,
                duplicate_of=earlier,
            )
            refused.append(
                preview_row(row, RowOutcome.DUPLICATE, message, (problem,), duplicate_of=earlier)
            )
            continue
        # A person an earlier row already matched is not matched again (two addresses for
        # one name and workplace are two people).
        person_id = _match(existing, row.email_key, key)
        if person_id is None or person_id in claimed:
            plans.append(
                Plan(
                    row,
                    RowOutcome.NEW,
                    None,
                    _NO_CHANGES,
                    True,
                    row.notes,
                    translate("Errors", "Ny person.") + " " + _joining(row)
                    if row.status is not None
                    else translate("Errors", _NEW_DETAIL),
                    key,
                )
            )
        else:
            claimed.add(person_id)
            refusal = _status_refusal(report, row, existing.enrolments.get(person_id))
            if refusal is None:
                plans.append(_plan_existing(row, key, existing, person_id))
            else:
                refused.append(refusal)
    return plans, refused


def _plan_existing(
    row: ParticipantRow, name_key: tuple[str, str, str], existing: Existing, person_id: int
) -> Plan:
    """What to do with a row that is the existing person `person_id`."""
    key = row.email_key
    person = existing.persons[person_id]
    changes = _changes(row, person, existing)
    enrolment = existing.enrolments.get(person_id)
    notes = row.notes if row.notes and (enrolment is None or not enrolment[1]) else None
    sentences = [f"{'; '.join(changes.values())}."] if changes else []
    restatus = enrolment is not None and row.status not in (None, enrolment[2])
    if enrolment is None:
        sentences.append(_joining(row))
    elif restatus and row.status is not None:
        on = f" ({row.status_on.isoformat()})" if row.status_on else ""
        sentences.append(
            translate("Errors", "Status i omgången: ”{before}” → ”{after}”{on}.").format(
                before=ENROLLMENT_WORDS[enrolment[2]], after=ENROLLMENT_WORDS[row.status], on=on
            )
        )
    if enrolment is not None and notes:
        sentences.append(translate("Errors", "Anteckningen läggs till."))
    if not sentences:
        return Plan(
            row,
            RowOutcome.UNCHANGED,
            person_id,
            _NO_CHANGES,
            False,
            None,
            translate("Errors", "Finns redan, inget ändras."),
            name_key,
        )
    how = (
        translate("Errors", "samma e-post")
        if key is not None and key == person.email_key
        else translate("Errors", "samma namn och arbetsplats")
    )
    detail = translate("Errors", "Finns redan ({how}).").format(how=how) + " " + " ".join(sentences)
    return Plan(
        row,
        RowOutcome.UPDATE,
        person_id,
        changes,
        enrolment is None,
        notes,
        detail,
        name_key,
        restatus,
    )


def _status_refusal(
    report: ParticipantFileReport,
    row: ParticipantRow,
    enrolment: tuple[int, str, EnrollmentStatus] | None,
) -> PreviewRow | None:
    """A refused row when the file gives a status the person's enrolment cannot move to
    (see `domain.intake.NEXT_STEPS`), else None."""
    if enrolment is None or row.status is None or row.status is enrolment[2]:
        return None
    if row.status in NEXT_STEPS[enrolment[2]]:
        return None
    message = translate(
        "Errors", "Personen har status ”{before}” i omgången och kan inte få status ”{after}”."
    ).format(before=ENROLLMENT_WORDS[enrolment[2]], after=ENROLLMENT_WORDS[row.status])
    label = _column_label(report, ParticipantField.STATUS, ParticipantField.STATUS)
    problem = RowProblem(row.row, label, message, ParticipantField.STATUS)
    return preview_row(row, RowOutcome.ERROR, message, (problem,))


def _joining(row: ParticipantRow) -> str:
    """What enrolling the row's person in the cohort does: taking part, or the application
    status the file gives, e.g. "Får status ”Väntelista” i omgången (2025-03-01)"."""
    if row.status is None:
        return translate("Errors", "Antas till omgången.")
    on = f" ({row.status_on.isoformat()})" if row.status_on else ""
    return translate("Errors", "Får status ”{status}” i omgången{on}.").format(
        status=ENROLLMENT_WORDS[row.status], on=on
    )


def _match(existing: Existing, key: str | None, name: tuple[str, str, str]) -> int | None:
    """The existing person a row is: the same e-mail address (`key`) or, failing that, the only
    person with the same name and workplace (`name`) who has no other address."""
    if key is not None and key in existing.by_email:
        return existing.by_email[key]
    same_name = existing.by_name.get(name)
    if not same_name:
        return None
    candidates = [
        pid for pid in same_name if key is None or existing.persons[pid].email_key is None
    ]
    return candidates[0] if len(candidates) == 1 else None


def _changes(row: ParticipantRow, person: Known, existing: Existing) -> dict[str, str]:
    """Fields the file gives differently (empty cells never clear anything): field name ->
    a Swedish description such as "Befattning: ”Lärare” → ”Rektor”"."""
    current_workplace = (
        existing.workplace_names.get(person.workplace_id, "") if person.workplace_id else ""
    )
    candidates = (
        ("first_name", QT_TRANSLATE_NOOP("Errors", "Förnamn"), person.first_name, row.first_name),
        ("last_name", QT_TRANSLATE_NOOP("Errors", "Efternamn"), person.last_name, row.last_name),
        ("email", QT_TRANSLATE_NOOP("Errors", "E-post"), person.email or "", row.email or ""),
        ("phone", QT_TRANSLATE_NOOP("Errors", "Telefon"), person.phone, row.phone or ""),
        ("title", QT_TRANSLATE_NOOP("Errors", "Befattning"), person.title, row.role or ""),
        (
            "workplace",
            QT_TRANSLATE_NOOP("Errors", "Arbetsplats"),
            current_workplace,
            row.workplace or "",
        ),
    )
    changes: dict[str, str] = {}
    for name, label, old, new in candidates:
        allowed = name != "email" or not person.email
        same = fold(old) == fold(new) if name == "workplace" else old == new
        if new and allowed and not same:
            before = (
                translate("Errors", "”{text}”").format(text=old)
                if old
                else translate("Errors", "tomt")
            )
            changes[name] = translate("Errors", "{label}: {before} → ”{after}”").format(
                label=translate("Errors", label), before=before, after=new
            )
    return changes


def _all_fit(rows: Sequence[ParticipantRow]) -> bool:
    """Whether every value of every row is within its limit (`_fits` of each row), told by
    the longest value of each field (C loops over the list: nearly every list fits)."""
    return all(
        max(map(len, filter(None, map(attrgetter(name), rows))), default=0) <= limit
        for name, limit in _ROW_LIMITS
    )


def _fits(row: ParticipantRow) -> bool:
    """Whether every value of `row` is within its limit (`_ROW_LIMITS`)."""
    return all(len(getattr(row, name) or "") <= limit for name, limit in _ROW_LIMITS)


def _length_problems(report: ParticipantFileReport, row: ParticipantRow) -> tuple[RowProblem, ...]:
    values = (
        row.first_name,
        row.last_name,
        row.email or "",
        row.phone or "",
        row.role or "",
        row.workplace or "",
    )
    problems = []
    for (field_, limit), value in zip(_LIMITS.items(), values, strict=True):
        if len(value) > limit:
            problems.append(
                RowProblem(
                    row.row,
                    _column_label(report, field_, ParticipantField.FULL_NAME),
                    translate(
                        "Errors", "{label} får vara högst {limit} tecken (här {length})."
                    ).format(label=field_label(field_), limit=limit, length=len(value)),
                    field_,
                )
            )
    return tuple(problems)


def _column_label(
    report: ParticipantFileReport, field_: ParticipantField, fallback: ParticipantField
) -> str:
    """The header text of the column `field_` is read from (names may come from one column)."""
    for candidate in (field_, fallback):
        if candidate in report.mapping:
            return report.header.column_label(report.mapping[candidate])
    return FIELD_LABELS[field_]


def new_workplaces(plans: Sequence[Plan], existing: Existing) -> tuple[str, ...]:
    names: dict[str, str] = {}
    checked: set[str] = set()
    for plan in plans:
        name = plan.row.workplace
        if not name or name in checked or plan.outcome is RowOutcome.UNCHANGED:
            continue
        if plan.outcome is RowOutcome.UPDATE and "workplace" not in plan.changes:
            continue
        checked.add(name)
        key = fold(name)
        if key not in existing.workplaces:
            names.setdefault(key, name)
    return tuple(names.values())


def guess_workplace_kind(name: str) -> WorkplaceKind:
    """The kind a new workplace probably is, from its name ("Solrosens förskola" -> preschool)."""
    folded = fold(name)
    return next((kind for word, kind in _WORKPLACE_KINDS if word in folded), WorkplaceKind.OTHER)

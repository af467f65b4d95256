"""Turn an HR list of later roles (e-mail, role, workplace, from) into checked rows plus a report
of problems named by row; its columns are found and mapped as a participant list's are."""

from __future__ import annotations

import re
from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from seminarkoll.domain.career import LEADERSHIP_TITLES, known_role
from seminarkoll.domain.errors import FieldProblem
from seminarkoll.domain.person_rules import WORKPLACE_NAME_LIMIT
from seminarkoll.domain.text import excerpt, tidy
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate
from seminarkoll.exchange.columns import (
    SYNONYMS,
    ColumnSet,
    FieldColumns,
    ParticipantField,
    SheetHeader,
)
from seminarkoll.exchange.email_address import checked_email
from seminarkoll.exchange.problem_lines import CellProblem
from seminarkoll.exchange.spreadsheet import (
    CellValue,
    FileInUseWarning,
    SheetData,
    cell_day,
    cell_text,
)


class RoleField(StrEnum):
    """A logical column of an HR list of roles."""

    EMAIL = "email"
    ROLE = "role"
    WORKPLACE = "workplace"
    STARTED_ON = "started_on"


ROLE_FIELD_LABELS: Mapping[RoleField, str] = MappingProxyType(
    {
        RoleField.EMAIL: QT_TRANSLATE_NOOP("RoleField", "E-post"),
        RoleField.ROLE: QT_TRANSLATE_NOOP("RoleField", "Roll"),
        RoleField.WORKPLACE: QT_TRANSLATE_NOOP("RoleField", "Arbetsplats"),
        RoleField.STARTED_ON: QT_TRANSLATE_NOOP("RoleField", "Från"),
    }
)
"""The Swedish name of each field, as messages show it."""

ROLE_SYNONYMS: Mapping[RoleField, tuple[str, ...]] = MappingProxyType(
    {
        RoleField.EMAIL: SYNONYMS[ParticipantField.EMAIL],
        RoleField.ROLE: (
            *SYNONYMS[ParticipantField.ROLE],
            "Ny roll",
            "Ny befattning",
            "Chefsroll",
            "Uppdrag",
        ),
        RoleField.WORKPLACE: (*SYNONYMS[ParticipantField.WORKPLACE], "Placering", "Enhetsnamn"),
        RoleField.STARTED_ON: (
            "Från",
            "Fr.o.m.",
            "Från och med",
            "Från datum",
            "Datum",
            "Startdatum",
            "Start",
            "Tillträde",
            "Tillträdde",
            "Gäller från",
            "Date",
            "Start date",
            "Started",
        ),
    }
)
"""Header texts recognised for each field (e-mail, role and workplace as in participant lists)."""

_REQUIRED = (RoleField.EMAIL, RoleField.ROLE, RoleField.STARTED_ON)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}( 00:00:00)?")
"""A day as text: 2024-08-01, or as a date-and-time cell of a CSV file at midnight."""


def role_field_label(field: RoleField) -> str:
    """The name of `field` in the chosen language, as the import window shows it."""
    return translate("RoleField", ROLE_FIELD_LABELS[field])


def _looked_for() -> tuple[str, ...]:
    return tuple(role_field_label(field) for field in RoleField)


def _missing(mapping: FieldColumns[RoleField]) -> FieldProblem | None:
    field = next((field for field in _REQUIRED if field not in mapping), None)
    if field is None:
        return None
    return FieldProblem(
        field,
        translate("Errors", "Välj kolumnen med {field}.").format(
            field=role_field_label(field).lower()
        ),
    )


def _needs() -> str:
    return translate("Errors", "Listan behöver kolumner för e-post, roll och datum.")


ROLE_COLUMNS = ColumnSet(
    RoleField, ROLE_FIELD_LABELS, role_field_label, ROLE_SYNONYMS, _missing, _looked_for, _needs
)
"""An HR list of roles: e-mail, role and date (from) are needed, the workplace is optional."""


class RoleRow(NamedTuple):
    """One valid row: whose role (the address and its key), which, where and from when."""

    row: int
    email: str
    email_key: str
    title: str
    workplace: str | None
    started_on: date


@dataclass(frozen=True)
class RoleFileReport:
    """The valid rows of an HR list and the problems of the others (blank rows are skipped)."""

    path: Path
    mapping: FieldColumns[RoleField]
    rows: tuple[RoleRow, ...]
    problems: tuple[CellProblem, ...]
    warnings: tuple[FileInUseWarning, ...]
    other_addresses: tuple[tuple[int, str], ...] = ()
    """(row, address) of the rows with problems whose address itself is fine, so that whether
    it names a person can be said too."""


def parse_roles(
    sheet: SheetData, header: SheetHeader[RoleField], mapping: FieldColumns[RoleField] | None
) -> RoleFileReport:
    """Check the rows below `header`, read with `mapping` (None: the suggested one).

    Raises `ValidationError` when the mapping itself is unusable (see `ColumnSet.validate`).
    """
    used = header.mapping if mapping is None else mapping
    ROLE_COLUMNS.validate(used, header)
    rows: list[RoleRow] = []
    problems: list[CellProblem] = []
    addresses: list[tuple[int, str]] = []
    for line in sheet.rows:
        if line.number <= header.row_number:
            continue
        cells = {field: line.cells[column] for field, column in used.items()}
        if all(value is None for value in cells.values()):
            continue
        email, email_problem = _email(cells[RoleField.EMAIL])
        title, role_problem = _role(cells[RoleField.ROLE])
        started_on, date_problem = _date(cells[RoleField.STARTED_ON])
        workplace, workplace_problem = _workplace(cells.get(RoleField.WORKPLACE))
        found = [
            CellProblem(line.number, header.column_label(used[field]), message, used[field])
            for field, message in (
                (RoleField.EMAIL, email_problem),
                (RoleField.ROLE, role_problem),
                (RoleField.WORKPLACE, workplace_problem),
                (RoleField.STARTED_ON, date_problem),
            )
            if message is not None
        ]
        if found or email is None or title is None or started_on is None:
            problems.extend(found)
            if email is not None:
                addresses.append((line.number, email))
            continue
        rows.append(RoleRow(line.number, email, email.casefold(), title, workplace, started_on))
    return RoleFileReport(
        sheet.path, used, tuple(rows), tuple(problems), sheet.warnings, tuple(addresses)
    )


def _email(value: CellValue) -> tuple[str | None, str | None]:
    """The address in the cell, or None and what is wrong."""
    text = cell_text(value)
    if text is None:
        return None, translate("Errors", "E-post saknas.")
    email, message = checked_email(text)
    return (email, None) if email is not None else (None, message)


def _role(value: CellValue) -> tuple[str | None, str | None]:
    """The leadership title the cell names, or None and what is wrong."""
    text = cell_text(value)
    if text is None:
        return None, translate("Errors", "Roll saknas.")
    title = known_role(text)
    if title is None:
        return None, translate(
            "Errors", "”{text}” är ingen roll som känns igen (kända roller: {titles})."
        ).format(text=excerpt(text), titles=", ".join(LEADERSHIP_TITLES))
    return title, None


def _workplace(value: CellValue) -> tuple[str | None, str | None]:
    """The workplace named (None for an empty cell), or None and what is wrong."""
    name = tidy(cell_text(value)) or None
    if name is not None and len(name) > WORKPLACE_NAME_LIMIT:
        return None, translate("Errors", "{label} får vara högst {limit} tecken.").format(
            label=translate("Errors", "Arbetsplatsen"), limit=WORKPLACE_NAME_LIMIT
        )
    return name, None


def _date(value: CellValue) -> tuple[date | None, str | None]:
    """The day in the cell (a date cell, or text written ÅÅÅÅ-MM-DD), or None and what is
    wrong."""
    day = cell_day(value)
    if day is not None:
        return day, None
    text = cell_text(value)
    if text is None:
        return None, translate("Errors", "Datum saknas.")
    if _ISO_DAY.fullmatch(text.strip()):
        with suppress(ValueError):
            return date.fromisoformat(text.strip()[:10]), None
    return None, translate("Errors", "”{text}” är inget datum; skriv det som ÅÅÅÅ-MM-DD.").format(
        text=excerpt(text)
    )

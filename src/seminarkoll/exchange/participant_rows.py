"""Turn a participant sheet into checked rows plus a report of problems named by row."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from email_validator import SPECIAL_USE_DOMAIN_NAMES, EmailNotValidError, validate_email

from seminarkoll.exchange.columns import (
    ColumnMapping,
    DetectedHeader,
    ParticipantField,
    detect_header,
    validate_mapping,
)
from seminarkoll.exchange.spreadsheet import (
    CellValue,
    FileInUseWarning,
    SheetData,
    SheetRow,
    cell_text,
    read_sheet,
)

_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)
_NATIONAL_NUMBER_DIGITS = range(7, 10)
_ATEXT = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_PLAIN_ADDRESS = re.compile(
    rf"(?P<local>{_ATEXT}(?:\.{_ATEXT})*)@(?P<domain>(?:{_LABEL}\.)+[A-Za-z]{{2,63}})"
)
_SPECIAL_USE_SUFFIXES = tuple(f".{name}" for name in SPECIAL_USE_DOMAIN_NAMES)
_MAX_LOCAL_LENGTH = 64
_MAX_ADDRESS_LENGTH = 254


@dataclass(frozen=True)
class ParticipantRow:
    """One valid participant from the file.

    `email` is the address as written, with the domain in lower case; `email_key` is the
    whole address casefolded, for finding duplicates and matching existing persons.
    """

    row: int
    first_name: str
    last_name: str
    email: str | None
    email_key: str | None
    workplace: str | None
    role: str | None
    phone: str | None
    notes: str | None

    @property
    def full_name(self) -> str:
        """First and last name with a space between."""
        return f"{self.first_name} {self.last_name}"


@dataclass(frozen=True)
class RowProblem:
    """Why one row cannot be imported: Excel row number, header text and a Swedish message.

    `duplicate_of` is the earlier row with the same e-mail address, when that is the problem.
    """

    row: int
    column_label: str
    message: str
    field: ParticipantField
    duplicate_of: int | None = None


@dataclass(frozen=True)
class ParticipantFileReport:
    """The outcome of reading a participant file: valid rows and the problems of the others.

    A row with any problem is left out of `rows`; blank rows are skipped without a problem.
    """

    path: Path
    sheet_name: str
    header: DetectedHeader
    mapping: ColumnMapping
    rows: tuple[ParticipantRow, ...]
    problems: tuple[RowProblem, ...]
    warnings: tuple[FileInUseWarning, ...]

    @property
    def problem_rows(self) -> frozenset[int]:
        """Row numbers that have at least one problem."""
        return frozenset(problem.row for problem in self.problems)

    @property
    def is_clean(self) -> bool:
        """True when no row has a problem."""
        return not self.problems


def read_participant_file(path: Path, sheet: str | None = None) -> ParticipantFileReport:
    """Read `path`, find its header and check every row, with the suggested column mapping.

    Raises a `FileReadError` subclass when the file or its header cannot be read.
    """
    data = read_sheet(path, sheet)
    return parse_participants(data, detect_header(data))


def parse_participants(
    sheet: SheetData, header: DetectedHeader, mapping: ColumnMapping | None = None
) -> ParticipantFileReport:
    """Check the rows below `header`, read with `mapping` (default: the suggested one).

    Raises `ValidationError` when the mapping itself is unusable (see `validate_mapping`).
    """
    used_mapping = header.mapping if mapping is None else mapping
    validate_mapping(used_mapping, header)
    reader = _RowReader(header, used_mapping)
    rows: list[ParticipantRow] = []
    problems: list[RowProblem] = []
    for sheet_row in sheet.rows:
        if sheet_row.number <= header.row_number:
            continue
        row, row_problems = reader.read(sheet_row)
        problems.extend(row_problems)
        if row is not None and not row_problems:
            rows.append(row)
    return ParticipantFileReport(
        sheet.path,
        sheet.sheet_name,
        header,
        used_mapping,
        tuple(rows),
        tuple(problems),
        sheet.warnings,
    )


def format_problem(path: Path, problem: RowProblem) -> str:
    """One line for a terminal: `FILE:ROW: column: message`."""
    return f"{path}:{problem.row}: {problem.column_label}: {problem.message}"


def split_full_name(name: str) -> tuple[str, str]:
    """Split "Anna Maria Berg" into ("Anna Maria", "Berg") and "Berg, Anna" into ("Anna", "Berg").

    The last word is the last name; with a comma, the part before it is. A missing part is "".
    """
    if "," in name:
        last, _, first = name.partition(",")
        return _collapse(first), _collapse(last)
    words = _collapse(name).split(" ")
    return " ".join(words[:-1]), words[-1]


def _collapse(text: str) -> str:
    return " ".join(text.split())


class _RowReader:
    """Reads rows with one mapping and remembers e-mail addresses seen in earlier rows."""

    def __init__(self, header: DetectedHeader, mapping: ColumnMapping) -> None:
        self._header = header
        self._mapping = mapping
        self._columns = tuple(mapping.items())
        self._first_row_by_email: dict[str, int] = {}

    def read(self, sheet_row: SheetRow) -> tuple[ParticipantRow | None, list[RowProblem]]:
        row_cells = sheet_row.cells
        cells: Mapping[ParticipantField, CellValue] = {
            field: row_cells[column] for field, column in self._columns
        }
        if all(value is None for value in cells.values()):
            return None, []
        texts = {field: _text(value) for field, value in cells.items()}
        problems: list[RowProblem] = []
        first_name, last_name = self._names(sheet_row.number, texts, problems)
        email, email_key = self._email(
            sheet_row.number, texts.get(ParticipantField.EMAIL), problems
        )
        row = ParticipantRow(
            row=sheet_row.number,
            first_name=first_name,
            last_name=last_name,
            email=email,
            email_key=email_key,
            workplace=texts.get(ParticipantField.WORKPLACE),
            role=texts.get(ParticipantField.ROLE),
            phone=_phone(cells.get(ParticipantField.PHONE)),
            notes=_multiline_text(cells.get(ParticipantField.NOTES)),
        )
        return row, problems

    def _problem(self, row: int, field: ParticipantField, message: str) -> RowProblem:
        return RowProblem(row, self._header.column_label(self._mapping[field]), message, field)

    def _names(
        self, row: int, texts: Mapping[ParticipantField, str | None], problems: list[RowProblem]
    ) -> tuple[str, str]:
        first = texts.get(ParticipantField.FIRST_NAME)
        last = texts.get(ParticipantField.LAST_NAME)
        full = texts.get(ParticipantField.FULL_NAME)
        if first is not None and last is not None:
            return first, last
        if full is not None:
            first_part, last_part = split_full_name(full)
            if not first_part or not last_part:
                problems.append(
                    self._problem(
                        row,
                        ParticipantField.FULL_NAME,
                        f"Namnet ”{full}” behöver både förnamn och efternamn.",
                    )
                )
            return first_part, last_part
        if first is None and last is None:
            field = (
                ParticipantField.FULL_NAME
                if ParticipantField.FULL_NAME in self._mapping
                else ParticipantField.FIRST_NAME
            )
            problems.append(self._problem(row, field, "Namn saknas."))
        elif first is None:
            problems.append(self._problem(row, ParticipantField.FIRST_NAME, "Förnamn saknas."))
        else:
            problems.append(self._problem(row, ParticipantField.LAST_NAME, "Efternamn saknas."))
        return first or "", last or ""

    def _email(
        self, row: int, text: str | None, problems: list[RowProblem]
    ) -> tuple[str | None, str | None]:
        if text is None:
            return None, None
        email, message = _checked_email(text)
        if email is None:
            problems.append(self._problem(row, ParticipantField.EMAIL, message))
            return None, None
        key = email.casefold()
        earlier = self._first_row_by_email.setdefault(key, row)
        if earlier == row:
            return email, key
        problems.append(
            RowProblem(
                row,
                self._header.column_label(self._mapping[ParticipantField.EMAIL]),
                f"”{text}” är samma e-post som rad {earlier}.",
                ParticipantField.EMAIL,
                duplicate_of=earlier,
            )
        )
        return None, None


def _checked_email(text: str) -> tuple[str | None, str]:
    """The normalised address in `text`, or None and a Swedish message saying what is wrong."""
    address = _MAILTO.sub("", text).strip()
    message = _email_problem(address)
    if message is not None:
        return None, message
    email = _plain_address(address)
    if email is not None:
        return email, ""
    try:
        return (
            validate_email(address, check_deliverability=False, allow_display_name=True).normalized,
            "",
        )
    except EmailNotValidError:
        return None, f"”{text}” är ingen giltig e-postadress."


def _plain_address(address: str) -> str | None:
    """The normalised form of an everyday ASCII address, or None to ask `validate_email`.

    Checking every address of a long list with `validate_email` takes most of the import time.
    Addresses of the common shape (dot-atom local part, ordinary host names, a letter-only top
    domain) are accepted here exactly as `validate_email` accepts them: the local part kept,
    the domain in lower case. Anything else, valid or not, goes to the full check.
    """
    match = _PLAIN_ADDRESS.fullmatch(address)
    if match is None or len(address) > _MAX_ADDRESS_LENGTH:
        return None
    local, domain = match["local"], match["domain"].lower()
    if len(local) > _MAX_LOCAL_LENGTH:
        return None
    if "--" in domain and any(label[2:4] == "--" for label in domain.split(".")):
        return None  # IDNA rules apply to such labels ("xn--")
    if f".{domain}".endswith(_SPECIAL_USE_SUFFIXES):
        return None
    return f"{local}@{domain}"


def _email_problem(address: str) -> str | None:
    """A plain message for the most common typing mistakes, before the full check."""
    if "@" not in address:
        return f"”{address}” är ingen e-postadress (tecknet @ saknas)."
    if address.count("@") > 1:
        return f"”{address}” är ingen giltig e-postadress (mer än ett @)."
    return None


def _text(value: CellValue) -> str | None:
    if isinstance(value, str):  # most cells: skip the conversion
        return " ".join(value.split()) or None
    text = cell_text(value)
    return None if text is None else _collapse(text) or None


def _multiline_text(value: CellValue) -> str | None:
    """Text that may keep its line breaks (notes): only the ends are trimmed."""
    text = cell_text(value)
    return None if text is None else text.strip() or None


def _phone(value: CellValue) -> str | None:
    """Phone as text; a number typed into Excel loses the leading 0 of a Swedish number.

    A numeric cell of 7 to 9 digits (a national number without its 0) gets the 0 back.
    """
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        digits = str(value)
        return f"0{digits}" if len(digits) in _NATIONAL_NUMBER_DIGITS else digits
    return _text(value)

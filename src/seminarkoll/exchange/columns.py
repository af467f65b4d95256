"""Find the header row of a list and map its columns to logical fields: the machinery any list
uses (`ColumnSet`), and the participant list's fields."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from types import MappingProxyType
from typing import Generic, TypeVar

from seminarkoll.domain.errors import FieldProblem, ValidationError
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate
from seminarkoll.exchange.errors import HeaderNotFoundError
from seminarkoll.exchange.spreadsheet import SheetData, cell_text

HEADER_SEARCH_ROWS = 10
"""The header must be among this many rows at the top of the sheet."""


class ParticipantField(StrEnum):
    """A logical column of a participant list."""

    FULL_NAME = "full_name"
    FIRST_NAME = "first_name"
    LAST_NAME = "last_name"
    EMAIL = "email"
    WORKPLACE = "workplace"
    ROLE = "role"
    PHONE = "phone"
    NOTES = "notes"
    STATUS = "status"
    STATUS_DATE = "status_date"


FIELD_LABELS: Mapping[ParticipantField, str] = MappingProxyType(
    {
        ParticipantField.FULL_NAME: QT_TRANSLATE_NOOP("ParticipantField", "Namn"),
        ParticipantField.FIRST_NAME: QT_TRANSLATE_NOOP("ParticipantField", "Förnamn"),
        ParticipantField.LAST_NAME: QT_TRANSLATE_NOOP("ParticipantField", "Efternamn"),
        ParticipantField.EMAIL: QT_TRANSLATE_NOOP("ParticipantField", "E-post"),
        ParticipantField.WORKPLACE: QT_TRANSLATE_NOOP("ParticipantField", "Skola/enhet"),
        ParticipantField.ROLE: QT_TRANSLATE_NOOP("ParticipantField", "Befattning"),
        ParticipantField.PHONE: QT_TRANSLATE_NOOP("ParticipantField", "Telefon"),
        ParticipantField.NOTES: QT_TRANSLATE_NOOP("ParticipantField", "Anteckning"),
        ParticipantField.STATUS: QT_TRANSLATE_NOOP("ParticipantField", "Status"),
        ParticipantField.STATUS_DATE: QT_TRANSLATE_NOOP("ParticipantField", "Statusdatum"),
    }
)
"""The Swedish name of each field, as messages show it (`field_label` for the chosen language)."""


def field_label(field: ParticipantField) -> str:
    """The name of `field` in the chosen language, as the import window shows it."""
    return translate("ParticipantField", FIELD_LABELS[field])


SYNONYMS: Mapping[ParticipantField, tuple[str, ...]] = MappingProxyType(
    {
        ParticipantField.FULL_NAME: (
            "Namn",
            "Name",
            "Deltagare",
            "Deltagarens namn",
            "Deltagarnamn",
            "Fullständigt namn",
            "Fullt namn",
            "Hela namnet",
            "För- och efternamn",
            "Förnamn och efternamn",
            "Förnamn Efternamn",
            "Efternamn, förnamn",
            "Ditt namn",
            "Full name",
            "Participant",
        ),
        ParticipantField.FIRST_NAME: (
            "Förnamn",
            "Tilltalsnamn",
            "First name",
            "Given name",
        ),
        ParticipantField.LAST_NAME: (
            "Efternamn",
            "Last name",
            "Surname",
            "Family name",
        ),
        ParticipantField.EMAIL: (
            "E-post",
            "E-postadress",
            "Mejl",
            "Mejladress",
            "Mail",
            "Mailadress",
            "E-mail",
            "E-mailadress",
            "Email address",
            "Din e-postadress",
        ),
        ParticipantField.WORKPLACE: (
            "Skola",
            "Enhet",
            "Arbetsplats",
            "Förskola",
            "Skola/enhet",
            "Enhet/skola",
            "Skola/förskola",
            "Förskola/skola",
            "Arbetsplats/enhet",
            "Verksamhet",
            "Organisation",
            "Workplace",
            "School",
            "Unit",
        ),
        ParticipantField.ROLE: (
            "Befattning",
            "Roll",
            "Yrkesroll",
            "Titel",
            "Yrke",
            "Tjänst",
            "Role",
            "Title",
            "Job title",
            "Position",
        ),
        ParticipantField.PHONE: (
            "Telefon",
            "Telefonnummer",
            "Tel",
            "Tel nr",
            "Tfn",
            "Mobil",
            "Mobilnummer",
            "Mobiltelefon",
            "Phone",
            "Phone number",
            "Mobile",
        ),
        ParticipantField.NOTES: (
            "Anteckning",
            "Anteckningar",
            "Kommentar",
            "Kommentarer",
            "Övrigt",
            "Notes",
            "Note",
            "Comment",
            "Comments",
        ),
        ParticipantField.STATUS: (
            "Status",
            "Ansökningsstatus",
            "Antagningsstatus",
            "Ansökan",
            "Application status",
        ),
        ParticipantField.STATUS_DATE: (
            "Statusdatum",
            "Datum för status",
            "Beslutsdatum",
            "Status date",
        ),
    }
)
"""Header texts recognised for each field; matching ignores case, accents, spaces, punctuation."""

_NON_ALPHANUMERIC = re.compile(r"[\W_]+")

F = TypeVar("F", bound=StrEnum)


def normalise_label(text: str) -> str:
    """Fold a header text for matching: "E-post " and "epost" both give "epost"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    without_accents = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_ALPHANUMERIC.sub("", without_accents)


_POSITIONS: dict[type[StrEnum], dict[StrEnum, int]] = {}


def _position(field: StrEnum) -> int:
    """Where `field` stands in its enum, so mappings list their fields in that order."""
    fields = type(field)
    positions = _POSITIONS.get(fields)
    if positions is None:
        positions = _POSITIONS[fields] = {member: i for i, member in enumerate(fields)}
    return positions[field]


class FieldColumns(Mapping[F, int], Generic[F]):
    """Immutable map from logical field to 0-based column index; unmapped fields are absent."""

    __slots__ = ("_columns",)

    def __init__(self, columns: Mapping[F, int] | None = None) -> None:
        items = sorted((columns or {}).items(), key=lambda item: _position(item[0]))
        self._columns: dict[F, int] = dict(items)

    def __getitem__(self, field: F) -> int:
        return self._columns[field]

    def __iter__(self) -> Iterator[F]:
        return iter(self._columns)

    def __len__(self) -> int:
        return len(self._columns)

    def __hash__(self) -> int:
        return hash(frozenset(self._columns.items()))

    def __repr__(self) -> str:
        pairs = ", ".join(f"{field.value}={column}" for field, column in self._columns.items())
        return f"ColumnMapping({pairs})"

    def with_column(self, field: F, column: int | None) -> FieldColumns[F]:
        """A copy where `field` reads `column`, or is unmapped when `column` is None."""
        columns = dict(self._columns)
        if column is None:
            columns.pop(field, None)
        else:
            columns[field] = column
        return FieldColumns(columns)

    @property
    def has_name(self) -> bool:
        """For a participant list: True when a full-name column, or both first- and last-name
        columns, are mapped."""
        return ParticipantField.FULL_NAME in self or (
            ParticipantField.FIRST_NAME in self and ParticipantField.LAST_NAME in self
        )


@dataclass(frozen=True)
class SheetHeader(Generic[F]):
    """The header row found in a sheet, its column texts and the suggested mapping."""

    row_number: int
    labels: tuple[str, ...]
    mapping: FieldColumns[F]
    key: str
    recognised: bool = True
    """False when no row was recognised and this one was taken for the user to map by hand."""

    def column_label(self, column: int) -> str:
        """The header text of `column`, or "Kolumn C" when the header cell is empty."""
        if column < len(self.labels) and self.labels[column]:
            return self.labels[column]
        return f"Kolumn {column_letter(column)}"


def column_letter(column: int) -> str:
    """Excel's letters for a 0-based column index: 0 -> "A", 26 -> "AA"."""
    letters = ""
    number = column + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def header_key(labels: Sequence[str]) -> str:
    """A stable key for a header row, so a mapping the user chose can be remembered.

    The same column texts in the same order (ignoring case, accents, punctuation and
    trailing empty columns) give the same key across runs and machines.
    """
    folded = [normalise_label(label) for label in labels]
    while folded and not folded[-1]:
        folded.pop()
    return hashlib.sha256("\x1f".join(folded).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class ColumnSet(Generic[F]):
    """The logical columns of one kind of list: their names, the header texts recognised for
    each, and what a usable mapping must have. Finds a sheet's header and checks mappings."""

    fields: type[F]
    labels: Mapping[F, str]
    """The Swedish name of each field, as messages show it."""
    label: Callable[[F], str]
    """The name of a field in the chosen language, as the import window shows it."""
    synonyms: Mapping[F, tuple[str, ...]]
    """Header texts recognised for each field; matching ignores case, accents, spaces and
    punctuation."""
    missing: Callable[[FieldColumns[F]], FieldProblem | None]
    """What a mapping still lacks to be usable, or None."""
    looked_for: Callable[[], tuple[str, ...]]
    """The column names a header is searched for, in the chosen language, for messages."""
    needs: Callable[[], str] | None = None
    """What a header must have, said after the looked-for columns in the chosen language;
    None: the participant list's rule."""

    @cached_property
    def _by_label(self) -> Mapping[str, F]:
        return {
            normalise_label(synonym): field
            for field, synonyms in self.synonyms.items()
            for synonym in synonyms
        }

    def suggest(self, labels: Sequence[str]) -> FieldColumns[F]:
        """Map each recognised header text to its field; the leftmost column wins a tie."""
        by_label = self._by_label
        columns: dict[F, int] = {}
        for column, label in enumerate(labels):
            field = by_label.get(normalise_label(label))
            if field is not None and field not in columns:
                columns[field] = column
        return FieldColumns(columns)

    def detect_header(self, sheet: SheetData) -> SheetHeader[F]:
        """The first of the top rows with a usable mapping of at least two recognised columns.

        Rows above the header (a title, blank rows) are ignored. Raises `HeaderNotFoundError`
        otherwise.
        """
        for row in sheet.rows[:HEADER_SEARCH_ROWS]:
            labels = tuple(cell_text(cell) or "" for cell in row.cells)
            mapping = self.suggest(labels)
            if len(mapping) >= 2 and self.missing(mapping) is None:
                return SheetHeader(row.number, labels, mapping, header_key(labels))
        raise HeaderNotFoundError(
            sheet.path,
            self.looked_for(),
            HEADER_SEARCH_ROWS,
            None if self.needs is None else self.needs(),
        )

    def guess_header(self, sheet: SheetData) -> SheetHeader[F]:
        """The header `detect_header` finds or, when none is recognised, the likeliest top row,
        so the user can map its columns by hand (`recognised` is then False).

        The likeliest row recognises the most columns; among equals, the first with at least
        two filled cells (so a title above the header is passed over). Raises
        `HeaderNotFoundError` only when the top rows are all blank.
        """
        try:
            return self.detect_header(sheet)
        except HeaderNotFoundError:
            best: tuple[tuple[int, bool], SheetHeader[F]] | None = None
            for row in sheet.rows[:HEADER_SEARCH_ROWS]:
                labels = tuple(cell_text(cell) or "" for cell in row.cells)
                filled = sum(1 for label in labels if label.strip())
                mapping = self.suggest(labels)
                score = (len(mapping), filled >= 2)
                if filled and (best is None or score > best[0]):
                    header = SheetHeader(row.number, labels, mapping, header_key(labels), False)
                    best = (score, header)
            if best is None:
                raise
            return best[1]

    def validate(self, mapping: FieldColumns[F], header: SheetHeader[F]) -> None:
        """Check a (user-edited) mapping against `header`; raise `ValidationError` if unusable.

        Rules: every column exists; no column is used for two fields; `missing` finds nothing.
        """
        problems: list[FieldProblem] = []
        used: dict[int, F] = {}
        for field, column in mapping.items():
            if not 0 <= column < len(header.labels):
                problems.append(
                    FieldProblem(
                        field,
                        translate("Errors", "{value}: kolumnen finns inte i filen.").format(
                            value=self.labels[field]
                        ),
                    )
                )
            elif column in used:
                problems.append(
                    FieldProblem(
                        field,
                        translate(
                            "Errors", "Kolumnen ”{header}” är redan vald för {value}."
                        ).format(
                            header=header.column_label(column), value=self.labels[used[column]]
                        ),
                    )
                )
            else:
                used[column] = field
        lacking = self.missing(mapping)
        if lacking is not None:
            problems.append(lacking)
        if problems:
            raise ValidationError(problems)


ColumnMapping = FieldColumns[ParticipantField]
"""A participant list's mapping."""
DetectedHeader = SheetHeader[ParticipantField]
"""A participant list's header."""


def looked_for_columns() -> tuple[str, ...]:
    """The column names a participant header is searched for, in the chosen language."""
    name = translate("Errors", "{full_name} (eller {first_name} och {last_name})").format(
        full_name=field_label(ParticipantField.FULL_NAME),
        first_name=field_label(ParticipantField.FIRST_NAME),
        last_name=field_label(ParticipantField.LAST_NAME),
    )
    others = (
        field_label(field)
        for field in ParticipantField
        if field
        not in {ParticipantField.FULL_NAME, ParticipantField.FIRST_NAME, ParticipantField.LAST_NAME}
    )
    return (name, *others)


def _name_problem(mapping: ColumnMapping) -> FieldProblem | None:
    if mapping.has_name:
        return None
    if ParticipantField.FIRST_NAME in mapping:
        return FieldProblem(
            ParticipantField.LAST_NAME,
            translate("Errors", "Välj kolumnen med efternamn, eller en kolumn med hela namnet."),
        )
    if ParticipantField.LAST_NAME in mapping:
        return FieldProblem(
            ParticipantField.FIRST_NAME,
            translate("Errors", "Välj kolumnen med förnamn, eller en kolumn med hela namnet."),
        )
    return FieldProblem(
        ParticipantField.FULL_NAME,
        translate("Errors", "Välj kolumnen med namn (hela namnet, eller förnamn och efternamn)."),
    )


PARTICIPANT_COLUMNS = ColumnSet(
    ParticipantField, FIELD_LABELS, field_label, SYNONYMS, _name_problem, looked_for_columns
)
"""The participant list: a name column (whole, or first and last) and at least one more."""


def suggest_mapping(labels: Sequence[str]) -> ColumnMapping:
    """A participant list's suggested mapping (see `ColumnSet.suggest`)."""
    return PARTICIPANT_COLUMNS.suggest(labels)


def detect_header(sheet: SheetData) -> DetectedHeader:
    """A participant list's header: the first top row with a name column (a full-name column or
    both a first- and a last-name column) and at least two recognised columns (see
    `ColumnSet.detect_header`)."""
    return PARTICIPANT_COLUMNS.detect_header(sheet)


def guess_header(sheet: SheetData) -> DetectedHeader:
    """A participant list's header, or the likeliest top row to map by hand (see
    `ColumnSet.guess_header`)."""
    return PARTICIPANT_COLUMNS.guess_header(sheet)


def validate_mapping(mapping: ColumnMapping, header: DetectedHeader) -> None:
    """Check a participant mapping: every column exists, none is used twice, a name is mapped
    (as a full-name column or as both first- and last-name columns)."""
    PARTICIPANT_COLUMNS.validate(mapping, header)

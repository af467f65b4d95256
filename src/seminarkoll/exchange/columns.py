"""Find the header row of a participant list and map its columns to logical fields."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

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
    }
)
"""Header texts recognised for each field; matching ignores case, accents, spaces, punctuation."""

_NON_ALPHANUMERIC = re.compile(r"[\W_]+")


def normalise_label(text: str) -> str:
    """Fold a header text for matching: "E-post " and "epost" both give "epost"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    without_accents = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_ALPHANUMERIC.sub("", without_accents)


_FIELD_BY_LABEL: Mapping[str, ParticipantField] = MappingProxyType(
    {
        normalise_label(synonym): field
        for field, synonyms in SYNONYMS.items()
        for synonym in synonyms
    }
)

_FIELD_ORDER = {field: position for position, field in enumerate(ParticipantField)}


class ColumnMapping(Mapping[ParticipantField, int]):
    """Immutable map from logical field to 0-based column index; unmapped fields are absent."""

    __slots__ = ("_columns",)

    def __init__(self, columns: Mapping[ParticipantField, int] | None = None) -> None:
        items = sorted((columns or {}).items(), key=lambda item: _FIELD_ORDER[item[0]])
        self._columns: dict[ParticipantField, int] = dict(items)

    def __getitem__(self, field: ParticipantField) -> int:
        return self._columns[field]

    def __iter__(self) -> Iterator[ParticipantField]:
        return iter(self._columns)

    def __len__(self) -> int:
        return len(self._columns)

    def __hash__(self) -> int:
        return hash(frozenset(self._columns.items()))

    def __repr__(self) -> str:
        pairs = ", ".join(f"{field.value}={column}" for field, column in self._columns.items())
        return f"ColumnMapping({pairs})"

    def with_column(self, field: ParticipantField, column: int | None) -> ColumnMapping:
        """A copy where `field` reads `column`, or is unmapped when `column` is None."""
        columns = dict(self._columns)
        if column is None:
            columns.pop(field, None)
        else:
            columns[field] = column
        return ColumnMapping(columns)

    @property
    def has_name(self) -> bool:
        """True when a full-name column, or both first- and last-name columns, are mapped."""
        return ParticipantField.FULL_NAME in self or (
            ParticipantField.FIRST_NAME in self and ParticipantField.LAST_NAME in self
        )


@dataclass(frozen=True)
class DetectedHeader:
    """The header row found in a sheet, its column texts and the suggested mapping."""

    row_number: int
    labels: tuple[str, ...]
    mapping: ColumnMapping
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


def suggest_mapping(labels: Sequence[str]) -> ColumnMapping:
    """Map each recognised header text to its field; the leftmost column wins a tie."""
    columns: dict[ParticipantField, int] = {}
    for column, label in enumerate(labels):
        field = _FIELD_BY_LABEL.get(normalise_label(label))
        if field is not None and field not in columns:
            columns[field] = column
    return ColumnMapping(columns)


def header_key(labels: Sequence[str]) -> str:
    """A stable key for a header row, so a mapping the user chose can be remembered.

    The same column texts in the same order (ignoring case, accents, punctuation and
    trailing empty columns) give the same key across runs and machines.
    """
    folded = [normalise_label(label) for label in labels]
    while folded and not folded[-1]:
        folded.pop()
    return hashlib.sha256("\x1f".join(folded).encode("utf-8")).hexdigest()[:16]


def looked_for_columns() -> tuple[str, ...]:
    """The column names a header is searched for, in the chosen language, for messages."""
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


def detect_header(sheet: SheetData) -> DetectedHeader:
    """The first of the top rows that has a name column and at least two recognised columns.

    A name column is a full-name column or both a first- and a last-name column. Rows above
    the header (a title, blank rows) are ignored. Raises `HeaderNotFoundError` otherwise.
    """
    for row in sheet.rows[:HEADER_SEARCH_ROWS]:
        labels = tuple(cell_text(cell) or "" for cell in row.cells)
        mapping = suggest_mapping(labels)
        if mapping.has_name and len(mapping) >= 2:
            return DetectedHeader(row.number, labels, mapping, header_key(labels))
    raise HeaderNotFoundError(sheet.path, looked_for_columns(), HEADER_SEARCH_ROWS)


def guess_header(sheet: SheetData) -> DetectedHeader:
    """The header `detect_header` finds or, when none is recognised, the likeliest top row,
    so the user can map its columns by hand (`recognised` is then False).

    The likeliest row recognises the most columns; among equals, the first with at least two
    filled cells (so a title above the header is passed over). Raises `HeaderNotFoundError`
    only when the top rows are all blank.
    """
    try:
        return detect_header(sheet)
    except HeaderNotFoundError:
        best: tuple[tuple[int, bool], DetectedHeader] | None = None
        for row in sheet.rows[:HEADER_SEARCH_ROWS]:
            labels = tuple(cell_text(cell) or "" for cell in row.cells)
            filled = sum(1 for label in labels if label.strip())
            mapping = suggest_mapping(labels)
            score = (len(mapping), filled >= 2)
            if filled and (best is None or score > best[0]):
                header = DetectedHeader(row.number, labels, mapping, header_key(labels), False)
                best = (score, header)
        if best is None:
            raise
        return best[1]


def validate_mapping(mapping: ColumnMapping, header: DetectedHeader) -> None:
    """Check a (user-edited) mapping against `header`; raise `ValidationError` if unusable.

    Rules: every column exists; no column is used for two fields; a name is mapped, as a
    full-name column or as both first- and last-name columns.
    """
    problems: list[FieldProblem] = []
    used: dict[int, ParticipantField] = {}
    for field, column in mapping.items():
        if not 0 <= column < len(header.labels):
            problems.append(
                FieldProblem(
                    field,
                    translate("Errors", "{value}: kolumnen finns inte i filen.").format(
                        value=FIELD_LABELS[field]
                    ),
                )
            )
        elif column in used:
            problems.append(
                FieldProblem(
                    field,
                    translate("Errors", "Kolumnen ”{header}” är redan vald för {value}.").format(
                        header=header.column_label(column), value=FIELD_LABELS[used[column]]
                    ),
                )
            )
        else:
            used[column] = field
    if not mapping.has_name:
        problems.append(_name_problem(mapping))
    if problems:
        raise ValidationError(problems)


def _name_problem(mapping: ColumnMapping) -> FieldProblem:
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

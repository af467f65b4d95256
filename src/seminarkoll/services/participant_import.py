"""Import a participant list into a cohort: preview each row's outcome, then all in one go."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from functools import cached_property
from operator import attrgetter
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from sqlalchemy import (
    ColumnElement,
    Table,
    and_,
    bindparam,
    func,
    insert,
    literal,
    null,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session

from seminarkoll.data.backups import automatic_backup
from seminarkoll.data.bulk import BulkInsert
from seminarkoll.data.database import Database
from seminarkoll.data.models import Base, Cohort, Enrollment, Person, Programme, Workplace
from seminarkoll.data.types import utc_now
from seminarkoll.domain.enums import EnrollmentStatus, WorkplaceKind
from seminarkoll.domain.errors import DomainError, NotFoundError
from seminarkoll.domain.text import email_key, fold, full_name, join_folded, person_search_key
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate
from seminarkoll.exchange.columns import (
    FIELD_LABELS,
    ColumnMapping,
    DetectedHeader,
    ParticipantField,
    detect_header,
    field_label,
    guess_header,
)
from seminarkoll.exchange.participant_rows import (
    ParticipantFileReport,
    ParticipantRow,
    RowProblem,
    parse_participants,
    split_full_name,
)
from seminarkoll.exchange.problem_lines import problem_lines
from seminarkoll.exchange.problem_rows import SkippedRow, write_skipped_rows
from seminarkoll.exchange.spreadsheet import CellValue, SheetData, cell_text, read_sheet
from seminarkoll.services.completion_data import joining_date
from seminarkoll.services.progress import Progress, Stepper, collector_paused
from seminarkoll.services.signed_lists import LATER_START, signed_lists_kept

_CHUNK = 2000
_NAME_LIMIT, _EMAIL_LIMIT, _PHONE_LIMIT, _TEXT_LIMIT = 100, 254, 50, 200
_LIMITS: Mapping[ParticipantField, int] = {
    ParticipantField.FIRST_NAME: _NAME_LIMIT,
    ParticipantField.LAST_NAME: _NAME_LIMIT,
    ParticipantField.EMAIL: _EMAIL_LIMIT,
    ParticipantField.PHONE: _PHONE_LIMIT,
    ParticipantField.ROLE: _TEXT_LIMIT,
    ParticipantField.WORKPLACE: _TEXT_LIMIT,
}
"""The longest value each field may have; `_length_problems` checks them in this order."""
_WORKPLACE_KINDS = (
    ("förskola", WorkplaceKind.PRESCHOOL),
    ("gymnasi", WorkplaceKind.UPPER_SECONDARY),
    ("skola", WorkplaceKind.COMPULSORY_SCHOOL),
    ("förvaltning", WorkplaceKind.ADMINISTRATION),
    ("kontor", WorkplaceKind.ADMINISTRATION),
)


class RowOutcome(StrEnum):
    """What importing one row of the file does."""

    NEW = "new"
    """A new person, enrolled in the cohort."""
    UPDATE = "update"
    """An existing person (same e-mail): details updated and/or enrolled in the cohort."""
    UNCHANGED = "unchanged"
    """An existing person already enrolled, with the same details."""
    DUPLICATE = "duplicate"
    """The same person as an earlier row of the file; skipped."""
    ERROR = "error"
    """The row has a problem; skipped, or the import is refused."""


@dataclass(frozen=True)
class ParticipantSheet:
    """A participant file as read: its cells and the header row found in it."""

    data: SheetData
    header: DetectedHeader

    @property
    def path(self) -> Path:
        """The file."""
        return self.data.path

    @property
    def key(self) -> str:
        """Identifies the header row, for remembering the user's column mapping."""
        return self.header.key

    @cached_property
    def data_rows(self) -> int:
        """How many rows there are below the header (blank ones included)."""
        return sum(1 for row in self.data.rows if row.number > self.header.row_number)


class PreviewRow(NamedTuple):
    """One row of the file and what importing it would do, with the reason in Swedish.

    An immutable named tuple rather than a frozen dataclass: one is made for every row of a
    list, and a tuple is built several times faster.
    """

    row: int
    outcome: RowOutcome
    first_name: str
    last_name: str
    email: str
    workplace: str
    role: str
    phone: str
    detail: str
    person_id: int | None = None
    duplicate_of: int | None = None
    problems: tuple[RowProblem, ...] = ()

    @property
    def name(self) -> str:
        """First and last name as in the file."""
        return full_name(self.first_name, self.last_name)

    @property
    def skipped(self) -> bool:
        """Whether the row is not imported (a problem or a duplicate)."""
        return self.outcome in (RowOutcome.ERROR, RowOutcome.DUPLICATE)


@dataclass(frozen=True)
class ImportPreview:
    """What importing a file into a cohort would do, row by row. Nothing is saved yet."""

    sheet: ParticipantSheet
    mapping: ColumnMapping
    cohort_id: int
    cohort_label: str
    new_workplaces: tuple[str, ...]
    warnings: tuple[str, ...]
    joined_on: date
    """The suggested joining date (the cohort's start while no seminar has been held, else
    today); `run` uses it unless told another."""
    report: ParticipantFileReport = field(repr=False)
    plans: tuple[_Plan, ...] = field(default=(), repr=False, compare=False)
    refused: tuple[PreviewRow, ...] = field(default=(), repr=False, compare=False)
    fingerprint: tuple[object, ...] = field(default=(), repr=False, compare=False)

    @cached_property
    def rows(self) -> tuple[PreviewRow, ...]:
        """Every row of the file and its outcome, in row order.

        Built on first use: an import run without showing the preview never needs them.
        """
        rows = [_preview_row(p.row, p.outcome, p.detail, (), p.person_id) for p in self.plans]
        rows.extend(self.refused)
        rows.extend(_skipped_rows(self.sheet, self.report))
        return _dedupe(sorted(rows, key=attrgetter("row")))

    def count(self, outcome: RowOutcome) -> int:
        """How many rows have `outcome`."""
        if outcome in (RowOutcome.ERROR, RowOutcome.DUPLICATE):
            return sum(1 for row in self.skipped if row.outcome is outcome)
        return sum(1 for plan in self.plans if plan.outcome is outcome)

    @cached_property
    def skipped(self) -> tuple[PreviewRow, ...]:
        """Rows that would not be imported (problems and duplicates), the same as the skipped
        ones among `rows` but without building the others."""
        candidates = [*self.refused, *_skipped_rows(self.sheet, self.report)]
        if not candidates:
            return ()
        planned = {plan.row.row for plan in self.plans}
        return _dedupe(
            row for row in sorted(candidates, key=attrgetter("row")) if row.row not in planned
        )

    @property
    def problems(self) -> tuple[RowProblem, ...]:
        """Every problem of every skipped row, in row order."""
        return tuple(problem for row in self.skipped for problem in row.problems)

    @property
    def is_clean(self) -> bool:
        """True when every row can be imported."""
        return not self.skipped

    def problem_lines(self) -> tuple[str, ...]:
        """One line per problem, `FILE:ROW: column: message` (rows with the same problem
        joined), for a terminal."""
        return problem_lines(self.sheet.path, self.problems)


@dataclass(frozen=True)
class ImportResult:
    """What an import did."""

    cohort_id: int
    created: int
    updated: int
    unchanged: int
    enrolled: int
    workplaces_created: int
    skipped: tuple[PreviewRow, ...]
    joined_on: date

    @property
    def summary(self) -> str:
        """E.g. "25 nya, 2 uppdaterade, 0 oförändrade"."""
        return translate(
            "Exports", "{created} nya, {updated} uppdaterade, {unchanged} oförändrade"
        ).format(created=self.created, updated=self.updated, unchanged=self.unchanged)


class RowsRefusedError(DomainError):
    """The file has rows with problems and the caller did not ask to skip them; nothing saved."""

    def __init__(self, path: Path, problems: Sequence[RowProblem]) -> None:
        self.path = path
        self.problems = tuple(problems)
        rows = len({problem.row for problem in self.problems})
        noun = (
            translate("Errors", "1 rad")
            if rows == 1
            else translate("Errors", "{count} rader").format(count=rows)
        )
        super().__init__(
            translate(
                "Errors",
                "{noun} i filen ”{name}” har problem, så ingenting importerades. Rätta "
                "filen, eller välj att bara importera de giltiga raderna.",
            ).format(noun=noun, name=path.name)
        )


@dataclass(frozen=True)
class _Known:
    """An existing person, as far as the import compares and updates them."""

    id: int
    first_name: str
    last_name: str
    email: str | None
    email_key: str | None
    phone: str
    title: str
    workplace_id: int | None


@dataclass
class _Existing:
    """What the database already holds that the file's rows are matched against."""

    persons: dict[int, _Known]
    by_email: dict[str, int]
    by_name: dict[tuple[str, str, str], list[int]]
    enrolments: dict[int, tuple[int, str]]
    workplaces: dict[str, tuple[int, str]]
    workplace_names: dict[int, str]
    by_written_name: dict[str, tuple[int, str]] = field(default_factory=dict)

    def fingerprint(self) -> tuple[object, ...]:
        """Equal fingerprints mean equal outcomes for the same rows (nothing changed between)."""
        return (
            tuple(sorted(self.persons.items())),
            tuple(sorted(self.enrolments.items())),
            tuple(sorted(self.workplaces.items())),
        )


class _Plan(NamedTuple):
    """One importable row and what to do with it (a tuple: one is made for every row)."""

    row: ParticipantRow
    outcome: RowOutcome
    person_id: int | None
    changes: Mapping[str, str]
    enrol: bool
    notes: str | None
    detail: str
    name_key: tuple[str, str, str]
    """First name, last name and workplace folded (see `_name_key`)."""


_NO_CHANGES: Mapping[str, str] = MappingProxyType({})
_NEW_DETAIL = QT_TRANSLATE_NOOP("Errors", "Ny person; antas till omgången.")


class ParticipantImportService:
    """Reads participant files, previews them against a cohort and imports them."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def read_file(
        self, path: Path, sheet: str | None = None, *, map_by_hand: bool = False
    ) -> ParticipantSheet:
        """Read `path` and find its header row; raises a `FileReadError` when it cannot.

        With `map_by_hand`, a file whose header is not recognised is read all the same, with
        the likeliest row as header (`header.recognised` False), for the user to map.
        """
        with collector_paused():
            data = read_sheet(path, sheet)
            header = guess_header(data) if map_by_hand else detect_header(data)
            return ParticipantSheet(data, header)

    def preview(
        self,
        sheet: ParticipantSheet,
        cohort_id: int,
        mapping: ColumnMapping | None = None,
        progress: Progress | None = None,
        today: date | None = None,
    ) -> ImportPreview:
        """What importing `sheet` (read with `mapping`, default the suggested one) into the
        cohort would do. Raises `ValidationError` when the mapping is unusable."""
        with collector_paused():
            report = parse_participants(sheet.data, sheet.header, mapping)
            stepper = Stepper(progress, sheet.data_rows + 1)
            with self._db.transaction() as session:
                label = _cohort_label(session, cohort_id)
                existing = _load_existing(session, report.rows, cohort_id)
                plans, refused = _plan(report, existing, stepper)
                cohort = session.get(Cohort, cohort_id)
                assert cohort is not None  # _cohort_label found it
                joined = joining_date(session, cohort, today)
            return _preview(sheet, report, cohort_id, label, plans, refused, existing, joined)

    def preview_file(
        self, path: Path, cohort_id: int, progress: Progress | None = None
    ) -> ImportPreview:
        """Read `path` and preview it with the suggested column mapping."""
        return self.preview(self.read_file(path), cohort_id, progress=progress)

    def run(
        self,
        preview: ImportPreview,
        *,
        skip_invalid: bool = False,
        progress: Progress | None = None,
        joined_on: date | None = None,
    ) -> ImportResult:
        """Import the previewed rows in one transaction: all of them or, on any error, none.

        Rows are matched again against the database as it is now. With problem rows in the
        file, `RowsRefusedError` is raised unless `skip_invalid`, which imports the other rows
        and returns the skipped ones. Persons enrolled join from `joined_on` (default: the
        preview's date); a date that would put them on a signed seminar's list raises
        ConflictError.
        """
        if preview.skipped and not skip_invalid:
            raise RowsRefusedError(preview.sheet.path, preview.problems)
        automatic_backup(self._db, "fore-import")
        with collector_paused():
            report = preview.report
            stepper = Stepper(progress, 2 * (preview.sheet.data_rows + 1))
            with (
                self._db.transaction() as session,
                signed_lists_kept(
                    session, (preview.cohort_id,), translate("Errors", "importen"), LATER_START
                ),
            ):
                cohort = session.get(Cohort, preview.cohort_id)
                if cohort is None:
                    raise NotFoundError(translate("Errors", "Omgången finns inte längre."))
                joined = joined_on or preview.joined_on
                existing = _load_existing(session, report.rows, preview.cohort_id)
                if existing.fingerprint() == preview.fingerprint:
                    plans, refused = list(preview.plans), list(preview.refused)
                    new_workplaces = preview.new_workplaces
                    stepper.step(preview.sheet.data_rows)
                else:
                    plans, refused = _plan(report, existing, stepper)
                    new_workplaces = _new_workplaces(plans, existing)
                if refused and not skip_invalid:
                    raise RowsRefusedError(
                        preview.sheet.path, [p for row in refused for p in row.problems]
                    )
                created_workplaces = _create_workplaces(session, new_workplaces, existing)
                created = _create_persons(session, plans, existing, stepper)
                updated = _update_persons(session, plans, existing, stepper)
                enrolled = _enrol(session, plans, existing, created, cohort, joined, stepper)
                stepper.finish()
        skipped = tuple(
            sorted((*refused, *_skipped_rows(preview.sheet, report)), key=lambda r: r.row)
        )
        return ImportResult(
            cohort_id=preview.cohort_id,
            created=sum(1 for p in plans if p.outcome is RowOutcome.NEW),
            updated=updated,
            unchanged=sum(1 for p in plans if p.outcome is RowOutcome.UNCHANGED),
            enrolled=enrolled,
            workplaces_created=created_workplaces,
            skipped=_dedupe(skipped),
            joined_on=joined,
        )

    def save_skipped(self, preview: ImportPreview, rows: Sequence[PreviewRow], path: Path) -> Path:
        """Save `rows` as they are in the file, with a "Problem" column, as .xlsx."""
        by_number = {row.number: row.cells for row in preview.sheet.data.rows}
        return write_skipped_rows(
            preview.sheet.header.labels,
            [
                SkippedRow(row.row, by_number.get(row.row, ()), row.detail)
                for row in sorted(rows, key=lambda r: r.row)
            ],
            path,
        )


# -- planning ------------------------------------------------------------------------------
def _cohort_label(session: Session, cohort_id: int) -> str:
    found = session.execute(
        select(Cohort.name, Cohort.school_year, Programme.name)
        .join(Programme, Programme.id == Cohort.programme_id)
        .where(Cohort.id == cohort_id)
    ).first()
    if found is None:
        raise NotFoundError(translate("Errors", "Omgången finns inte längre."))
    name, year, programme = found
    return f"{programme} – {name} ({year})"


def _name_key(
    folded: dict[str | None, str], first: str, last: str, workplace: str | None
) -> tuple[str, str, str]:
    """First name, last name and workplace folded; `folded` remembers each text's fold, as
    names and workplaces repeat down a list."""
    return _fold_once(folded, first), _fold_once(folded, last), _fold_once(folded, workplace)


def _chunks(values: Sequence[str], size: int = _CHUNK) -> Iterator[Sequence[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _load_existing(session: Session, rows: Sequence[ParticipantRow], cohort_id: int) -> _Existing:
    """The persons the file's rows can be: those with a row's e-mail key (by index, in
    batches) and those with a row's name key (`_name_key`) who could match by name. Reading
    costs what the file holds, not what the register holds."""
    workplaces = {
        key: (wid, name)
        for wid, name, key in session.execute(
            select(Workplace.id, Workplace.name, Workplace.name_key)
        )
    }
    columns = (
        Person.id,
        Person.first_name,
        Person.last_name,
        Person.email,
        Person.email_key,
        Person.phone,
        Person.title,
        Person.workplace_id,
    )
    keys: set[str] = set(filter(None, map(attrgetter("email_key"), rows)))
    persons: dict[int, _Known] = {}
    for chunk in _chunks(sorted(keys)):
        for found in session.execute(select(*columns).where(Person.email_key.in_(chunk))):
            persons[found[0]] = _Known(*found)
    folded: dict[str | None, str] = {}
    names = {_name_key(folded, r.first_name, r.last_name, r.workplace) for r in rows}
    # A row with an address matches by name only a person without one (see `_match`); a row
    # without one can be anyone of its name and workplace, so those rows' workplaces are read.
    candidates = [select(*columns).where(Person.email_key.is_(None))]
    places = {fold(r.workplace) for r in rows if r.email_key is None}
    if places:
        found_places = [workplaces[key][0] for key in places if key in workplaces]
        candidates.append(
            select(*columns).where(
                Person.email_key.is_not(None),
                or_(Person.workplace_id.in_(found_places), Person.workplace_id.is_(None))
                if "" in places
                else Person.workplace_id.in_(found_places),
            )
        )
    workplace_names = dict(workplaces.values())
    for query in candidates:
        for found in session.execute(query):
            person = _Known(*found)
            where = workplace_names.get(person.workplace_id) if person.workplace_id else None
            if _name_key(folded, person.first_name, person.last_name, where) in names:
                persons[person.id] = person
    by_name: dict[tuple[str, str, str], list[int]] = {}
    for person in persons.values():
        where = workplace_names.get(person.workplace_id) if person.workplace_id else None
        by_name.setdefault(
            _name_key(folded, person.first_name, person.last_name, where), []
        ).append(person.id)
    enrolments = {
        person_id: (enrollment_id, notes)
        for person_id, enrollment_id, notes in session.execute(
            select(Enrollment.person_id, Enrollment.id, Enrollment.notes).where(
                Enrollment.cohort_id == cohort_id
            )
        )
    }
    return _Existing(
        persons=persons,
        by_email={p.email_key: p.id for p in persons.values() if p.email_key},
        by_name=by_name,
        enrolments=enrolments,
        workplaces=workplaces,
        workplace_names=workplace_names,
    )


def _plan(
    report: ParticipantFileReport, existing: _Existing, stepper: Stepper
) -> tuple[list[_Plan], list[PreviewRow]]:
    """Decide each valid row's outcome; rows found to be duplicates or too long are refused."""
    plans: list[_Plan] = []
    refused: list[PreviewRow] = []
    first_by_name: dict[tuple[str, str, str], int] = {}
    claimed: set[int] = set()
    folded: dict[str | None, str] = {}  # names and workplaces repeat: each is folded once
    for row in report.rows:
        stepper.step()
        number = row.row
        key = _name_key(folded, row.first_name, row.last_name, row.workplace)
        earlier = first_by_name.setdefault(key, number)
        too_long = () if _fits(row) else _length_problems(report, row)
        if too_long:
            refused.append(_preview_row(row, RowOutcome.ERROR, _joined(too_long), too_long))
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
                _preview_row(row, RowOutcome.DUPLICATE, message, (problem,), duplicate_of=earlier)
            )
            continue
        # A person an earlier row already matched is not matched again (two addresses for
        # one name and workplace are two people).
        person_id = _match(existing, row.email_key, key)
        if person_id is None or person_id in claimed:
            plans.append(
                _Plan(
                    row,
                    RowOutcome.NEW,
                    None,
                    _NO_CHANGES,
                    True,
                    row.notes,
                    translate("Errors", _NEW_DETAIL),
                    key,
                )
            )
        else:
            claimed.add(person_id)
            plans.append(_plan_existing(row, key, existing, person_id))
    return plans, refused


def _plan_existing(
    row: ParticipantRow, name_key: tuple[str, str, str], existing: _Existing, person_id: int
) -> _Plan:
    """What to do with a row that is the existing person `person_id`."""
    key = row.email_key
    person = existing.persons[person_id]
    changes = _changes(row, person, existing)
    enrolment = existing.enrolments.get(person_id)
    notes = row.notes if row.notes and (enrolment is None or not enrolment[1]) else None
    sentences = [f"{'; '.join(changes.values())}."] if changes else []
    if enrolment is None:
        sentences.append(translate("Errors", "Antas till omgången."))
    elif notes:
        sentences.append(translate("Errors", "Anteckningen läggs till."))
    if not sentences:
        return _Plan(
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
    return _Plan(
        row, RowOutcome.UPDATE, person_id, changes, enrolment is None, notes, detail, name_key
    )


def _match(existing: _Existing, key: str | None, name: tuple[str, str, str]) -> int | None:
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


def _changes(row: ParticipantRow, person: _Known, existing: _Existing) -> dict[str, str]:
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


def _fits(row: ParticipantRow) -> bool:
    """Whether every value of `row` is within its limit (`_LIMITS`): nearly every row is, and
    this plain test is the cheapest way to say so for each row of a long list."""
    return (
        len(row.first_name) <= _NAME_LIMIT
        and len(row.last_name) <= _NAME_LIMIT
        and (row.email is None or len(row.email) <= _EMAIL_LIMIT)
        and (row.phone is None or len(row.phone) <= _PHONE_LIMIT)
        and (row.role is None or len(row.role) <= _TEXT_LIMIT)
        and (row.workplace is None or len(row.workplace) <= _TEXT_LIMIT)
    )


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


def _joined(problems: Iterable[RowProblem]) -> str:
    return " ".join(problem.message for problem in problems)


def _preview_row(
    row: ParticipantRow,
    outcome: RowOutcome,
    detail: str,
    problems: tuple[RowProblem, ...] = (),
    person_id: int | None = None,
    duplicate_of: int | None = None,
) -> PreviewRow:
    return PreviewRow(
        row.row,
        outcome,
        row.first_name,
        row.last_name,
        row.email or "",
        row.workplace or "",
        row.role or "",
        row.phone or "",
        detail,
        person_id,
        duplicate_of,
        problems,
    )


def _skipped_rows(sheet: ParticipantSheet, report: ParticipantFileReport) -> list[PreviewRow]:
    """Preview rows for the rows the reader refused, showing their cells as written."""
    if not report.problems:
        return []
    by_row: dict[int, list[RowProblem]] = {}
    for problem in report.problems:
        by_row.setdefault(problem.row, []).append(problem)
    cells = {row.number: row.cells for row in sheet.data.rows}
    rows = []
    for number, problems in by_row.items():
        texts = _cell_texts(report.mapping, cells.get(number, ()))
        first, last = texts[ParticipantField.FIRST_NAME], texts[ParticipantField.LAST_NAME]
        if not first and not last:
            first, last = split_full_name(texts[ParticipantField.FULL_NAME])
        only_duplicates = all(p.duplicate_of is not None for p in problems)
        rows.append(
            PreviewRow(
                row=number,
                outcome=RowOutcome.DUPLICATE if only_duplicates else RowOutcome.ERROR,
                first_name=first,
                last_name=last,
                email=texts[ParticipantField.EMAIL],
                workplace=texts[ParticipantField.WORKPLACE],
                role=texts[ParticipantField.ROLE],
                phone=texts[ParticipantField.PHONE],
                detail=_joined(problems),
                duplicate_of=next((p.duplicate_of for p in problems if p.duplicate_of), None),
                problems=tuple(problems),
            )
        )
    return rows


def _cell_texts(mapping: ColumnMapping, cells: Sequence[CellValue]) -> dict[ParticipantField, str]:
    """Each field's cell in a row, as text ('' when unmapped or empty)."""
    texts = {}
    for field_ in ParticipantField:
        column = mapping.get(field_)
        value = cells[column] if column is not None and column < len(cells) else None
        texts[field_] = cell_text(value) or ""
    return texts


def _preview(
    sheet: ParticipantSheet,
    report: ParticipantFileReport,
    cohort_id: int,
    label: str,
    plans: Sequence[_Plan],
    refused: Sequence[PreviewRow],
    existing: _Existing,
    joined: date,
) -> ImportPreview:
    return ImportPreview(
        sheet=sheet,
        mapping=report.mapping,
        cohort_id=cohort_id,
        cohort_label=label,
        new_workplaces=_new_workplaces(plans, existing),
        warnings=tuple(warning.message for warning in report.warnings),
        joined_on=joined,
        report=report,
        plans=tuple(plans),
        refused=tuple(refused),
        fingerprint=existing.fingerprint(),
    )


def _dedupe(rows: Iterable[PreviewRow]) -> tuple[PreviewRow, ...]:
    seen: set[int] = set()
    unique = []
    for row in rows:
        if row.row not in seen:
            seen.add(row.row)
            unique.append(row)
    return tuple(unique)


def _new_workplaces(plans: Sequence[_Plan], existing: _Existing) -> tuple[str, ...]:
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


# -- writing -------------------------------------------------------------------------------
def _create_workplaces(session: Session, names: Sequence[str], existing: _Existing) -> int:
    if not names:
        return 0
    table = _table(Workplace)
    # Through Core: the ORM's bulk insert does much more work per row.
    created = (
        session.connection()
        .execute(
            insert(table).returning(table.c.id, table.c.name, table.c.name_key),
            [
                {
                    "name": name,
                    "name_key": fold(name),
                    "kind": guess_workplace_kind(name),
                    "area": "",
                }
                for name in names
            ],
        )
        .all()
    )
    for wid, name, key in created:
        existing.workplaces[key] = (wid, name)
        existing.workplace_names[wid] = name
    return len(created)


def _workplace(existing: _Existing, name: str | None) -> tuple[int | None, str]:
    if not name:
        return None, ""
    found = existing.by_written_name.get(name)
    if found is None:
        found = existing.by_written_name[name] = existing.workplaces[fold(name)]
    return found


def _fold_once(folded: dict[str | None, str], text: str | None) -> str:
    """`fold(text)`, remembered in `folded`."""
    key = folded.get(text)
    if key is None:
        key = folded[text] = fold(text)
    return key


def _person_key(key: str | None, first: str, last: str, workplace_id: int | None) -> object:
    return key or (first, last, workplace_id)


_PERSON_COLUMNS = (
    "first_name",
    "last_name",
    "email",
    "email_key",
    "phone",
    "title",
    "workplace_id",
    "search_key",
)


def _create_persons(
    session: Session, plans: Sequence[_Plan], existing: _Existing, stepper: Stepper
) -> ColumnElement[bool] | None:
    """Insert the new persons; returns the condition that selects exactly them (None if none).

    They are the persons above the highest id before, stamped with this import's creation
    time. Enrolling them checks that the condition selects as many persons as were inserted.
    """
    rows = []
    folded: dict[str | None, str] = {}  # workplaces and roles repeat: each is folded once
    for plan in plans:
        if plan.outcome is not RowOutcome.NEW:
            continue
        row = plan.row
        workplace_id, workplace_name = _workplace(existing, row.workplace)
        first_key, last_key, _ = plan.name_key
        # person_search_key(first, last, email, workplace, role) from already folded parts;
        # an accepted address has no whitespace, so its key is its folded form.
        search_key = join_folded(
            first_key,
            last_key,
            row.email_key,
            _fold_once(folded, workplace_name),
            _fold_once(folded, row.role),
        )
        rows.append(
            (
                row.first_name,
                row.last_name,
                row.email,
                row.email_key,
                row.phone or "",
                row.role or "",
                workplace_id,
                search_key,
            )
        )
    if not rows:
        return None
    stamp = utc_now()
    before = session.scalar(select(func.max(Person.id))) or 0
    constants = {
        "organisation": "",
        "is_lecturer": False,
        "notes": "",
        "created_at": stamp,
        "updated_at": stamp,
    }
    persons = BulkInsert(session.connection(), _table(Person), _PERSON_COLUMNS, constants)
    for start in range(0, len(rows), _CHUNK):
        chunk = rows[start : start + _CHUNK]
        persons.execute(chunk)
        stepper.step(len(chunk))
    return and_(Person.id > before, Person.created_at == stamp)


def _update_persons(
    session: Session, plans: Sequence[_Plan], existing: _Existing, stepper: Stepper
) -> int:
    """Write the changed details of existing persons; returns how many rows were updates."""
    now = utc_now()
    updated = 0
    for plan in plans:
        if plan.outcome is not RowOutcome.UPDATE:
            continue
        updated += 1
        stepper.step()
        if not plan.changes or plan.person_id is None:
            continue
        person = existing.persons[plan.person_id]
        row, changes = plan.row, plan.changes
        first = row.first_name if "first_name" in changes else person.first_name
        last = row.last_name if "last_name" in changes else person.last_name
        email = row.email if "email" in changes else person.email
        phone = row.phone or "" if "phone" in changes else person.phone
        title = row.role or "" if "title" in changes else person.title
        workplace_id = person.workplace_id
        workplace_name = existing.workplace_names.get(workplace_id, "") if workplace_id else ""
        if "workplace" in changes:
            workplace_id, workplace_name = _workplace(existing, row.workplace)
        session.execute(
            update(Person)
            .where(Person.id == plan.person_id)
            .values(
                first_name=first,
                last_name=last,
                email=email,
                email_key=email_key(email),
                phone=phone,
                title=title,
                workplace_id=workplace_id,
                search_key=person_search_key(first, last, email, workplace_name, title),
                updated_at=now,
            )
        )
    return updated


def _enrol(
    session: Session,
    plans: Sequence[_Plan],
    existing: _Existing,
    created: ColumnElement[bool] | None,
    cohort: Cohort,
    joined: date,
    stepper: Stepper,
) -> int:
    """Enrol new and matched persons not yet in the cohort from `joined`; add notes to bare
    enrolments."""
    new = [plan for plan in plans if plan.outcome is RowOutcome.NEW]
    enrolled = (
        0 if created is None else _enrol_created(session, new, existing, created, cohort, joined)
    )
    stepper.step(enrolled)
    values = []
    for plan in plans:
        if plan.outcome is RowOutcome.NEW or plan.person_id is None:
            continue
        if plan.enrol:
            values.append((plan.person_id, plan.notes or ""))
        elif plan.notes:
            enrollment_id, _ = existing.enrolments[plan.person_id]
            session.execute(
                update(Enrollment).where(Enrollment.id == enrollment_id).values(notes=plan.notes)
            )
    if values:
        enrolments = BulkInsert(
            session.connection(),
            _table(Enrollment),
            ("person_id", "notes"),
            {
                "cohort_id": cohort.id,
                "status": EnrollmentStatus.ENROLLED,
                "applied_on": None,
                "joined_on": joined,
                "left_on": None,
            },
        )
        for start in range(0, len(values), _CHUNK):
            chunk = values[start : start + _CHUNK]
            enrolments.execute(chunk)
            stepper.step(len(chunk))
    return enrolled + len(values)


def _enrol_created(
    session: Session,
    new: Sequence[_Plan],
    existing: _Existing,
    created: ColumnElement[bool],
    cohort: Cohort,
    joined: date,
) -> int:
    """Enrol the persons `_create_persons` inserted from `joined`, in one statement, then add
    their notes."""
    enrolments = _table(Enrollment)
    columns = enrolments.c
    inserted = session.connection().execute(
        insert(enrolments).from_select(
            ["cohort_id", "person_id", "status", "applied_on", "joined_on", "left_on", "notes"],
            select(
                literal(cohort.id),
                Person.id,
                literal(EnrollmentStatus.ENROLLED, columns.status.type),
                null(),
                literal(joined, columns.joined_on.type),
                null(),
                literal(""),
            ).where(created),
        )
    )
    if inserted.rowcount != len(new):  # another writer's persons would be enrolled too
        raise RuntimeError(f"{len(new)} persons created but {inserted.rowcount} enrolled")
    with_notes = [plan for plan in new if plan.notes]
    if with_notes:
        ids = {
            _person_key(key, first, last, workplace_id): pid
            for pid, key, first, last, workplace_id in session.execute(
                select(
                    Person.id,
                    Person.email_key,
                    Person.first_name,
                    Person.last_name,
                    Person.workplace_id,
                ).where(created)
            )
        }
        session.connection().execute(
            update(enrolments)
            .where(columns.cohort_id == cohort.id, columns.person_id == bindparam("pid"))
            .values(notes=bindparam("new_notes")),
            [
                {
                    "pid": ids[
                        _person_key(
                            plan.row.email_key,
                            plan.row.first_name,
                            plan.row.last_name,
                            _workplace(existing, plan.row.workplace)[0],
                        )
                    ],
                    "new_notes": plan.notes,
                }
                for plan in with_notes
            ],
        )
    return len(new)


def _table(model: type[Base]) -> Table:
    """The table an ORM class is mapped to."""
    table = model.__table__
    assert isinstance(table, Table)
    return table

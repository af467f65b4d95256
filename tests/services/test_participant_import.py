"""Participant import: every sample as its README says, outcomes, one transaction, bad input."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import PatternFill
from sqlalchemy import event, func, select
from sqlalchemy.orm import selectinload

from seminarkoll.data.database import Database
from seminarkoll.data.models import Enrollment, Person, Workplace
from seminarkoll.domain.enums import EnrollmentStatus, WorkplaceKind
from seminarkoll.domain.errors import DomainError, ValidationError
from seminarkoll.domain.person_rules import person_search_key
from seminarkoll.domain.text import email_key
from seminarkoll.exchange.columns import ColumnMapping, ParticipantField
from seminarkoll.exchange.errors import (
    CorruptWorkbookError,
    EmptySheetError,
    EncryptedWorkbookError,
    FileReadError,
    HeaderNotFoundError,
    NotASpreadsheetError,
    UnsupportedFileTypeError,
)
from seminarkoll.services.container import Services
from seminarkoll.services.participant_import import (
    ImportPreview,
    ParticipantImportService,
    RowOutcome,
    RowsRefusedError,
    guess_workplace_kind,
)
from seminarkoll.services.progress import OperationCancelled
from tests.exchange.workbooks import write_csv, write_xlsx
from tests.factories import Factory
from tests.snapshots import database_snapshot

F = ParticipantField
OLE_MAGIC = bytes.fromhex("D0CF11E0A1B11AE1")


@pytest.fixture
def importer(services: Services) -> ParticipantImportService:
    return services.participant_import


@pytest.fixture
def cohort(factory: Factory) -> int:
    return factory.cohort()


def _persons(database: Database) -> list[Person]:
    with database.transaction() as session:
        return list(
            session.scalars(
                select(Person).options(selectinload(Person.workplace)).order_by(Person.id)
            )
        )


def _enrolled(database: Database, cohort_id: int) -> int:
    with database.transaction() as session:
        count = session.scalar(
            select(func.count()).select_from(Enrollment).where(Enrollment.cohort_id == cohort_id)
        )
        return int(count or 0)


def _counts(preview: ImportPreview) -> dict[RowOutcome, int]:
    return {outcome: preview.count(outcome) for outcome in RowOutcome if preview.count(outcome)}


# -- the samples ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "count"),
    [
        ("deltagare_ren.xlsx", 25),
        ("anmalningar_excel.csv", 30),
        ("anmalningar_utf8.csv", 12),
        ("med_rubrikrad.xlsx", 15),
    ],
)
def test_clean_samples_import_as_new_enrolled_persons(
    importer: ParticipantImportService,
    database: Database,
    cohort: int,
    name: str,
    count: int,
    samples: Path,
) -> None:
    preview = importer.preview_file(samples / name, cohort)
    assert _counts(preview) == {RowOutcome.NEW: count}
    result = importer.run(preview)
    assert (result.created, result.updated, result.unchanged, result.enrolled) == (
        count,
        0,
        0,
        count,
    )
    assert result.summary == f"{count} nya, 0 uppdaterade, 0 oförändrade"
    persons = _persons(database)
    assert len(persons) == count
    assert _enrolled(database, cohort) == count
    for person in persons:
        assert person.email_key == email_key(person.email)
        workplace = person.workplace.name if person.workplace else ""
        assert person.search_key == person_search_key(
            person.first_name, person.last_name, person.email, workplace, person.title, ""
        )


def test_swedish_letters_survive_the_excel_csv(
    importer: ParticipantImportService, database: Database, cohort: int, samples: Path
) -> None:
    importer.run(importer.preview_file(samples / "anmalningar_excel.csv", cohort))
    names = " ".join(f"{p.first_name} {p.last_name}" for p in _persons(database))
    assert re.search("[åäöÅÄÖ]", names)
    assert "Ã" not in names


def test_two_column_names_are_joined(
    importer: ParticipantImportService, database: Database, cohort: int, samples: Path
) -> None:
    preview = importer.preview_file(samples / "anmalningar_utf8.csv", cohort)
    assert F.FIRST_NAME in preview.mapping
    assert F.LAST_NAME in preview.mapping
    importer.run(preview)
    assert all(p.first_name and p.last_name for p in _persons(database))


def test_problem_sample_is_refused_with_four_problems_and_nothing_saved(
    importer: ParticipantImportService, database: Database, cohort: int, samples: Path
) -> None:
    before = database_snapshot(database)
    preview = importer.preview_file(samples / "problemrader.xlsx", cohort)
    assert [(p.row, p.column_label) for p in preview.problems] == [
        (5, "E-post"),
        (8, "E-post"),
        (10, "Namn"),
        (11, "E-post"),
    ]
    assert preview.problem_lines()[1] == (
        f"{samples / 'problemrader.xlsx'}:8: E-post: "
        "”SOFIA.SJOBERG402@EXAMPLE.SE” är samma e-post som rad 4."
    )
    duplicate = next(row for row in preview.rows if row.row == 8)
    assert (duplicate.outcome, duplicate.duplicate_of) == (RowOutcome.DUPLICATE, 4)
    assert next(row for row in preview.rows if row.row == 10).outcome is RowOutcome.ERROR
    with pytest.raises(RowsRefusedError) as caught:
        importer.run(preview)
    assert "4 rader" in str(caught.value)
    assert len(caught.value.problems) == 4
    assert database_snapshot(database) == before


def test_problem_sample_with_skip_invalid_imports_six(
    importer: ParticipantImportService, database: Database, cohort: int, samples: Path
) -> None:
    preview = importer.preview_file(samples / "problemrader.xlsx", cohort)
    result = importer.run(preview, skip_invalid=True)
    assert result.created == 6
    assert [row.row for row in result.skipped] == [5, 8, 10, 11]
    assert len(_persons(database)) == 6


def test_skipped_rows_are_saved_with_a_problem_column(
    importer: ParticipantImportService, cohort: int, tmp_path: Path, samples: Path
) -> None:
    preview = importer.preview_file(samples / "problemrader.xlsx", cohort)
    saved = importer.save_skipped(preview, preview.skipped, tmp_path / "överhoppade.xlsx")
    sheet = openpyxl.load_workbook(saved).active
    assert sheet is not None
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][-2:] == ("Problem", "Rad i originalfilen")
    assert rows[0][: len(preview.sheet.header.labels)] == preview.sheet.header.labels
    assert [row[-1] for row in rows[1:]] == [5, 8, 10, 11]
    assert "samma e-post som rad 4" in str(rows[2][-2])
    # The saved file, corrected, is a participant list again.
    assert importer.read_file(saved).header.mapping == preview.mapping


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("okand_rubrik.xlsx", HeaderNotFoundError),
        ("trasig.xlsx", CorruptWorkbookError),
        ("inte_excel.xlsx", NotASpreadsheetError),
    ],
)
def test_unreadable_samples_are_refused_and_the_database_is_unchanged(
    importer: ParticipantImportService,
    database: Database,
    cohort: int,
    name: str,
    error: type[FileReadError],
    samples: Path,
) -> None:
    before = database_snapshot(database)
    with pytest.raises(error) as caught:
        importer.preview_file(samples / name, cohort)
    assert name in str(caught.value)
    if error is HeaderNotFoundError:
        for column in ("Namn", "E-post", "Skola/enhet", "Befattning", "Telefon"):
            assert column in str(caught.value)
    assert database_snapshot(database) == before


# -- outcomes ------------------------------------------------------------------------------
def test_second_import_of_the_same_file_changes_nothing(
    importer: ParticipantImportService, database: Database, cohort: int, samples: Path
) -> None:
    importer.run(importer.preview_file(samples / "deltagare_ren.xlsx", cohort))
    before = database_snapshot(database)
    preview = importer.preview_file(samples / "deltagare_ren.xlsx", cohort)
    assert _counts(preview) == {RowOutcome.UNCHANGED: 25}
    result = importer.run(preview)
    assert result.summary == "0 nya, 0 uppdaterade, 25 oförändrade"
    assert database_snapshot(database) == before


def test_existing_person_is_matched_by_email_updated_and_enrolled(
    importer: ParticipantImportService,
    database: Database,
    factory: Factory,
    cohort: int,
    tmp_path: Path,
) -> None:
    school = factory.workplace("Torsboskolan")
    person = factory.person(
        "Åsa", "Öberg", email="asa.oberg@example.se", workplace_id=school, title="Lärare"
    )
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        [
            ["Namn", "E-post", "Skola", "Befattning", "Telefon"],
            ["Åsa Öberg", "ASA.OBERG@example.se", "torsboskolan", "Rektor", "070-111 22 33"],
        ],
    )
    preview = importer.preview_file(path, cohort)
    (row,) = preview.rows
    assert (row.outcome, row.person_id) == (RowOutcome.UPDATE, person)
    assert "samma e-post" in row.detail
    assert "Telefon: tomt → ”070-111 22 33”; Befattning: ”Lärare” → ”Rektor”." in row.detail
    assert "Antas till omgången" in row.detail
    assert "Arbetsplatsen" not in row.detail  # matched without regard to case
    assert preview.new_workplaces == ()
    result = importer.run(preview)
    assert (result.created, result.updated, result.enrolled) == (0, 1, 1)
    (stored,) = _persons(database)
    assert (stored.title, stored.phone, stored.workplace_id) == ("Rektor", "070-111 22 33", school)
    assert stored.email == "asa.oberg@example.se"  # the register's spelling is kept
    assert stored.search_key == "åsa öberg asa.oberg@example.se torsboskolan rektor"


def test_empty_cells_never_clear_what_the_register_knows(
    importer: ParticipantImportService,
    database: Database,
    factory: Factory,
    cohort: int,
    tmp_path: Path,
) -> None:
    person = factory.person("Per", "Ek", email="per.ek@example.se", phone="070-1", title="Lärare")
    factory.enrollment(cohort, person)
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        [["Namn", "E-post", "Befattning", "Telefon"], ["Per Ek", "per.ek@example.se", None, None]],
    )
    preview = importer.preview_file(path, cohort)
    assert preview.rows[0].outcome is RowOutcome.UNCHANGED
    importer.run(preview)
    (stored,) = _persons(database)
    assert (stored.title, stored.phone) == ("Lärare", "070-1")


def test_person_without_email_is_matched_by_name_and_workplace(
    importer: ParticipantImportService,
    database: Database,
    factory: Factory,
    cohort: int,
    tmp_path: Path,
) -> None:
    school = factory.workplace("Sylteskolan")
    person = factory.person("Leila", "Haddad", email="", workplace_id=school)
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        [
            ["Förnamn", "Efternamn", "Skola", "E-post"],
            ["Leila", "Haddad", "SYLTESKOLAN", "leila.haddad@example.se"],
            ["Leila", "Haddad", "Sylteskolan", None],
            ["Leila", "Haddad", "Strandskolan", None],
        ],
    )
    preview = importer.preview_file(path, cohort)
    outcomes = [(row.row, row.outcome, row.person_id, row.duplicate_of) for row in preview.rows]
    assert outcomes == [
        (2, RowOutcome.UPDATE, person, None),
        (3, RowOutcome.DUPLICATE, None, 2),
        (4, RowOutcome.NEW, None, None),
    ]
    assert "samma namn och arbetsplats" in preview.rows[0].detail
    assert preview.new_workplaces == ("Strandskolan",)
    importer.run(preview, skip_invalid=True)
    stored = {p.id: p for p in _persons(database)}
    assert stored[person].email == "leila.haddad@example.se"
    assert len(stored) == 2


def test_one_existing_person_is_matched_by_one_row_only(
    importer: ParticipantImportService,
    database: Database,
    factory: Factory,
    cohort: int,
    tmp_path: Path,
) -> None:
    school = factory.workplace("Sylteskolan")
    person = factory.person("Leila", "Haddad", email="", workplace_id=school)
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        [
            ["Förnamn", "Efternamn", "Skola", "E-post"],
            ["Leila", "Haddad", "Sylteskolan", "leila.h@example.se"],
            ["Leila", "Haddad", "Sylteskolan", "leila.haddad@example.se"],
        ],
    )
    preview = importer.preview_file(path, cohort)
    assert [(row.outcome, row.person_id) for row in preview.rows] == [
        (RowOutcome.UPDATE, person),
        (RowOutcome.NEW, None),
    ]
    result = importer.run(preview)
    assert (result.created, result.updated, result.enrolled) == (1, 1, 2)
    assert len(_persons(database)) == 2


def test_workplaces_are_matched_without_regard_to_case_or_created_once(
    importer: ParticipantImportService,
    database: Database,
    factory: Factory,
    cohort: int,
    tmp_path: Path,
) -> None:
    existing = factory.workplace("Björnens förskola")
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        [
            ["Namn", "E-post", "Arbetsplats"],
            ["Anna Berg", "anna@example.se", "BJÖRNENS FÖRSKOLA"],
            ["Per Ek", "per@example.se", "Nils Ericsonsgymnasiet"],
            ["Eva Lund", "eva@example.se", "nils ericsonsgymnasiet"],
        ],
    )
    preview = importer.preview_file(path, cohort)
    assert preview.new_workplaces == ("Nils Ericsonsgymnasiet",)
    result = importer.run(preview)
    assert result.workplaces_created == 1
    with database.transaction() as session:
        workplaces = {w.name: (w.id, w.kind) for w in session.scalars(select(Workplace))}
    assert workplaces == {
        "Björnens förskola": (existing, WorkplaceKind.OTHER),
        "Nils Ericsonsgymnasiet": (
            workplaces["Nils Ericsonsgymnasiet"][0],
            WorkplaceKind.UPPER_SECONDARY,
        ),
    }
    persons = _persons(database)
    assert persons[0].workplace_id == existing
    assert persons[1].workplace_id == persons[2].workplace_id


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Solrosens förskola", WorkplaceKind.PRESCHOOL),
        ("Torsboskolan", WorkplaceKind.COMPULSORY_SCHOOL),
        ("Nils Ericsonsgymnasiet", WorkplaceKind.UPPER_SECONDARY),
        ("Barn- och utbildningsförvaltningen", WorkplaceKind.ADMINISTRATION),
        ("Fritidsgården", WorkplaceKind.OTHER),
    ],
)
def test_guess_workplace_kind(name: str, kind: WorkplaceKind) -> None:
    assert guess_workplace_kind(name) is kind


def test_already_enrolled_persons_keep_their_status(
    importer: ParticipantImportService,
    database: Database,
    factory: Factory,
    cohort: int,
    tmp_path: Path,
) -> None:
    person = factory.person("Per", "Ek", email="per@example.se")
    factory.enrollment(cohort, person, status=EnrollmentStatus.WITHDRAWN)
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        [["Namn", "E-post", "Kommentar"], ["Per Ek", "per@example.se", "Vill börja igen"]],
    )
    preview = importer.preview_file(path, cohort)
    assert preview.rows[0].outcome is RowOutcome.UPDATE
    assert preview.rows[0].detail.endswith("Anteckningen läggs till.")
    importer.run(preview)
    with database.transaction() as session:
        enrolment = session.scalars(select(Enrollment)).one()
        assert (enrolment.status, enrolment.notes) == (
            EnrollmentStatus.WITHDRAWN,
            "Vill börja igen",
        )


def test_new_enrolment_starts_on_the_cohort_start_date_with_notes(
    importer: ParticipantImportService, database: Database, cohort: int, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        [["Namn", "E-post", "Övrigt"], ["Anna Berg", "anna@example.se", "Vegetarian"]],
    )
    importer.run(importer.preview_file(path, cohort))
    with database.transaction() as session:
        enrolment = session.scalars(select(Enrollment)).one()
        assert enrolment.status is EnrollmentStatus.ENROLLED
        assert enrolment.joined_on is not None
        assert enrolment.joined_on == enrolment.cohort.start_date
        assert enrolment.notes == "Vegetarian"


def test_too_long_values_are_row_problems(
    importer: ParticipantImportService, cohort: int, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        [["Namn", "E-post", "Befattning"], ["Anna Berg", "anna@example.se", "x" * 201]],
    )
    preview = importer.preview_file(path, cohort)
    (problem,) = preview.problems
    assert (problem.row, problem.column_label) == (2, "Befattning")
    assert "högst 200 tecken" in problem.message


@pytest.mark.parametrize(
    ("column", "limit"),
    [("Förnamn", 100), ("Efternamn", 100), ("Telefon", 50), ("Befattning", 200), ("Skola", 200)],
)
def test_each_field_refuses_only_values_over_its_limit(
    importer: ParticipantImportService, cohort: int, tmp_path: Path, column: str, limit: int
) -> None:
    header = ["Förnamn", "Efternamn", "E-post", "Telefon", "Befattning", "Skola"]
    plain = ["Anna", "Berg", None, "0520-123", "Lärare", "Torsbo"]
    at = header.index(column)
    rows = []
    for number, length in enumerate([limit, limit + 1, 3]):
        row = [*plain]
        row[2] = f"anna{number}@example.se"
        row[at] = "x" * length
        rows.append(row)
    preview = importer.preview_file(write_xlsx(tmp_path / "lista.xlsx", [header, *rows]), cohort)
    assert [(p.row, p.column_label) for p in preview.problems] == [(3, column)]
    assert f"högst {limit} tecken (här {limit + 1})" in preview.problems[0].message
    assert preview.count(RowOutcome.NEW) == 2


def test_mapping_chosen_by_the_user_is_used(
    importer: ParticipantImportService, database: Database, cohort: int, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        [["Namn", "Kontakt", "Övrigt"], ["Anna Berg", "anna@example.se", "Torsboskolan"]],
    )
    sheet = importer.read_file(path)
    mapping = sheet.header.mapping.with_column(F.EMAIL, 1).with_column(F.NOTES, None)
    preview = importer.preview(sheet, cohort, mapping.with_column(F.WORKPLACE, 2))
    assert preview.rows[0].email == "anna@example.se"
    assert preview.rows[0].workplace == "Torsboskolan"
    with pytest.raises(ValidationError):
        importer.preview(sheet, cohort, ColumnMapping({F.EMAIL: 1}))


def test_progress_is_reported_and_cancelling_saves_nothing(
    importer: ParticipantImportService, database: Database, cohort: int, samples: Path
) -> None:
    preview = importer.preview_file(samples / "deltagare_ren.xlsx", cohort)
    before = database_snapshot(database)
    seen: list[tuple[int, int]] = []

    def cancel_midway(done: int, total: int) -> None:
        seen.append((done, total))
        if done > total // 2:
            raise OperationCancelled

    with pytest.raises(OperationCancelled):
        importer.run(preview, progress=cancel_midway)
    assert seen[0][0] == 0
    assert database_snapshot(database) == before
    reported: list[tuple[int, int]] = []
    importer.run(preview, progress=lambda done, total: reported.append((done, total)))
    assert reported[-1][0] == reported[-1][1]
    assert [done for done, _ in reported] == sorted(done for done, _ in reported)


def test_rows_matched_again_at_import_time(
    importer: ParticipantImportService,
    database: Database,
    factory: Factory,
    cohort: int,
    tmp_path: Path,
) -> None:
    path = write_xlsx(tmp_path / "lista.xlsx", [["Namn", "E-post"], ["Per Ek", "per@example.se"]])
    preview = importer.preview_file(path, cohort)
    assert preview.rows[0].outcome is RowOutcome.NEW
    factory.person("Per", "Ek", email="per@example.se")  # added meanwhile by someone else
    result = importer.run(preview)
    assert (result.created, result.updated) == (0, 1)
    assert len(_persons(database)) == 1


def test_file_open_in_excel_is_a_warning_in_the_preview_and_nothing_is_saved_yet(
    importer: ParticipantImportService, database: Database, cohort: int, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "lista.xlsx", [["Namn", "E-post"], ["Per Ek", "per@example.se"]])
    (tmp_path / "~$lista.xlsx").write_bytes(b"lock")
    before = database_snapshot(database)
    preview = importer.preview_file(path, cohort)
    (warning,) = preview.warnings
    assert "öppen i ett annat program" in warning
    assert "senast sparade versionen" in warning
    assert database_snapshot(database) == before
    assert importer.run(preview).created == 1  # the user saw the warning and went on


# -- bad input never hurts -----------------------------------------------------------------
def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _truncated(tmp_path: Path) -> Path:
    whole = write_xlsx(tmp_path / "hel.xlsx", [["Namn", "E-post"], ["Anna Berg", "a@b.se"]])
    return _write(tmp_path / "avklippt.xlsx", whole.read_bytes()[:600])


def _blank_formatted(tmp_path: Path) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    fill = PatternFill("solid", fgColor="FFFF00")
    for number in range(1, 50_001):
        sheet.cell(row=number, column=1, value=" ").fill = fill
    path = tmp_path / "formaterad.xlsx"
    workbook.save(path)
    return path


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda d: _write(d / "lista.pdf", b"%PDF-1.7"), UnsupportedFileTypeError),
        (lambda d: _write(d / "lista.xlsx", b"Namn;E-post\r\n"), NotASpreadsheetError),
        (lambda d: _write(d / "lösen.xlsx", OLE_MAGIC + bytes(4088)), EncryptedWorkbookError),
        (_truncated, CorruptWorkbookError),
        (lambda d: write_xlsx(d / "rubrik.xlsx", [["Förnamn"], ["Anna"]]), HeaderNotFoundError),
        (lambda d: write_xlsx(d / "tomt.xlsx", []), EmptySheetError),
        (_blank_formatted, EmptySheetError),
        (lambda d: write_csv(d / "tom.csv", []), EmptySheetError),
    ],
)
def test_bad_files_give_a_clear_error_and_leave_the_database_as_it_was(
    importer: ParticipantImportService,
    database: Database,
    demo: Services,
    tmp_path: Path,
    make: Callable[[Path], Path],
    error: type[FileReadError],
) -> None:
    cohort = demo.catalog.programmes()[0].cohorts[0].id
    path = make(tmp_path)
    before = database_snapshot(database)
    with pytest.raises(error) as caught:
        importer.preview_file(path, cohort)
    assert isinstance(caught.value, DomainError)
    assert path.name in str(caught.value)
    assert database_snapshot(database) == before


def _with_formula(tmp_path: Path) -> Path:
    """A workbook as Excel saves it: a formula cell with its cached result."""
    source = write_xlsx(
        tmp_path / "källa.xlsx",
        [["Namn", "E-post"], ["Anna Berg", "PLACEHOLDER"], ["Per Ek", "=1+"]],
    )
    path = tmp_path / "formler.xlsx"
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as copy:
        for member in original.namelist():
            data = original.read(member)
            if member == "xl/worksheets/sheet1.xml":
                text = data.decode()
                text = re.sub(
                    r'<c r="B2"[^>]*>.*?</c>',
                    '<c r="B2" t="str"><f>LOWER("ANNA@EXAMPLE.SE")</f><v>anna@example.se</v></c>',
                    text,
                )
                data = text.encode()
            copy.writestr(member, data)
    return path


def test_formulas_read_as_their_results_and_uncomputed_ones_as_empty_cells(
    importer: ParticipantImportService, database: Database, cohort: int, tmp_path: Path
) -> None:
    preview = importer.preview_file(_with_formula(tmp_path), cohort)
    assert [(row.name, row.email) for row in preview.rows] == [
        ("Anna Berg", "anna@example.se"),
        ("Per Ek", ""),
    ]
    importer.run(preview)
    assert [p.email for p in _persons(database)] == ["anna@example.se", None]


def test_merged_workplace_cells_apply_to_every_row(
    importer: ParticipantImportService, database: Database, cohort: int, tmp_path: Path
) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Anmälda till Ledare på lut", None, None])
    sheet.append(["Namn", "E-post", "Skola"])
    sheet.append(["Anna Berg", "anna@example.se", "Torsboskolan"])
    sheet.append(["Per Ek", "per@example.se", None])
    sheet.merge_cells("A1:C1")
    sheet.merge_cells("C3:C4")
    path = tmp_path / "sammanslagna.xlsx"
    workbook.save(path)
    preview = importer.preview_file(path, cohort)
    assert [row.workplace for row in preview.rows] == ["Torsboskolan", "Torsboskolan"]
    importer.run(preview)
    assert {p.workplace_id for p in _persons(database)} != {None}


def test_notes_reach_the_right_enrolments_of_new_and_matched_persons(
    importer: ParticipantImportService,
    database: Database,
    factory: Factory,
    cohort: int,
    tmp_path: Path,
) -> None:
    school = factory.workplace("Sylteskolan")
    factory.person("Leila", "Haddad", email="leila@example.se", workplace_id=school)
    other = factory.person("Bo", "Ek", email="bo@example.se")  # registered, not in the file
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        [
            ["Namn", "E-post", "Skola", "Kommentar"],
            ["Anna Berg", None, "Sylteskolan", "Kommer sent"],
            ["Anna Berg", None, "Strandskolan", None],
            ["Per Ek", "per@example.se", None, "Vegetarian"],
            ["Leila Haddad", "leila@example.se", "Sylteskolan", "Mentor"],
            ["Eva Lind", "eva@example.se", "Strandskolan", None],
        ],
    )
    result = importer.run(importer.preview_file(path, cohort))
    assert (result.created, result.updated, result.enrolled) == (4, 1, 5)
    with database.transaction() as session:
        notes = {
            (e.person.first_name, e.person.workplace.name if e.person.workplace else ""): e.notes
            for e in session.scalars(select(Enrollment).where(Enrollment.cohort_id == cohort))
        }
        created = session.scalars(select(Person.created_at).where(Person.id > other)).all()
    assert notes == {
        ("Anna", "Sylteskolan"): "Kommer sent",
        ("Anna", "Strandskolan"): "",
        ("Per", ""): "Vegetarian",
        ("Leila", "Sylteskolan"): "Mentor",
        ("Eva", "Strandskolan"): "",
    }
    assert len(created) == 4
    assert len(set(created)) == 1  # one creation time for one import


def test_a_register_bigger_than_the_file_is_searched_by_address_and_name(
    importer: ParticipantImportService, factory: Factory, cohort: int, tmp_path: Path
) -> None:
    school = factory.workplace("Sylteskolan")
    by_email = factory.person("Per", "Ek", email="per@example.se")
    by_name = factory.person("Leila", "Haddad", email="", workplace_id=school)
    for number in range(6):  # more persons than the file has addresses and last names
        factory.person("Anna", f"Berg{number}", email=f"anna{number}@example.se")
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        [
            ["Namn", "E-post", "Skola"],
            ["Per Ek", "PER@example.se", None],
            ["Leila Haddad", None, "Sylteskolan"],
            ["Anna Berg", "anna@example.se", None],
        ],
    )
    preview = importer.preview_file(path, cohort)
    assert [(row.outcome, row.person_id) for row in preview.rows] == [
        (RowOutcome.UPDATE, by_email),
        (RowOutcome.UPDATE, by_name),
        (RowOutcome.NEW, None),
    ]


def _statements_during(database: Database, action: Callable[[], object]) -> list[str]:
    """The SQL statements `action` sends to the database."""
    sent: list[str] = []

    def record(*args: object) -> None:
        sent.append(str(args[2]))

    event.listen(database.engine, "before_cursor_execute", record)
    try:
        action()
    finally:
        event.remove(database.engine, "before_cursor_execute", record)
    return sent


def test_the_register_is_read_once_per_import_when_nothing_changed(
    importer: ParticipantImportService,
    database: Database,
    factory: Factory,
    cohort: int,
    tmp_path: Path,
) -> None:
    factory.person("Per", "Ek", email="per@example.se")
    path = write_xlsx(
        tmp_path / "lista.xlsx",
        [["Namn", "E-post"], ["Per Ek", "per@example.se"], ["Eva Lind", "eva@example.se"]],
    )
    preview = importer.preview_file(path, cohort)
    sent = _statements_during(database, lambda: importer.run(preview))
    assert not [s for s in sent if "person.email_key IN" in s]
    assert len(_persons(database)) == 2


def test_a_person_changed_between_preview_and_run_is_read_again(
    importer: ParticipantImportService,
    services: Services,
    database: Database,
    factory: Factory,
    cohort: int,
    tmp_path: Path,
) -> None:
    per = factory.person("Per", "Ek", email="per@example.se")
    path = write_xlsx(tmp_path / "lista.xlsx", [["Namn", "E-post"], ["Per Ek", "per@x.se"]])
    preview = importer.preview_file(path, cohort)
    assert preview.rows[0].outcome is RowOutcome.NEW
    details = services.participants.person(per).as_input()
    services.participants.update(per, replace(details, email="per@x.se"))
    sent = _statements_during(database, lambda: importer.run(preview))
    assert [s for s in sent if "person.email_key IN" in s]
    assert len(_persons(database)) == 1

"""Every export survives text that looks like a formula or holds control characters, also
text stored before such text was refused: no formula cell, no control character, CSV prefixed."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import text

from seminarkoll.data.database import Database
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.errors import ValidationError
from seminarkoll.domain.text import FORMULA_STARTS
from seminarkoll.exchange.problem_rows import SkippedRow, write_skipped_rows
from seminarkoll.services.attendance import CellRef
from seminarkoll.services.container import Services
from seminarkoll.services.participants import PersonInput
from tests.factories import Factory
from tests.hostile_text import CONTROL, HOSTILE, poison


def _assert_safe_workbook(path: Path) -> int:
    """Every text cell is stored as text and free of control characters; returns how many
    cells start like a formula (so the test knows it saw hostile text)."""
    formula_like = 0
    for sheet in openpyxl.load_workbook(path).worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    assert cell.data_type == "s", (sheet.title, cell.coordinate, cell.value)
                    assert not CONTROL & set(cell.value), (cell.coordinate, cell.value)
                    formula_like += cell.value.startswith(FORMULA_STARTS)
    return formula_like


@pytest.fixture
def poisoned(demo: Services, database: Database) -> Services:
    """The example programme with hostile text in every exported column."""
    poison(database)
    return demo


def _cohort(services: Services) -> int:
    return services.catalog.programmes()[0].cohorts[0].id


@pytest.mark.sqlite_file  # NUL cannot be stored on PostgreSQL at all
def test_every_xlsx_export_writes_hostile_text_as_text(poisoned: Services, tmp_path: Path) -> None:
    cohort = _cohort(poisoned)
    exports = poisoned.exports
    seminar = poisoned.catalog.cohort_overview(cohort).seminars[0].id
    programme = poisoned.catalog.programmes()[0].id
    paths = [
        exports.export_roster(cohort, tmp_path / "deltagare.xlsx").path,
        exports.export_attendance(cohort, tmp_path / "närvaro.xlsx").path,
        exports.export_schedule(cohort, tmp_path / "schema.xlsx").path,
        exports.export_cohort(cohort, tmp_path / "omgång.xlsx").path,
        exports.export_signin(seminar, tmp_path / "närvarolista.xlsx").path,
        poisoned.reports.export_cohort(cohort, tmp_path / "rapport.xlsx").path,
        poisoned.reports.export_programme(programme, tmp_path / "programrapport.xlsx").path,
        poisoned.alumni.export_pipeline(programme, tmp_path / "rekrytering.xlsx").path,
    ]
    person = poisoned.participants.register()[0].id
    poisoned.person_data.export(person, tmp_path / "registerutdrag.xlsx")
    paths.append(tmp_path / "registerutdrag.xlsx")
    for path in paths:
        assert _assert_safe_workbook(path) > 0, path.name


def test_the_skipped_rows_file_writes_hostile_text_as_text(tmp_path: Path) -> None:
    rows = [
        SkippedRow(number, (text, f"{text}@x.se"), text) for number, text in enumerate(HOSTILE, 2)
    ]
    path = write_skipped_rows(list(HOSTILE[:2]), rows, tmp_path / "överhoppade.xlsx")
    assert _assert_safe_workbook(path) >= len(HOSTILE) * 3


@pytest.mark.sqlite_file  # NUL cannot be stored on PostgreSQL at all
def test_the_roster_csv_prefixes_formula_like_cells(poisoned: Services, tmp_path: Path) -> None:
    path = poisoned.exports.export_roster(_cohort(poisoned), tmp_path / "deltagare.csv").path
    text = path.read_bytes().decode("utf-8-sig")
    assert not CONTROL & set(text.replace("\r\n", ""))
    records = list(csv.reader(text.splitlines(), delimiter=";"))
    prefixed = 0
    for record in records[1:]:
        for field in record:
            assert not field.startswith(FORMULA_STARTS), field
            prefixed += field.startswith("'")
    assert prefixed >= len(records) - 1


def test_an_address_that_reads_as_a_formula_is_refused(services: Services) -> None:
    for address in ("=1+1@example.se", "+anna@example.se", "-x@example.se"):
        with pytest.raises(ValidationError) as caught:
            services.participants.create(PersonInput("Anna", "Berg", email=address))
        assert "skulle läsas som en formel" in str(caught.value)


def test_control_characters_are_never_stored(services: Services, database: Database) -> None:
    person = services.participants.create(
        PersonInput("An\x1b[31mna", "Be\x00rg", notes="rad 1\nrad\x07 2\tslut")
    )
    details = services.participants.person(person)
    assert (details.first_name, details.last_name) == ("An[31mna", "Berg")
    assert details.notes == "rad 1\nrad 2\tslut"


def test_an_attendance_note_never_stores_control_characters(
    services: Services, database: Database, factory: Factory
) -> None:
    cohort = factory.cohort()
    seminar = factory.seminar(cohort, 1, date(2025, 9, 15))
    enrollment = factory.enrollment(cohort)
    services.attendance.set_status([CellRef(enrollment, seminar)], AttendanceStatus.LATE)
    services.attendance.set_note(enrollment, seminar, "\x1b]0;titel\x07kom sent\x00")
    with database.engine.connect() as connection:
        note = connection.execute(
            text("SELECT note FROM attendance WHERE enrollment_id = :e AND seminar_id = :s"),
            {"e": enrollment, "s": seminar},
        ).scalar_one()
    assert note == "]0;titelkom sent"

"""Write a programme's alumni pipeline (who became school leaders) as an Excel workbook."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from seminarkoll.domain.exports import file_word
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate
from seminarkoll.exchange.xlsx_layout import (
    HEADER_ROW,
    append_heading,
    append_row,
    area,
    dated,
    percent,
    prepare_sheet,
    save_workbook,
    table,
)

SUMMARY_SHEET = QT_TRANSLATE_NOOP("FileWords", "Översikt")
ALUMNI_SHEET = QT_TRANSLATE_NOOP("FileWords", "Alumner")

SUMMARY_COLUMNS = (
    QT_TRANSLATE_NOOP("FileWords", "Omgång"),
    QT_TRANSLATE_NOOP("FileWords", "Läsår"),
    QT_TRANSLATE_NOOP("FileWords", "Avslutad"),
    QT_TRANSLATE_NOOP("FileWords", "Godkända"),
    QT_TRANSLATE_NOOP("FileWords", "I ledarroll nu"),
    QT_TRANSLATE_NOOP("FileWords", "Någon gång i ledarroll"),
    QT_TRANSLATE_NOOP("FileWords", "Andel någon gång"),
    QT_TRANSLATE_NOOP("FileWords", "Median till första roll (månader)"),
)
ALUMNI_COLUMNS = (
    QT_TRANSLATE_NOOP("FileWords", "Omgång"),
    QT_TRANSLATE_NOOP("FileWords", "Efternamn"),
    QT_TRANSLATE_NOOP("FileWords", "Förnamn"),
    QT_TRANSLATE_NOOP("FileWords", "Första roll efter programmet"),
    QT_TRANSLATE_NOOP("FileWords", "Från"),
    QT_TRANSLATE_NOOP("FileWords", "Roll nu"),
)


@dataclass(frozen=True)
class PipelineLine:
    """One cohort's figures as the workbook shows them."""

    cohort_name: str
    school_year: str
    completed_on: date
    alumni: int
    in_role_now: int
    ever_in_role: int
    median_months: float | None


@dataclass(frozen=True)
class AlumnusLine:
    """One alumnus as the workbook lists them."""

    cohort_name: str
    last_name: str
    first_name: str
    first_role: str
    first_role_on: date | None
    current_role: str


@dataclass(frozen=True)
class PipelineExport:
    """Everything the pipeline workbook shows."""

    programme_name: str
    made_on: date
    lines: Sequence[PipelineLine]
    alumni: Sequence[AlumnusLine]


def write_pipeline_workbook(data: PipelineExport, path: Path) -> Path:
    """Save the pipeline as .xlsx: a summary per cohort and a list of alumni."""

    workbook = Workbook(write_only=True)
    workbook.properties.creator = "Seminarkoll"
    workbook.properties.title = _title(data)

    def fill(book: Workbook) -> None:
        _summary(book.create_sheet(file_word(SUMMARY_SHEET)), data)
        _alumni(book.create_sheet(file_word(ALUMNI_SHEET)), data)

    return save_workbook(workbook, path, fill)


def _summary(sheet: WriteOnlyWorksheet, data: PipelineExport) -> None:
    prepare_sheet(sheet, (16, 11, 12, 11, 14, 20, 16, 18), freeze=f"A{HEADER_ROW + 1}", id_row=True)
    append_heading(
        sheet,
        _title(data),
        translate("FileWords", "Alumner i ledarroller per omgång, utdrag {date}").format(
            date=data.made_on.isoformat()
        ),
        [file_word(column) for column in SUMMARY_COLUMNS],
    )
    for line in data.lines:
        share = line.ever_in_role / line.alumni if line.alumni else None
        append_row(
            sheet,
            [
                line.cohort_name,
                line.school_year,
                dated(sheet, line.completed_on),
                line.alumni,
                line.in_role_now,
                line.ever_in_role,
                percent(sheet, share),
                None if line.median_months is None else round(line.median_months, 1),
            ],
        )
    last = HEADER_ROW + max(len(data.lines), 1)
    table(sheet, area(1, HEADER_ROW, len(SUMMARY_COLUMNS), last))


def _alumni(sheet: WriteOnlyWorksheet, data: PipelineExport) -> None:
    prepare_sheet(sheet, (16, 18, 14, 36, 12, 36), freeze=f"A{HEADER_ROW + 1}", id_row=True)
    append_heading(
        sheet,
        translate("FileWords", "Alumner – {programme}").format(programme=data.programme_name),
        translate("FileWords", "Godkända deltagare och deras roller"),
        [file_word(column) for column in ALUMNI_COLUMNS],
    )
    for person in data.alumni:
        append_row(
            sheet,
            [
                person.cohort_name,
                person.last_name,
                person.first_name,
                person.first_role,
                None if person.first_role_on is None else dated(sheet, person.first_role_on),
                person.current_role,
            ],
        )
    last = HEADER_ROW + max(len(data.alumni), 1)
    table(sheet, area(1, HEADER_ROW, len(ALUMNI_COLUMNS), last))


def _title(data: PipelineExport) -> str:
    return translate("FileWords", "Rekryteringsutfall – {programme}").format(
        programme=data.programme_name
    )

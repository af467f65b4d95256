"""Write a programme's alumni pipeline (who became school leaders) as an Excel workbook."""

from __future__ import annotations

from pathlib import Path

from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from seminarkoll.domain.career import PipelineReport
from seminarkoll.domain.exports import file_word
from seminarkoll.domain.text import name_key
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate
from seminarkoll.exchange.xlsx_layout import (
    HEADER_ROW,
    append_heading,
    append_row,
    area,
    blank_workbook,
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


def write_pipeline_workbook(report: PipelineReport, path: Path) -> Path:
    """Save the pipeline as .xlsx: a summary per cohort and a list of alumni."""

    def fill(book: Workbook) -> None:
        _summary(book.create_sheet(file_word(SUMMARY_SHEET)), report)
        _alumni(book.create_sheet(file_word(ALUMNI_SHEET)), report)

    return save_workbook(blank_workbook(_title(report)), path, fill)


def _summary(sheet: WriteOnlyWorksheet, report: PipelineReport) -> None:
    prepare_sheet(sheet, (16, 11, 12, 11, 14, 20, 16, 18), freeze=f"A{HEADER_ROW + 1}", id_row=True)
    append_heading(
        sheet,
        _title(report),
        translate("FileWords", "Alumner i ledarroller per omgång, utdrag {date}").format(
            date=report.today.isoformat()
        ),
        [file_word(column) for column in SUMMARY_COLUMNS],
    )
    for line in report.cohorts:
        append_row(
            sheet,
            [
                line.cohort_name,
                line.school_year,
                dated(sheet, line.completed_on),
                line.alumni,
                line.in_role_now,
                line.ever_in_role,
                percent(sheet, line.share),
                None if line.median_months is None else round(line.median_months, 1),
            ],
        )
    last = HEADER_ROW + max(len(report.cohorts), 1)
    table(sheet, area(1, HEADER_ROW, len(SUMMARY_COLUMNS), last))


def _alumni(sheet: WriteOnlyWorksheet, report: PipelineReport) -> None:
    prepare_sheet(sheet, (16, 18, 14, 36, 12, 36), freeze=f"A{HEADER_ROW + 1}", id_row=True)
    append_heading(
        sheet,
        translate("FileWords", "Alumner – {programme}").format(programme=report.programme_name),
        translate("FileWords", "Godkända deltagare och deras roller"),
        [file_word(column) for column in ALUMNI_COLUMNS],
    )
    alumni = [
        (cohort.cohort_name, person)
        for cohort in report.cohorts
        for person in sorted(cohort.people, key=lambda p: name_key(p.last_name, p.first_name))
    ]
    for cohort_name, person in alumni:
        append_row(
            sheet,
            [
                cohort_name,
                person.last_name,
                person.first_name,
                person.first_role,
                None if person.first_role_on is None else dated(sheet, person.first_role_on),
                person.current_role,
            ],
        )
    last = HEADER_ROW + max(len(alumni), 1)
    table(sheet, area(1, HEADER_ROW, len(ALUMNI_COLUMNS), last))


def _title(report: PipelineReport) -> str:
    return translate("FileWords", "Rekryteringsutfall – {programme}").format(
        programme=report.programme_name
    )

"""Exported workbooks in English: sheet names, headers and words, and they read back."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import icalendar
import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from seminarkoll.domain.translation import use_lookup
from seminarkoll.exchange.columns import ParticipantField
from seminarkoll.services.container import Services
from seminarkoll.services.participant_import import RowOutcome

MARKS = {"Present", "Late", "Excused absence", "Absent", "–", "Made up", None}
VERDICTS = {"Completed", "On track", "At risk", "Cannot complete", "Not taking part"}
WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday"}


def _cohort(services: Services) -> int:
    return services.catalog.programmes()[0].cohorts[0].id


def _only_sheet(path: Path) -> Worksheet:
    book = openpyxl.load_workbook(path)
    (name,) = book.sheetnames
    sheet = book[name]
    assert isinstance(sheet, Worksheet)
    return sheet


def _row(sheet: Worksheet, number: int) -> list[object]:
    return [cell.value for cell in sheet[number]]


@pytest.mark.usefixtures("english")
def test_roster_matrix_and_schedule_are_written_in_english(demo: Services, tmp_path: Path) -> None:
    cohort = _cohort(demo)
    roster = _only_sheet(demo.exports.export_roster(cohort, tmp_path / "roster.xlsx").path)
    assert roster.title == "Participants"
    assert str(roster["A1"].value).startswith("Participant list – ")
    assert "participants" in str(roster["A2"].value)
    assert "exported from Seminarkoll" in str(roster["A2"].value)
    assert _row(roster, 4) == [
        "Surname",
        "First name",
        "Workplace",
        "Job title",
        "E-mail",
        "Phone",
        "Group",
        "Status",
        "Start date",
        "End date",
    ]
    assert {row[7] for row in roster.iter_rows(min_row=5, values_only=True)} <= {
        "Taking part",
        "Withdrawn",
        "Completed",
        "Visitor",
        "Applied",
        "Accepted",
    }

    matrix = _only_sheet(demo.exports.export_attendance(cohort, tmp_path / "matrix.xlsx").path)
    assert matrix.title == "Attendance"
    assert str(matrix["B2"].value).startswith("Required: 6 of 7 seminars")
    header = _row(matrix, 4)
    assert header[:5] == ["Id", "Surname", "First name", "Workplace", "Group"]
    assert str(header[5]).startswith("Sem. 1\n")
    assert header[-4:] == ["Attended", "Required", "Result", "Explanation"]
    rows = list(matrix.iter_rows(min_row=5, max_row=25, values_only=True))
    assert {value for row in rows for value in row[5:12]} <= MARKS
    assert {row[14] for row in rows} <= VERDICTS
    assert "On track" in {row[14] for row in rows}
    labels = [row[1] for row in matrix.iter_rows(min_row=27, values_only=True) if row[1]]
    assert labels == ["Expected", "Present", "Late", "Excused absence", "Absent", "Not recorded"]
    prompts = [v.prompt for v in matrix.data_validations.dataValidation]
    assert prompts == ["Choose from the list."]
    assert matrix.oddFooter.center.text == "Page &P of &N"

    schedule = _only_sheet(demo.exports.export_schedule(cohort, tmp_path / "schedule.xlsx").path)
    assert schedule.title == "Schedule"
    assert str(schedule["A1"].value).startswith("Schedule – ")
    assert _row(schedule, 4) == [
        "No.",
        "Date",
        "Weekday",
        "Time",
        "Seminar",
        "Theme area",
        "Venue",
        "Guest lecturers",
    ]
    weekdays = {row[2] for row in schedule.iter_rows(min_row=5, values_only=True)}
    assert weekdays
    assert weekdays <= WEEKDAYS


@pytest.mark.usefixtures("english")
def test_an_english_matrix_reads_back_in_either_language(demo: Services, tmp_path: Path) -> None:
    cohort = _cohort(demo)
    path = demo.exports.export_attendance(cohort, tmp_path / "matrix.xlsx").path
    book = openpyxl.load_workbook(path)
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    seminar_7 = 11  # column K: seminar 7 is not held yet in the example
    sheet.cell(row=5, column=seminar_7, value="Late")
    sheet.cell(row=6, column=seminar_7, value="Excused absence")
    book.save(path)
    english = demo.attendance_import.preview(path, date(2017, 6, 1))
    assert english.problems == ()
    assert len(english.marks) == 2
    assert english.summary == "2 new marks, 81 unchanged"
    sheet.cell(row=7, column=seminar_7, value="Maybe")
    book.save(path)
    (problem,) = demo.attendance_import.preview(path, date(2017, 6, 1)).problems
    assert problem.message.endswith(
        "“Maybe” is not an attendance mark. Use Present, Late, Excused absence or Absent "
        "(or N, S, F, A, 1–4), or leave the cell empty."
    )
    sheet.cell(row=7, column=seminar_7).value = None
    book.save(path)
    use_lookup(None)  # the same file, read by Seminarkoll in Swedish
    swedish = demo.attendance_import.preview(path, date(2017, 6, 1))
    assert swedish.problems == ()
    assert [m.proposed for m in swedish.marks] == [m.proposed for m in english.marks]


@pytest.mark.usefixtures("english")
def test_an_english_roster_imports_as_a_participant_list(demo: Services, tmp_path: Path) -> None:
    cohort = _cohort(demo)
    path = demo.exports.export_roster(cohort, tmp_path / "roster.xlsx").path
    preview = demo.participant_import.preview_file(path, cohort)
    assert set(preview.mapping) >= {
        ParticipantField.LAST_NAME,
        ParticipantField.FIRST_NAME,
        ParticipantField.EMAIL,
        ParticipantField.WORKPLACE,
        ParticipantField.ROLE,
        ParticipantField.PHONE,
    }
    assert preview.count(RowOutcome.NEW) == 0
    assert preview.count(RowOutcome.UNCHANGED) + preview.count(RowOutcome.UPDATE) == 21
    assert all(row.detail.startswith("Already registered") for row in preview.rows)


@pytest.mark.usefixtures("english")
def test_the_follow_up_report_is_english(demo: Services, tmp_path: Path) -> None:
    cohort = _cohort(demo)
    result = demo.reports.export_cohort(cohort, tmp_path / "follow-up.xlsx")
    assert result.description == "The follow-up (7 seminars)"
    book = openpyxl.load_workbook(result.path)
    assert book.sheetnames == ["Seminars", "Theme areas", "Workplaces", "Comparison", "Lecturers"]
    seminars = book["Seminars"]
    assert isinstance(seminars, Worksheet)
    assert str(seminars["A1"].value).startswith("Attendance per seminar – ")
    assert _row(seminars, 4)[:5] == ["No.", "Date", "Seminar", "Theme area", "Expected"]
    assert _row(seminars, 4)[-1] == "Attendance rate"
    pdf = demo.reports.export_cohort(cohort, tmp_path / "follow-up.pdf").path
    text = subprocess.run(
        ["gs", "-q", "-sDEVICE=txtwrite", "-o", "-", str(pdf)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = " ".join(text.split())
    for title in ("Attendance per seminar", "Participants per workplace", "Cohorts year by year"):
        assert title in words
    assert "Närvaro per" not in words


@pytest.mark.usefixtures("english")
def test_the_pipeline_workbook_and_email_list_titles_are_english(
    demo: Services, tmp_path: Path
) -> None:
    programme = demo.catalog.programmes()[0].id
    path = demo.alumni.export_pipeline(programme, tmp_path / "pipeline.xlsx", date(2018, 1, 1)).path
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Summary", "Alumni"]
    summary = book["Summary"]
    assert isinstance(summary, Worksheet)
    assert str(summary["A1"].value).startswith("Recruitment outcome – ")
    assert _row(summary, 4)[:3] == ["Cohort", "School year", "Finished"]
    cohort = _cohort(demo)
    assert demo.email_lists.participants(cohort).title == "All participants in Omgång 3"
    assert demo.email_lists.lecturers(cohort).title == "Lecturers in the cohort"


@pytest.mark.usefixtures("english")
def test_calendar_descriptions_are_english(demo: Services, tmp_path: Path) -> None:
    target = tmp_path / "schedule.ics"
    demo.schedule_export.export_calendar(_cohort(demo), target)
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    description = str(min(events, key=lambda e: e.decoded("dtstart"))["description"])
    assert description.startswith("Seminar 1 of 7 in Omgång 3 (2016/2017), Ledare på lut.")
    assert "Theme area: Skolledarskapet sett ur olika perspektiv" in description
    assert "Lecturer: Eva Lindberg (Förvaltningschef)" in description


@pytest.mark.usefixtures("english")
def test_the_register_extract_workbook_is_english(demo: Services, tmp_path: Path) -> None:
    demo.person_data.export(1, tmp_path / "extract.xlsx")
    book = openpyxl.load_workbook(tmp_path / "extract.xlsx")
    assert book.sheetnames[:4] == ["Personal details", "Enrolments", "Groups", "Attendance"]
    details = book["Personal details"]
    assert isinstance(details, Worksheet)
    assert str(details["A2"].value).startswith("Register extract made ")
    assert _row(details, 4)[:4] == ["id", "first name", "last name", "e-mail"]
    lecturer = dict(zip(_row(details, 4), _row(details, 5), strict=True))["guest lecturer"]
    assert lecturer == "yes"  # person 1 of the example is Eva Lindberg, a lecturer

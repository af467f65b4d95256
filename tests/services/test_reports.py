"""Follow-up reports: figures from the matrix, the workbook's charts and the PDF's tables."""

from __future__ import annotations

import subprocess
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from seminarkoll.domain.charts import ChartKind, attendance_chart, cohorts_chart, nice_top
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.reports import percent, swedish_number
from seminarkoll.services.container import Services
from tests.factories import Factory
from tests.finished_demo import finish_demo


@pytest.fixture
def finished(services: Services) -> int:
    return finish_demo(services)


def test_cohort_figures_follow_the_matrix(services: Services, finished: int) -> None:
    report = services.reports.cohort_report(finished)
    matrix = services.attendance.matrix(finished)
    assert [s.number for s in report.seminars] == [1, 2, 3, 4, 5, 6, 7]
    for figures, totals in zip(report.seminars, matrix.totals, strict=True):
        assert (figures.present, figures.late, figures.excused, figures.absent) == (
            totals.present,
            totals.late,
            totals.excused,
            totals.absent,
        )
    fifth = report.seminars[4]
    assert fifth.absent == 2  # Johan Ek and Zlatan Petrović
    assert fifth.rate == pytest.approx(18 / 20)
    assert [t.name for t in report.themes][:2] == [
        "Skolledarskapet sett ur olika perspektiv",
        "Det pedagogiska ledarskapet",
    ]
    lextorp = next(w for w in report.workplaces if w.name == "Lextorpsskolan")
    assert (lextorp.enrolled, lextorp.completed) == (3, 1)
    (cohort,) = report.cohorts
    assert (cohort.enrolled, cohort.completed) == (21, 17)
    assert report.lecturers.years == ("2016/2017",)
    assert {lecturer.name: lecturer.total for lecturer in report.lecturers.lecturers}[
        "Anders Wikström"
    ] == 2


def test_programme_compares_cohorts_by_school_year(
    services: Services, finished: int, factory: Factory
) -> None:
    programme = services.catalog.programmes()[0]
    earlier = factory.cohort(
        programme.id,
        name="Omgång 2",
        school_year="2015/2016",
        start_date=date(2015, 8, 17),
        end_date=date(2016, 6, 10),
    )
    person = factory.person("Ulla", "Ek")
    enrolment = factory.enrollment(earlier, person)
    seminar = factory.seminar(earlier, 1, date(2015, 9, 10))
    factory.attendance(seminar, enrolment, AttendanceStatus.PRESENT)
    report = services.reports.programme_report(programme.id)
    assert [c.school_year for c in report.cohorts] == ["2015/2016", "2016/2017"]
    assert report.cohorts[0].attendance == 1.0
    assert report.cohorts[0].completed == 1  # one seminar held, attended
    cohort_report = services.reports.cohort_report(finished)
    assert [c.name for c in cohort_report.cohorts] == ["Omgång 2", "Omgång 3"]
    assert services.catalog.resolve_programme("ledare på LUT").id == programme.id


def test_workbook_has_native_charts(services: Services, finished: int, tmp_path: Path) -> None:
    path = tmp_path / "rapport.xlsx"
    services.reports.export_cohort(finished, path)
    with zipfile.ZipFile(path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
    assert len(charts) == 4
    book = load_workbook(path)
    assert book.sheetnames == [
        "Seminarier",
        "Temaområden",
        "Arbetsplatser",
        "Jämförelse",
        "Föreläsare",
    ]
    seminars = book["Seminarier"]
    assert seminars["C5"].value == "Uppstart: vad innebär det att leda?"
    assert seminars["K9"].number_format == "0%"
    assert seminars["K9"].value == pytest.approx(18 / 20)


def test_pdf_holds_theme_and_workplace_names(
    services: Services, finished: int, tmp_path: Path
) -> None:
    path = tmp_path / "rapport.pdf"
    services.reports.export_cohort(finished, path)
    text = subprocess.run(
        ["gs", "-q", "-sDEVICE=txtwrite", "-o", "-", str(path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.replace("\t", " ")
    for name in ("Det pedagogiska ledarskapet", "Nils Ericsonsgymnasiet", "Närvaro per seminarium"):
        assert name in text


def test_swedish_numbers_and_chart_scale() -> None:
    assert swedish_number(1234.5, 1) == "1\u202f234,5"
    assert percent(0.857) == "86\u00a0%"
    assert percent(None) == "–"
    assert nice_top(21) == 25
    assert nice_top(0) == 1
    assert nice_top(120) == 200


def test_charts_show_held_seminars_and_cohort_lines(services: Services) -> None:
    report = services.reports.cohort_report(services.demo.load().cohort_id)
    chart = attendance_chart(report.seminars)
    assert chart.kind is ChartKind.STACKED
    assert chart.categories == ("1", "2", "3", "4")
    assert chart.ticks() == (0, 5, 10, 15, 20, 25)
    lines = cohorts_chart(report.cohorts)
    assert lines.fraction
    assert lines.label(0.5) == "50\u00a0%"

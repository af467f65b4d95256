"""The follow-up report as an Excel workbook: one sheet per table, with native Excel charts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path

from openpyxl.cell import WriteOnlyCell
from openpyxl.chart import BarChart, LineChart, Reference
from openpyxl.chart._chart import ChartBase
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from seminarkoll.domain.exports import ExportHeading, file_word
from seminarkoll.domain.reports import (
    CohortFigures,
    CohortReport,
    LecturerTable,
    ProgrammeReport,
    SeminarFigures,
    ThemeFigures,
    WorkplaceFigures,
)
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate
from seminarkoll.exchange.writing import check_target
from seminarkoll.exchange.xlsx_layout import (
    FIRST_DATA_ROW,
    HEADER_ROW,
    append_header,
    append_row,
    append_title,
    area,
    dated,
    grid,
    new_workbook,
    prepare_sheet,
    print_setup,
    save_workbook,
)

PERCENT = "0%"
CHART_WIDTH_CM = 18.0
CHART_HEIGHT_CM = 8.5

SEMINAR_COLUMNS = (
    QT_TRANSLATE_NOOP("FileWords", "Nr"),
    QT_TRANSLATE_NOOP("FileWords", "Datum"),
    QT_TRANSLATE_NOOP("FileWords", "Seminarium"),
    QT_TRANSLATE_NOOP("FileWords", "Temaområde"),
    QT_TRANSLATE_NOOP("FileWords", "Väntade"),
    QT_TRANSLATE_NOOP("FileWords", "Närvarande"),
    QT_TRANSLATE_NOOP("FileWords", "Sena"),
    QT_TRANSLATE_NOOP("FileWords", "Anmäld frånvaro"),
    QT_TRANSLATE_NOOP("FileWords", "Frånvarande"),
    QT_TRANSLATE_NOOP("FileWords", "Ej registrerat"),
    QT_TRANSLATE_NOOP("FileWords", "Närvarograd"),
)
THEME_COLUMNS = (
    QT_TRANSLATE_NOOP("FileWords", "Temaområde"),
    QT_TRANSLATE_NOOP("FileWords", "Seminarier"),
    QT_TRANSLATE_NOOP("FileWords", "Genomförda"),
    QT_TRANSLATE_NOOP("FileWords", "Deltog"),
    QT_TRANSLATE_NOOP("FileWords", "Väntade"),
    QT_TRANSLATE_NOOP("FileWords", "Närvarograd"),
)
WORKPLACE_COLUMNS = (
    QT_TRANSLATE_NOOP("FileWords", "Arbetsplats"),
    QT_TRANSLATE_NOOP("FileWords", "Deltagare"),
    QT_TRANSLATE_NOOP("FileWords", "Godkända"),
    QT_TRANSLATE_NOOP("FileWords", "Andel godkända"),
)
COHORT_COLUMNS = (
    QT_TRANSLATE_NOOP("FileWords", "Omgång"),
    QT_TRANSLATE_NOOP("FileWords", "Läsår"),
    QT_TRANSLATE_NOOP("FileWords", "Deltagare"),
    QT_TRANSLATE_NOOP("FileWords", "Godkända"),
    QT_TRANSLATE_NOOP("FileWords", "Andel godkända"),
    QT_TRANSLATE_NOOP("FileWords", "Genomsnittlig närvaro"),
)


def write_cohort_report_workbook(report: CohortReport, path: Path) -> Path:
    """Save the cohort report: seminars, themes, workplaces, comparison and lecturers."""
    heading = _heading(report.programme, report.cohort, report.school_year, report.created_at)

    def fill(book: Workbook) -> None:
        _seminar_sheet(book, heading, report.seminars)
        _theme_sheet(book, heading, report.themes)
        _workplace_sheet(book, heading, report.workplaces)
        _cohort_sheet(book, heading, report.cohorts)
        _lecturer_sheet(book, heading, report.lecturers)

    return _save(heading, path, fill)


def write_programme_report_workbook(report: ProgrammeReport, path: Path) -> Path:
    """Save the programme comparison: cohorts year by year and lecturers."""
    heading = _heading(
        report.programme, translate("FileWords", "alla omgångar"), "", report.created_at
    )

    def fill(book: Workbook) -> None:
        _cohort_sheet(book, heading, report.cohorts)
        _lecturer_sheet(book, heading, report.lecturers)

    return _save(heading, path, fill)


def _heading(programme: str, cohort: str, year: str, created: datetime) -> ExportHeading:
    return ExportHeading(0, programme, cohort, year, created)


def _save(heading: ExportHeading, path: Path, fill: Callable[[Workbook], None]) -> Path:
    check_target(path)
    return save_workbook(new_workbook(heading, translate("FileWords", "Uppföljning")), path, fill)


def _start(
    book: Workbook,
    heading: ExportHeading,
    name: str,
    title: str,
    columns: Sequence[str],
    widths: Sequence[float],
) -> WriteOnlyWorksheet:
    sheet: WriteOnlyWorksheet = book.create_sheet(file_word(name))
    prepare_sheet(sheet, widths, freeze=f"A{FIRST_DATA_ROW}")
    what = heading.title if heading.school_year else heading.programme_name
    append_title(
        sheet,
        f"{file_word(title)} – {what}",
        translate("FileWords", "Utdrag ur Seminarkoll {created}").format(
            created=heading.created_label
        ),
    )
    sheet.append([])
    append_header(sheet, [file_word(column) for column in columns])
    return sheet


def _finish(sheet: WriteOnlyWorksheet, heading: ExportHeading, columns: int, rows: int) -> None:
    grid(sheet, area(1, HEADER_ROW, columns, HEADER_ROW + rows))
    print_setup(sheet, heading, landscape=True)


def _percent(sheet: WriteOnlyWorksheet, value: float | None) -> WriteOnlyCell | None:
    """A fraction shown as per cent (Excel writes "86 %" in Swedish); empty when unmeasured."""
    if value is None:
        return None
    cell = WriteOnlyCell(sheet, value)
    cell.number_format = PERCENT
    return cell


def _chart(chart: ChartBase, title: str, x_title: str, y_title: str) -> ChartBase:
    chart.title = file_word(title)
    chart.x_axis.title = file_word(x_title)
    chart.y_axis.title = file_word(y_title)
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.width = CHART_WIDTH_CM
    chart.height = CHART_HEIGHT_CM
    chart.legend.position = "b"
    return chart


def _percent_axis(chart: ChartBase) -> None:
    chart.y_axis.number_format = PERCENT
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1


def _plot(
    sheet: WriteOnlyWorksheet, chart: ChartBase, rows: int, values: range, categories: int
) -> None:
    """Plot the table's columns `values` (named by the header row) against its column
    `categories`, and place the chart below the table."""
    chart.add_data(
        Reference(
            sheet,
            min_col=values.start,
            max_col=values.stop - 1,
            min_row=HEADER_ROW,
            max_row=HEADER_ROW + rows,
        ),
        titles_from_data=True,
    )
    chart.set_categories(
        Reference(sheet, min_col=categories, min_row=FIRST_DATA_ROW, max_row=HEADER_ROW + rows)
    )
    sheet.add_chart(chart, f"B{HEADER_ROW + rows + 3}")


def _seminar_sheet(
    book: Workbook, heading: ExportHeading, seminars: tuple[SeminarFigures, ...]
) -> None:
    sheet = _start(
        book,
        heading,
        QT_TRANSLATE_NOOP("FileWords", "Seminarier"),
        QT_TRANSLATE_NOOP("FileWords", "Närvaro per seminarium"),
        SEMINAR_COLUMNS,
        (6, 12, 40, 30, 10, 12, 8, 12, 12, 12, 12),
    )
    for s in seminars:
        append_row(
            sheet,
            [
                s.number,
                dated(sheet, s.date),
                s.title,
                s.theme,
                s.expected,
                s.present,
                s.late,
                s.excused,
                s.absent,
                s.unrecorded,
                _percent(sheet, s.rate),
            ],
        )
    rows = len(seminars)
    if rows:
        chart = _chart(
            BarChart(),
            QT_TRANSLATE_NOOP("FileWords", "Närvaro per seminarium"),
            QT_TRANSLATE_NOOP("FileWords", "Seminarium"),
            QT_TRANSLATE_NOOP("FileWords", "Antal deltagare"),
        )
        assert isinstance(chart, BarChart)
        chart.type = "col"
        chart.grouping = "stacked"
        chart.overlap = 100
        _plot(sheet, chart, rows, values=range(6, 10), categories=1)
        for series, colour in zip(
            chart.series, ("4F9A5B", "E0B040", "7FA7D9", "C0504D"), strict=True
        ):
            series.graphicalProperties.solidFill = colour
            series.graphicalProperties.line.solidFill = colour
    _finish(sheet, heading, len(SEMINAR_COLUMNS), rows)


def _theme_sheet(book: Workbook, heading: ExportHeading, themes: tuple[ThemeFigures, ...]) -> None:
    sheet = _start(
        book,
        heading,
        QT_TRANSLATE_NOOP("FileWords", "Temaområden"),
        QT_TRANSLATE_NOOP("FileWords", "Närvaro per temaområde"),
        THEME_COLUMNS,
        (40, 12, 12, 10, 10, 12),
    )
    for t in themes:
        append_row(
            sheet,
            [
                t.name,
                t.seminars,
                t.held,
                t.attended,
                t.expected,
                _percent(sheet, t.rate),
            ],
        )
    rows = len(themes)
    if rows:
        chart = _chart(
            BarChart(),
            QT_TRANSLATE_NOOP("FileWords", "Närvarograd per temaområde"),
            QT_TRANSLATE_NOOP("FileWords", "Temaområde"),
            QT_TRANSLATE_NOOP("FileWords", "Närvarograd"),
        )
        assert isinstance(chart, BarChart)
        chart.type = "bar"
        _percent_axis(chart)
        _plot(sheet, chart, rows, values=range(6, 7), categories=1)
    _finish(sheet, heading, len(THEME_COLUMNS), rows)


def _workplace_sheet(
    book: Workbook, heading: ExportHeading, workplaces: tuple[WorkplaceFigures, ...]
) -> None:
    sheet = _start(
        book,
        heading,
        QT_TRANSLATE_NOOP("FileWords", "Arbetsplatser"),
        QT_TRANSLATE_NOOP("FileWords", "Deltagare per arbetsplats"),
        WORKPLACE_COLUMNS,
        (40, 12, 12, 14),
    )
    for w in workplaces:
        append_row(sheet, [w.name, w.enrolled, w.completed, _percent(sheet, w.rate)])
    rows = len(workplaces)
    if rows:
        chart = _chart(
            BarChart(),
            QT_TRANSLATE_NOOP("FileWords", "Deltagare och godkända per arbetsplats"),
            QT_TRANSLATE_NOOP("FileWords", "Arbetsplats"),
            QT_TRANSLATE_NOOP("FileWords", "Antal"),
        )
        assert isinstance(chart, BarChart)
        chart.type = "bar"
        _plot(sheet, chart, rows, values=range(2, 4), categories=1)
    _finish(sheet, heading, len(WORKPLACE_COLUMNS), rows)


def _cohort_sheet(
    book: Workbook, heading: ExportHeading, cohorts: tuple[CohortFigures, ...]
) -> None:
    sheet = _start(
        book,
        heading,
        QT_TRANSLATE_NOOP("FileWords", "Jämförelse"),
        QT_TRANSLATE_NOOP("FileWords", "Omgångar år för år"),
        COHORT_COLUMNS,
        (30, 12, 12, 12, 14, 16),
    )
    for c in cohorts:
        append_row(
            sheet,
            [
                c.name,
                c.school_year,
                c.enrolled,
                c.completed,
                _percent(sheet, c.rate),
                _percent(sheet, c.attendance),
            ],
        )
    rows = len(cohorts)
    if rows:
        chart = _chart(
            LineChart(),
            QT_TRANSLATE_NOOP("FileWords", "Omgångar år för år"),
            QT_TRANSLATE_NOOP("FileWords", "Läsår"),
            QT_TRANSLATE_NOOP("FileWords", "Andel"),
        )
        assert isinstance(chart, LineChart)
        _percent_axis(chart)
        _plot(sheet, chart, rows, values=range(5, 7), categories=2)
        for series in chart.series:
            series.marker.symbol = "circle"
            series.smooth = False
    _finish(sheet, heading, len(COHORT_COLUMNS), rows)


def _lecturer_sheet(book: Workbook, heading: ExportHeading, table: LecturerTable) -> None:
    columns = (
        QT_TRANSLATE_NOOP("FileWords", "Föreläsare"),
        QT_TRANSLATE_NOOP("FileWords", "Befattning"),
        *table.years,
        QT_TRANSLATE_NOOP("FileWords", "Totalt"),
    )
    sheet = _start(
        book,
        heading,
        QT_TRANSLATE_NOOP("FileWords", "Föreläsare"),
        QT_TRANSLATE_NOOP("FileWords", "Föreläsare och seminarier per läsår"),
        columns,
        (28, 28, *(11 for _ in table.years), 10),
    )
    for lecturer in table.lecturers:
        append_row(
            sheet,
            [
                lecturer.name,
                lecturer.title,
                *lecturer.per_year,
                lecturer.total,
            ],
        )
    _finish(sheet, heading, len(columns), len(table.lecturers))

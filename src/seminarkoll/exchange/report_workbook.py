"""The follow-up report as an Excel workbook: one sheet per table, with native Excel charts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

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
    PERCENT,
    append_heading,
    append_row,
    area,
    dated,
    grid,
    new_workbook,
    percent,
    prepare_sheet,
    print_setup,
    save_workbook,
)

T = TypeVar("T")

CHART_WIDTH_CM = 18.0
CHART_HEIGHT_CM = 8.5


def _percent_axis(chart: ChartBase) -> None:
    chart.y_axis.number_format = PERCENT
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1


def _stacked_marks(chart: ChartBase) -> None:
    """Columns of the marks stacked, each mark in its colour (present, late, excused, absent)."""
    assert isinstance(chart, BarChart)
    chart.type = "col"
    chart.grouping = "stacked"
    chart.overlap = 100
    for series, colour in zip(chart.series, ("4F9A5B", "E0B040", "7FA7D9", "C0504D"), strict=True):
        series.graphicalProperties.solidFill = colour
        series.graphicalProperties.line.solidFill = colour


def _bars(chart: ChartBase) -> None:
    assert isinstance(chart, BarChart)
    chart.type = "bar"


def _rate_bars(chart: ChartBase) -> None:
    _bars(chart)
    _percent_axis(chart)


def _rate_lines(chart: ChartBase) -> None:
    _percent_axis(chart)
    for series in chart.series:
        series.marker.symbol = "circle"
        series.smooth = False


@dataclass(frozen=True)
class _Plot:
    """A chart under a table: its kind, titles, the columns it plots (`values`, named by the
    header row) against the column `categories`, and what gives the chart its own look."""

    chart: Callable[[], ChartBase]
    titles: tuple[str, str, str]
    """The chart's, the x axis' and the y axis' (Swedish; written in the chosen language)."""
    values: range
    style: Callable[[ChartBase], None]
    categories: int = 1


@dataclass(frozen=True)
class _Sheet:
    """One table's sheet: its name, its title, its columns and their widths (Swedish; written
    in the chosen language), and the chart under it, if any."""

    name: str
    title: str
    columns: Sequence[str]
    widths: Sequence[float]
    plot: _Plot | None = None


SEMINAR_SHEET = _Sheet(
    QT_TRANSLATE_NOOP("FileWords", "Seminarier"),
    QT_TRANSLATE_NOOP("FileWords", "Närvaro per seminarium"),
    (
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
    ),
    (6, 12, 40, 30, 10, 12, 8, 12, 12, 12, 12),
    _Plot(
        BarChart,
        (
            QT_TRANSLATE_NOOP("FileWords", "Närvaro per seminarium"),
            QT_TRANSLATE_NOOP("FileWords", "Seminarium"),
            QT_TRANSLATE_NOOP("FileWords", "Antal deltagare"),
        ),
        values=range(6, 10),
        style=_stacked_marks,
    ),
)
THEME_SHEET = _Sheet(
    QT_TRANSLATE_NOOP("FileWords", "Temaområden"),
    QT_TRANSLATE_NOOP("FileWords", "Närvaro per temaområde"),
    (
        QT_TRANSLATE_NOOP("FileWords", "Temaområde"),
        QT_TRANSLATE_NOOP("FileWords", "Seminarier"),
        QT_TRANSLATE_NOOP("FileWords", "Genomförda"),
        QT_TRANSLATE_NOOP("FileWords", "Deltog"),
        QT_TRANSLATE_NOOP("FileWords", "Väntade"),
        QT_TRANSLATE_NOOP("FileWords", "Närvarograd"),
    ),
    (40, 12, 12, 10, 10, 12),
    _Plot(
        BarChart,
        (
            QT_TRANSLATE_NOOP("FileWords", "Närvarograd per temaområde"),
            QT_TRANSLATE_NOOP("FileWords", "Temaområde"),
            QT_TRANSLATE_NOOP("FileWords", "Närvarograd"),
        ),
        values=range(6, 7),
        style=_rate_bars,
    ),
)
WORKPLACE_SHEET = _Sheet(
    QT_TRANSLATE_NOOP("FileWords", "Arbetsplatser"),
    QT_TRANSLATE_NOOP("FileWords", "Deltagare per arbetsplats"),
    (
        QT_TRANSLATE_NOOP("FileWords", "Arbetsplats"),
        QT_TRANSLATE_NOOP("FileWords", "Deltagare"),
        QT_TRANSLATE_NOOP("FileWords", "Godkända"),
        QT_TRANSLATE_NOOP("FileWords", "Andel godkända"),
    ),
    (40, 12, 12, 14),
    _Plot(
        BarChart,
        (
            QT_TRANSLATE_NOOP("FileWords", "Deltagare och godkända per arbetsplats"),
            QT_TRANSLATE_NOOP("FileWords", "Arbetsplats"),
            QT_TRANSLATE_NOOP("FileWords", "Antal"),
        ),
        values=range(2, 4),
        style=_bars,
    ),
)
COHORT_SHEET = _Sheet(
    QT_TRANSLATE_NOOP("FileWords", "Jämförelse"),
    QT_TRANSLATE_NOOP("FileWords", "Omgångar år för år"),
    (
        QT_TRANSLATE_NOOP("FileWords", "Omgång"),
        QT_TRANSLATE_NOOP("FileWords", "Läsår"),
        QT_TRANSLATE_NOOP("FileWords", "Deltagare"),
        QT_TRANSLATE_NOOP("FileWords", "Godkända"),
        QT_TRANSLATE_NOOP("FileWords", "Andel godkända"),
        QT_TRANSLATE_NOOP("FileWords", "Genomsnittlig närvaro"),
    ),
    (30, 12, 12, 12, 14, 16),
    _Plot(
        LineChart,
        (
            QT_TRANSLATE_NOOP("FileWords", "Omgångar år för år"),
            QT_TRANSLATE_NOOP("FileWords", "Läsår"),
            QT_TRANSLATE_NOOP("FileWords", "Andel"),
        ),
        values=range(5, 7),
        style=_rate_lines,
        categories=2,
    ),
)


def write_cohort_report_workbook(report: CohortReport, path: Path) -> Path:
    """Save the cohort report: seminars, themes, workplaces, comparison and lecturers."""
    heading = _heading(report.programme, report.cohort, report.school_year, report.created_at)

    def fill(book: Workbook) -> None:
        _table(book, heading, SEMINAR_SHEET, report.seminars, _seminar_row)
        _table(book, heading, THEME_SHEET, report.themes, _theme_row)
        _table(book, heading, WORKPLACE_SHEET, report.workplaces, _workplace_row)
        _table(book, heading, COHORT_SHEET, report.cohorts, _cohort_row)
        _lecturer_sheet(book, heading, report.lecturers)

    return _save(heading, path, fill)


def write_programme_report_workbook(report: ProgrammeReport, path: Path) -> Path:
    """Save the programme comparison: cohorts year by year and lecturers."""
    heading = _heading(
        report.programme, translate("FileWords", "alla omgångar"), "", report.created_at
    )

    def fill(book: Workbook) -> None:
        _table(book, heading, COHORT_SHEET, report.cohorts, _cohort_row)
        _lecturer_sheet(book, heading, report.lecturers)

    return _save(heading, path, fill)


def _heading(programme: str, cohort: str, year: str, created: datetime) -> ExportHeading:
    return ExportHeading(0, programme, cohort, year, created)


def _save(heading: ExportHeading, path: Path, fill: Callable[[Workbook], None]) -> Path:
    check_target(path)
    return save_workbook(new_workbook(heading, translate("FileWords", "Uppföljning")), path, fill)


def _table(
    book: Workbook,
    heading: ExportHeading,
    layout: _Sheet,
    items: Sequence[T],
    row: Callable[[WriteOnlyWorksheet, T], list[object]],
) -> None:
    """The sheet `layout` describes, with a row for each of `items` (`row` gets the sheet its
    cells belong to) and the chart below them."""
    sheet: WriteOnlyWorksheet = book.create_sheet(file_word(layout.name))
    prepare_sheet(sheet, layout.widths, freeze=f"A{FIRST_DATA_ROW}")
    what = heading.title if heading.school_year else heading.programme_name
    append_heading(
        sheet,
        f"{file_word(layout.title)} – {what}",
        translate("FileWords", "Utdrag ur Seminarkoll {created}").format(
            created=heading.created_label
        ),
        [file_word(column) for column in layout.columns],
    )
    for item in items:
        append_row(sheet, row(sheet, item))
    rows = len(items)
    if rows and layout.plot is not None:
        sheet.add_chart(_chart(sheet, layout.plot, rows), f"B{HEADER_ROW + rows + 3}")
    grid(sheet, area(1, HEADER_ROW, len(layout.columns), HEADER_ROW + rows))
    print_setup(sheet, heading, landscape=True)


def _chart(sheet: WriteOnlyWorksheet, plot: _Plot, rows: int) -> ChartBase:
    """`plot`'s chart of the table's `rows` rows."""
    chart = plot.chart()
    title, x_title, y_title = plot.titles
    chart.title = file_word(title)
    chart.x_axis.title = file_word(x_title)
    chart.y_axis.title = file_word(y_title)
    chart.x_axis.delete = False
    chart.y_axis.delete = False
    chart.width = CHART_WIDTH_CM
    chart.height = CHART_HEIGHT_CM
    chart.legend.position = "b"
    chart.add_data(
        Reference(
            sheet,
            min_col=plot.values.start,
            max_col=plot.values.stop - 1,
            min_row=HEADER_ROW,
            max_row=HEADER_ROW + rows,
        ),
        titles_from_data=True,
    )
    chart.set_categories(
        Reference(sheet, min_col=plot.categories, min_row=FIRST_DATA_ROW, max_row=HEADER_ROW + rows)
    )
    plot.style(chart)
    return chart


def _seminar_row(sheet: WriteOnlyWorksheet, s: SeminarFigures) -> list[object]:
    return [
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
        percent(sheet, s.rate),
    ]


def _theme_row(sheet: WriteOnlyWorksheet, t: ThemeFigures) -> list[object]:
    return [t.name, t.seminars, t.held, t.attended, t.expected, percent(sheet, t.rate)]


def _workplace_row(sheet: WriteOnlyWorksheet, w: WorkplaceFigures) -> list[object]:
    return [w.name, w.enrolled, w.completed, percent(sheet, w.rate)]


def _cohort_row(sheet: WriteOnlyWorksheet, c: CohortFigures) -> list[object]:
    return [
        c.name,
        c.school_year,
        c.enrolled,
        c.completed,
        percent(sheet, c.rate),
        percent(sheet, c.attendance),
    ]


def _lecturer_sheet(book: Workbook, heading: ExportHeading, table: LecturerTable) -> None:
    """Lecturers and their seminars per school year: a column per year the report covers."""
    layout = _Sheet(
        QT_TRANSLATE_NOOP("FileWords", "Föreläsare"),
        QT_TRANSLATE_NOOP("FileWords", "Föreläsare och seminarier per läsår"),
        (
            QT_TRANSLATE_NOOP("FileWords", "Föreläsare"),
            QT_TRANSLATE_NOOP("FileWords", "Befattning"),
            *table.years,
            QT_TRANSLATE_NOOP("FileWords", "Totalt"),
        ),
        (28, 28, *(11 for _ in table.years), 10),
    )
    _table(
        book,
        heading,
        layout,
        table.lecturers,
        lambda _sheet, lecturer: [
            lecturer.name,
            lecturer.title,
            *lecturer.per_year,
            lecturer.total,
        ],
    )

"""Table models of the follow-up figures: seminars, themes, workplaces, cohorts, lecturers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTableView, QWidget

from seminarkoll.domain.reports import (
    CohortFigures,
    LecturerFigures,
    LecturerTable,
    SeminarFigures,
    ThemeFigures,
    WorkplaceFigures,
    percent,
)
from seminarkoll.ui.formatting import chronological, display_date
from seminarkoll.ui.participants.columns_model import Column, ColumnsModel
from seminarkoll.ui.sorting import CollatingSortProxy
from seminarkoll.ui.table_view import prepare_row_table

MAX_COLUMN_WIDTH = 320

translate = QCoreApplication.translate


def _rate_sort(value: float | None) -> float:
    return -1.0 if value is None else value


def seminar_model(parent: QWidget) -> ColumnsModel[SeminarFigures]:
    """Per seminar: date, title, theme, the marks and the attendance rate."""
    return ColumnsModel(
        [
            Column(translate("FollowUpTables", "Nr"), lambda s: str(s.number), lambda s: s.number),
            Column(
                translate("FollowUpTables", "Datum"),
                lambda s: display_date(s.date),
                lambda s: chronological(s.date),
            ),
            Column(translate("FollowUpTables", "Seminarium"), lambda s: s.title),
            Column(translate("FollowUpTables", "Temaområde"), lambda s: s.theme),
            Column(
                translate("FollowUpTables", "Väntade"),
                lambda s: str(s.expected),
                lambda s: s.expected,
            ),
            Column(
                translate("FollowUpTables", "Närvarande"),
                lambda s: str(s.present),
                lambda s: s.present,
            ),
            Column(translate("FollowUpTables", "Sena"), lambda s: str(s.late), lambda s: s.late),
            Column(
                translate("FollowUpTables", "Anmäld frånvaro"),
                lambda s: str(s.excused),
                lambda s: s.excused,
            ),
            Column(
                translate("FollowUpTables", "Frånvarande"),
                lambda s: str(s.absent),
                lambda s: s.absent,
            ),
            Column(
                translate("FollowUpTables", "Närvarograd"),
                lambda s: percent(s.rate),
                lambda s: _rate_sort(s.rate),
            ),
        ],
        lambda s: s.number,
        parent,
    )


def theme_model(parent: QWidget) -> ColumnsModel[ThemeFigures]:
    """Per theme area: seminars, held, attended places and the rate."""
    return ColumnsModel(
        [
            Column(translate("FollowUpTables", "Temaområde"), lambda t: t.name),
            Column(
                translate("FollowUpTables", "Seminarier"),
                lambda t: str(t.seminars),
                lambda t: t.seminars,
            ),
            Column(
                translate("FollowUpTables", "Genomförda"), lambda t: str(t.held), lambda t: t.held
            ),
            Column(
                translate("FollowUpTables", "Deltog"),
                lambda t: str(t.attended),
                lambda t: t.attended,
            ),
            Column(
                translate("FollowUpTables", "Väntade"),
                lambda t: str(t.expected),
                lambda t: t.expected,
            ),
            Column(
                translate("FollowUpTables", "Närvarograd"),
                lambda t: percent(t.rate),
                lambda t: _rate_sort(t.rate),
            ),
        ],
        lambda t: hash(t.name),
        parent,
    )


def workplace_model(parent: QWidget) -> ColumnsModel[WorkplaceFigures]:
    """Per workplace: participants, completers and the completion rate."""
    return ColumnsModel(
        [
            Column(translate("FollowUpTables", "Arbetsplats"), lambda w: w.name),
            Column(
                translate("FollowUpTables", "Deltagare"),
                lambda w: str(w.enrolled),
                lambda w: w.enrolled,
            ),
            Column(
                translate("FollowUpTables", "Godkända"),
                lambda w: str(w.completed),
                lambda w: w.completed,
            ),
            Column(
                translate("FollowUpTables", "Andel godkända"),
                lambda w: percent(w.rate),
                lambda w: _rate_sort(w.rate),
            ),
        ],
        lambda w: hash(w.name),
        parent,
    )


def cohort_model(parent: QWidget) -> ColumnsModel[CohortFigures]:
    """Per cohort of the programme: participants, completers, rates."""
    return ColumnsModel(
        [
            Column(translate("FollowUpTables", "Omgång"), lambda c: c.name),
            Column(translate("FollowUpTables", "Läsår"), lambda c: c.school_year),
            Column(
                translate("FollowUpTables", "Deltagare"),
                lambda c: str(c.enrolled),
                lambda c: c.enrolled,
            ),
            Column(
                translate("FollowUpTables", "Godkända"),
                lambda c: str(c.completed),
                lambda c: c.completed,
            ),
            Column(
                translate("FollowUpTables", "Andel godkända"),
                lambda c: percent(c.rate),
                lambda c: _rate_sort(c.rate),
            ),
            Column(
                translate("FollowUpTables", "Genomsnittlig närvaro"),
                lambda c: percent(c.attendance),
                lambda c: _rate_sort(c.attendance),
            ),
        ],
        lambda c: c.cohort_id,
        parent,
    )


def lecturer_model(parent: QWidget, table: LecturerTable) -> ColumnsModel[LecturerFigures]:
    """Lecturers with their seminars per school year (one column per year) and in total."""
    years = [_year_column(year, i) for i, year in enumerate(table.years)]
    model: ColumnsModel[LecturerFigures] = ColumnsModel(
        [
            Column(translate("FollowUpTables", "Föreläsare"), lambda f: f.name),
            Column(translate("FollowUpTables", "Befattning"), lambda f: f.title),
            *years,
            Column(
                translate("FollowUpTables", "Totalt"), lambda f: str(f.total), lambda f: f.total
            ),
        ],
        lambda f: hash(f.name),
        parent,
    )
    model.set_rows(table.lecturers)
    return model


def _year_column(year: str, index: int) -> Column[LecturerFigures]:
    return Column(year, lambda f: str(f.per_year[index] or "–"), lambda f: f.per_year[index])


def table_view(model: ColumnsModel[Any], rows: Sequence[Any], parent: QWidget) -> QTableView:
    """A sortable, read-only view of `model` filled with `rows` (first column sorted)."""
    proxy = CollatingSortProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    prepare_row_table(view, proxy, 0)
    view.setAlternatingRowColors(True)
    view.horizontalHeader().setStretchLastSection(True)
    model.set_rows(rows)
    fit_columns(view)
    return view


def fit_columns(view: QTableView) -> None:
    """Columns as wide as their content, none wider than `MAX_COLUMN_WIDTH`."""
    view.resizeColumnsToContents()
    for column in range(view.model().columnCount()):
        view.setColumnWidth(column, min(view.columnWidth(column) + 8, MAX_COLUMN_WIDTH))

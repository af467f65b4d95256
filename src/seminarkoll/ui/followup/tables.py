"""Table models of the follow-up figures: seminars, themes, workplaces, cohorts, lecturers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

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
from seminarkoll.ui.formatting import short_date
from seminarkoll.ui.participants.columns_model import Column, ColumnsModel
from seminarkoll.ui.sorting import CollatingSortProxy
from seminarkoll.ui.table_view import prepare_row_table

MAX_COLUMN_WIDTH = 320


def _rate_sort(value: float | None) -> float:
    return -1.0 if value is None else value


def seminar_model(parent: QWidget) -> ColumnsModel[SeminarFigures]:
    """Per seminar: date, title, theme, the marks and the attendance rate."""
    tr = parent.tr
    return ColumnsModel(
        [
            Column(tr("Nr"), lambda s: str(s.number), lambda s: s.number),
            Column(tr("Datum"), lambda s: short_date(s.date), lambda s: s.date.isoformat()),
            Column(tr("Seminarium"), lambda s: s.title),
            Column(tr("Temaområde"), lambda s: s.theme),
            Column(tr("Väntade"), lambda s: str(s.expected), lambda s: s.expected),
            Column(tr("Närvarande"), lambda s: str(s.present), lambda s: s.present),
            Column(tr("Sena"), lambda s: str(s.late), lambda s: s.late),
            Column(tr("Anmäld frånvaro"), lambda s: str(s.excused), lambda s: s.excused),
            Column(tr("Frånvarande"), lambda s: str(s.absent), lambda s: s.absent),
            Column(tr("Närvarograd"), lambda s: percent(s.rate), lambda s: _rate_sort(s.rate)),
        ],
        lambda s: s.number,
        parent,
    )


def theme_model(parent: QWidget) -> ColumnsModel[ThemeFigures]:
    """Per theme area: seminars, held, attended places and the rate."""
    tr = parent.tr
    return ColumnsModel(
        [
            Column(tr("Temaområde"), lambda t: t.name),
            Column(tr("Seminarier"), lambda t: str(t.seminars), lambda t: t.seminars),
            Column(tr("Genomförda"), lambda t: str(t.held), lambda t: t.held),
            Column(tr("Deltog"), lambda t: str(t.attended), lambda t: t.attended),
            Column(tr("Väntade"), lambda t: str(t.expected), lambda t: t.expected),
            Column(tr("Närvarograd"), lambda t: percent(t.rate), lambda t: _rate_sort(t.rate)),
        ],
        lambda t: hash(t.name),
        parent,
    )


def workplace_model(parent: QWidget) -> ColumnsModel[WorkplaceFigures]:
    """Per workplace: participants, completers and the completion rate."""
    tr = parent.tr
    return ColumnsModel(
        [
            Column(tr("Arbetsplats"), lambda w: w.name),
            Column(tr("Deltagare"), lambda w: str(w.enrolled), lambda w: w.enrolled),
            Column(tr("Godkända"), lambda w: str(w.completed), lambda w: w.completed),
            Column(tr("Andel godkända"), lambda w: percent(w.rate), lambda w: _rate_sort(w.rate)),
        ],
        lambda w: hash(w.name),
        parent,
    )


def cohort_model(parent: QWidget) -> ColumnsModel[CohortFigures]:
    """Per cohort of the programme: participants, completers, rates."""
    tr = parent.tr
    return ColumnsModel(
        [
            Column(tr("Omgång"), lambda c: c.name),
            Column(tr("Läsår"), lambda c: c.school_year),
            Column(tr("Deltagare"), lambda c: str(c.enrolled), lambda c: c.enrolled),
            Column(tr("Godkända"), lambda c: str(c.completed), lambda c: c.completed),
            Column(tr("Andel godkända"), lambda c: percent(c.rate), lambda c: _rate_sort(c.rate)),
            Column(
                tr("Genomsnittlig närvaro"),
                lambda c: percent(c.attendance),
                lambda c: _rate_sort(c.attendance),
            ),
        ],
        lambda c: c.cohort_id,
        parent,
    )


def lecturer_model(parent: QWidget, table: LecturerTable) -> ColumnsModel[LecturerFigures]:
    """Lecturers with their seminars per school year (one column per year) and in total."""
    tr = parent.tr
    years = [_year_column(year, i) for i, year in enumerate(table.years)]
    model: ColumnsModel[LecturerFigures] = ColumnsModel(
        [
            Column(tr("Föreläsare"), lambda f: f.name),
            Column(tr("Befattning"), lambda f: f.title),
            *years,
            Column(tr("Totalt"), lambda f: str(f.total), lambda f: f.total),
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

"""Table models of the follow-up figures: seminars, themes, workplaces, cohorts, lecturers."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

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

T = TypeVar("T")


def _count(title: str, value: Callable[[T], int]) -> Column[T]:
    """A column of whole numbers, sorted by value."""
    return Column(title, lambda row: str(value(row)), value)


def _rate(title: str, value: Callable[[T], float | None]) -> Column[T]:
    """A column of shares shown as per cent; unmeasured ones ("–") sort first."""

    def sort_value(row: T) -> float:
        share = value(row)
        return -1.0 if share is None else share

    return Column(title, lambda row: percent(value(row)), sort_value)


N = TypeVar("N", ThemeFigures, WorkplaceFigures, LecturerFigures)
"""The rows told apart by their name."""


def _by_name(header: str, columns: Sequence[Column[Any]], parent: QWidget) -> ColumnsModel[N]:
    """A model of rows identified by their name, shown first under `header`, then `columns`."""
    name: Column[N] = Column(header, lambda row: row.name)
    return ColumnsModel([name, *columns], lambda row: hash(row.name), parent)


def _completion_columns() -> list[Column[Any]]:
    """Participants, completers and the completion rate, of a `WorkplaceFigures` or a
    `CohortFigures`."""
    return [
        _count(translate("FollowUpTables", "Deltagare"), lambda c: c.enrolled),
        _count(translate("FollowUpTables", "Godkända"), lambda c: c.completed),
        _rate(translate("FollowUpTables", "Andel godkända"), lambda c: c.rate),
    ]


def seminar_model(parent: QWidget) -> ColumnsModel[SeminarFigures]:
    """Per seminar: date, title, theme, the marks and the attendance rate."""
    return ColumnsModel(
        [
            _count(translate("FollowUpTables", "Nr"), lambda s: s.number),
            Column(
                translate("FollowUpTables", "Datum"),
                lambda s: display_date(s.date),
                lambda s: chronological(s.date),
            ),
            Column(translate("FollowUpTables", "Seminarium"), lambda s: s.title),
            Column(translate("FollowUpTables", "Temaområde"), lambda s: s.theme),
            _count(translate("FollowUpTables", "Väntade"), lambda s: s.expected),
            _count(translate("FollowUpTables", "Närvarande"), lambda s: s.present),
            _count(translate("FollowUpTables", "Sena"), lambda s: s.late),
            _count(translate("FollowUpTables", "Anmäld frånvaro"), lambda s: s.excused),
            _count(translate("FollowUpTables", "Frånvarande"), lambda s: s.absent),
            _rate(translate("FollowUpTables", "Närvarograd"), lambda s: s.rate),
        ],
        lambda s: s.number,
        parent,
    )


def theme_model(parent: QWidget) -> ColumnsModel[ThemeFigures]:
    """Per theme area: seminars, held, attended places and the rate."""
    return _by_name(
        translate("FollowUpTables", "Temaområde"),
        [
            _count(translate("FollowUpTables", "Seminarier"), lambda t: t.seminars),
            _count(translate("FollowUpTables", "Genomförda"), lambda t: t.held),
            _count(translate("FollowUpTables", "Deltog"), lambda t: t.attended),
            _count(translate("FollowUpTables", "Väntade"), lambda t: t.expected),
            _rate(translate("FollowUpTables", "Närvarograd"), lambda t: t.rate),
        ],
        parent,
    )


def workplace_model(parent: QWidget) -> ColumnsModel[WorkplaceFigures]:
    """Per workplace: participants, completers and the completion rate."""
    return _by_name(
        translate("FollowUpTables", "Arbetsplats"),
        [
            *_completion_columns(),
        ],
        parent,
    )


def cohort_model(parent: QWidget) -> ColumnsModel[CohortFigures]:
    """Per cohort of the programme: participants, completers, rates."""
    return ColumnsModel(
        [
            Column(translate("FollowUpTables", "Omgång"), lambda c: c.name),
            Column(translate("FollowUpTables", "Läsår"), lambda c: c.school_year),
            *_completion_columns(),
            _rate(translate("FollowUpTables", "Genomsnittlig närvaro"), lambda c: c.attendance),
        ],
        lambda c: c.cohort_id,
        parent,
    )


def lecturer_model(parent: QWidget, table: LecturerTable) -> ColumnsModel[LecturerFigures]:
    """Lecturers with their seminars per school year (one column per year) and in total."""
    years = [_year_column(year, i) for i, year in enumerate(table.years)]
    model: ColumnsModel[LecturerFigures] = _by_name(
        translate("FollowUpTables", "Föreläsare"),
        [
            Column(translate("FollowUpTables", "Befattning"), lambda f: f.title),
            *years,
            _count(translate("FollowUpTables", "Totalt"), lambda f: f.total),
        ],
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

"""The programme's recruitment pipeline: per cohort, how many alumni went on to lead schools."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QSplitter,
    QTableView,
    QWidget,
)

from seminarkoll.domain.career import AlumnusRow, CohortPipeline, PipelineReport
from seminarkoll.ui.formatting import chronological, display_date
from seminarkoll.ui.forms import close_buttons, push_button, wrapped_label
from seminarkoll.ui.sorting import SORT_ROLE, CollatingSortProxy, surname_first
from seminarkoll.ui.stacking import stacked
from seminarkoll.ui.table_model import RowTableModel
from seminarkoll.ui.table_view import fit_columns, prepare_row_table

if TYPE_CHECKING:
    from seminarkoll.services.container import Services


class PipelineTableModel(RowTableModel[CohortPipeline]):
    """One row per cohort: alumni, in a role now, ever in a role, share, median wait."""

    COHORT, YEAR, ALUMNI, NOW, EVER, SHARE, MEDIAN = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                self.tr("Omgång"),
                self.tr("Läsår"),
                self.tr("Godkända"),
                self.tr("I ledarroll nu"),
                self.tr("Någon gång"),
                self.tr("Andel"),
                self.tr("Median till första roll"),
            ),
            parent,
        )

    def cell(self, row: CohortPipeline, column: int, role: int) -> Any:
        share = row.share
        wait = row.median_months
        values: tuple[Any, ...] = (
            row.cohort_name,
            row.school_year,
            row.alumni,
            row.in_role_now,
            row.ever_in_role,
            share,
            wait,
        )
        if role == SORT_ROLE:
            value = values[column]
            return -1 if value is None else value
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.ALUMNI:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        locale = QLocale()
        if column == self.SHARE:
            return "–" if share is None else locale.toString(round(share * 100)) + " %"
        if column == self.MEDIAN:
            return (
                "–"
                if wait is None
                else self.tr("%1 mån").replace("%1", locale.toString(wait, "f", 1))
            )
        return str(values[column]) if column >= self.ALUMNI else values[column]


class AlumnusTableModel(RowTableModel[tuple[str, AlumnusRow]]):
    """One row per alumnus: cohort, name, first role after the programme, role now."""

    COHORT, NAME, FIRST, SINCE, NOW = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                self.tr("Omgång"),
                self.tr("Namn"),
                self.tr("Första roll efter programmet"),
                self.tr("Från"),
                self.tr("Roll nu"),
            ),
            parent,
        )

    def display(self, row: tuple[str, AlumnusRow], column: int) -> str:
        cohort, person = row
        if column == self.COHORT:
            return cohort
        if column == self.NAME:
            return f"{person.first_name} {person.last_name}"
        if column == self.FIRST:
            return person.first_role
        if column == self.SINCE:
            return display_date(person.first_role_on)
        return person.current_role

    def sort_value(self, row: tuple[str, AlumnusRow], column: int) -> Any:
        person = row[1]
        if column == self.NAME:
            return surname_first(person)
        if column == self.SINCE:
            return chronological(person.first_role_on)
        return self.display(row, column)


class PipelineWindow(QDialog):
    """The pipeline report of one programme, with an Excel export."""

    def __init__(
        self,
        services: Services,
        programme_id: int,
        ask_save_path: Callable[[str, str, str, str], Path | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pipelineWindow")
        self._services = services
        self._programme_id = programme_id
        self._ask_save_path = ask_save_path
        self.report: PipelineReport = services.alumni.pipeline(programme_id)
        self.setWindowTitle(
            self.tr("Rekryteringsutfall – %1").replace("%1", self.report.programme_name)
        )
        self.summary_model = PipelineTableModel(self)
        self.summary_model.set_rows(self.report.cohorts)
        self.alumni_model = AlumnusTableModel(self)
        self.alumni_model.set_rows(
            [(c.cohort_name, person) for c in self.report.cohorts for person in c.people]
        )
        self.summary = QTableView()
        self.alumni = QTableView()
        for view, model, column, stretch in (
            (
                self.summary,
                self.summary_model,
                PipelineTableModel.COHORT,
                PipelineTableModel.MEDIAN,
            ),
            (self.alumni, self.alumni_model, AlumnusTableModel.COHORT, AlumnusTableModel.NOW),
        ):
            prepare_row_table(view, _sorted(model), column)
            fit_columns(view, stretch)
        explanation = wrapped_label(
            self.tr(
                "Godkända deltagare per omgång och hur många av dem som har fått en ledarroll "
                "(rektor, förskolechef …) efter programmet. Roller förs in på personens "
                "deltagarkort."
            )
        )
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.summary)
        splitter.addWidget(self.alumni)
        splitter.setSizes([160, 360])
        self.export_button = push_button(self.tr("Exportera till &Excel …"), self.export)
        stacked(self, explanation, (splitter, 1), close_buttons(self, self.export_button))
        self.resize(900, 560)

    def export(self) -> Path | None:
        """Save the report as an Excel workbook where the user chooses."""
        from seminarkoll.ui.messages import attempt

        title = self.tr("Exportera rekryteringsutfall")
        name = self.tr("Rekryteringsutfall %1").replace("%1", self.report.programme_name)
        path = self._ask_save_path(title, name, ".xlsx", self.tr("Excel-arbetsbok (*.xlsx)"))
        if path is None:
            return None
        result = attempt(
            self, title, self._services.alumni.export_pipeline, self._programme_id, path
        )
        if result is None:
            return None
        return result.path


def _sorted(model: RowTableModel[Any]) -> CollatingSortProxy:
    proxy = CollatingSortProxy(model)
    proxy.setSourceModel(model)
    return proxy

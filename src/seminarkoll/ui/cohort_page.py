"""The cohort overview: header facts above tabs, the first of which is the seminar schedule."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.ui.formatting import cohort_status_label
from seminarkoll.ui.schedule_model import ScheduleTableModel
from seminarkoll.ui.sorting import CollatingSortProxy

if TYPE_CHECKING:
    from seminarkoll.domain.catalog import CohortOverview


MAX_COLUMN_WIDTH = 230


class CohortPage(QWidget):
    """Header (programme, cohort, school year, status, enrolled) and the schedule table."""

    schedule_painted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cohortPage")
        self.overview: CohortOverview | None = None
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("pageSubtitle")
        self.subtitle.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.schedule_model = ScheduleTableModel(self)
        self.schedule_proxy = CollatingSortProxy(self)
        self.schedule_proxy.setSourceModel(self.schedule_model)
        self.schedule = QTableView()
        self.schedule.setObjectName("scheduleTable")
        self.schedule.setModel(self.schedule_proxy)
        self.schedule.setSortingEnabled(True)
        self.schedule.sortByColumn(ScheduleTableModel.NUMBER, Qt.SortOrder.AscendingOrder)
        self.schedule.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.schedule.setAlternatingRowColors(True)
        self.schedule.setWordWrap(False)
        self.schedule.verticalHeader().hide()
        self.schedule.verticalHeader().setDefaultSectionSize(30)
        header = self.schedule.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ScheduleTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self._painted_pending = False
        self.schedule.viewport().installEventFilter(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.schedule, self.tr("Schema"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addWidget(self.tabs, 1)

    def show_overview(self, overview: CohortOverview) -> None:
        """Fill the header and the schedule from `overview`."""
        self.overview = overview
        cohort = overview.cohort
        self.title.setText(f"{overview.programme_name} – {cohort.name}")
        seminar_count = len(overview.seminars)
        self.subtitle.setText(
            self.tr("Läsår %1  ·  %2  ·  %3 deltagare antagna  ·  Krav: %4 av %5 seminarier")
            .replace("%1", cohort.school_year)
            .replace("%2", cohort_status_label(cohort.status))
            .replace("%3", str(cohort.enrolled_count))
            .replace("%4", str(overview.min_attended))
            .replace("%5", str(seminar_count))
        )
        self.schedule_model.set_rows(overview.seminars, cohort.enrolled_count)
        for column in range(self.schedule_model.columnCount()):
            if column != ScheduleTableModel.TITLE:
                self.schedule.resizeColumnToContents(column)
                width = self.schedule.columnWidth(column)
                self.schedule.setColumnWidth(column, min(width + 12, MAX_COLUMN_WIDTH))
        self._painted_pending = bool(overview.seminars)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._painted_pending and event.type() == QEvent.Type.Paint:
            self._painted_pending = False
            self.schedule_painted.emit()
        return super().eventFilter(watched, event)

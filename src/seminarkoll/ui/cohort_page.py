"""The cohort overview: header facts above tabs, the first of which is the seminar schedule."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.calendar import school_years_label
from seminarkoll.domain.catalog import cohort_status_word
from seminarkoll.domain.translation import filled
from seminarkoll.ui.schedule_model import ScheduleTableModel
from seminarkoll.ui.seminar_panel import SeminarPanel
from seminarkoll.ui.sorting import CollatingSortProxy
from seminarkoll.ui.table_view import EmptyHint

if TYPE_CHECKING:
    from seminarkoll.domain.catalog import CohortOverview


MAX_COLUMN_WIDTH = 230
SHARED_COLUMNS = (ScheduleTableModel.THEME, ScheduleTableModel.LECTURERS, ScheduleTableModel.PLACE)
MIN_TITLE_WIDTH = 240
MIN_SHARED_WIDTH = 110


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
        self.schedule_hint = EmptyHint(
            self.schedule,
            self.tr("Inga seminarier än – lägg till det första med Nytt seminarium (Ins)."),
        )
        header = self.schedule.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ScheduleTableModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self._painted_pending = False
        self.schedule.viewport().installEventFilter(self)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.schedule_toolbar = QToolBar()
        self.schedule_toolbar.setObjectName("scheduleToolbar")
        schedule_tab = QWidget()
        schedule_layout = QVBoxLayout(schedule_tab)
        schedule_layout.setContentsMargins(0, 4, 0, 0)
        schedule_layout.setSpacing(2)
        schedule_layout.addWidget(self.schedule_toolbar)
        self.details = SeminarPanel()
        self.schedule.selectionModel().currentRowChanged.connect(self._show_details)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.schedule)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        schedule_layout.addWidget(splitter, 1)
        self.tabs.addTab(schedule_tab, self.tr("Schema"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(8)
        layout.addWidget(self.tabs, 1)

    def replace_tab(self, placeholder: QWidget, tab: QWidget) -> None:
        """Put `tab` where the empty `placeholder` stood (a tab built on first show), under
        the same title and still current if it was, without signalling a change of tab."""
        index = self.tabs.indexOf(placeholder)
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        self.tabs.insertTab(index, tab, self.tabs.tabText(index))
        self.tabs.removeTab(index + 1)
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)
        placeholder.deleteLater()

    def show_overview(self, overview: CohortOverview) -> None:
        """Fill the header and the schedule from `overview`."""
        self.overview = overview
        cohort = overview.cohort
        self.title.setText(f"{overview.programme_name} – {cohort.name}")
        seminar_count = len(overview.seminars)
        people = self.tr("%1 deltagare").replace("%1", str(cohort.enrolled_count))
        if cohort.withdrawn_count:
            people += self.tr(" (varav %1 avbrutit)").replace("%1", str(cohort.withdrawn_count))
        self.subtitle.setText(
            filled(
                self.tr("Läsår %1  ·  %2  ·  %3  ·  Krav: %4 av %5 seminarier"),
                school_years_label(cohort.start_date, cohort.end_date),
                cohort_status_word(cohort.status),
                people,
                overview.min_attended,
                seminar_count,
            )
        )
        self.schedule_model.set_rows(overview.seminars, overview.sportlov_week)
        self.schedule.setColumnHidden(
            ScheduleTableModel.TERM, not self.schedule_model.spans_school_years
        )
        self._fit_columns()
        self._show_details(self.schedule.currentIndex())
        self._painted_pending = bool(overview.seminars)

    def _show_details(self, index: QModelIndex) -> None:
        """The selected seminar, or the first one while nothing is selected."""
        if not index.isValid():
            index = self.schedule_proxy.index(0, 0)
        if not index.isValid():
            self.details.show_seminar(None)
            return
        row = self.schedule_proxy.mapToSource(index).row()
        self.details.show_seminar(self.schedule_model.row_at(row))

    def _fit_columns(self) -> None:
        """Short columns at their content's width; theme, lecturers and place share what is
        left after the title gets its minimum (longer text is elided, full in the tooltip)."""
        fixed = 0
        for column in range(self.schedule_model.columnCount()):
            if column == ScheduleTableModel.TITLE or column in SHARED_COLUMNS:
                continue
            self.schedule.resizeColumnToContents(column)
            width = min(self.schedule.columnWidth(column) + 12, MAX_COLUMN_WIDTH)
            self.schedule.setColumnWidth(column, width)
            fixed += width
        spare = self.schedule.viewport().width() - fixed - MIN_TITLE_WIDTH
        share = max(MIN_SHARED_WIDTH, spare // len(SHARED_COLUMNS))
        for column in SHARED_COLUMNS:
            self.schedule.resizeColumnToContents(column)
            self.schedule.setColumnWidth(column, min(self.schedule.columnWidth(column) + 12, share))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Resize
            and self.overview is not None
            and isinstance(event, QResizeEvent)
            and event.size().width() != event.oldSize().width()
        ):
            self._fit_columns()  # the widths depend on the width alone
        if self._painted_pending and event.type() == QEvent.Type.Paint:
            self._painted_pending = False
            self.schedule_painted.emit()
        return super().eventFilter(watched, event)

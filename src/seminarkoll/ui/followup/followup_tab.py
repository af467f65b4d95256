"""The cohort page's "Uppföljning" tab: charts (QPainter) and tables of the follow-up figures,
and the programme's comparison of its cohorts in a window of its own."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.charts import attendance_chart, cohorts_chart
from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.reports import CohortReport, ProgrammeReport, mean_rate, percent
from seminarkoll.domain.translation import filled
from seminarkoll.ui.cohort_tab import CohortTab
from seminarkoll.ui.exchange.files import choose_save_file, safe_file_name
from seminarkoll.ui.followup.chart_view import ChartView
from seminarkoll.ui.followup.tables import (
    cohort_model,
    fit_columns,
    lecturer_model,
    seminar_model,
    table_view,
    theme_model,
    workplace_model,
)
from seminarkoll.ui.forms import push_button
from seminarkoll.ui.messages import attempt, show_error
from seminarkoll.ui.stacking import stacked

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.services.exports import ExportResult


class FollowUpTab(CohortTab):
    """Attendance per seminar as bars, the programme's cohorts as lines, and the tables."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self._show_report, parent)
        self.setObjectName("followUpTab")
        self.report: CohortReport | None = None
        self.summary = QLabel()
        self.summary.setObjectName("followUpSummary")
        self.summary.setStyleSheet("color: #334e68;")
        save = QPushButton(self.tr("Spara rapport"))
        save.setObjectName("saveReport")
        menu = QMenu(save)
        menu.addAction(self.tr("Som Excel-arbetsbok med diagram …"), lambda: self.save(".xlsx"))
        menu.addAction(self.tr("Som PDF …"), lambda: self.save(".pdf"))
        save.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(save)
        self.attendance_chart = ChartView()
        self.attendance_chart.setObjectName("attendanceChart")
        self.cohorts_chart = ChartView()
        self.cohorts_chart.setObjectName("cohortsChart")
        charts = QSplitter(Qt.Orientation.Horizontal)
        charts.addWidget(self.attendance_chart)
        charts.addWidget(self.cohorts_chart)
        charts.setStretchFactor(0, 3)
        charts.setStretchFactor(1, 2)
        self.tables = QTabWidget()
        self.tables.setDocumentMode(True)
        self.seminars = seminar_model(self)
        self.themes = theme_model(self)
        self.workplaces = workplace_model(self)
        self.cohorts = cohort_model(self)
        self.views: list[QTableView] = []
        for model, title in (
            (self.seminars, self.tr("Seminarier")),
            (self.themes, self.tr("Temaområden")),
            (self.workplaces, self.tr("Arbetsplatser")),
            (self.cohorts, self.tr("Omgångar år för år")),
        ):
            self.views.append(table_view(model, (), self))
            self.tables.addTab(self.views[-1], title)
        self._lecturer_index = self.tables.addTab(QWidget(), self.tr("Föreläsare"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(charts)
        splitter.addWidget(self.tables)
        splitter.setSizes([330, 300])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

    def _show_report(self, services: Services, cohort_id: int) -> None:
        report = attempt(
            self,
            self.tr("Uppföljningen kunde inte visas"),
            services.reports.cohort_report,
            cohort_id,
        )
        if report is None:
            return
        self.report = report
        self.attendance_chart.set_chart(attendance_chart(report.seminars))
        self.cohorts_chart.set_chart(cohorts_chart(report.cohorts))
        self.seminars.set_rows(report.seminars)
        self.themes.set_rows(report.themes)
        self.workplaces.set_rows(report.workplaces)
        self.cohorts.set_rows(report.cohorts)
        for view in self.views:
            fit_columns(view)
        lecturers = table_view(
            lecturer_model(self, report.lecturers), report.lecturers.lecturers, self
        )
        old = self.tables.widget(self._lecturer_index)
        current = self.tables.currentIndex()
        self.tables.removeTab(self._lecturer_index)
        self.tables.insertTab(self._lecturer_index, lecturers, self.tr("Föreläsare"))
        self.tables.setCurrentIndex(current)
        if old is not None:
            old.deleteLater()
        this = next((c for c in report.cohorts if c.cohort_id == self._cohort_id), None)
        held = sum(1 for s in report.seminars if s.held)
        self.summary.setText(
            filled(
                self.tr(
                    "%1 av %2 seminarier genomförda · närvarograd i snitt %3 · %4 godkända av %5"
                ),
                held,
                len(report.seminars),
                percent(mean_rate(report.seminars)),
                this.completed if this else 0,
                this.enrolled if this else 0,
            )
        )

    def save(self, suffix: str) -> None:
        """Save the report as .xlsx or .pdf where the user chooses."""
        services, cohort_id, report = self._services, self._cohort_id, self.report
        if services is None or cohort_id is None or report is None:
            return
        name = safe_file_name(f"Uppföljning {report.cohort} ({report.school_year})")
        path = choose_save_file(self, self.tr("Spara uppföljningen"), name, suffix)
        if path is not None:
            _save(self, lambda: services.reports.export_cohort(cohort_id, path), path)


class ProgrammeFollowUpDialog(QDialog):
    """The programme's cohorts year by year (lines and table) and its lecturers."""

    def __init__(self, services: Services, programme_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("programmeFollowUp")
        self._services = services
        self._programme_id = programme_id
        self.report: ProgrammeReport = services.reports.programme_report(programme_id)
        self.setWindowTitle(self.tr("Uppföljning – %1").replace("%1", self.report.programme))
        self.chart = ChartView()
        self.chart.set_chart(cohorts_chart(self.report.cohorts))
        tabs = QTabWidget()
        tabs.addTab(table_view(cohort_model(self), self.report.cohorts, self), self.tr("Omgångar"))
        tabs.addTab(
            table_view(
                lecturer_model(self, self.report.lecturers), self.report.lecturers.lecturers, self
            ),
            self.tr("Föreläsare"),
        )
        save = QPushButton(self.tr("Spara rapport"))
        menu = QMenu(save)
        menu.addAction(self.tr("Som Excel-arbetsbok med diagram …"), lambda: self.save(".xlsx"))
        menu.addAction(self.tr("Som PDF …"), lambda: self.save(".pdf"))
        save.setMenu(menu)
        close = push_button(self.tr("Stäng"), self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(save)
        buttons.addWidget(close)
        stacked(self, (self.chart, 3), (tabs, 2), buttons)
        self.resize(900, 680)

    def save(self, suffix: str) -> None:
        """Save the comparison as .xlsx or .pdf."""
        services, programme_id = self._services, self._programme_id
        name = safe_file_name(f"Uppföljning {self.report.programme}")
        path = choose_save_file(self, self.tr("Spara jämförelsen"), name, suffix)
        if path is not None:
            _save(self, lambda: services.reports.export_programme(programme_id, path), path)


def _save(parent: QWidget, write: Callable[[], ExportResult], path: Path) -> None:
    """Run `write` with a wait cursor; say where the file went, or what went wrong."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        result = write()
    except DomainError as exc:
        QApplication.restoreOverrideCursor()
        show_error(
            parent, QCoreApplication.translate("FollowUpTab", "Rapporten kunde inte sparas"), exc
        )
        return
    QApplication.restoreOverrideCursor()
    message = filled(
        QCoreApplication.translate("FollowUpTab", "%1 är sparad som %2."), result.description, path
    )
    window = parent.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 8000)
    else:
        QMessageBox.information(
            parent, QCoreApplication.translate("FollowUpTab", "Rapporten är sparad"), message
        )

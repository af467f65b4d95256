"""The attendance import window: what a filled-in sign-in sheet or matrix would change, then do it.

Conflicts with marks already taken are listed and only replaced when the user ticks the box
for it; cells that cannot be read stop the import until the file is corrected.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QWidget,
)

from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.translation import filled
from seminarkoll.services.attendance_import import MarkOutcome
from seminarkoll.ui.exchange.files import choose_open_file
from seminarkoll.ui.exchange.models import AttendancePlanModel, OutcomeFilterProxy
from seminarkoll.ui.forms import enter_presses, error_label, push_button, wrapped_label
from seminarkoll.ui.messages import show_error
from seminarkoll.ui.stacking import stacked
from seminarkoll.ui.table_view import prepare_row_table
from seminarkoll.ui.tasks import BackgroundTask

if TYPE_CHECKING:
    from seminarkoll.services.attendance_import import AttendanceImportResult, AttendancePlan
    from seminarkoll.services.container import Services


class AttendanceImportDialog(QDialog):
    """Previews an attendance file and records its marks; emits `imported(cohort_id)`."""

    imported = Signal(int)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.plan: AttendancePlan | None = None
        self.outcome: AttendanceImportResult | None = None
        self.task: BackgroundTask | None = None
        self.setObjectName("attendanceImportDialog")
        self.setWindowTitle(self.tr("Importera närvaro"))
        self.resize(920, 600)
        self.title = QLabel(self.tr("Välj en ifylld närvarolista eller närvaromatris."))
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("pageSubtitle")
        self.summary.setWordWrap(True)
        self.warning = wrapped_label()
        self.warning.setStyleSheet("color: #7f6000;")
        self.warning.hide()
        self.filter_combo = QComboBox()
        self.filter_combo.addItem(self.tr("Alla rader"), None)
        self.filter_combo.addItem(
            self.tr("Nya markeringar och anteckningar"),
            [MarkOutcome.NEW.value, MarkOutcome.NOTE.value, MarkOutcome.CHANGE.value],
        )
        self.filter_combo.addItem(self.tr("Konflikter"), [MarkOutcome.CONFLICT.value])
        self.filter_combo.addItem(self.tr("Signerade seminarier"), [MarkOutcome.LOCKED.value])
        self.filter_combo.addItem(self.tr("Problem"), [AttendancePlanModel.PROBLEM])
        self.model = AttendancePlanModel(self)
        self.proxy = OutcomeFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_combo.currentIndexChanged.connect(
            lambda: self.proxy.set_outcomes(self.filter_combo.currentData())
        )
        show = QLabel(self.tr("&Visa:"))
        show.setBuddy(self.filter_combo)
        filters = QHBoxLayout()
        filters.addWidget(show)
        filters.addWidget(self.filter_combo)
        filters.addStretch(1)
        self.view = QTableView()
        self.view.setObjectName("attendancePlan")
        prepare_row_table(self.view, self.proxy, AttendancePlanModel.ROW)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.overwrite = QCheckBox()
        self.overwrite.toggled.connect(self._update_buttons)
        self.problem_label = error_label()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.choose_button = push_button(self.tr("&Välj fil …"), self.choose_file)
        self.apply_button = push_button("", self.apply)
        self.close_button = push_button(self.tr("Avbryt"), self.reject)
        enter_presses(self.apply_button, self.choose_button, self.close_button)  # never cancels
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.progress, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.close_button)
        stacked(
            self,
            self.title,
            self.summary,
            self.warning,
            filters,
            (self.view, 1),
            self.problem_label,
            self.overwrite,
            buttons,
        )
        self._update_buttons()

    def choose_file(self) -> None:
        """Ask for the filled-in file."""
        path = choose_open_file(
            self,
            self.tr("Välj närvarolista eller närvaromatris"),
            self.tr("Excel-arbetsbok (*.xlsx *.xlsm *.ods);;Alla filer (*)"),
        )
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Read `path` and compare it with what is recorded, in the background."""
        read = self.read_plan
        self.title.setText(self.tr("Läser %1 …").replace("%1", path.name))
        self._start(lambda _progress: read(path), self._previewed, self._failed)

    def read_plan(self, path: Path) -> AttendancePlan:
        """What the file at `path` would change (runs off the GUI thread: no widgets here)."""
        return self._services.attendance_import.preview(path)

    def _previewed(self, plan: AttendancePlan) -> None:
        self.plan = plan
        self.outcome = None
        self.model.set_plan(plan)
        self.view.resizeColumnsToContents()
        for column in range(AttendancePlanModel.OUTCOME):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column) + 12, 260))
        kind = {
            "signin": self.tr("Närvarolista"),
            "offline": self.tr("Offline-signering"),
        }.get(plan.kind.value, self.tr("Närvaromatris"))
        self.title.setText(
            filled(self.tr("%1 från %2 – %3"), kind, plan.path.name, plan.cohort_label)
        )
        self.summary.setText(
            self.tr("I filen: %1. Tomma rutor ändrar ingenting.").replace("%1", plan.summary)
        )
        self.warning.setText("\n".join(plan.warnings))
        self.warning.setVisible(bool(plan.warnings))
        conflicts = len(plan.conflicts)
        self.overwrite.setText(
            self.tr(
                "Ersätt de %1 markeringar som redan är registrerade med filens (konflikter)"
            ).replace("%1", str(conflicts))
        )
        self.overwrite.setChecked(False)
        self.overwrite.setVisible(bool(conflicts))
        problems = len(plan.problems)
        self.problem_label.setText(
            self.tr(
                "%1 rutor i filen kan inte läsas. Rätta dem i filen, spara och välj den igen; "
                "ingenting registreras förrän dess."
            ).replace("%1", str(problems))
        )
        self.problem_label.setVisible(bool(problems))
        self.filter_combo.setCurrentIndex(4 if problems else 0)
        self._update_buttons()

    def apply(self) -> None:
        """Record the file's marks in one transaction (conflicts only if ticked)."""
        plan = self.plan
        if plan is None or plan.problems or self.outcome is not None:
            return
        overwrite = self.overwrite.isChecked()
        importer = self._services.attendance_import
        self._start(
            lambda _progress: importer.apply(plan, overwrite_conflicts=overwrite),
            self._applied,
            self._failed,
        )

    def _applied(self, outcome: AttendanceImportResult) -> None:
        self.outcome = outcome
        assert self.plan is not None
        self.summary.setText(self.tr("Klart: %1.").replace("%1", outcome.summary))
        self.overwrite.hide()
        self.imported.emit(self.plan.cohort_id)
        self._update_buttons()

    def _failed(self, error: BaseException) -> None:
        if self.plan is None:
            self.title.setText(self.tr("Välj en ifylld närvarolista eller närvaromatris."))
        message = (
            str(error)
            if isinstance(error, DomainError)
            else QCoreApplication.translate(
                "AttendanceImportDialog", "Ett oväntat fel inträffade: %1"
            ).replace("%1", repr(error))
        )
        show_error(self, self.tr("Närvaron kunde inte importeras"), message)

    def _start(self, work: Any, on_success: Any, on_failure: Any) -> None:
        if self.task is not None and self.task.running:
            return
        task = BackgroundTask(work)
        task.succeeded.connect(on_success)
        task.failed.connect(on_failure)
        task.finished.connect(self._finished)
        self.task = task
        self.progress.show()
        task.start()
        self._update_buttons()

    def _finished(self) -> None:
        self.progress.hide()
        self._update_buttons()

    def _update_buttons(self, *_args: Any) -> None:
        running = self.task is not None and self.task.running
        plan = self.plan
        done = self.outcome is not None
        count = 0
        if plan is not None:
            count = len(plan.changes) + (len(plan.conflicts) if self.overwrite.isChecked() else 0)
        self.apply_button.setText(
            self.tr("&Registrera %1 ändringar").replace("%1", str(count))
            if count != 1
            else self.tr("&Registrera 1 ändring")
        )
        self.apply_button.setVisible(not done)
        self.apply_button.setEnabled(
            plan is not None and not plan.problems and count > 0 and not running
        )
        self.choose_button.setEnabled(not running)
        self.close_button.setText(self.tr("Stäng") if done or plan is None else self.tr("Avbryt"))

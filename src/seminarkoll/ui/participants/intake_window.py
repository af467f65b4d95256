"""The cohort's intake (Antagning): applicants by status, interviews and decisions in bulk."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.enums import EnrollmentStatus
from seminarkoll.domain.intake import INTAKE_STATUSES
from seminarkoll.services.container import Services
from seminarkoll.services.intake import ApplicantRow
from seminarkoll.ui.formatting import (
    DATE_TIME_FORMAT,
    chronological,
    date_and_time,
    display_date,
    enrollment_status_label,
)
from seminarkoll.ui.forms import close_buttons, push_button
from seminarkoll.ui.messages import attempt
from seminarkoll.ui.sorting import CollatingSortProxy, refiltering, surname_first
from seminarkoll.ui.stacking import side_by_side, stacked
from seminarkoll.ui.table_model import RowTableModel
from seminarkoll.ui.table_view import EmptyHint, fit_columns, prepare_row_table

STATUS_ROLE = Qt.ItemDataRole.UserRole + 2


class ApplicantTableModel(RowTableModel[ApplicantRow]):
    """One row per application: name, workplace, status, applied, interview, outcome."""

    NAME, WORKPLACE, STATUS, APPLIED, INTERVIEW, OUTCOME, SINCE = range(7)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                self.tr("Namn"),
                self.tr("Arbetsplats"),
                self.tr("Status"),
                self.tr("Ansökt"),
                self.tr("Intervju"),
                self.tr("Intervjuns utfall"),
                self.tr("Sedan"),
            ),
            parent,
        )

    def cell(self, row: ApplicantRow, column: int, role: int) -> Any:
        if role == STATUS_ROLE:
            return row.status.value
        if role == Qt.ItemDataRole.ToolTipRole and column == self.OUTCOME:
            return row.interview_outcome or None
        return super().cell(row, column, role)

    def sort_value(self, row: ApplicantRow, column: int) -> Any:
        if column == self.NAME:
            return surname_first(row)
        if column == self.STATUS:
            return INTAKE_STATUSES.index(row.status) if row.status in INTAKE_STATUSES else 99
        if column == self.APPLIED:
            return chronological(row.applied_on)
        if column == self.INTERVIEW:
            return chronological(row.interview_at)
        if column == self.SINCE:
            since = row.step_on(row.status)
            return chronological(since)
        return None

    def display(self, row: ApplicantRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.WORKPLACE:
            return row.workplace_name
        if column == self.STATUS:
            return enrollment_status_label(row.status)
        if column == self.APPLIED:
            return display_date(row.applied_on)
        if column == self.INTERVIEW:
            return date_and_time(row.interview_at) if row.interview_at else ""
        if column == self.OUTCOME:
            return row.interview_outcome.splitlines()[0] if row.interview_outcome else ""
        return display_date(row.step_on(row.status))


class ApplicantFilterProxy(CollatingSortProxy):
    """Shows the applications with the chosen status whose name holds the search text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.status = ""
        self.text = ""

    def set_filter(self, status: str, text: str) -> None:
        """Show only `status` (all when '') and names containing `text` (any case)."""
        with refiltering(self):
            self.status, self.text = status, text.strip().casefold()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        status = model.index(source_row, 0, source_parent).data(STATUS_ROLE)
        name = str(model.index(source_row, ApplicantTableModel.NAME, source_parent).data())
        return (not self.status or status == self.status) and self.text in name.casefold()


class IntakeWindow(QDialog):
    """Applicants of one cohort with filters; interviews, decisions and the waitlist."""

    def __init__(
        self,
        services: Services,
        cohort_id: int,
        changed: Callable[[], None] = lambda: None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeWindow")
        self.setWindowTitle(self.tr("Antagning"))
        self._services = services
        self._cohort_id = cohort_id
        self._changed = changed
        self.model = ApplicantTableModel(self)
        self.proxy = ApplicantFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        prepare_row_table(self.view, self.proxy, ApplicantTableModel.APPLIED)
        self.empty_hint = EmptyHint(
            self.view,
            self.tr("Inga ansökningar i omgången ännu."),
            self.tr("Ingen ansökan matchar urvalet."),
        )
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("Alla ansökningar"), "")
        for status in INTAKE_STATUSES:
            self.status_filter.addItem(enrollment_status_label(status), status.value)
        self.status_filter.currentIndexChanged.connect(self._filter)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Sök namn …"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.summary = QLabel()
        top = QHBoxLayout()
        show = QLabel(self.tr("&Visa:"))
        show.setBuddy(self.status_filter)
        top.addWidget(show)
        top.addWidget(self.status_filter)
        top.addWidget(self.search, 1)
        self.book_button = push_button(self.tr("&Boka intervju …"), self.book_interview)
        self.outcome_button = push_button(self.tr("&Intervjuad …"), self.record_interview)
        self.accept_button = QPushButton(self.tr("&Anta"))
        self.waitlist_button = QPushButton(self.tr("&Väntelista"))
        self.decline_button = QPushButton(self.tr("Av&slå"))
        self.enrol_button = QPushButton(self.tr("Skriv &in i omgången"))
        self.withdraw_button = push_button(self.tr("Åter&tagen …"), self.withdraw)
        self.copy_button = push_button(self.tr("&Kopiera e-postadresser"), self.copy_addresses)
        for button, status in (
            (self.accept_button, EnrollmentStatus.ACCEPTED),
            (self.waitlist_button, EnrollmentStatus.WAITLISTED),
            (self.decline_button, EnrollmentStatus.DECLINED),
            (self.enrol_button, EnrollmentStatus.ENROLLED),
        ):
            button.clicked.connect(lambda _=False, s=status: self.decide(s))
        actions = side_by_side(
            self.book_button,
            self.outcome_button,
            self.accept_button,
            self.waitlist_button,
            self.decline_button,
            self.enrol_button,
            self.withdraw_button,
            1,
            self.copy_button,
        )
        stacked(self, top, self.summary, (self.view, 1), actions, close_buttons(self))
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.resize(1100, 560)
        self.reload()

    # -- reading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Show the cohort's applications as stored."""
        rows = self._services.intake.applicants(self._cohort_id)
        self.model.set_rows(rows)
        fit_columns(self.view, ApplicantTableModel.OUTCOME)
        counts = dict.fromkeys(INTAKE_STATUSES, 0)
        for row in rows:
            counts[row.status] += 1
        self.summary.setText(
            " · ".join(
                f"{enrollment_status_label(status)}: {count}"
                for status, count in counts.items()
                if count
            )
            or self.tr("Inga ansökningar i omgången ännu.")
        )
        self._update_buttons()

    def selected(self) -> list[ApplicantRow]:
        """The applications on the selected rows, in view order."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row()) for r in rows
        ]

    # -- actions ---------------------------------------------------------------------------
    def book_interview(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Boka intervju"))
        when = QDateTimeEdit(QDateTime.currentDateTime())
        when.setCalendarPopup(True)
        when.setDisplayFormat(DATE_TIME_FORMAT)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        box = QVBoxLayout(dialog)
        box.addWidget(
            QLabel(self.tr("Intervju för %1:").replace("%1", ", ".join(r.name for r in chosen)))
        )
        box.addWidget(when)
        box.addWidget(buttons)
        self.booking_dialog = dialog
        self.booking_time = when
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        at: datetime = when.dateTime().toPython()  # type: ignore[assignment]
        self._run(
            lambda: self._services.intake.book_interview([r.enrollment_id for r in chosen], at)
        )

    def record_interview(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        row = chosen[0]
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Intervjuad"),
            self.tr("Utfall av intervjun med %1:").replace("%1", row.name),
            row.interview_outcome,
        )
        if ok:
            self._run(
                lambda: self._services.intake.record_interview(
                    row.enrollment_id, text, date.today()
                )
            )

    def decide(self, status: EnrollmentStatus) -> None:
        chosen = self.selected()
        if chosen:
            ids = [r.enrollment_id for r in chosen]
            self._run(lambda: self._services.intake.decide(ids, status, date.today()))

    def withdraw(self) -> None:
        chosen = self.selected()
        if len(chosen) != 1:
            return
        row = chosen[0]
        answer = QMessageBox.question(
            self,
            self.tr("Återtagen ansökan"),
            self.tr("Har %1 återtagit sin ansökan eller plats?").replace("%1", row.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        result = self._run(lambda: self._services.intake.withdraw(row.enrollment_id, date.today()))
        if result is None or result.next_in_line is None:
            return
        waiting = result.next_in_line
        offer = QMessageBox.question(
            self,
            self.tr("En plats är ledig"),
            self.tr(
                "%1 har väntat längst på väntelistan. Anta %1 till den lediga platsen?"
            ).replace("%1", waiting.name),
        )
        if offer == QMessageBox.StandardButton.Yes:
            self._run(
                lambda: self._services.intake.decide(
                    [waiting.enrollment_id], EnrollmentStatus.ACCEPTED, date.today()
                )
            )

    def copy_addresses(self) -> None:
        """Copy the addresses of those shown (one status, or all) in Outlook's format."""
        value = self.status_filter.currentData()
        statuses = [EnrollmentStatus(value)] if value else list(INTAKE_STATUSES)
        lists = [self._services.intake.email_list(self._cohort_id, s) for s in statuses]
        line = "; ".join(part.line for part in lists if part.line)
        QGuiApplication.clipboard().setText(line)
        missing = " ".join(part.missing_sentence for part in lists if part.missing_sentence)
        self.summary.setText(
            self.tr("Adresserna är kopierade.") + (f" {missing}" if missing else "")
        )

    # -- helpers ---------------------------------------------------------------------------
    def _run(self, action: Callable[[], Any]) -> Any:
        result = attempt(self, self.tr("Antagning"), action)
        if result is None:
            return None
        self.reload()
        self._changed()
        return result

    def _filter(self) -> None:
        self.proxy.set_filter(self.status_filter.currentData() or "", self.search.text())

    def _update_buttons(self) -> None:
        count = len(self.selected())
        for button in (
            self.book_button,
            self.accept_button,
            self.waitlist_button,
            self.decline_button,
            self.enrol_button,
        ):
            button.setEnabled(count > 0)
        self.outcome_button.setEnabled(count == 1)
        self.withdraw_button.setEnabled(count == 1)

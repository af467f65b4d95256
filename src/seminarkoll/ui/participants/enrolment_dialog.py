"""Edit one enrolment: status, applied, start and leaving dates, notes."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QWidget,
)

from seminarkoll.domain.enums import EnrollmentStatus
from seminarkoll.ui.attendance.labels import enrolment_label
from seminarkoll.ui.forms import FormDialog, KeepOpen, date_edit
from seminarkoll.ui.stale_edit import save_unless_stale

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.services.enrollment import RosterRow


class OptionalDate(QWidget):
    """A date that may be left out: a check box and a date field."""

    def __init__(self, label: str, value: date | None, default: date) -> None:
        super().__init__()
        self.enabled = QCheckBox(label)
        self.edit = date_edit(value or default)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.enabled.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)

    def value(self) -> date | None:
        """The date, or None when left out."""
        if not self.enabled.isChecked():
            return None
        result: date = self.edit.date().toPython()  # type: ignore[assignment]
        return result

    def set_value(self, value: date | None) -> None:
        """Set (or leave out) the date."""
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(QDate(value.year, value.month, value.day))


class EnrolmentDialog(FormDialog):
    """Status and dates of one participant in one cohort; history is kept whatever is set."""

    def __init__(self, services: Services, row: RosterRow, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Antagning – %1").replace("%1", row.name), parent)
        self.setObjectName("enrolmentDialog")
        self._services = services
        self._row = row
        today = date.today()
        self.status = QComboBox()
        for status in EnrollmentStatus:
            self.status.addItem(enrolment_label(status), status)
        self.status.setCurrentIndex(self.status.findData(row.status))
        self.applied = OptionalDate(self.tr("Ansökte"), row.applied_on, today)
        self.joined = OptionalDate(self.tr("Började"), row.joined_on, today)
        self.left = OptionalDate(self.tr("Slutade"), row.left_on, today)
        self.notes = QPlainTextEdit(row.notes)
        self.notes.setFixedHeight(70)
        self.add_field("status", self.tr("&Status:"), self.status)
        self.add_field("applied_on", self.tr("Ansökan:"), self.applied)
        self.add_field("joined_on", self.tr("Start:"), self.joined)
        self.add_field("left_on", self.tr("Avbrott:"), self.left)
        self.add_field("notes", self.tr("&Anteckningar:"), self.notes)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.save = self._save

    def _fill(self, row: RosterRow) -> None:
        """Show `row` as it is saved now (another coordinator changed it)."""
        self._row = row
        self.status.setCurrentIndex(self.status.findData(row.status))
        self.applied.set_value(row.applied_on)
        self.joined.set_value(row.joined_on)
        self.left.set_value(row.left_on)
        self.notes.setPlainText(row.notes)

    def _status_changed(self) -> None:
        if self._status() is EnrollmentStatus.WITHDRAWN and self.left.value() is None:
            self.left.set_value(date.today())

    def _status(self) -> EnrollmentStatus:
        return EnrollmentStatus(self.status.currentData())

    def _save(self) -> None:
        from seminarkoll.services.enrollment import EnrollmentInput

        enrollment = self._services.enrollment
        enrollment_id = self._row.enrollment_id
        data = EnrollmentInput(
            status=self._status(),
            applied_on=self.applied.value(),
            joined_on=self.joined.value(),
            left_on=self.left.value(),
            notes=self.notes.toPlainText(),
        )
        if not save_unless_stale(
            self,
            lambda version: enrollment.update(enrollment_id, data, version=version),
            self._row.version,
            lambda: self._fill(enrollment.enrolment(enrollment_id)),
        ):
            raise KeepOpen

"""Närvaro → Intyg …: choose who gets a certificate, preview and print, or save as PDF."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSizeF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from seminarkoll.domain.errors import DomainError
from seminarkoll.ui.exchange.files import choose_save_file, last_folder, remember_folder
from seminarkoll.ui.formatting import issued_label
from seminarkoll.ui.forms import push_button, wrapped_label
from seminarkoll.ui.messages import attempt, show_error, succeeds
from seminarkoll.ui.stacking import stacked
from seminarkoll.ui.table_model import AnyIndex, RowTableModel

if TYPE_CHECKING:
    from seminarkoll.domain.certificates import Certificate
    from seminarkoll.services.certificates import CertificateCandidate, CertificateFiles
    from seminarkoll.services.container import Services


class CandidateModel(RowTableModel["CertificateCandidate"]):
    """The cohort's participants with a check box each: who gets a certificate."""

    NAME, WORKPLACE, KIND, ATTENDED, ISSUED = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            [
                self.tr("Namn"),
                self.tr("Arbetsplats"),
                self.tr("Intyg"),
                self.tr("Deltagit"),
                self.tr("Senast utfärdat"),
            ],
            parent,
        )
        self.checked: set[int] = set()

    def set_candidates(self, rows: tuple[CertificateCandidate, ...]) -> None:
        """Show `rows`, those who completed checked."""
        self.checked = {r.enrollment_id for r in rows if r.completed}
        self.set_rows(rows)

    def check(self, enrollment_ids: set[int]) -> None:
        """Check exactly `enrollment_ids`."""
        self.checked = set(enrollment_ids)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def chosen(self) -> list[int]:
        """The checked enrolments in the order shown."""
        return [r.enrollment_id for r in self._rows if r.enrollment_id in self.checked]

    def cell(self, row: CertificateCandidate, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.CheckStateRole and column == self.NAME:
            on = row.enrollment_id in self.checked
            return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.KIND and not row.completed:
            return QBrush(QColor("#8a5a00"))
        return None

    def display(self, row: CertificateCandidate, column: int) -> str:
        return (
            row.name,
            row.workplace,
            self.tr("Intyg") if row.completed else self.tr("Deltagarintyg"),
            self.tr("%1 seminarier").replace("%1", str(row.attended)),
            issued_label(row.issued_at),
        )[column]

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != self.NAME:
            return False
        enrollment_id = self._rows[index.row()].enrollment_id
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.checked.add(enrollment_id)
        else:
            self.checked.discard(enrollment_id)
        self.dataChanged.emit(index, index)
        return True

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == self.NAME:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags


class CertificatesDialog(QDialog):
    """Choose who gets a certificate (all who completed are checked), then preview and print,
    save one PDF, or one PDF per person. Each certificate issued is recorded."""

    def __init__(self, services: Services, cohort_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("certificatesDialog")
        self.setWindowTitle(self.tr("Intyg"))
        self._services = services
        self._cohort_id = cohort_id
        self.issued = False
        self.model = CandidateModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        hint = wrapped_label(
            self.tr(
                "Den som blivit godkänd får ett intyg. Den som inte är godkänd får ett "
                "deltagarintyg över de seminarier hen deltagit i, utan ord om godkännande. "
                "Organisation, logotyp och undertecknare ställer du in under Arkiv → "
                "Inställningar."
            )
        )
        hint.setStyleSheet("color: #52606d;")
        completed = push_button(self.tr("Alla godkända"), self.check_completed)
        everyone = QPushButton(self.tr("Alla"))
        everyone.clicked.connect(
            lambda: self.model.check({r.enrollment_id for r in self.model.rows()})
        )
        nobody = push_button(self.tr("Ingen"), lambda: self.model.check(set()))
        self.preview_button = push_button(self.tr("Förhandsgranska och skriv ut …"), self.preview)
        self.preview_button.setObjectName("previewCertificates")
        self.save_button = push_button(self.tr("Spara som PDF …"), self.save_pdf)
        separate = push_button(self.tr("En PDF per person …"), self.save_separate)
        close = push_button(self.tr("Stäng"), self.accept)
        choose = QHBoxLayout()
        for button in (completed, everyone, nobody):
            choose.addWidget(button)
        choose.addStretch(1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        for button in (self.preview_button, self.save_button, separate, close):
            actions.addWidget(button)
        stacked(self, hint, choose, (self.table, 1), actions)
        self.resize(760, 560)
        self.reload()

    def reload(self) -> None:
        """Fetch the participants, their verdicts and issue dates again."""
        if not succeeds(
            self,
            self.tr("Intyg"),
            lambda: self.model.set_candidates(
                self._services.certificates.candidates(self._cohort_id)
            ),
        ):
            return
        self.table.resizeColumnsToContents()

    def check_completed(self) -> None:
        """Check everyone who completed, and nobody else."""
        self.model.check({r.enrollment_id for r in self.model.rows() if r.completed})

    def certificates(self) -> tuple[Certificate, ...] | None:
        """The checked people's certificates; None (after saying so) when nobody is checked."""
        chosen = self.model.chosen()
        if not chosen:
            QMessageBox.information(
                self, self.tr("Intyg"), self.tr("Markera vem eller vilka som ska få intyg.")
            )
            return None
        return attempt(
            self,
            self.tr("Intyg"),
            self._services.certificates.certificates,
            self._cohort_id,
            chosen,
        )

    def preview(self) -> None:
        """Show the certificates in a print preview; printing records them as issued."""
        from seminarkoll.documents.certificate_pdf import draw_certificates, page_layout

        found = self.certificates()
        if found is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageLayout(page_layout())
        printer.setDocName(self.tr("Intyg"))

        def paint(device: QPrinter) -> None:
            rect = device.pageLayout().paintRectPixels(device.resolution())
            painter = QPainter(device)
            draw_certificates(painter, QSizeF(rect.width(), rect.height()), found, device.newPage)
            painter.end()

        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Förhandsgranska intyg"))
        dialog.paintRequested.connect(paint)
        self.preview_dialog = dialog
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._record([c.enrollment_id for c in found])

    def save_pdf(self) -> None:
        """Save the checked people's certificates as one PDF."""
        chosen = self.model.chosen()
        if not chosen:
            self.certificates()
            return
        path = choose_save_file(self, self.tr("Spara intyg"), self.tr("Intyg"), ".pdf")
        if path is not None:
            self._export(
                lambda: self._services.certificates.export_pdf(self._cohort_id, path, chosen)
            )

    def save_separate(self) -> None:
        """Save one PDF per checked person in a folder."""
        chosen = self.model.chosen()
        if not chosen:
            self.certificates()
            return
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Mapp för intygen"), str(last_folder())
        )
        if folder:
            remember_folder(Path(folder) / "x")
            self._export(
                lambda: self._services.certificates.export_separate(
                    self._cohort_id, Path(folder), chosen
                )
            )

    def _export(self, write: Any) -> None:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            files: CertificateFiles = write()
        except DomainError as exc:
            QApplication.restoreOverrideCursor()
            show_error(self, self.tr("Intygen kunde inte sparas"), exc)
            return
        QApplication.restoreOverrideCursor()
        self.issued = True
        self.reload()
        where = str(files.paths[0]) if len(files.paths) == 1 else str(files.paths[0].parent)
        QMessageBox.information(self, self.tr("Intyg sparade"), f"{files.summary}\n\n{where}")

    def _record(self, enrollment_ids: list[int]) -> None:
        if not succeeds(
            self, self.tr("Intyg"), self._services.certificates.record_issued, enrollment_ids
        ):
            return
        self.issued = True
        self.reload()

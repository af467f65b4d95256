"""Arkiv → Säkerhetskopior …: the backups beside the database, taking one, rotation, restoring."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableView,
    QWidget,
)

from seminarkoll.domain.backup_rotation import MAX_KEPT, Retention
from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.translation import filled
from seminarkoll.services.backups import BackupEntry, BackupService
from seminarkoll.ui.formatting import date_and_time
from seminarkoll.ui.forms import close_buttons, push_button, wrapped_label
from seminarkoll.ui.messages import confirm, show_error, succeeds
from seminarkoll.ui.stacking import stacked
from seminarkoll.ui.table_model import RowTableModel

DATE, REASON, SIZE, PROGRAMMES, COHORTS, PERSONS = range(6)


class BackupTableModel(RowTableModel[BackupEntry]):
    """One row per backup: when, why, how big, and what it holds."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                self.tr("Tagen"),
                self.tr("Anledning"),
                self.tr("Storlek"),
                self.tr("Program"),
                self.tr("Omgångar"),
                self.tr("Personer"),
            ),
            parent,
        )
        self._locale = QLocale()

    def cell(self, entry: BackupEntry, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            SIZE,
            PROGRAMMES,
            COHORTS,
            PERSONS,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(entry.path)
        return self.display(entry, column) if role == Qt.ItemDataRole.DisplayRole else None

    def display(self, entry: BackupEntry, column: int) -> str:
        counts = entry.counts
        if column == DATE:
            return date_and_time(entry.taken_at)
        if column == REASON:
            return reason_text(entry.reason)
        if column == SIZE:
            return self._locale.formattedDataSize(entry.size)
        if counts is None:
            return self.tr("oläsbar") if column == PROGRAMMES else ""
        return self._locale.toString(
            (counts.programmes, counts.cohorts, counts.persons)[column - 3]
        )


def reason_text(reason: str) -> str:
    """Why a backup was taken, in words."""
    words = {
        "start": QCoreApplication.translate("BackupTableModel", "vid start"),
        "avslut": QCoreApplication.translate("BackupTableModel", "vid avslut"),
        "manuell": QCoreApplication.translate("BackupTableModel", "manuell"),
        "fore-import": QCoreApplication.translate("BackupTableModel", "före import"),
        "fore-sammanslagning": QCoreApplication.translate(
            "BackupTableModel", "före sammanslagning"
        ),
        "fore-anonymisering": QCoreApplication.translate("BackupTableModel", "före anonymisering"),
        "fore-gallring": QCoreApplication.translate("BackupTableModel", "före gallring"),
        "fore-aterstallning": QCoreApplication.translate("BackupTableModel", "före återställning"),
        "skadad": QCoreApplication.translate("BackupTableModel", "skadad fil"),
    }
    if reason in words:
        return words[reason]
    if reason.startswith("fore-"):
        return QCoreApplication.translate("BackupTableModel", "före uppgradering %1").replace(
            "%1", reason.removeprefix("fore-")
        )
    return reason


class BackupsDialog(QDialog):
    """Lists the backups; *Återställ* asks first, then emits `restore_requested(path)`."""

    restore_requested = Signal(object)

    def __init__(self, backups: BackupService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backups = backups
        self.setObjectName("backupsDialog")
        self.setWindowTitle(self.tr("Säkerhetskopior"))
        self.resize(760, 460)
        folder = wrapped_label(
            self.tr(
                "Säkerhetskopiorna sparas i <b>%1</b>. De tas vid start (en gång om dagen), vid "
                "avslut efter ändringar och före import, sammanslagning, anonymisering, gallring "
                "och återställning."
            ).replace("%1", str(backups.folder or ""))
        )
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model = BackupTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.empty_hint = QLabel(self.tr("Det finns inga säkerhetskopior ännu."))
        self.backup_button = push_button(self.tr("Säkerhetskopiera &nu"), self.take_backup)
        self.restore_button = push_button(self.tr("&Återställ …"), self.restore_selected)
        stacked(
            self,
            folder,
            (self.table, 1),
            self.empty_hint,
            self._retention_row(),
            close_buttons(self, self.backup_button, self.restore_button),
        )
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.reload()

    def _retention_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Behåll den senaste kopian för")))
        retention = self._backups.retention()
        self.daily = self._spin(retention.daily, self.tr(" dagar"))
        self.weekly = self._spin(retention.weekly, self.tr(" veckor"))
        self.monthly = self._spin(retention.monthly, self.tr(" månader"))
        for spin in (self.daily, self.weekly, self.monthly):
            row.addWidget(spin)
        save = push_button(self.tr("Spara"), self.save_retention)
        row.addWidget(save)
        row.addStretch(1)
        return row

    def _spin(self, value: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(0, MAX_KEPT)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def reload(self) -> None:
        """Read the backup folder again."""
        self.model.set_rows(self._backups.backups())
        self.empty_hint.setVisible(self.model.rowCount() == 0)
        self.table.resizeColumnsToContents()
        self._selection_changed()

    def selected(self) -> BackupEntry | None:
        """The backup chosen in the table."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: object) -> None:
        entry = self.selected()
        self.restore_button.setEnabled(entry is not None and entry.counts is not None)

    def take_backup(self) -> None:
        """Take a backup now."""
        if not succeeds(self, self.tr("Säkerhetskopiering"), self._backups.take):
            return
        self.reload()

    def save_retention(self) -> None:
        """Store the rotation numbers."""
        try:
            self._backups.set_retention(
                Retention(self.daily.value(), self.weekly.value(), self.monthly.value())
            )
        except DomainError as exc:
            show_error(self, self.tr("Säkerhetskopior"), exc)

    def confirmation_text(self, entry: BackupEntry) -> str:
        """What the user is asked before a restore: the backup's date and counts."""
        counts = entry.counts
        assert counts is not None
        return filled(
            self.tr(
                "Databasen ersätts med säkerhetskopian från %1. Den innehåller %2 program, "
                "%3 omgångar och %4 personer.\n\nDen nuvarande databasen sparas först som en "
                "ny säkerhetskopia. Personer som har anonymiserats och omgångar som har "
                "gallrats efter att kopian togs anonymiseras och gallras igen."
            ),
            date_and_time(entry.taken_at),
            counts.programmes,
            counts.cohorts,
            counts.persons,
        )

    def restore_selected(self) -> None:
        """Ask, then hand the chosen backup to the window (which closes and reopens the data)."""
        entry = self.selected()
        if entry is None or entry.counts is None:
            return
        if confirm(
            self,
            self.tr("Återställ säkerhetskopia"),
            self.confirmation_text(entry),
            self.tr("Återställ"),
        ):
            self.restore_requested.emit(Path(entry.path))
            self.accept()

"""The attendance import window reading an offline signing back: the same preview and conflicts,
the marks from the file Signera offline saved."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from seminarkoll.ui.exchange.attendance_import import AttendanceImportDialog
from seminarkoll.ui.exchange.files import choose_open_file, offline_filter

if TYPE_CHECKING:
    from seminarkoll.services.attendance_import import AttendancePlan
    from seminarkoll.services.container import Services


class OfflineImportDialog(AttendanceImportDialog):
    """Previews the marks of an offline signing of `seminar_id` and records them."""

    def __init__(self, services: Services, seminar_id: int, parent: QWidget | None = None) -> None:
        super().__init__(services, parent)
        self.seminar_id = seminar_id
        self.setObjectName("offlineImportDialog")
        self.setWindowTitle(self.tr("Läs in offline-signering"))
        self.title.setText(self.tr("Välj filen som Signera offline sparade."))

    def choose_file(self) -> None:
        """Ask for the offline signing file."""
        path = choose_open_file(
            self,
            self.tr("Välj offline-signering"),
            offline_filter(),
        )
        if path is not None:
            self.open_file(path)

    def read_plan(self, path: Path) -> AttendancePlan:
        """What the offline file would change here (off the GUI thread)."""
        return self._services.offline_signoff.preview(path, self.seminar_id)

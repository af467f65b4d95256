"""The sign-off view on an offline signing file: the same view, saying where the file came from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from seminarkoll.ui.attendance.signoff import SignOffWindow
from seminarkoll.ui.formatting import date_and_time

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.services.offline_signoff import OfflineSeminar


class OfflineSignOffWindow(SignOffWindow):
    """Takes attendance in an offline file (its own database); read back into the shared
    database later with Närvaro → Läs in offline-signering."""

    offline: OfflineSeminar | None = None

    def __init__(
        self, services: Services, offline: OfflineSeminar, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, offline.seminar_id, parent)
        self.offline = offline
        self.setObjectName("offlineSignOffWindow")
        self.banner = QLabel(
            self.tr(
                "Offline-signering i %1, kopierad %2 från %3. Markeringarna sparas i filen; "
                "läs in den i den gemensamma databasen med Närvaro → Läs in offline-signering …"
            )
            .replace("%1", offline.path.name)
            .replace("%2", date_and_time(offline.copied_at))
            .replace("%3", offline.copied_from)
        )
        self.banner.setObjectName("offlineBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background: #fff4d6; color: #5c4400; padding: 8px 10px; font-size: 14px;"
        )
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(0, self.banner)
        self._offline_title()

    def reload(self) -> None:
        """Fetch the sheet from the file again; the title says it is offline."""
        super().reload()
        self._offline_title()

    def _offline_title(self) -> None:
        if self.offline is not None and self.sheet is not None:
            self.setWindowTitle(
                self.tr("Offline – seminarium %1 – %2 – %3")
                .replace("%1", str(self.sheet.seminar.number))
                .replace("%2", self.sheet.cohort_name)
                .replace("%3", self.offline.path.name)
            )

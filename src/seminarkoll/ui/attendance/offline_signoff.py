"""The sign-off view on an offline signing file: the same view, saying where the file came from."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from seminarkoll.domain.translation import filled
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
            filled(
                self.tr(
                    "Offline-signering i %1, kopierad %2 från %3. Markeringarna sparas i filen; "
                    "läs in den i den gemensamma databasen med Närvaro → Läs in offline-signering …"
                ),
                offline.path.name,
                date_and_time(offline.copied_at),
                offline.copied_from,
            )
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
                filled(
                    self.tr("Offline – seminarium %1 – %2 – %3"),
                    self.sheet.seminar.number,
                    self.sheet.cohort_name,
                    self.offline.path.name,
                )
            )

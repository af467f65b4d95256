"""The base of the tabs that show one cohort (roster, attendance, follow-up): which cohort, and
reading it again after a change."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from seminarkoll.services.container import Services


class CohortTab(QWidget):
    """A tab showing one cohort. `set_cohort` picks the cohort (a new one first runs
    `cohort_changed`) and reloads; `reload` hands the services and the cohort to `show`, the
    tab's own way to fetch and show them."""

    def __init__(
        self, show: Callable[[Services, int], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._show = show
        self._services: Services | None = None
        self._cohort_id: int | None = None

    def set_cohort(self, services: Services, cohort_id: int) -> None:
        """Show `cohort_id`."""
        if cohort_id != self._cohort_id:
            self.cohort_changed()
        self._services, self._cohort_id = services, cohort_id
        self.reload()

    def reload(self) -> None:
        """Read the cohort again (after a change here or elsewhere); nothing before a cohort."""
        if self._services is not None and self._cohort_id is not None:
            self._show(self._services, self._cohort_id)

    def cohort_changed(self) -> None:
        """Forget what belonged to the previous cohort (a search, say); by default nothing."""

"""What a feature may ask of the main window (a typed host) and the one value saying what a
change touched, so each view redraws only what it shows (compare Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLabel, QMenuBar, QStackedWidget, QStatusBar, QWidget

    from seminarkoll.services.container import Services
    from seminarkoll.ui.cohort_page import CohortPage
    from seminarkoll.ui.navigator import ProgrammeNavigator


@dataclass(frozen=True)
class Change:
    """What one user action (or its undo) changed.

    The flags say which data it touched: `tree` programmes or cohorts added, renamed or
    removed; `overview` the cohort overview (its header and schedule, with attendance totals);
    `roster` enrolments, groups and certificates; `attendance` marks and sign-offs; `register`
    persons and workplaces. The ids say where: `cohort_id` (None: the cohort shown) and
    `seminar_id` are selected afterwards, `programme_id` too when `show_programme` is set.
    """

    tree: bool = False
    overview: bool = False
    roster: bool = False
    attendance: bool = False
    register: bool = False
    programme_id: int | None = None
    cohort_id: int | None = None
    seminar_id: int | None = None
    show_programme: bool = False


EVERYTHING = Change(tree=True, overview=True, roster=True, attendance=True, register=True)
"""Another program changed the database, or a new one was opened: redraw every view."""


class FeatureHost(Protocol):
    """The main window as the feature menus see it (planning, participants, exchange)."""

    @property
    def services(self) -> Services | None:
        """The open database's services; None until one is open."""

    @property
    def navigator(self) -> ProgrammeNavigator:
        """The programme tree on the left."""

    @property
    def pages(self) -> QStackedWidget:
        """The pages on the right (welcome, cohort, hint)."""

    @property
    def hint(self) -> QLabel:
        """The hint page's text."""

    @property
    def new_programme_action(self) -> QAction:
        """Arkiv → Nytt program, also offered by the planning menus."""

    def require_services(self) -> Services:
        """The open database's services; RuntimeError when none is open."""

    def existing_cohort_page(self) -> CohortPage | None:
        """The cohort page once it is built, else None (never builds it)."""

    def apply_change(self, change: Change, source: object | None = None) -> None:
        """Let every view redraw what `change` touched; `source` (the view that made the
        change and already shows it) is not reloaded."""

    def show_cohort(self, cohort_id: int) -> None:
        """Show the cohort's overview."""

    def window(self) -> QWidget:
        """The window itself, as the parent of dialogs and actions."""

    def statusBar(self) -> QStatusBar:
        """The window's status bar."""

    def menuBar(self) -> QMenuBar:
        """The window's menu bar."""

"""Runs the planning dialogs, saves through the services and puts every change on the undo stack."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QUndoStack
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from seminarkoll.domain.translation import filled
from seminarkoll.services.planning import ThemeReplacement
from seminarkoll.ui.host import Change
from seminarkoll.ui.messages import attempt, confirm, show_error
from seminarkoll.ui.planning.commands import PlanningCommand, created, removed
from seminarkoll.ui.settings import app_settings
from seminarkoll.ui.stale_edit import save_unless_stale
from seminarkoll.ui.undo import UNDO_HINT_KEY, undo_actions

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.services.planning import ThemeDetails, ThemeInput
    from seminarkoll.services.removal import RemovalImpact
    from seminarkoll.services.schedule import SeminarMoved
    from seminarkoll.ui.planning.lecturer_register import LecturerRegisterWindow
    from seminarkoll.ui.planning.pipeline_window import PipelineWindow

T = TypeVar("T")
InputT = TypeVar("InputT")


def seminars_changed(cohort_id: int, seminar_id: int | None = None) -> Change:
    """A cohort's seminars changed: its overview and attendance columns (`seminar_id` is
    selected afterwards)."""
    return Change(overview=True, attendance=True, cohort_id=cohort_id, seminar_id=seminar_id)


class PlanningController(QObject):
    """Planning actions for the main window and the planning dialogs.

    Each action is one service call (one transaction). What it changed is pushed on
    `undo_stack` as a command that can undo and redo it, and announced through `changed`;
    `status` carries a short message for the status bar.
    """

    changed = Signal(object)
    status = Signal(str)

    def __init__(
        self, services: Callable[[], Services], undo_stack: QUndoStack, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._parent = parent
        self.undo_stack = undo_stack
        self._register: LecturerRegisterWindow | None = None
        self._written: dict[tuple[str, int], int] = {}
        """The version each row (kind, id) was left at by this window's latest change of it:
        an undo or redo saves from it, so this window's own later changes of the same row do
        not count as someone else's."""

    @property
    def services(self) -> Services:
        """The services of the open database."""
        return self._services()

    def undo_actions(self, parent: QWidget) -> list[QAction]:
        """Undo and redo actions on the shared stack, for dialogs that stay open."""
        return undo_actions(self.undo_stack, parent)

    # -- plumbing -------------------------------------------------------------------------------
    def _announce(self, change: Change) -> Callable[[], None]:
        return lambda: self.changed.emit(change)

    def _push(self, command: PlanningCommand, change: Change) -> None:
        self.undo_stack.push(command)
        self.changed.emit(change)

    def _safely(self, title: str, action: Callable[[], T]) -> T | None:
        return attempt(self._parent, title, action)

    def _record_created(
        self,
        text: str,
        row: tuple[str, int],
        version: int,
        remove: Callable[[int | None], Any],
        restore: Callable[[Any], object],
        change: Change,
    ) -> None:
        """Push a creation already made that left `row` (kind, id) at `version`: its undo,
        `remove(version)`, is refused (StaleEditError; the other change stays) once someone
        else has changed the row since this window last left it."""
        self._written[row] = version
        self._push(
            created(
                text,
                lambda: remove(self._written[row]),
                restore,
                self._announce(change),
                self._parent,
            ),
            change,
        )

    def _record_changed(
        self,
        text: str,
        apply_old: Callable[[], object],
        apply_new: Callable[[], object],
        change: Change,
    ) -> None:
        self._push(
            PlanningCommand(text, apply_old, apply_new, self._announce(change), self._parent),
            change,
        )

    def _record_versioned_edit(
        self,
        text: str,
        row: tuple[str, int],
        update: Callable[[InputT, int], int],
        old: InputT,
        new: InputT,
        version: int,
        change: Change,
    ) -> bool:
        """Push an edit already saved that left `row` (kind, id) at `version`, from `old` to
        `new`: `update(data, version)` saves either unless the row is no longer at the version
        this window last left it at (StaleEditError: someone else changed it since, and their
        change stays) and returns the version it leaves. False and nothing pushed when `old`
        and `new` are the same."""
        if old == new:
            return False
        self._written[row] = version

        def save(data: InputT) -> None:
            self._written[row] = update(data, self._written[row])

        self._record_changed(text, lambda: save(old), lambda: save(new), change)
        return True

    def _record_removed(
        self,
        text: str,
        removal: Any,
        remove: Callable[[], Any],
        restore: Callable[[Any], object],
        change: Change,
        announced: Change | None = None,
    ) -> None:
        """Push a removal already made; undo and redo announce `announced` (or `change`)."""
        after = self._announce(announced or change)
        self._push(removed(text, removal, remove, restore, after, self._parent), change)

    def _ask_removal(
        self, parent: QWidget | None, title: str, impact_of: Callable[[], RemovalImpact]
    ) -> RemovalImpact | None:
        """What a removal would take, once the user has confirmed it (None otherwise)."""
        impact = self._safely(title, impact_of)
        if impact is None:
            return None
        text = filled(
            self.tr("%1\n\nDu kan ångra borttagningen med %2 så länge Seminarkoll är öppet."),
            impact.sentence,
            UNDO_HINT_KEY,
        )
        if not confirm(parent or self._parent, title, text, self.tr("Ta bort")):
            return None
        return impact

    def _remove(
        self,
        title: str,
        impact: RemovalImpact,
        remove: Callable[[int | None], Any],
        restore: Callable[[Any], object],
        change: Change,
        announced: Change | None = None,
        *,
        shown: int | None = None,
        current: Callable[[], int] | None = None,
    ) -> bool:
        """Make a confirmed removal (`remove(version)`) and put it on the undo stack. When the
        row is no longer at the version `shown`, the user may see it as saved now (nothing
        removed) or remove it anyway, from the version `current()` reads; the views show what is
        saved after a refusal."""
        result = self._remove_shown(title, remove, shown, current, announced or change)
        if result is None:
            return False
        removal, seen = result
        self._record_removed(
            self.tr("borttagning av %1").replace("%1", impact.name),
            removal,
            lambda: remove(seen),
            restore,
            change,
            announced,
        )
        return True

    def _remove_shown(
        self,
        title: str,
        remove: Callable[[int | None], T],
        shown: int | None,
        current: Callable[[], int] | None,
        change: Change,
    ) -> tuple[T, int | None] | None:
        """`remove(shown)`'s result and the version it removed from; asks as a refused list
        action does when the row changed since it was `shown` (None: nothing removed, and the
        views show what is saved now)."""
        done: list[tuple[T, int | None]] = []

        def removal(seen: int | None) -> None:
            done.append((remove(seen), seen))

        removed = self._safely(
            title,
            lambda: save_unless_stale(
                self._parent,
                removal,
                shown,
                lambda: None,  # the views are told below, or by the removal itself
                listed=current or (lambda: shown),
            ),
        )
        if not removed:
            self.changed.emit(change)
            return None
        return done[-1]

    # -- programmes -----------------------------------------------------------------------------
    def new_programme(self) -> int | None:
        """Ask for a new programme; returns its id."""
        from seminarkoll.ui.programme_dialog import ProgrammeDialog

        planning = self.services.planning
        dialog = ProgrammeDialog(lambda data, _: planning.create_programme(data), self._parent)
        if not dialog.exec() or dialog.saved_id is None or dialog.saved is None:
            return None
        programme_id = dialog.saved_id
        change = Change(programme_id=programme_id, tree=True, show_programme=True)
        self._record_created(
            self.tr("nytt program ”%1”").replace("%1", dialog.saved.name.strip()),
            ("programme", programme_id),
            planning.programme(programme_id).version,
            lambda seen: planning.remove_programme(programme_id, planning_only=True, version=seen),
            planning.restore,
            change,
        )
        return programme_id

    def edit_programme(self, programme_id: int) -> bool:
        """Edit (or archive) a programme."""
        from seminarkoll.services.planning import ProgrammeDetails
        from seminarkoll.ui.programme_dialog import ProgrammeDialog

        planning = self.services.planning
        before = self._safely(
            self.tr("Programmet kunde inte visas"), lambda: planning.programme(programme_id)
        )
        if before is None:
            return False
        dialog = ProgrammeDialog(
            lambda data, version: planning.update_programme(programme_id, data, version=version),
            self._parent,
            before,
            lambda: planning.programme(programme_id),
        )
        if not dialog.exec() or not isinstance(dialog.result_value, ProgrammeDetails):
            return False
        return self._record_versioned_edit(
            self.tr("ändring av programmet ”%1”").replace("%1", before.name),
            ("programme", programme_id),
            lambda data, seen: planning.update_programme(programme_id, data, version=seen).version,
            (dialog.details or before).as_input(),
            dialog.result_value.as_input(),
            dialog.result_value.version,
            Change(programme_id=programme_id, tree=True),
        )

    # -- theme areas ----------------------------------------------------------------------------
    def edit_themes(self, programme_id: int) -> None:
        """Open the theme-area editor of a programme."""
        from seminarkoll.ui.planning.theme_editor import ThemeEditorDialog

        editor = self._safely(
            self.tr("Temaområdena kunde inte visas"),
            lambda: ThemeEditorDialog(self, programme_id, self._parent),
        )
        if editor is not None:
            editor.exec()

    def add_theme(self, programme_id: int, data: ThemeInput) -> ThemeDetails:
        """Add a theme area (ValidationError passes to the caller's form)."""
        planning = self.services.planning
        theme = planning.add_theme(programme_id, data)
        change = Change(overview=True, attendance=True, programme_id=programme_id)
        self._record_created(
            self.tr("nytt temaområde ”%1”").replace("%1", theme.name),
            ("theme", theme.id),
            theme.version,
            lambda seen: planning.remove_theme(theme.id, ThemeReplacement(None), version=seen),
            planning.restore,
            change,
        )
        return theme

    def update_theme(self, theme_id: int, data: ThemeInput, version: int | None) -> ThemeDetails:
        """Rename, recolour or describe a theme area shown at `version` (ValidationError and
        StaleEditError pass to the caller's form)."""
        planning = self.services.planning
        before, _cohorts = planning.theme_usage(theme_id)
        theme = planning.update_theme(theme_id, data, version=version)
        self._record_versioned_edit(
            self.tr("ändring av temaområdet ”%1”").replace("%1", before.name),
            ("theme", theme_id),
            lambda data, seen: planning.update_theme(theme_id, data, version=seen).version,
            before.as_input(),
            theme.as_input(),
            theme.version,
            Change(overview=True, attendance=True, programme_id=theme.programme_id),
        )
        return theme

    def reorder_themes(self, programme_id: int, order: list[int], shown: list[int]) -> bool:
        """Put the programme's theme areas in `order` from the order `shown`: when someone else
        has changed the order since, nothing moves and the user is told so. Undo and redo are
        refused the same way once the order changed after them."""
        planning = self.services.planning
        moved = self._safely(
            self.tr("Temaområdena kunde inte flyttas"),
            lambda: planning.reorder_themes(programme_id, order, shown=shown),
        )
        change = Change(overview=True, attendance=True, programme_id=programme_id)
        if moved is None:
            self.changed.emit(change)
            return False
        self._record_changed(
            self.tr("ny ordning för temaområdena"),
            lambda: planning.reorder_themes(programme_id, shown, shown=order),
            lambda: planning.reorder_themes(programme_id, order, shown=shown),
            change,
        )
        return True

    def remove_theme(self, theme: ThemeDetails, parent: QWidget | None = None) -> bool:
        """Remove a theme area; one in use asks whether its seminars move or are left without.
        Nothing is removed when someone else has changed it since `theme` was read."""
        from seminarkoll.ui.planning.theme_editor import ThemeRemovalDialog

        planning = self.services.planning
        usage = self._safely(
            self.tr("Temaområdet kunde inte tas bort"), lambda: planning.theme_usage(theme.id)
        )
        if usage is None:
            return False
        current, cohorts = usage
        if current.seminar_count:
            others = tuple(t for t in planning.themes(current.programme_id) if t.id != theme.id)
            dialog = ThemeRemovalDialog(current, cohorts, others, parent or self._parent)
            if not dialog.exec():
                return False
            replacement = dialog.replacement()
        else:
            replacement = ThemeReplacement(None)
            text = self.tr(
                "Temaområdet ”%1” tas bort. Inget seminarium använder det.\n\n"
                "Du kan ångra med %2 så länge Seminarkoll är öppet."
            )
            if not confirm(
                parent or self._parent,
                self.tr("Ta bort temaområde"),
                filled(text, current.name, UNDO_HINT_KEY),
                self.tr("Ta bort"),
            ):
                return False
        change = Change(overview=True, attendance=True, programme_id=current.programme_id)
        result = self._remove_shown(
            self.tr("Temaområdet kunde inte tas bort"),
            lambda seen: planning.remove_theme(theme.id, replacement, version=seen),
            theme.version,
            lambda: planning.theme_usage(theme.id)[0].version,
            change,
        )
        if result is None:
            return False
        removal, seen = result
        self._record_removed(
            self.tr("borttagning av temaområdet ”%1”").replace("%1", current.name),
            removal,
            lambda: planning.remove_theme(theme.id, replacement, version=seen),
            planning.restore,
            change,
        )
        return True

    # -- cohorts --------------------------------------------------------------------------------
    def new_cohort(self, programme_id: int | None = None) -> int | None:
        """The "Ny omgång" dialog; returns the new cohort's id."""
        from seminarkoll.ui.planning.cohort_dialog import CohortDialog

        services = self.services
        programmes = [
            (p.id, p.name)
            for p in services.catalog.programmes()
            if not p.archived or p.id == programme_id
        ]
        if not programmes:
            show_error(
                self._parent,
                self.tr("Ny omgång"),
                self.tr("Lägg först upp ett program (Planering → Nytt program)."),
            )
            return None
        dialog = CohortDialog(services, programmes, programme_id, None, self._parent)
        if not dialog.exec() or dialog.created is None or dialog.data is None:
            return None
        result = dialog.created
        cohort_id = result.cohort_id
        planning = services.planning
        change = Change(programme_id=dialog.data.programme_id, cohort_id=cohort_id, tree=True)
        self._record_created(
            self.tr("ny omgång ”%1”").replace("%1", dialog.data.name.strip()),
            ("cohort", cohort_id),
            planning.cohort(cohort_id).version,
            lambda seen: planning.remove_cohort(cohort_id, planning_only=True, version=seen),
            planning.restore,
            change,
        )
        message = self.tr("Omgången är skapad med %1 seminarier.").replace(
            "%1", str(result.seminar_count)
        )
        if result.warnings:
            message += " " + " ".join(result.warnings)
        self.status.emit(message)
        return cohort_id

    def edit_cohort(self, cohort_id: int) -> bool:
        """Edit a cohort's name, dates, status and completion requirement."""
        from seminarkoll.ui.planning.cohort_dialog import CohortDialog

        services = self.services
        planning = services.planning
        before = self._safely(
            self.tr("Omgången kunde inte visas"), lambda: planning.cohort(cohort_id)
        )
        if before is None:
            return False
        dialog = CohortDialog(services, details=before, parent=self._parent)
        if not dialog.exec() or dialog.data is None or dialog.updated is None:
            return False
        self._record_versioned_edit(
            self.tr("ändring av omgången ”%1”").replace("%1", before.name),
            ("cohort", cohort_id),
            lambda data, version: planning.update_cohort(cohort_id, data, version=version).version,
            (dialog.details or before).as_input(),
            dialog.data,
            dialog.updated.version,
            Change(programme_id=before.programme_id, cohort_id=cohort_id, tree=True),
        )
        return True

    def remove_cohort(self, cohort_id: int, version: int | None) -> bool:
        """Remove a cohort after saying exactly what goes with it; nothing is removed when
        someone else has changed it since it was shown at `version`."""
        planning = self.services.planning
        title = self.tr("Ta bort omgång")
        impact = self._ask_removal(None, title, lambda: planning.cohort_removal_impact(cohort_id))
        if impact is None:
            return False
        return self._remove(
            title,
            impact,
            lambda seen: planning.remove_cohort(cohort_id, version=seen),
            planning.restore,
            Change(tree=True),
            Change(cohort_id=cohort_id, tree=True),
            shown=version,
            current=lambda: planning.cohort(cohort_id).version,
        )

    # -- seminars -------------------------------------------------------------------------------
    def add_seminar(self, cohort_id: int) -> int | None:
        """The seminar dialog for a new seminar; returns its id."""
        from seminarkoll.ui.planning.seminar_dialog import SeminarDialog

        services = self.services
        schedule = services.schedule
        form = self._safely(
            self.tr("Seminariet kunde inte läggas till"), lambda: schedule.seminar_form(cohort_id)
        )
        if form is None:
            return None
        dialog = SeminarDialog(services, form, None, self._parent)
        if not dialog.exec() or dialog.saved is None or dialog.data is None:
            return None
        seminar_id = dialog.saved.seminar_id
        change = seminars_changed(cohort_id, seminar_id)
        self._record_created(
            self.tr("nytt seminarium ”%1”").replace("%1", dialog.data.title.strip()),
            ("seminar", seminar_id),
            dialog.saved.version,
            lambda seen: schedule.remove_seminar(seminar_id, planning_only=True, version=seen),
            schedule.restore,
            change,
        )
        self._report_warnings(dialog.saved.number, dialog.saved.warnings)
        return seminar_id

    def edit_seminar(self, seminar_id: int) -> bool:
        """The seminar dialog for an existing seminar."""
        from seminarkoll.ui.planning.seminar_dialog import SeminarDialog

        services = self.services
        schedule = services.schedule
        title = self.tr("Seminariet kunde inte visas")
        before = self._safely(title, lambda: schedule.seminar(seminar_id))
        if before is None:
            return False
        form = self._safely(title, lambda: schedule.seminar_form(before.cohort_id))
        if form is None:
            return False
        dialog = SeminarDialog(services, form, before, self._parent)
        if not dialog.exec() or dialog.saved is None:
            return False
        if not self._record_versioned_edit(
            self.tr("ändring av seminariet ”%1”").replace("%1", before.title),
            ("seminar", seminar_id),
            lambda data, seen: schedule.update_seminar(seminar_id, data, version=seen).version,
            (dialog.details or before).as_input(),
            schedule.seminar(seminar_id).as_input(),
            dialog.saved.version,
            seminars_changed(before.cohort_id, seminar_id),
        ):
            return False
        self._report_warnings(dialog.saved.number, dialog.saved.warnings)
        return True

    def move_seminar(
        self, seminar_id: int, steps: int, shown: Callable[[], Mapping[int, int]]
    ) -> bool:
        """Move a seminar earlier (negative) or later in the order: it swaps dates and times
        with its neighbour. `shown` gives the seminars' versions as the schedule shows them:
        when someone else has changed the seminar or its neighbour since, nothing moves, the
        schedule is shown afresh and the user chooses to leave it so or to move anyway over
        that change. Undo and redo are refused once either changed after them."""
        schedule = self.services.schedule
        moves: list[SeminarMoved] = []
        shown_afresh = self._announce(Change(overview=True, attendance=True, seminar_id=seminar_id))

        def move_from(versions: Mapping[int, int]) -> None:
            moves.append(schedule.move_seminar(seminar_id, steps, versions=versions))

        moved = self._safely(
            self.tr("Seminariet kunde inte flyttas"),
            lambda: save_unless_stale(self._parent, move_from, shown(), shown_afresh, listed=shown),
        )
        if not moved:
            if moved is None:
                shown_afresh()
            return False
        saved = moves[-1]
        written = self._written

        def remember(versions: Mapping[int, int]) -> None:
            written.update({("seminar", sid): version for sid, version in versions.items()})

        def move(by: int) -> None:
            versions = {sid: written[("seminar", sid)] for sid in saved.versions}
            remember(schedule.move_seminar(seminar_id, by, versions=versions).versions)

        remember(saved.versions)

        self._record_changed(
            self.tr("flytt av seminarium %1").replace("%1", str(saved.number)),
            lambda: move(-steps),
            lambda: move(steps),
            seminars_changed(saved.cohort_id, seminar_id),
        )
        return True

    def remove_seminar(self, seminar_id: int, version: int | None) -> bool:
        """Remove a seminar after saying exactly what goes with it; nothing is removed when
        someone else has changed it since the schedule showed it at `version`."""
        schedule = self.services.schedule
        title = self.tr("Ta bort seminarium")
        impact = self._ask_removal(None, title, lambda: schedule.removal_impact(seminar_id))
        if impact is None:
            return False
        cohort_id = schedule.seminar(seminar_id).cohort_id
        return self._remove(
            title,
            impact,
            lambda seen: schedule.remove_seminar(seminar_id, version=seen),
            schedule.restore,
            seminars_changed(cohort_id),
            seminars_changed(cohort_id, seminar_id),
            shown=version,
            current=lambda: schedule.seminar(seminar_id).version,
        )

    def _report_warnings(self, number: int, warnings: tuple[str, ...]) -> None:
        if warnings:
            self.status.emit(
                filled(
                    self.tr("Seminarium %1 är sparat. Observera: %2"),
                    str(number),
                    " ".join(warnings),
                )
            )
        else:
            self.status.emit(self.tr("Seminarium %1 är sparat.").replace("%1", str(number)))

    # -- lecturers ------------------------------------------------------------------------------
    def open_lecturers(self) -> LecturerRegisterWindow:
        """Show the lecturer register (one window, raised when already open)."""
        from seminarkoll.ui.planning.lecturer_register import LecturerRegisterWindow

        if self._register is None:
            self._register = LecturerRegisterWindow(self, self._parent)
            self._register.destroyed.connect(self._register_closed)
        self._register.show()
        self._register.raise_()
        self._register.activateWindow()
        return self._register

    def open_pipeline(self, programme_id: int) -> PipelineWindow | None:
        """Show the programme's recruitment pipeline (alumni in leadership roles)."""
        from seminarkoll.ui.planning.pipeline_window import PipelineWindow

        window = self._safely(
            self.tr("Rekryteringsutfall"),
            lambda: PipelineWindow(self.services, programme_id, self.ask_save_path, self._parent),
        )
        if window is not None:
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            window.show()
        return window

    def _register_closed(self) -> None:
        self._register = None

    def close_windows(self) -> None:
        """Close the lecturer register (another database is being opened)."""
        if self._register is not None:
            self._register.close()

    def create_lecturer(self, parent: QWidget | None = None) -> int | None:
        """Add a lecturer to the register; returns the id."""
        from seminarkoll.ui.planning.lecturer_dialogs import LecturerDialog

        lecturers = self.services.lecturers
        dialog = LecturerDialog(
            lecturers.create_lecturer, lecturers.title_suggestions(), None, parent or self._parent
        )
        if not dialog.exec() or not isinstance(dialog.result_value, int) or dialog.data is None:
            return None
        person_id = dialog.result_value
        change = Change(overview=True)
        name = f"{dialog.data.first_name.strip()} {dialog.data.last_name.strip()}".strip()
        self._record_created(
            self.tr("ny föreläsare %1").replace("%1", name),
            ("person", person_id),
            lecturers.lecturer(person_id).version,
            lambda seen: lecturers.remove_lecturer(person_id, planning_only=True, version=seen),
            lecturers.restore,
            change,
        )
        return person_id

    def edit_lecturer(self, person_id: int, parent: QWidget | None = None) -> bool:
        """Edit a lecturer in the register."""
        from seminarkoll.services.lecturers import LecturerDetails
        from seminarkoll.ui.planning.lecturer_dialogs import LecturerDialog

        lecturers = self.services.lecturers
        before = self._safely(
            self.tr("Föreläsaren kunde inte visas"), lambda: lecturers.lecturer(person_id)
        )
        if before is None:
            return False
        dialog = LecturerDialog(
            lambda data: lecturers.update_lecturer(person_id, data, version=before.version),
            lecturers.title_suggestions(),
            before,
            parent or self._parent,
        )
        if not dialog.exec() or not isinstance(dialog.result_value, LecturerDetails):
            return False
        saved = dialog.result_value
        return self._record_versioned_edit(
            self.tr("ändring av föreläsaren %1").replace("%1", before.name),
            ("person", person_id),
            lambda data, seen: lecturers.update_lecturer(person_id, data, version=seen).version,
            before.as_input(),
            saved.as_input(),
            saved.version,
            Change(overview=True),
        )

    def remove_lecturer(self, person_id: int, parent: QWidget | None = None) -> bool:
        """Remove a lecturer from the register after saying what goes with them."""
        lecturers = self.services.lecturers
        title = self.tr("Ta bort föreläsare")
        impact = self._ask_removal(parent, title, lambda: lecturers.removal_impact(person_id))
        if impact is None:
            return False
        return self._remove(
            title,
            impact,
            lambda _seen: lecturers.remove_lecturer(person_id),
            lecturers.restore,
            Change(overview=True),
        )

    # -- export ---------------------------------------------------------------------------------
    def export_calendar(self, cohort_id: int, seminar_id: int | None = None) -> Path | None:
        """Save the cohort's schedule (or one seminar) as an .ics file the user chooses."""
        exporter = self.services.schedule_export
        title = self.tr("Exportera kalenderfil")
        schedule = self._safely(title, lambda: exporter.schedule(cohort_id))
        if schedule is None:
            return None
        name = _file_name(schedule.title)
        if seminar_id is not None:
            number = next((s.number for s in schedule.seminars if s.id == seminar_id), 0)
            name = f"{name} – seminarium {number}"
        path = self.ask_save_path(title, name, ".ics", self.tr("Kalenderfil (*.ics)"))
        if path is None:
            return None
        result = self._safely(title, lambda: exporter.export_calendar(cohort_id, path, seminar_id))
        if result is None:
            return None
        self.status.emit(
            filled(
                self.tr(
                    "%1 seminarier sparade i %2. Öppna filen i Outlook eller en annan kalender; "
                    "en ny export uppdaterar samma händelser."
                ),
                str(result.seminar_count),
                str(result.path),
            )
        )
        return result.path

    def export_pdf(self, cohort_id: int) -> Path | None:
        """Save the cohort's schedule as a one-page PDF and offer to open it."""
        exporter = self.services.schedule_export
        title = self.tr("Skriv ut schema")
        schedule = self._safely(title, lambda: exporter.schedule(cohort_id))
        if schedule is None:
            return None
        path = self.ask_save_path(
            title, f"{_file_name(schedule.title)} – schema", ".pdf", self.tr("PDF (*.pdf)")
        )
        if path is None:
            return None
        result = self._safely(title, lambda: exporter.export_pdf(cohort_id, path))
        if result is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Information,
            title,
            self.tr("Schemat är sparat som PDF:\n%1").replace("%1", str(result.path)),
            QMessageBox.StandardButton.Close,
            self._parent,
        )
        box.setObjectName("pdfSavedBox")
        open_button = box.addButton(self.tr("Öppna PDF-filen"), QMessageBox.ButtonRole.AcceptRole)
        open_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path)))
        )
        box.open()
        self.status.emit(self.tr("Schemat är sparat i %1.").replace("%1", str(result.path)))
        return result.path

    def ask_save_path(self, title: str, name: str, suffix: str, filters: str) -> Path | None:
        """Ask where to save (starting in the last export folder); adds `suffix` if missing."""
        settings = app_settings()
        folder = Path(str(settings.value("export/folder", str(Path.home()))))
        dialog = QFileDialog(self._parent, title, str(folder / f"{name}{suffix}"), filters)
        dialog.setObjectName("exportFileDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setDefaultSuffix(suffix.lstrip("."))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.selectFile(f"{name}{suffix}")
        if not dialog.exec() or not dialog.selectedFiles():
            return None
        path = Path(dialog.selectedFiles()[0])
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        settings.setValue("export/folder", str(path.parent))
        return path


def _file_name(title: str) -> str:
    """A file name from a title: no slashes or other characters Windows refuses."""
    banned = '<>:"/\\|?*'
    return "".join("-" if c in banned else c for c in title).strip()

"""The cohort page's "Närvaro" tab: the attendance matrix with filters, legend and audit trail."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QColor, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.attendance import ChangeSource
from seminarkoll.domain.completion import CellState, verdict_word
from seminarkoll.domain.enums import AttendanceStatus, CompletionState
from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.mark_conflict import MarkConflictError
from seminarkoll.domain.translation import filled
from seminarkoll.ui.attendance.commands import record_marks
from seminarkoll.ui.attendance.conflicts import save_marks
from seminarkoll.ui.attendance.dialogs import (
    ApologyDialog,
    MakeupDialog,
    NoteDialog,
    RulesDialog,
    UnlockDialog,
)
from seminarkoll.ui.attendance.history import history_html
from seminarkoll.ui.attendance.labels import (
    LOOKS,
    key_help,
    legend_entries,
    status_label,
)
from seminarkoll.ui.attendance.matrix_model import (
    ENROLLMENT_ROLE,
    SEMINAR_ROLE,
    AttendanceMatrixModel,
    MatrixFilterProxy,
    cell_state_at,
)
from seminarkoll.ui.attendance.matrix_view import AttendanceMatrixView, Cell, cell_at
from seminarkoll.ui.cohort_tab import CohortTab
from seminarkoll.ui.followup.email_button import EmailButton, EmailContext, selected_enrolments
from seminarkoll.ui.forms import KeepOpen, push_button, wrapped_label
from seminarkoll.ui.menu_action import menu_action
from seminarkoll.ui.messages import attempt, show_error
from seminarkoll.ui.settings import app_settings
from seminarkoll.ui.sorting import swedish_sorted
from seminarkoll.ui.stacking import stacked
from seminarkoll.ui.table_view import EmptyHint
from seminarkoll.ui.undo import UndoHistory

if TYPE_CHECKING:
    from seminarkoll.services.attendance import AttendanceMatrix, BatchResult, MatrixRow
    from seminarkoll.services.cohort_frame import SeminarInfo
    from seminarkoll.services.container import Services

SETTINGS_ATTENTION = "attendance/attentionOnly"
SETTINGS_HISTORY = "attendance/historyVisible"


SEMINAR_COLUMN_WIDTH = 66
"""Pixels per seminar column; wider when the term labels ("HT 2025") need it."""


class AttendanceTab(CohortTab):
    """Participants x seminars for one cohort; marks by keyboard or menu, filters, history."""

    changed = Signal()
    signoff_requested = Signal(int)
    card_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self._show_matrix, parent)
        self.setObjectName("attendanceTab")
        self._sized_for: int | None = None
        self.undo = UndoHistory(QUndoStack(self), self._after_undo, self)
        self.model = AttendanceMatrixModel(self)
        self.proxy = MatrixFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = AttendanceMatrixView()
        self.view.setModel(self.proxy)
        self.view.sortByColumn(AttendanceMatrixModel.NAME, Qt.SortOrder.AscendingOrder)
        self.empty_hint = EmptyHint(
            self.view,
            self.tr("Ingen närvaro att visa än – omgången behöver deltagare och seminarier."),
            self.tr("Ingen deltagare matchar urvalet."),
        )
        self.view.mark_handler = self._mark
        self.view.note_requested.connect(self.edit_note)
        self.view.refused.connect(self._say)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.history = QTextBrowser()
        self.history.setObjectName("cellHistory")
        self.history.setMinimumWidth(240)
        self.history.setOpenLinks(False)
        self._build_actions()
        self._build_layout()

    # -- construction -----------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.status_actions: dict[AttendanceStatus | None, QAction] = {}
        keys = {
            AttendanceStatus.PRESENT: "N",
            AttendanceStatus.LATE: "S",
            AttendanceStatus.EXCUSED: "F",
            AttendanceStatus.ABSENT: "A",
            None: "Del",
        }
        for status, key in keys.items():
            text = status_label(status) if status else self.tr("Ta bort markering")
            action = QAction(f"{text}\t{key}", self)
            action.triggered.connect(lambda _=False, s=status: self.view.enter(s))
            self.status_actions[status] = action
        self.note_action = self._action(self.tr("&Anteckning …"), self.edit_note, "Ctrl+Return")
        self.makeup_action = self._action(self.tr("&Kompletteringsuppgift …"), self.edit_makeup)
        self.apology_action = self._action(
            self.tr("Anmäl frånvaro i &förväg …"), self.record_apology
        )
        self.signoff_action = self._action(self.tr("Öppna &signeringsvy …"), self._request_signoff)
        self.rules_action = self._action(self.tr("&Krav för godkänt …"), self.edit_rules)
        self.card_action = self._action(self.tr("Visa &deltagarkort"), self._request_card)
        self.history_action = self._action(self.tr("&Historik"), self._toggle_history, "Ctrl+H")
        self.history_action.setCheckable(True)
        self.reload_action = self._action(self.tr("&Uppdatera"), self.reload, "F5")

    def _action(
        self, text: str, slot: Callable[..., object], shortcut: str | None = None
    ) -> QAction:
        action = menu_action(self, text, slot, shortcut, scoped=True)
        if shortcut:
            self.addAction(action)
        return action

    def _build_layout(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("matrixSearch")
        self.search.setPlaceholderText(self.tr("Sök deltagare …"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(220)
        self.search.textChanged.connect(self.proxy.set_text)
        self.group = QComboBox()
        self.group.setObjectName("groupFilter")
        self.group.setMinimumWidth(170)
        self.group.currentIndexChanged.connect(self._group_changed)
        self.attention = QCheckBox(self.tr("Bara i &riskzonen"))
        self.attention.setObjectName("attentionFilter")
        self.attention.setToolTip(
            self.tr(
                "Visa bara deltagare i riskzonen, de som inte längre kan bli godkända och de "
                "som varit frånvarande två gånger i rad."
            )
        )
        self.attention.setChecked(app_settings().value(SETTINGS_ATTENTION, "false") == "true")
        self.proxy.set_attention_only(self.attention.isChecked())
        self.attention.toggled.connect(self._attention_changed)
        status_button = QPushButton(self.tr("Sätt status"))
        status_button.setObjectName("setStatusButton")
        status_menu = QMenu(status_button)
        status_menu.addActions(list(self.status_actions.values()))
        status_button.setMenu(status_menu)
        note = push_button(self.tr("Anteckning …"), self.edit_note)
        more = QPushButton(self.tr("Mer"))
        more_menu = QMenu(more)
        more_menu.addActions(
            [
                self.makeup_action,
                self.apology_action,
                self.rules_action,
                self.card_action,
                self.reload_action,
            ]
        )
        more.setMenu(more_menu)
        history = QToolButton()
        history.setDefaultAction(self.history_action)
        signoff = push_button(self.tr("Signeringsvy …"), self._request_signoff)
        signoff.setObjectName("openSignoff")
        signoff.setToolTip(self.tr("Ta närvaro för seminariet i markerad kolumn (Ctrl+Skift+S)"))
        top = QHBoxLayout()
        top.addWidget(self.search)
        top.addWidget(QLabel(self.tr("Grupp:")))
        top.addWidget(self.group)
        top.addWidget(self.attention)
        top.addStretch(1)
        self.email = EmailButton(self._email_context)
        for widget in (status_button, note, more, history, self.email, signoff):
            top.addWidget(widget)
        self.summary = QLabel()
        self.summary.setObjectName("matrixSummary")
        self.summary.setStyleSheet("color: #334e68;")
        self.summary.setWordWrap(True)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.history)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([1000, 260])
        visible = app_settings().value(SETTINGS_HISTORY, "false") == "true"
        self.history.setVisible(visible)
        self.history_action.setChecked(visible)
        self.message = QLabel()
        self.message.setObjectName("matrixMessage")
        self.message.setStyleSheet("color: #8a5a00;")
        layout = stacked(self, top, self.summary, (self.splitter, 1), self.message, _legend())
        layout.setContentsMargins(0, 8, 0, 0)

    # -- loading -----------------------------------------------------------------------------
    def cohort_changed(self) -> None:
        """A new cohort starts without the previous one's search."""
        self.search.clear()

    def _show_matrix(self, services: Services, cohort_id: int) -> None:
        matrix = attempt(
            self, self.tr("Närvaron kunde inte visas"), services.attendance.matrix, cohort_id
        )
        if matrix is None:
            return
        current = self.view.currentIndex()
        kept = (current.data(ENROLLMENT_ROLE), current.data(SEMINAR_ROLE), current.column())
        self.model.set_matrix(matrix)
        if not self.view.currentIndex().isValid() and kept[0] is not None:
            self._restore_current(*kept)
        self._fill_groups(matrix)
        self._summarise(matrix)
        if self._sized_for != self._cohort_id:
            self._size_columns()
            self._sized_for = self._cohort_id
            self.view.setCurrentIndex(self._first_open_cell())
        self._show_history()

    def _restore_current(self, enrollment_id: int, seminar_id: int | None, column: int) -> None:
        """Put the cursor back on the same participant and column after the rows changed."""
        if seminar_id is not None:
            index = cell_at(self.view, enrollment_id, seminar_id)
        else:
            row = next(
                (
                    r
                    for r in range(self.proxy.rowCount())
                    if self.proxy.index(r, 0).data(ENROLLMENT_ROLE) == enrollment_id
                ),
                None,
            )
            index = self.proxy.index(row, column) if row is not None else QModelIndex()
        if index.isValid():
            self.view.setCurrentIndex(index)

    def _fill_groups(self, matrix: AttendanceMatrix) -> None:
        chosen = self.group.currentData()
        self.group.blockSignals(True)
        self.group.clear()
        self.group.addItem(self.tr("Alla grupper"), None)
        for group in swedish_sorted(matrix.groups, lambda g: g.name):
            self.group.addItem(group.name, group.id)
        index = self.group.findData(chosen)
        self.group.setCurrentIndex(max(index, 0))
        self.group.setEnabled(bool(matrix.groups))
        self.group.blockSignals(False)
        self.proxy.set_group(self.group.currentData())

    def _summarise(self, matrix: AttendanceMatrix) -> None:
        group = self.group.currentData()
        rows = [r for r in matrix.rows if group is None or group in r.group_ids]
        states = Counter(r.result.state for r in rows)
        people = self.tr("%1 deltagare").replace("%1", str(len(rows)))
        if group is not None:
            people = filled(self.tr("%1: %2"), self.group.currentText(), people)
        parts = [people]
        for state in (
            CompletionState.COMPLETED,
            CompletionState.ON_TRACK,
            CompletionState.AT_RISK,
            CompletionState.CANNOT_COMPLETE,
            CompletionState.NOT_TAKING_PART,
        ):
            if states[state]:
                parts.append(f"{states[state]} {verdict_word(state).lower()}")
        streaks = sum(1 for r in rows if r.result.flag_consecutive)
        if streaks:
            parts.append(self.tr("%1 frånvarande två gånger i rad").replace("%1", str(streaks)))
        rules = matrix.rules
        requirement = filled(
            self.tr("Krav: %1 av %2 seminarier"), rules.min_attended, len(matrix.seminars)
        )
        extras = [
            self.tr("sen räknas") if rules.late_counts_as_present else self.tr("sen räknas inte"),
        ]
        if rules.excused_counts_as_attended:
            extras.append(self.tr("anmäld frånvaro räknas"))
        if rules.require_each_theme:
            extras.append(self.tr("alla temaområden"))
        if rules.allow_makeup:
            extras.append(self.tr("komplettering tillåten"))
        if rules.min_per_school_year:
            extras.append(
                self.tr("minst %1 per läsår").replace("%1", str(rules.min_per_school_year))
            )
        self.summary.setText(
            " · ".join(parts) + "     " + requirement + " (" + ", ".join(extras) + ")"
        )

    def _size_columns(self) -> None:
        header = self.view.horizontalHeader()
        self.view.setColumnWidth(AttendanceMatrixModel.NAME, 165)
        self.view.setColumnWidth(AttendanceMatrixModel.WORKPLACE, 130)
        terms = [self.model.term_at(c) for c in range(self.model.columnCount())]
        term_width = max((header.fontMetrics().horizontalAdvance(t) for t in terms), default=0)
        width = max(SEMINAR_COLUMN_WIDTH, round(term_width * 1.15) + 14)
        for column in range(AttendanceMatrixModel.FIRST_SEMINAR, self.model.attended_column):
            self.view.setColumnWidth(column, width)
        self.view.setColumnWidth(self.model.attended_column, 70)
        self.view.resizeColumnToContents(self.model.state_column)
        state_width = self.view.columnWidth(self.model.state_column) + 16
        self.view.setColumnWidth(self.model.state_column, max(170, state_width))
        header.setStretchLastSection(True)

    def _first_open_cell(self) -> QModelIndex:
        """The first cell of the first seminar not yet held (or the first cell)."""
        column = AttendanceMatrixModel.FIRST_SEMINAR
        matrix = self.model.matrix
        if matrix is not None:
            for offset, seminar in enumerate(matrix.seminars):
                if not seminar.held:
                    column += offset
                    break
        return self.proxy.index(0, column) if self.proxy.rowCount() else QModelIndex()

    def _email_context(self) -> EmailContext | None:
        if self._services is None or self._cohort_id is None:
            return None
        seminar = self.current_seminar()
        return EmailContext(
            self._services,
            self._cohort_id,
            selected_enrolments(self.view, ENROLLMENT_ROLE),
            seminar.number if seminar is not None else None,
        )

    # -- current cell ----------------------------------------------------------------------
    def current_seminar(self) -> SeminarInfo | None:
        """The seminar of the current column, if the cursor is in a seminar column."""
        index = self.view.currentIndex()
        return self.model.seminar_at(index.column()) if index.isValid() else None

    def current_row(self) -> MatrixRow | None:
        """The participant on the current row."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.row_at(source.row())

    def _current_cell(self) -> Cell | None:
        index = self.view.currentIndex()
        if not index.isValid() or index.data(SEMINAR_ROLE) is None:
            return None
        return int(index.data(ENROLLMENT_ROLE)), int(index.data(SEMINAR_ROLE))

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.message.clear()
        self._show_history()

    def _show_history(self) -> None:
        if not self.history.isVisible() or self._services is None:
            return
        cell = self._current_cell()
        if cell is None:
            self.history.setHtml(
                "<p style='color:#52606d'>"
                + self.tr("Välj en ruta i matrisen för att se dess historik.")
                + "</p>"
            )
            return
        try:
            self.history.setHtml(history_html(self._services.attendance.history(*cell)))
        except DomainError as exc:
            self.history.setPlainText(str(exc))

    def _toggle_history(self, on: bool) -> None:
        self.history.setVisible(on)
        app_settings().setValue(SETTINGS_HISTORY, "true" if on else "false")
        self._show_history()

    # -- changing marks ----------------------------------------------------------------------
    def _mark(self, cells: Sequence[Cell], status: AttendanceStatus | None) -> bool:
        if self._services is None or self.model.matrix is None:
            return False
        seminars = {s.id: s for s in self.model.matrix.seminars}
        targets = sorted({sid for _, sid in cells})
        if not self.ensure_unlocked([seminars[sid] for sid in targets]):
            return False
        before_event = all(not seminars[sid].held for sid in targets)
        source = (
            ChangeSource.APOLOGY
            if status is AttendanceStatus.EXCUSED and before_event
            else ChangeSource.MATRIX
        )
        from seminarkoll.services.attendance import CellRef

        attendance = self._services.attendance
        refs = [CellRef(eid, sid) for eid, sid in cells]
        try:
            result = save_marks(
                self,
                refs,
                self.model.shown_marks(refs),
                lambda chosen, shown: attendance.set_status(
                    chosen, status, source=source, shown=shown
                ),
                self.reload,
            )
        except DomainError as exc:
            show_error(self, self.tr("Närvaron kunde inte sparas"), exc)
            return False
        if result is None:
            self._say(self.tr("Rutorna behåller markeringarna som någon annan gjorde."))
            return False
        self.reload()
        if result.changed:
            label = status_label(status) if status else self.tr("ingen markering")
            count = len(result.changed)
            text = self.tr("1 ruta fick %2.") if count == 1 else self.tr("%1 rutor fick %2.")
            self._say(filled(text, count, label.lower()))
            what = (
                self.tr("markering ”%2”") if count == 1 else self.tr("markering ”%2” av %1 rutor")
            )
            self._record_marks(filled(what, count, label.lower()), result)
            self.changed.emit()
        return True

    def _record_marks(self, text: str, result: BatchResult) -> None:
        if self._services is not None:
            record_marks(self.undo, self._services.attendance, text, result)

    def _after_undo(self) -> None:
        self.reload()
        self.changed.emit()

    def ensure_unlocked(self, seminars: Sequence[SeminarInfo]) -> bool:
        """Ask for a reason and unlock the signed-off ones among `seminars`; False if the user
        declines."""
        locked = [s for s in seminars if s.signed_off]
        if not locked or self._services is None:
            return True
        services = self._services

        def unlock(reason: str) -> None:
            for seminar in locked:
                services.attendance.unlock(seminar.id, reason)

        dialog = UnlockDialog.for_seminars(locked, unlock, self)
        if not dialog.exec():
            return False
        self.changed.emit()
        return True

    def _chosen_cell(self) -> tuple[Services, Cell, MatrixRow, SeminarInfo, int] | None:
        """The services, the current cell, its row, its seminar and the seminar's offset in the
        row; None, after saying so, when the cursor is not in a seminar's column."""
        cell, row, seminar = self._current_cell(), self.current_row(), self.current_seminar()
        if cell is None or row is None or seminar is None or self._services is None:
            self._say(self.tr("Välj en ruta i ett seminariums kolumn först."))
            return None
        offset = self.model.column_of(seminar.id) - AttendanceMatrixModel.FIRST_SEMINAR
        return self._services, cell, row, seminar, offset

    def _after_dialog(
        self, dialog: QDialog, saved: Sequence[BatchResult] = (), undo_text: str = ""
    ) -> None:
        """Run `dialog`; when it saved, show the matrix again and offer to undo the marks in
        `saved` (filled while it ran) as `undo_text`."""
        if dialog.exec():
            self.reload()
            for result in saved:
                self._record_marks(undo_text, result)
            self.changed.emit()

    def edit_note(self) -> None:
        """Edit the note of the current cell."""
        chosen = self._chosen_cell()
        if chosen is None:
            return
        services, cell, row, seminar, offset = chosen
        if row.cells[offset] in (
            CellState.UNRECORDED,
            CellState.PENDING,
            CellState.NOT_YET_HELD,
            CellState.NOT_EXPECTED,
        ):
            self._say(self.tr("Sätt en markering först; anteckningen hör till markeringen."))
            return
        if not self.ensure_unlocked([seminar]):
            return
        saved: list[BatchResult] = []
        shown = row.notes[offset]
        refused: list[MarkConflictError] = []

        def save(text: str) -> None:
            try:
                saved.append(services.attendance.set_note(cell[0], cell[1], text, shown=shown))
            except MarkConflictError as conflict:
                refused.append(conflict)
                dialog.reject()
                raise KeepOpen from conflict

        dialog = NoteDialog(
            filled(self.tr("%1, seminarium %2"), row.name, seminar.number), shown, save, self
        )
        self._after_dialog(dialog, saved, self.tr("anteckning"))
        if refused:
            self.reload()
            show_error(self, self.tr("Anteckningen sparades inte"), refused[0])

    def edit_makeup(self) -> None:
        """Record or remove a make-up task for the current cell."""
        chosen = self._chosen_cell()
        if chosen is None:
            return
        services, cell, row, seminar, offset = chosen
        remove = (
            (lambda: services.attendance.remove_makeup(cell[0], cell[1]))
            if row.made_up[offset]
            else None
        )
        dialog = MakeupDialog(
            filled(
                self.tr("%1 missade seminarium %2 ”%3”."), row.name, seminar.number, seminar.title
            ),
            lambda text, day: services.attendance.record_makeup(cell[0], cell[1], text, day),
            remove,
            self,
        )
        self._after_dialog(dialog)

    def record_apology(self) -> None:
        """Record an excused absence before a seminar."""
        matrix = self.model.matrix
        if matrix is None or self._services is None:
            return
        upcoming = [s for s in matrix.seminars if not s.held and not s.signed_off]
        if not upcoming:
            self._say(self.tr("Alla seminarier är redan genomförda."))
            return
        row, seminar = self.current_row(), self.current_seminar()
        services = self._services
        saved: list[BatchResult] = []
        dialog = ApologyDialog(
            [r for r in matrix.rows if r.status.value != "withdrawn"],
            upcoming,
            lambda eid, sid, note: saved.append(
                services.attendance.excuse_in_advance(eid, sid, note)
            ),
            self,
            enrollment_id=row.enrollment_id if row else None,
            seminar_id=seminar.id if seminar else None,
        )
        self._after_dialog(dialog, saved, self.tr("frånvaroanmälan"))

    def edit_rules(self) -> None:
        """Edit the cohort's completion rules."""
        matrix = self.model.matrix
        if matrix is None or self._services is None or self._cohort_id is None:
            return
        services, cohort_id = self._services, self._cohort_id
        dialog = RulesDialog(
            matrix.rules,
            len(matrix.seminars),
            lambda rules: services.attendance.set_rules(cohort_id, rules),
            self,
        )
        self._after_dialog(dialog)

    def _request_signoff(self) -> None:
        seminar = self.current_seminar()
        matrix = self.model.matrix
        if seminar is None and matrix is not None:
            seminar = next((s for s in matrix.seminars if not s.signed_off), None)
        if seminar is not None:
            self.signoff_requested.emit(seminar.id)

    def _request_card(self) -> None:
        row = self.current_row()
        if row is not None:
            self.card_requested.emit(row.person_id)

    def _group_changed(self) -> None:
        self.proxy.set_group(self.group.currentData())
        if self.model.matrix is not None:
            self._summarise(self.model.matrix)

    def _attention_changed(self, on: bool) -> None:
        self.proxy.set_attention_only(on)
        app_settings().setValue(SETTINGS_ATTENTION, "true" if on else "false")

    def _context_menu(self, point: QPoint) -> None:
        index = self.view.indexAt(point)
        if not index.isValid():
            return
        menu = QMenu(self)
        if cell_state_at(index) is not None:
            status_menu = menu.addMenu(self.tr("Sätt status"))
            status_menu.addActions(list(self.status_actions.values()))
            menu.addAction(self.note_action)
            menu.addAction(self.makeup_action)
            menu.addAction(self.apology_action)
            menu.addSeparator()
            menu.addAction(self.signoff_action)
            menu.addAction(self.history_action)
        menu.addAction(self.card_action)
        menu.exec(self.view.viewport().mapToGlobal(point))

    def _say(self, text: str) -> None:
        self.message.setText(text)


LEGEND_COLUMNS = 4
"""Legend entries per row: two rows fit a 1280 px laptop screen beside the programme tree."""


def _legend() -> QWidget:
    widget = QWidget()
    widget.setObjectName("matrixLegend")
    layout = QGridLayout(widget)
    layout.setContentsMargins(0, 4, 0, 0)
    layout.setHorizontalSpacing(8)
    layout.setVerticalSpacing(4)
    for index, (state, text) in enumerate(legend_entries()):
        row, column = divmod(index, LEGEND_COLUMNS)
        look = LOOKS[state]
        chip = QLabel(look.symbol)
        chip.setFixedSize(22, 20)
        chip.setAlignment(Qt.AlignmentFlag.AlignCenter)
        chip.setStyleSheet(
            f"background: {look.background.name()}; color: {look.foreground.name()};"
            f"font-weight: bold; border: 1px solid {QColor('#d9dee4').name()};"
        )
        label = QLabel(text)
        label.setStyleSheet("color: #334e68;")
        layout.addWidget(chip, row, 2 * column)
        layout.addWidget(label, row, 2 * column + 1)
    layout.setColumnStretch(2 * LEGEND_COLUMNS, 1)
    hint = wrapped_label(key_help())
    hint.setStyleSheet("color: #627d98;")
    outer = QWidget()
    column_layout = QVBoxLayout(outer)
    column_layout.setContentsMargins(0, 0, 0, 0)
    column_layout.setSpacing(2)
    column_layout.addWidget(widget)
    column_layout.addWidget(hint)
    return outer

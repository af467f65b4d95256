"""The seminar sign-off view: take attendance for one seminar, add walk-ins, sign and unlock."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QCloseEvent,
    QColor,
    QFont,
    QKeyEvent,
    QKeySequence,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.attendance import ChangeSource
from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.translation import filled
from seminarkoll.ui.attendance.commands import record_marks
from seminarkoll.ui.attendance.conflicts import Saved, Shown, save_marks
from seminarkoll.ui.attendance.dialogs import UnlockDialog, choose_coordinator_name
from seminarkoll.ui.attendance.icons import lock_icon
from seminarkoll.ui.attendance.labels import (
    CELL_OF_STATUS,
    CLEAR_KEYS,
    KEYS,
    LOOKS,
    enrolment_label,
    next_in_cycle,
    status_label,
)
from seminarkoll.ui.attendance.matrix_view import pass_to_dialog
from seminarkoll.ui.followup.email_button import EmailButton, EmailContext, selected_enrolments
from seminarkoll.ui.formatting import date_and_time, long_date, time_range
from seminarkoll.ui.forms import push_button
from seminarkoll.ui.messages import attempt, confirm, show_error
from seminarkoll.ui.settings import app_settings
from seminarkoll.ui.sorting import WordFilterProxy, surname_first
from seminarkoll.ui.table_model import RowTableModel
from seminarkoll.ui.table_view import prepare_row_table
from seminarkoll.ui.undo import UndoHistory, undo_actions
from seminarkoll.ui.window_size import keep_within_screen, resize_within_screen

if TYPE_CHECKING:
    from datetime import datetime

    from seminarkoll.domain.completion import SeminarTotals
    from seminarkoll.services.attendance import CellRef, SheetRow, SignOffSheet
    from seminarkoll.services.container import Services
    from seminarkoll.services.group_meetings import MeetingMark

    SignOffLine = SheetRow | MeetingMark
    """What the sign-off table shows of one person: a seminar's sheet row or a group
    meeting's member."""

STATUS_ROLE = Qt.ItemDataRole.UserRole + 40
ENROLLMENT_ROLE = Qt.ItemDataRole.UserRole + 41

SETTINGS_GEOMETRY = "signoff/geometry"


def status_at(index: QModelIndex | QPersistentModelIndex) -> AttendanceStatus | None:
    """The mark shown on a sign-off row (None when unmarked)."""
    value = index.data(STATUS_ROLE)
    return None if value is None else AttendanceStatus(value)


class SignOffModel(RowTableModel["SignOffLine"]):
    """The people expected at one seminar or group meeting: name, workplace, group, mark,
    note."""

    NAME, WORKPLACE, GROUP, STATUS, NOTE = range(5)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                self.tr("Namn"),
                self.tr("Arbetsplats"),
                self.tr("Grupp"),
                self.tr("Närvaro"),
                self.tr("Anteckning"),
            ),
            parent,
        )
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: Sequence[SignOffLine]) -> None:
        """Show `rows`; the same participants keep the view's cursor and selection."""
        if [r.enrollment_id for r in rows] == [r.enrollment_id for r in self._rows] and rows:
            self._rows = list(rows)
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(rows) - 1, len(self._headers) - 1)
            )
            return
        super().set_rows(rows)

    def status_of(self, enrollment_id: int) -> AttendanceStatus | None:
        """The mark shown for a participant (None: unmarked or not listed)."""
        return next((r.status for r in self._rows if r.enrollment_id == enrollment_id), None)

    def name_of(self, enrollment_id: int) -> str:
        """The name shown for a participant ('' when not listed)."""
        return next((r.name for r in self._rows if r.enrollment_id == enrollment_id), "")

    def cell(self, row: SignOffLine, column: int, role: int) -> Any:
        if role == STATUS_ROLE:
            return None if row.status is None else row.status.value
        if role == ENROLLMENT_ROLE:
            return row.enrollment_id
        if column == self.STATUS and role in (
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            if row.status is None:
                return QBrush(QColor("#9aa5b1")) if role == Qt.ItemDataRole.ForegroundRole else None
            look = LOOKS[CELL_OF_STATUS[row.status]]
            colour = look.background if role == Qt.ItemDataRole.BackgroundRole else look.foreground
            return QBrush(colour)
        if role == Qt.ItemDataRole.FontRole and column in (self.NAME, self.STATUS):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return enrolment_label(row.enrollment_status, row.visit)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NOTE and row.note:
            return row.note
        return super().cell(row, column, role)

    def sort_value(self, row: SignOffLine, column: int) -> Any:
        if column == self.NAME:
            return surname_first(row)
        if column == self.STATUS:
            return (None, *AttendanceStatus).index(row.status)
        return self.display(row, column)

    def display(self, row: SignOffLine, column: int) -> str:
        if column == self.NAME:
            suffix = self.tr(" (besökare)") if row.visit else ""
            return row.name + suffix
        if column == self.WORKPLACE:
            return row.workplace_name
        if column == self.GROUP:
            return ", ".join(row.groups)
        if column == self.STATUS:
            if row.status is None:
                return self.tr("–  ej markerad")
            return f"{LOOKS[CELL_OF_STATUS[row.status]].symbol}  {status_label(row.status)}"
        return row.note


class NameFilterProxy(WordFilterProxy):
    """Swedish sorting plus type-ahead: every typed word must appear in the name or workplace."""

    def haystack(self, source_row: int) -> str:
        model = self.sourceModel()
        assert isinstance(model, SignOffModel)
        row = model.row_at(source_row)
        return f"{row.name} {row.workplace_name}"


class SignOffTable(QTableView):
    """Large rows; N/S/F/A or 1-4 mark the current person and move on, space cycles, Delete
    clears; other letters go to the search field."""

    mark = Signal(int, object)
    typed = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if pass_to_dialog(self, event):
            return
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = modifiers in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        key = Qt.Key(event.key())
        current = self.currentIndex()
        if plain and current.isValid() and (key in KEYS or key in CLEAR_KEYS):
            self.mark.emit(current.row(), KEYS.get(key))
            return
        if plain and current.isValid() and key == Qt.Key.Key_Space:
            self.mark.emit(current.row(), next_in_cycle(status_at(current)))
            return
        if plain and event.text().isalpha():
            self.typed.emit(event.text())
            return
        super().keyPressEvent(event)


class SignOffWindow(QWidget):
    """One seminar's sign-off: mark each participant, add walk-ins, sign; unlock with a reason."""

    changed = Signal()

    def __init__(
        self,
        services: Services,
        seminar_id: int,
        parent: QWidget | None = None,
        undo: UndoHistory | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("signOffWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._services = services
        self.seminar_id = seminar_id
        self.undo = undo or UndoHistory(QUndoStack(self), self._after_undo, self)
        undo_actions(self.undo.stack, self)
        self.sheet: SignOffSheet | None = None
        self.model = SignOffModel(self)
        self.proxy = NameFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        geometry = app_settings().value(SETTINGS_GEOMETRY)
        if geometry is None or not self.restoreGeometry(geometry):
            resize_within_screen(self, 1100, 760)
        else:
            keep_within_screen(self)
        self.reload()

    # -- construction -----------------------------------------------------------------------
    def _build(self) -> None:
        self.setStyleSheet(
            """
            QLabel#signoffTitle { font-size: 24px; font-weight: 600; color: #1f2d3d; }
            QLabel#signoffSubtitle { font-size: 14px; color: #52606d; }
            QLabel#signoffCount { font-size: 26px; font-weight: 600; color: #1e6b34; }
            QLabel#signoffDetail { font-size: 14px; color: #52606d; }
            QLabel#signoffState { font-size: 14px; }
            QLineEdit#signoffSearch { font-size: 18px; padding: 6px 10px; }
            QTableView#signoffTable { font-size: 17px; }
            QTableView#signoffTable::item { padding-left: 8px; }
            QPushButton { font-size: 14px; padding: 6px 14px; }
            QPushButton#signButton { font-weight: 600; }
            """
        )
        self.title = QLabel()
        self.title.setObjectName("signoffTitle")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("signoffSubtitle")
        self.lock = QLabel()
        self.lock.setPixmap(lock_icon().pixmap(20, 20))
        self.state = QLabel()
        self.state.setObjectName("signoffState")
        heading = QVBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.subtitle)
        state_row = QHBoxLayout()
        state_row.addWidget(self.lock)
        state_row.addWidget(self.state)
        state_row.addStretch(1)
        heading.addLayout(state_row)
        self.search = QLineEdit()
        self.search.setObjectName("signoffSearch")
        self.search.setPlaceholderText(
            self.tr("Skriv ett namn för att hitta – Enter markerar närvarande, ↓ går till listan")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.set_text)
        self.search.returnPressed.connect(self._search_enter)
        self.search.installEventFilter(self)
        self.table = SignOffTable()
        self.table.setObjectName("signoffTable")
        prepare_row_table(
            self.table,
            self.proxy,
            SignOffModel.NAME,
            QAbstractItemView.SelectionMode.SingleSelection,
        )
        self.table.setAlternatingRowColors(True)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setDefaultSectionSize(46)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(SignOffModel.NAME, 300)
        self.table.setColumnWidth(SignOffModel.WORKPLACE, 250)
        self.table.setColumnWidth(SignOffModel.GROUP, 170)
        self.table.setColumnWidth(SignOffModel.STATUS, 210)
        self.table.mark.connect(self._mark_row)
        self.table.typed.connect(self._typed)
        self.table.clicked.connect(self._clicked)
        keys = QLabel(
            self.tr(
                "I listan: N/1 närvarande · S/2 sen · F/3 anmäld frånvaro · A/4 frånvarande · "
                "mellanslag växlar · Delete tar bort · klick i Närvaro-kolumnen växlar · "
                "F11 helskärm"
            )
        )
        keys.setStyleSheet("color: #627d98;")
        keys.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("signoffCount")
        self.detail = QLabel()
        self.detail.setObjectName("signoffDetail")
        self.message = QLabel()
        self.message.setObjectName("signoffMessage")
        self.message.setStyleSheet("color: #8a5a00; font-size: 14px;")
        self.walk_in_button = push_button(self.tr("Lägg till &besökare …"), self.add_walk_in)
        self.remaining_button = push_button(
            self.tr("Sätt &återstående till frånvarande"), self.mark_remaining_absent
        )
        self.sign_button = push_button(self.tr("&Signera"), self.sign)
        self.sign_button.setObjectName("signButton")
        self.unlock_button = push_button(self.tr("&Lås upp …"), self.unlock)
        self.full_button = push_button(self.tr("Helskärm"), self.toggle_full_screen)
        close = push_button(self.tr("Stäng"), self.close)
        counts = QVBoxLayout()
        counts.addWidget(self.count)
        counts.addWidget(self.detail)
        footer = QHBoxLayout()
        footer.addLayout(counts)
        footer.addStretch(1)
        self.email = EmailButton(self._email_context)
        for button in (
            self.email,
            self.walk_in_button,
            self.remaining_button,
            self.sign_button,
            self.unlock_button,
            self.full_button,
            close,
        ):
            footer.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addLayout(heading)
        layout.addSpacing(6)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(keys)
        layout.addWidget(self.message)
        layout.addLayout(footer)
        for text, shortcut, slot in (
            (self.tr("Helskärm"), "F11", self.toggle_full_screen),
            (self.tr("Stäng"), "Ctrl+W", self.close),
            (self.tr("Sök"), "Ctrl+F", self.search.setFocus),
            (self.tr("Signera"), "Ctrl+Return", self.sign),
        ):
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(slot)
            self.addAction(action)

    # -- data --------------------------------------------------------------------------------
    def _email_context(self) -> EmailContext | None:
        if self.sheet is None:
            return None
        return EmailContext(
            self._services,
            self.sheet.cohort_id,
            selected_enrolments(self.table, ENROLLMENT_ROLE),
            self.sheet.seminar.number,
        )

    def reload(self) -> None:
        """Fetch the sheet again and refresh counts and buttons."""
        sheet = attempt(
            self,
            self.tr("Seminariet kunde inte visas"),
            self._services.attendance.sheet,
            self.seminar_id,
        )
        if sheet is None:
            return
        self.sheet = sheet
        seminar = sheet.seminar
        self.show_heading(
            sheet.rows,
            filled(self.tr("Signering – seminarium %1 – %2"), seminar.number, sheet.cohort_name),
            filled(self.tr("Seminarium %1 · %2"), seminar.number, seminar.title),
            long_date(seminar.date),
            time_range(sheet.start_time, sheet.end_time),
            sheet.location,
            f"{sheet.programme_name} – {sheet.cohort_name}",
        )
        if seminar.signed_off_at is not None:
            text = filled(
                self.tr("Signerad av %1, %2. Lås upp med ett skäl för att ändra."),
                seminar.signed_off_by or "",
                date_and_time(seminar.signed_off_at),
            )
        else:
            unlocks = [e for e in sheet.events if e.action == "unlock"]
            last = unlocks[-1] if unlocks else None
            text = self.not_signed_text(None if last is None else (last.by, last.at, last.reason))
        self.show_state(seminar.signed_off, text, sheet.totals, sheet.unmarked)

    def show_heading(
        self, rows: Sequence[SignOffLine], window_title: str, title: str, *details: str
    ) -> None:
        """Show `rows` under `title` and the `details` that are given (date, time, place …)."""
        self.model.set_rows(rows)
        self.setWindowTitle(window_title)
        self.title.setText(title)
        self.subtitle.setText(" · ".join(part for part in details if part))

    def after_change(self, message: str) -> None:
        """Read the list again after a change, tell the other views, and say what was done."""
        self.reload()
        self.changed.emit()
        self.message.setText(message)

    def not_signed_text(self, unlocked: tuple[str, datetime, str] | None) -> str:
        """ "Inte signerad." and, after an unlock, by whom, when and why."""
        text = self.tr("Inte signerad.")
        if unlocked is None:
            return text
        by, at, reason = unlocked
        return f"{text} {filled(self.tr('Upplåst av %1, %2: %3'), by, date_and_time(at), reason)}"

    def signed_message(self, by: str, at: datetime) -> str:
        """ "Signerat av …, …" after signing."""
        return filled(self.tr("Signerat av %1, %2."), by, date_and_time(at))

    def absent_message(self, count: int) -> str:
        """What "mark the rest absent" did."""
        return self.tr("%1 markerades som frånvarande.").replace("%1", str(count))

    def show_state(self, signed: bool, text: str, totals: SeminarTotals, unmarked: int) -> None:
        """The lock and state line, which buttons work, the counts, and a current row."""
        self.lock.setVisible(signed)
        self.state.setText(text)
        self.state.setStyleSheet(
            "color: #1e6b34; font-size: 14px; font-weight: 600;"
            if signed
            else "color: #52606d; font-size: 14px;"
        )
        self.sign_button.setEnabled(not signed)
        self.unlock_button.setEnabled(signed)
        self.walk_in_button.setEnabled(not signed)
        self.remaining_button.setEnabled(not signed and unmarked > 0)
        self.show_counts(totals, unmarked)
        if not self.table.currentIndex().isValid() and self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(0, SignOffModel.NAME))

    def show_counts(self, totals: SeminarTotals, unmarked: int) -> None:
        """The big "19 av 20 närvarande" and the line of details below it."""
        self.count.setText(filled(self.tr("%1 av %2 närvarande"), totals.attended, totals.expected))
        parts = []
        if totals.late:
            parts.append(self.tr("varav %1 sena").replace("%1", str(totals.late)))
        if totals.excused:
            parts.append(self.tr("%1 anmäld frånvaro").replace("%1", str(totals.excused)))
        if totals.absent:
            parts.append(self.tr("%1 frånvarande").replace("%1", str(totals.absent)))
        parts.append(self.tr("%1 ej markerade").replace("%1", str(unmarked)))
        if totals.visitors:
            parts.append(
                self.tr("%1 besökare (räknas inte som deltagare)").replace(
                    "%1", str(totals.visitors)
                )
            )
        self.detail.setText(" · ".join(parts))

    # -- marking ----------------------------------------------------------------------------
    def _mark_row(self, view_row: int, status: AttendanceStatus | None) -> None:
        index = self.proxy.index(view_row, SignOffModel.NAME)
        if not index.isValid():
            return
        if self.set_mark(int(index.data(ENROLLMENT_ROLE)), status):
            below = self.proxy.index(view_row + 1, SignOffModel.NAME)
            if below.isValid():
                self.table.setCurrentIndex(below)

    def set_mark(self, enrollment_id: int, status: AttendanceStatus | None) -> bool:
        """Record `status` for one participant; refused while the seminar is signed."""
        if self.sheet is not None and self.sheet.seminar.signed_off:
            self.message.setText(
                self.tr("Seminariet är signerat. Lås upp det med ett skäl för att ändra.")
            )
            return False
        attendance = self._services.attendance
        result = self.save_mark(
            enrollment_id,
            lambda cells, shown: attendance.set_status(
                cells, status, source=ChangeSource.SIGNOFF, shown=shown
            ),
        )
        if result is None:
            return False
        self.message.clear()
        self.reload()
        label = status_label(status) if status else self.tr("ingen markering")
        record_marks(
            self.undo,
            self._services.attendance,
            self.tr("markering ”%1”").replace("%1", label.lower()),
            result,
        )
        self.changed.emit()
        return True

    def save_mark(
        self, enrollment_id: int, save: Callable[[Sequence[CellRef], Shown], Saved]
    ) -> Saved | None:
        """Save one row's mark through `save`, checked against the mark the row shows; when
        someone else marked it meanwhile the coordinator is asked (`save_marks`). None, with
        the reason in the message line or a dialog, when nothing was saved."""
        from seminarkoll.services.attendance import CellRef

        cell = CellRef(enrollment_id, self.seminar_id)
        try:
            result = save_marks(
                self, [cell], {cell: self.model.status_of(enrollment_id)}, save, self.reload
            )
        except DomainError as exc:
            show_error(self, self.tr("Närvaron kunde inte sparas"), exc)
            return None
        if result is None:
            self.message.setText(
                self.tr("%1 behåller markeringen som någon annan gjorde.").replace(
                    "%1", self.model.name_of(enrollment_id)
                )
            )
        return result

    def _after_undo(self) -> None:
        self.reload()
        self.changed.emit()

    def _clicked(self, index: QModelIndex) -> None:
        if index.column() != SignOffModel.STATUS:
            return
        self.set_mark(int(index.data(ENROLLMENT_ROLE)), next_in_cycle(status_at(index)))

    def _typed(self, text: str) -> None:
        self.search.setFocus()
        self.search.insert(text)

    def _search_enter(self) -> None:
        count = self.proxy.rowCount()
        if count == 1:
            index = self.proxy.index(0, SignOffModel.NAME)
            name = self.model.row_at(self.proxy.mapToSource(index).row()).name
            if self.set_mark(int(index.data(ENROLLMENT_ROLE)), AttendanceStatus.PRESENT):
                self.search.clear()
                self.message.setText(self.tr("%1 markerad som närvarande.").replace("%1", name))
        elif count:
            self.table.setFocus()
            self.table.setCurrentIndex(self.proxy.index(0, SignOffModel.NAME))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down and self.proxy.rowCount():
                self.table.setFocus()
                if not self.table.currentIndex().isValid():
                    self.table.setCurrentIndex(self.proxy.index(0, SignOffModel.NAME))
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    # -- actions -----------------------------------------------------------------------------
    def add_walk_in(self) -> None:
        """Add someone who came without being on the list (from the register or new)."""
        from seminarkoll.ui.participants.picker import WalkInDialog

        if self.sheet is None:
            return
        services, seminar_id = self._services, self.seminar_id
        dialog = WalkInDialog(services, self.sheet, self)
        if not dialog.exec() or dialog.person_id is None:
            return
        try:
            result = services.attendance.add_walk_in(
                seminar_id, dialog.person_id, join_cohort=dialog.join_cohort
            )
        except DomainError as exc:
            show_error(self, self.tr("Besökaren kunde inte läggas till"), exc)
            return
        self.after_change(
            (
                self.tr("%1 är antagen till omgången och markerad som närvarande.")
                if result.joined
                else self.tr("%1 är registrerad som besökare vid seminariet.")
            ).replace("%1", result.name)
        )

    def mark_remaining_absent(self) -> None:
        """Mark everyone still unmarked as absent (marks already taken stay)."""
        if self.sheet is None or not self.sheet.unmarked:
            return
        if not self.confirm_remaining_absent(
            self.tr(
                "%1 deltagare utan markering sätts till frånvarande. Markeringar som redan är "
                "gjorda ändras inte."
            ).replace("%1", str(self.sheet.unmarked))
        ):
            return
        result = attempt(
            self,
            self.tr("Närvaron kunde inte sparas"),
            self._services.attendance.mark_remaining_absent,
            self.seminar_id,
        )
        if result is None:
            return
        self.reload()
        record_marks(
            self.undo,
            self._services.attendance,
            self.tr("återstående satta till frånvarande"),
            result,
        )
        self.changed.emit()
        text = self.absent_message(len(result.changed))
        if result.kept:
            text += " " + self.tr(
                "%1 hade just markerats av någon annan och behåller den markeringen."
            ).replace("%1", str(len(result.kept)))
        self.message.setText(text)

    def confirm_remaining_absent(self, question: str) -> bool:
        """Whether the user, asked `question` (how many are unmarked), wants them absent."""
        return confirm(
            self,
            self.tr("Sätt återstående till frånvarande"),
            question,
            self.tr("Sätt till frånvarande"),
        )

    def sign(self) -> None:
        """Lock the seminar's attendance with your name and the time."""
        sheet = self.sheet
        if sheet is None or sheet.seminar.signed_off:
            return
        answer = self.ask_before_signing(sheet.unmarked)
        if answer is None:
            return
        if answer:
            self._services.attendance.mark_remaining_absent(self.seminar_id)
        event = attempt(
            self,
            self.tr("Seminariet kunde inte signeras"),
            self._services.attendance.sign,
            self.seminar_id,
        )
        if event is None:
            return
        self.after_change(self.signed_message(event.by, event.at))

    def ask_before_signing(self, unmarked: int) -> bool | None:
        """Before signing: the signer's name the first time and, with `unmarked` people,
        whether to mark them absent first. None: do not sign; True: mark them absent first;
        False: sign as it is."""
        coordinator = self._services.coordinator
        if not coordinator.chosen and not choose_coordinator_name(
            coordinator, self, first_time=True
        ):
            return None
        if not unmarked:
            return False
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Signera"),
            self.tr(
                "%1 deltagare saknar markering. Vill du sätta dem till frånvarande innan "
                "du signerar?"
            ).replace("%1", str(unmarked)),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("signQuestion")
        absent = box.addButton(
            self.tr("Sätt till frånvarande och signera"), QMessageBox.ButtonRole.AcceptRole
        )
        anyway = box.addButton(self.tr("Signera ändå"), QMessageBox.ButtonRole.ApplyRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() not in (absent, anyway):
            return None
        return box.clickedButton() is absent

    def unlock(self) -> None:
        """Unlock the signed attendance; asks for the reason."""
        sheet = self.sheet
        if sheet is None or not sheet.seminar.signed_off:
            return
        dialog = UnlockDialog.for_seminars(
            [sheet.seminar],
            lambda reason: self._services.attendance.unlock(self.seminar_id, reason),
            self,
        )
        if dialog.exec():
            self.after_change(self.tr("Upplåst. Ändringarna sparas med skälet i historiken."))

    def toggle_full_screen(self) -> None:
        """Switch between full screen and a normal window (F11)."""
        if self.isFullScreen():
            self.showNormal()
            self.full_button.setText(self.tr("Helskärm"))
        else:
            self.showFullScreen()
            self.full_button.setText(self.tr("Lämna helskärm"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.toggle_full_screen()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.isFullScreen():
            app_settings().setValue(SETTINGS_GEOMETRY, self.saveGeometry())
        super().closeEvent(event)

"""A group's own meetings: plan them (date, time, place, leader), open a meeting's sign-off and
print its sign-in sheet."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTime, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTimeEdit,
    QWidget,
)

from seminarkoll.domain.translation import filled
from seminarkoll.ui.formatting import chronological, date_and_time, display_date, time_range
from seminarkoll.ui.forms import (
    FormDialog,
    KeepOpen,
    close_buttons,
    date_edit,
    pytime,
    qtime,
    span_box,
    wrapped_label,
)
from seminarkoll.ui.messages import attempt, confirm
from seminarkoll.ui.participants.columns_model import ID_ROLE, Column, ColumnsModel, date_column
from seminarkoll.ui.sorting import CollatingSortProxy
from seminarkoll.ui.stacking import stacked
from seminarkoll.ui.stale_edit import save_unless_stale
from seminarkoll.ui.table_view import prepare_row_table
from seminarkoll.ui.window_size import resize_within_screen

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.services.group_meetings import MeetingInput, MeetingRow
    from seminarkoll.ui.attendance.meeting_signoff import MeetingSignOffWindow

DEFAULT_START, DEFAULT_END = QTime(15, 0), QTime(16, 30)
"""The time a new meeting suggests (an afternoon after school)."""


def _time_edit() -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    return edit


def meetings_model(parent: QWidget) -> ColumnsModel[MeetingRow]:
    """One row per meeting: number, date, time, place, leader, attendance and signature."""

    return ColumnsModel(
        [
            Column(
                QCoreApplication.translate("Meetings", "Nr"),
                lambda m: str(m.number),
                lambda m: m.number,
            ),
            date_column(QCoreApplication.translate("Meetings", "Datum"), lambda m: m.date),
            Column(
                QCoreApplication.translate("Meetings", "Tid"),
                lambda m: time_range(m.start_time, m.end_time),
                lambda m: chronological(m.start_time),
            ),
            Column(QCoreApplication.translate("Meetings", "Plats"), lambda m: m.place),
            Column(QCoreApplication.translate("Meetings", "Ledare"), lambda m: m.leader_name),
            Column(
                QCoreApplication.translate("Meetings", "Närvaro"),
                lambda m: (
                    filled(
                        QCoreApplication.translate("Meetings", "%1 av %2"),
                        str(m.attended),
                        str(m.members),
                    )
                    if m.marked
                    else ""
                ),
                lambda m: (m.marked > 0, m.attended),
            ),
            Column(
                QCoreApplication.translate("Meetings", "Signerad"),
                lambda m: m.signed_off_by or "" if m.signed_off else "",
                tooltip=lambda m: date_and_time(m.signed_off_at) if m.signed_off_at else None,
            ),
        ],
        lambda m: m.id,
        parent,
    )


class MeetingDialog(FormDialog):
    """Date, time, place, leader (the group's leader or a member) and notes of one meeting."""

    def __init__(
        self,
        services: Services,
        group_id: int,
        meeting: MeetingRow | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Ny träff") if meeting is None else self.tr("Ändra träff"), parent)
        self.setObjectName("meetingDialog")
        self._services, self._group_id, self._meeting = services, group_id, meeting
        self.saved: MeetingRow | None = None
        self.date = date_edit()
        self.timed = QCheckBox(self.tr("Tid:"))
        self.start_time = _time_edit()
        self.end_time = _time_edit()
        self.timed.toggled.connect(self.start_time.setEnabled)
        self.timed.toggled.connect(self.end_time.setEnabled)
        self.timed.setChecked(True)
        self.start_time.setTime(DEFAULT_START)
        self.end_time.setTime(DEFAULT_END)
        self.place = QLineEdit()
        self.place.setPlaceholderText(self.tr("t.ex. Rektorsexpeditionen, Sylteskolan"))
        self.leader = QComboBox()
        self.leader.setEditable(True)
        self.leader.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.leader.addItem(self.tr("(ingen ledare)"), None)
        for choice in services.group_meetings.leader_choices(group_id):
            self.leader.addItem(f"{choice.name} – {choice.detail}", choice.id)
        self.leader.setCurrentIndex(min(1, self.leader.count() - 1))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        self.add_field("date", self.tr("&Datum:"), self.date)
        self.form.addRow(
            self.timed,
            self.errors.wrap("end_time", self.end_time, span_box(self.start_time, self.end_time)),
        )
        self.add_field("place", self.tr("&Plats:"), self.place)
        self.add_field("leader_person_id", self.tr("&Ledare:"), self.leader)
        self.add_field("notes", self.tr("&Anteckning:"), self.notes)
        if meeting is not None:
            self._show(meeting)
        self.save = self._save

    def _show(self, meeting: MeetingRow) -> None:
        """Fill the form with `meeting` as saved."""
        from seminarkoll.ui.formatting import qdate

        self.date.setDate(qdate(meeting.date))
        self.timed.setChecked(meeting.start_time is not None)
        if meeting.start_time is not None:
            self.start_time.setTime(qtime(meeting.start_time))
        if meeting.end_time is not None:
            self.end_time.setTime(qtime(meeting.end_time))
        self.place.setText(meeting.place)
        chosen = meeting.leader_person_id
        self.leader.setCurrentIndex(
            self.leader.findData(chosen) if chosen is not None else min(1, self.leader.count() - 1)
        )
        self.notes.setPlainText(meeting.notes)

    def data(self) -> MeetingInput:
        """What the form holds."""
        from seminarkoll.services.group_meetings import MeetingInput

        timed = self.timed.isChecked()
        return MeetingInput(
            group_id=self._group_id,
            date=self.date.date().toPython(),  # type: ignore[arg-type]
            start_time=pytime(self.start_time.time()) if timed else None,
            end_time=pytime(self.end_time.time()) if timed else None,
            place=self.place.text(),
            leader_person_id=self.leader.currentData(),
            notes=self.notes.toPlainText(),
        )

    def _save(self) -> None:
        meetings = self._services.group_meetings
        meeting = self._meeting
        data = self.data()

        def update(version: int | None) -> None:
            assert meeting is not None
            self.saved = meetings.update_meeting(meeting.id, data, version=version)

        if meeting is None:
            self.saved = meetings.add_meeting(data)
        elif not save_unless_stale(self, update, meeting.version, self._reload):
            raise KeepOpen

    def _reload(self) -> None:
        """Show the meeting as it is saved now (another coordinator changed it)."""
        assert self._meeting is not None
        self._meeting = self._services.group_meetings.meeting(self._meeting.id)
        self._show(self._meeting)


class GroupMeetingsDialog(QDialog):
    """The meetings of one group by date: add, change, remove (after a question), sign off
    (Enter or double-click) and print a meeting's sign-in sheet."""

    changed = Signal()

    def __init__(
        self, services: Services, group_id: int, group_name: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("groupMeetingsDialog")
        self.setWindowTitle(self.tr("Träffar – %1").replace("%1", group_name))
        resize_within_screen(self, 900, 480)
        self._services, self.group_id, self.group_name = services, group_id, group_name
        self.signoff: MeetingSignOffWindow | None = None
        self.model = meetings_model(self)
        self.proxy = CollatingSortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setObjectName("meetingsTable")
        prepare_row_table(
            self.table, self.proxy, 1, QAbstractItemView.SelectionMode.SingleSelection
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.activated.connect(lambda _index: self.open_signoff())  # Enter, double-click
        self.message = wrapped_label()
        self.message.setObjectName("meetingsMessage")
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, shortcut, slot in (
            ("new", self.tr("&Ny träff …"), "Ctrl+N", self.new_meeting),
            ("edit", self.tr("Ä&ndra …"), "F2", self.edit_meeting),
            ("remove", self.tr("&Ta bort …"), "Delete", self.remove_meeting),
            ("signoff", self.tr("&Signering …"), "", self.open_signoff),
            ("sheet", self.tr("Närvaro&lista (PDF) …"), "Ctrl+P", self.save_sheet),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            button.setAutoDefault(False)
            buttons.addWidget(button)
            self.buttons[key] = button
            if not shortcut:
                button.setToolTip(self.tr("Enter eller dubbelklick i listan"))
                continue
            button.setToolTip(
                QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
            )
            action = QAction(text, self)
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            self.addAction(action)
        buttons.addStretch(1)
        stacked(
            self,
            QLabel(self.tr("Gruppens egna träffar, med närvaro för medlemmarna.")),
            (self.table, 1),
            buttons,
            self.message,
            close_buttons(self),
        )
        self.table.selectionModel().selectionChanged.connect(lambda *_args: self._enable())
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Fetch the meetings again, keeping (or choosing) the selected one."""
        chosen = select_id if select_id is not None else self.current_id()
        rows = attempt(
            self,
            self.tr("Träffarna kunde inte visas"),
            self._services.group_meetings.meetings,
            self.group_id,
        )
        if rows is None:
            return
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        ids = [self.proxy.index(r, 0).data(ID_ROLE) for r in range(self.proxy.rowCount())]
        if ids:
            self.table.selectRow(ids.index(chosen) if chosen in ids else 0)
        self._enable()

    def current_id(self) -> int | None:
        """The selected meeting's id."""
        rows = self.table.selectionModel().selectedRows()
        return int(rows[0].data(ID_ROLE)) if rows else None

    def current(self) -> MeetingRow | None:
        """The selected meeting."""
        wanted = self.current_id()
        return next((m for m in self.model.rows() if m.id == wanted), None)

    def _enable(self) -> None:
        chosen = self.current_id() is not None
        for key in ("edit", "remove", "signoff", "sheet"):
            self.buttons[key].setEnabled(chosen)

    def _changed(self, select_id: int | None = None) -> None:
        self.reload(select_id)
        self.changed.emit()

    def new_meeting(self) -> None:
        """Plan a new meeting."""
        dialog = MeetingDialog(self._services, self.group_id, None, self)
        if dialog.exec() and dialog.saved is not None:
            self._changed(dialog.saved.id)
            self.message.setText(
                self.tr("Träffen %1 är tillagd.").replace("%1", display_date(dialog.saved.date))
            )

    def edit_meeting(self) -> None:
        """Change the selected meeting."""
        meeting = self.current()
        if meeting is None:
            return
        dialog = MeetingDialog(self._services, self.group_id, meeting, self)
        if dialog.exec() and dialog.saved is not None:
            self._changed(meeting.id)

    def remove_meeting(self) -> None:
        """Remove the selected meeting and its marks, after a question."""
        meeting = self.current()
        if meeting is None:
            return
        text = self.tr("Träffen %1 tas bort.").replace("%1", display_date(meeting.date))
        if meeting.marked:
            text += " " + self.tr("Dess %1 närvaronoteringar tas också bort.").replace(
                "%1", str(meeting.marked)
            )
        if not confirm(self, self.tr("Ta bort träff"), text, self.tr("Ta bort")):
            return
        meetings = self._services.group_meetings
        if not attempt(
            self,
            self.tr("Träffen kunde inte tas bort"),
            save_unless_stale,
            self,
            lambda seen: meetings.remove_meeting(meeting.id, version=seen),
            meeting.version,
            lambda: None,  # read again below
            listed=lambda: meetings.meeting(meeting.id).version,
        ):
            self.reload(meeting.id)
            return
        self._changed()
        self.message.setText(
            self.tr("Träffen %1 är borttagen.").replace("%1", display_date(meeting.date))
        )

    def open_signoff(self) -> MeetingSignOffWindow | None:
        """Open the selected meeting's sign-off window."""
        from seminarkoll.ui.attendance.meeting_signoff import MeetingSignOffWindow

        meeting = self.current()
        if meeting is None:
            return None
        window = MeetingSignOffWindow(self._services, meeting.id, self)
        window.changed.connect(lambda: self._changed(meeting.id))
        self.signoff = window
        window.show()
        window.activateWindow()
        return window

    def save_sheet(self, path: Path | None = None) -> Path | None:
        """Save the selected meeting's sign-in sheet as a PDF (asks where unless `path`)."""
        from seminarkoll.ui.exchange.files import choose_save_file

        meeting = self.current()
        if meeting is None:
            return None
        if path is None:
            name = self.tr("Närvarolista %1 träff %2").replace("%1", self.group_name)
            path = choose_save_file(
                self, self.tr("Spara närvarolista"), name.replace("%2", str(meeting.number)), ".pdf"
            )
            if path is None:
                return None
        result = attempt(
            self,
            self.tr("Närvarolistan kunde inte sparas"),
            self._services.group_meetings.export_signin,
            meeting.id,
            path,
        )
        if result is None:
            return None
        self.message.setText(filled(self.tr("Sparad: %1 (%2)."), str(result.path), result.counts))
        return result.path

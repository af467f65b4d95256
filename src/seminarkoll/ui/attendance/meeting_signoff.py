"""A group meeting's sign-off: the seminar sign-off view (same table, keys, search and counts)
taking attendance for the group's members at one of its own meetings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.translation import filled
from seminarkoll.ui.attendance.conflicts import Shown
from seminarkoll.ui.attendance.dialogs import UnlockDialog
from seminarkoll.ui.attendance.labels import status_label
from seminarkoll.ui.attendance.signoff import SignOffModel, SignOffWindow
from seminarkoll.ui.followup.email_button import EmailContext
from seminarkoll.ui.formatting import date_and_time, long_date, time_range
from seminarkoll.ui.messages import attempt, show_error

if TYPE_CHECKING:
    from collections.abc import Sequence

    from seminarkoll.services.attendance import CellRef
    from seminarkoll.services.container import Services
    from seminarkoll.services.group_meetings import MeetingSheet


class MeetingSignOffWindow(SignOffWindow):
    """Mark each member (N/S/F/A, space, Delete, type a name and Enter), mark the rest absent,
    sign with your name; unlock to change a signed list. Ctrl+Z undoes a mark."""

    def __init__(self, services: Services, meeting_id: int, parent: QWidget | None = None) -> None:
        self.meeting_sheet: MeetingSheet | None = None
        super().__init__(services, meeting_id, parent)
        self.setObjectName("meetingSignOffWindow")
        self.walk_in_button.hide()
        self.email.hide()
        self.table.hideColumn(SignOffModel.GROUP)  # everyone is in the meeting's group

    @property
    def meeting_id(self) -> int:
        """The meeting taken here."""
        return self.seminar_id

    def _email_context(self) -> EmailContext | None:
        return None

    def reload(self) -> None:
        """Fetch the meeting's list again and refresh counts and buttons."""
        sheet = attempt(
            self,
            self.tr("Träffen kunde inte visas"),
            self._services.group_meetings.sheet,
            self.meeting_id,
        )
        if sheet is None:
            return
        self.meeting_sheet = sheet
        meeting = sheet.meeting
        leader = self.tr("ledare %1").replace("%1", meeting.leader_name)
        self.show_heading(
            sheet.marks,
            filled(self.tr("Signering – %1, träff %2"), meeting.group_name, meeting.number),
            filled(self.tr("%1 · träff %2"), meeting.group_name, meeting.number),
            long_date(meeting.date),
            time_range(meeting.start_time, meeting.end_time),
            meeting.place,
            leader if meeting.leader_name else "",
            f"{sheet.programme_name} – {sheet.cohort_name}",
        )
        text = (
            filled(
                self.tr("Signerad av %1, %2. Lås upp för att ändra."),
                meeting.signed_off_by or "",
                date_and_time(meeting.signed_off_at),
            )
            if meeting.signed_off_at is not None
            else self.not_signed_text(
                None
                if meeting.unlocked_at is None
                else (meeting.unlocked_by, meeting.unlocked_at, meeting.unlock_reason)
            )
        )
        self.show_state(meeting.signed_off, text, sheet.totals, sheet.unmarked)

    def set_mark(self, enrollment_id: int, status: AttendanceStatus | None) -> bool:
        """Record `status` for one member; refused while the meeting is signed."""
        sheet = self.meeting_sheet
        if sheet is None:
            return False
        if sheet.meeting.signed_off:
            self.message.setText(self.tr("Träffen är signerad. Lås upp den för att ändra."))
            return False
        meetings, meeting_id = self._services.group_meetings, self.meeting_id
        replaced: dict[int, AttendanceStatus | None] = {}

        def save(cells: Sequence[CellRef], shown: Shown) -> MeetingSheet:
            replaced.update({cell.enrollment_id: mark for cell, mark in shown.items()})
            return meetings.set_marks(
                meeting_id, dict.fromkeys((c.enrollment_id for c in cells), status), replaced
            )

        if self.save_mark(enrollment_id, save) is None:
            return False
        old = replaced.get(enrollment_id)
        self.message.clear()
        self.reload()
        label = status_label(status) if status else self.tr("ingen markering")
        self.undo.push(
            self.tr("markering ”%1”").replace("%1", label.lower()),
            lambda: meetings.set_marks(meeting_id, {enrollment_id: old}),
            lambda: meetings.set_marks(meeting_id, {enrollment_id: status}),
        )
        self.changed.emit()
        return True

    def mark_remaining_absent(self) -> None:
        """Mark every member still unmarked as absent (marks already taken stay)."""
        sheet = self.meeting_sheet
        if sheet is None or not sheet.unmarked:
            return
        if not self.confirm_remaining_absent(
            self.tr(
                "%1 medlemmar utan markering sätts till frånvarande. Markeringar som redan är "
                "gjorda ändras inte."
            ).replace("%1", str(sheet.unmarked))
        ):
            return
        before = {m.enrollment_id for m in sheet.marks if m.status is None}
        meetings, meeting_id = self._services.group_meetings, self.meeting_id
        after = attempt(
            self, self.tr("Närvaron kunde inte sparas"), meetings.mark_remaining_absent, meeting_id
        )
        if after is None:
            return
        changed = {m.enrollment_id for m in after.marks if m.status is not None} & before
        self.reload()
        self.undo.push(
            self.tr("återstående satta till frånvarande"),
            lambda: meetings.set_marks(meeting_id, dict.fromkeys(changed)),
            lambda: meetings.set_marks(meeting_id, dict.fromkeys(changed, AttendanceStatus.ABSENT)),
        )
        self.changed.emit()
        self.message.setText(self.absent_message(len(changed)))

    def sign(self) -> None:
        """Lock the meeting's attendance with your name and the time."""
        sheet = self.meeting_sheet
        if sheet is None or sheet.meeting.signed_off:
            return
        answer = self.ask_before_signing(sheet.unmarked)
        if answer is None:
            return
        meetings = self._services.group_meetings
        try:
            if answer:
                meetings.mark_remaining_absent(self.meeting_id)
            row = meetings.sign(self.meeting_id)
        except DomainError as exc:
            show_error(self, self.tr("Träffen kunde inte signeras"), exc)
            return
        self.undo.stack.clear()
        self.reload()
        self.changed.emit()
        if row.signed_off_at is not None:
            self.message.setText(self.signed_message(row.signed_off_by or "", row.signed_off_at))

    def unlock(self) -> None:
        """Unlock the signed list for changes; asks for the reason."""
        sheet = self.meeting_sheet
        if sheet is None or not sheet.meeting.signed_off:
            return
        meeting = sheet.meeting
        signed = filled(
            self.tr("Träff %1 i %2 (%3) signerades av %4."),
            meeting.number,
            meeting.group_name,
            long_date(meeting.date),
            meeting.signed_off_by or self.tr("okänd"),
        )
        dialog = UnlockDialog(
            [signed],
            lambda reason: self._services.group_meetings.unlock(self.meeting_id, reason),
            self,
        )
        if dialog.exec():
            self.after_change(self.tr("Upplåst. Signera igen när närvaron stämmer."))

"""The attendance service: the matrix, marks with an audit trail, sign-off, apologies, make-ups."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from sqlalchemy import select

from seminarkoll.data.lookups import existing_cohort, existing_person, existing_seminar
from seminarkoll.data.models import Enrollment, MakeupTask, SignOffEvent
from seminarkoll.data.types import utc_now
from seminarkoll.domain.attendance import (
    MATRIX_STATUSES,
    ChangeSource,
    note_without_mark,
    unlock_reason,
)
from seminarkoll.domain.completion import CompletionRules
from seminarkoll.domain.enums import AttendanceStatus, EnrollmentStatus
from seminarkoll.domain.errors import ConflictError, ValidationError
from seminarkoll.domain.exports import STATUS_WORDS
from seminarkoll.domain.text import full_name, tidy
from seminarkoll.domain.translation import translate
from seminarkoll.services.attendance.history import read_history
from seminarkoll.services.attendance.marking import apply_marks
from seminarkoll.services.attendance.matrix import read_matrix
from seminarkoll.services.attendance.queries import (
    cell_of,
    mark_of,
    refuse_if_signed,
)
from seminarkoll.services.attendance.results import (
    BatchResult,
    CellHistory,
    CellRef,
    MarkChange,
    SignOffEventRow,
    SignOffSheet,
    WalkInResult,
)
from seminarkoll.services.attendance.sheet import read_sheet
from seminarkoll.services.attendance_matrix import AttendanceMatrix
from seminarkoll.services.cohort_frame import SeminarInfo
from seminarkoll.services.completion_data import load_frame, rules_of
from seminarkoll.services.database_service import CoordinatedService


class AttendanceService(CoordinatedService):
    """Reads and changes attendance; every change is stamped with the coordinator's name and
    kept in the audit trail, and signed-off seminars refuse changes until unlocked."""

    # reading ----------------------------------------------------------------------------
    def matrix(self, cohort_id: int) -> AttendanceMatrix:
        """The cohort's enrolled, completed and withdrawn participants x its seminars."""
        with self._db.reading() as connection:
            return read_matrix(connection, cohort_id)

    def sheet(self, seminar_id: int) -> SignOffSheet:
        """The sign-off sheet of a seminar: every participant expected there (or marked there).

        Read in a transaction that takes no write lock, from driver rows of statements
        compiled once: the list is reread after every mark and holds up to 500 people.
        """
        with self._db.reading() as connection:
            return read_sheet(connection, seminar_id)

    def seminars(self, cohort_id: int) -> tuple[SeminarInfo, ...]:
        """The cohort's seminars with held and signed-off state, by number."""
        with self._db.transaction() as session:
            return load_frame(session.connection(), cohort_id).seminars

    def history(self, enrollment_id: int, seminar_id: int) -> CellHistory:
        """The audit trail of one cell, oldest first, with the seminar's sign-offs and unlocks."""
        with self._db.transaction() as session:
            return read_history(session, enrollment_id, seminar_id)

    def rules(self, cohort_id: int) -> CompletionRules:
        """The cohort's completion rules."""
        with self._db.transaction() as session:
            return rules_of(existing_cohort(session, cohort_id))

    # changing marks ---------------------------------------------------------------------
    def apply(
        self,
        changes: Sequence[MarkChange],
        *,
        source: ChangeSource | str,
        reason: str = "",
        overwrite: bool = False,
        skip_locked: bool = False,
        by: str | None = None,
        shown: Mapping[CellRef, AttendanceStatus | None] | None = None,
        shown_notes: Mapping[CellRef, str] | None = None,
    ) -> BatchResult:
        """Apply a batch of mark changes in one transaction, each recorded in the audit trail.

        A change that would alter a mark already taken (another status, clearing it, or
        replacing a non-empty note) is applied only with `overwrite`; otherwise it is returned
        in `kept`. Cells of signed-off seminars raise ConflictError (nothing is saved) unless
        `skip_locked`, which returns them in `locked`. Unknown cells, an enrolment and seminar
        of different cohorts, or one cell twice raise ValidationError. When `reason` is empty
        and the seminar was unlocked after a sign-off, the unlock reason is recorded.

        `shown` holds the mark the user saw in each cell (None: empty). A cell that someone
        else has since given another mark (neither the one shown nor the one wanted) raises
        MarkConflictError naming it, who took that mark and when; nothing is saved. Applying
        again with that mark as the one shown overwrites it. `shown_notes` holds the note the
        user saw in cells whose note a change writes: one someone else has changed since is a
        MarkConflictError as well.
        """
        label = str(source)
        if not label:
            raise ValidationError.single(
                "source", translate("Errors", "Ange varifrån ändringarna kommer.")
            )
        who = tidy(by) or self.coordinator.name
        with self._db.transaction() as session:
            return apply_marks(
                session,
                changes,
                label,
                tidy(reason),
                overwrite,
                skip_locked,
                who,
                shown=shown,
                shown_notes=shown_notes,
            )

    def set_status(
        self,
        cells: Sequence[CellRef],
        status: AttendanceStatus | None,
        *,
        source: ChangeSource = ChangeSource.MATRIX,
        reason: str = "",
        shown: Mapping[CellRef, AttendanceStatus | None] | None = None,
    ) -> BatchResult:
        """Give `cells` the mark `status` (None clears), replacing what was there: the user
        chose these cells. Signed-off seminars raise ConflictError; a cell marked otherwise
        by someone else since it was `shown` raises MarkConflictError (see `apply`)."""
        return self.apply(
            [MarkChange(c.enrollment_id, c.seminar_id, status) for c in cells],
            source=source,
            reason=reason,
            overwrite=True,
            shown=shown,
        )

    def set_note(
        self,
        enrollment_id: int,
        seminar_id: int,
        note: str,
        *,
        source: ChangeSource = ChangeSource.MATRIX,
        shown: str | None = None,
    ) -> BatchResult:
        """Write the note of a cell that has a mark (ValidationError when it has none). When
        the cell's note is no longer the one `shown` but another someone else wrote since,
        MarkConflictError names the person, the seminar, who and when, and nothing is saved
        (None: write over any note)."""
        cell = CellRef(enrollment_id, seminar_id)
        with self._db.transaction() as session:
            if mark_of(session, enrollment_id, seminar_id) is None:
                raise note_without_mark()
            return apply_marks(
                session,
                [MarkChange(enrollment_id, seminar_id, None, note)],
                str(source),
                "",
                True,
                False,
                self.coordinator.name,
                keep_status=True,
                shown_notes=None if shown is None else {cell: shown},
            )

    def excuse_in_advance(self, enrollment_id: int, seminar_id: int, note: str = "") -> BatchResult:
        """Record an advance apology (excused absence), e.g. from an e-mail, before the seminar.
        ConflictError when a mark is already taken for the cell."""
        result = self.apply(
            [MarkChange(enrollment_id, seminar_id, AttendanceStatus.EXCUSED, note)],
            source=ChangeSource.APOLOGY,
        )
        if result.kept:
            current = result.kept[0].current
            raise ConflictError(
                translate(
                    "Errors",
                    "Det finns redan en markering ({value}) för seminariet; ändra den i "
                    "närvaromatrisen i stället.",
                ).format(value=STATUS_WORDS[current].lower())
            )
        return result

    def restore_marks(
        self,
        marks: Sequence[MarkChange],
        source: ChangeSource,
        *,
        current: Sequence[MarkChange] = (),
    ) -> BatchResult:
        """Put cells back to exactly these marks and notes (undo and redo of a batch's
        `before` and `after`); each change is recorded in the audit trail with `source`.
        Signed-off seminars raise ConflictError and nothing is saved. `current` holds the marks
        and notes the cells should hold now (the batch's `after` for an undo): a cell someone
        else has marked or annotated otherwise since raises MarkConflictError, and theirs stays."""
        exact = [MarkChange(m.enrollment_id, m.seminar_id, m.status, m.note or "") for m in marks]
        shown = {CellRef(m.enrollment_id, m.seminar_id): m.status for m in current}
        notes = {CellRef(m.enrollment_id, m.seminar_id): m.note or "" for m in current}
        return self.apply(exact, source=source, overwrite=True, shown=shown, shown_notes=notes)

    def mark_remaining_absent(self, seminar_id: int) -> BatchResult:
        """Mark every expected participant without a mark as absent: only cells empty in the
        database when this runs (a mark someone else took meanwhile stays, and is returned in
        `kept`). The sheet is read and marked in one transaction."""
        with self._db.transaction() as session:
            sheet = read_sheet(session.connection(), seminar_id)
            changes = [
                MarkChange(r.enrollment_id, seminar_id, AttendanceStatus.ABSENT)
                for r in sheet.rows
                if r.status is None
            ]
            return apply_marks(
                session,
                changes,
                ChangeSource.SIGNOFF.value,
                "",
                False,
                False,
                self.coordinator.name,
            )

    def add_walk_in(
        self,
        seminar_id: int,
        person_id: int,
        *,
        join_cohort: bool,
        status: AttendanceStatus = AttendanceStatus.PRESENT,
    ) -> WalkInResult:
        """Record a person who came without being enrolled. With `join_cohort` they are enrolled
        from the seminar's date (earlier seminars do not count against them); otherwise the
        visit is kept as a one-day enrolment that does not count as taking part."""
        with self._db.transaction() as session:
            seminar = existing_seminar(session, seminar_id)
            refuse_if_signed(seminar)
            person = existing_person(session, person_id)
            name = full_name(person.first_name, person.last_name)
            enrollment = session.scalar(
                select(Enrollment).where(
                    Enrollment.cohort_id == seminar.cohort_id, Enrollment.person_id == person_id
                )
            )
            if enrollment is None:
                enrollment = Enrollment(
                    cohort_id=seminar.cohort_id,
                    person_id=person_id,
                    status=EnrollmentStatus.ENROLLED if join_cohort else EnrollmentStatus.WITHDRAWN,
                    joined_on=seminar.date,
                    left_on=None if join_cohort else seminar.date,
                    notes=""
                    if join_cohort
                    else translate("Errors", "Besökare vid seminarium {number}.").format(
                        number=seminar.number
                    ),
                )
                session.add(enrollment)
                session.flush()
            elif join_cohort:
                if enrollment.status not in (EnrollmentStatus.ENROLLED, EnrollmentStatus.COMPLETED):
                    enrollment.status = EnrollmentStatus.ENROLLED
                    enrollment.left_on = None
                    if enrollment.joined_on is None or enrollment.joined_on > seminar.date:
                        enrollment.joined_on = seminar.date
            elif enrollment.status not in MATRIX_STATUSES:
                raise ConflictError(
                    translate(
                        "Errors",
                        "{name} är anmäld till omgången men inte antagen. Välj att anta hen för"
                        " att kunna registrera närvaron.",
                    ).format(name=name)
                )
            session.flush()
            apply_marks(
                session,
                [MarkChange(enrollment.id, seminar_id, status)],
                ChangeSource.SIGNOFF.value,
                translate("Errors", "Kom utan att stå på listan."),
                True,
                False,
                self.coordinator.name,
            )
            return WalkInResult(enrollment_id=enrollment.id, joined=join_cohort, name=name)

    # sign-off ---------------------------------------------------------------------------
    def sign(self, seminar_id: int) -> SignOffEventRow:
        """Lock the seminar's attendance with the coordinator's name and the time."""
        with self._db.transaction() as session:
            seminar = existing_seminar(session, seminar_id)
            refuse_if_signed(seminar)
            now = utc_now()
            seminar.signed_off_at = now
            seminar.signed_off_by = self.coordinator.name
            session.add(
                SignOffEvent(seminar_id=seminar_id, action="sign", at=now, by=self.coordinator.name)
            )
            return SignOffEventRow("sign", now, self.coordinator.name, "")

    def unlock(self, seminar_id: int, reason: str) -> SignOffEventRow:
        """Unlock a signed-off seminar; a reason is required and kept in the audit trail."""
        why = unlock_reason(reason)
        with self._db.transaction() as session:
            seminar = existing_seminar(session, seminar_id)
            if seminar.signed_off_at is None:
                raise ConflictError(
                    translate("Errors", "Seminarium {number} är inte signerat.").format(
                        number=seminar.number
                    )
                )
            now = utc_now()
            seminar.signed_off_at = None
            seminar.signed_off_by = None
            session.add(
                SignOffEvent(
                    seminar_id=seminar_id,
                    action="unlock",
                    at=now,
                    by=self.coordinator.name,
                    reason=why,
                )
            )
            return SignOffEventRow("unlock", now, self.coordinator.name, why)

    # make-up tasks and rules ------------------------------------------------------------
    def record_makeup(
        self, enrollment_id: int, seminar_id: int, description: str, approved_on: date | None = None
    ) -> None:
        """Record a make-up task (e.g. a written reflection) for a missed seminar."""
        text = description.strip()
        if not text:
            raise ValidationError.single(
                "description", translate("Errors", "Beskriv kompletteringsuppgiften.")
            )
        with self._db.transaction() as session:
            enrollment, seminar = cell_of(session, enrollment_id, seminar_id)
            cohort = existing_cohort(session, seminar.cohort_id)
            if not cohort.allow_makeup:
                raise ConflictError(
                    translate(
                        "Errors",
                        "Omgången tillåter inte kompletteringsuppgifter. Ändra kraven för "
                        "godkänt först.",
                    )
                )
            mark = mark_of(session, enrollment_id, seminar_id)
            if mark is not None and rules_of(cohort).counts(mark.status):
                raise ConflictError(
                    translate(
                        "Errors",
                        "Deltagaren räknas redan som närvarande vid seminarium {number}; ingen "
                        "komplettering behövs.",
                    ).format(number=seminar.number)
                )
            task = session.scalar(
                select(MakeupTask).where(
                    MakeupTask.enrollment_id == enrollment.id, MakeupTask.seminar_id == seminar_id
                )
            )
            if task is None:
                task = MakeupTask(enrollment_id=enrollment.id, seminar_id=seminar_id)
                session.add(task)
            task.description = text
            task.approved_on = approved_on
            task.recorded_by = self.coordinator.name

    def remove_makeup(self, enrollment_id: int, seminar_id: int) -> bool:
        """Remove the make-up task of a cell; False when there was none."""
        with self._db.transaction() as session:
            task = session.scalar(
                select(MakeupTask).where(
                    MakeupTask.enrollment_id == enrollment_id, MakeupTask.seminar_id == seminar_id
                )
            )
            if task is None:
                return False
            session.delete(task)
            return True

    def set_rules(self, cohort_id: int, rules: CompletionRules) -> None:
        """Save the cohort's completion rules; the requirement cannot exceed its seminars."""
        with self._db.transaction() as session:
            cohort = existing_cohort(session, cohort_id)
            count = len(cohort.seminars)
            if count and rules.min_attended > count:
                raise ValidationError.single(
                    "min_attended",
                    translate(
                        "Errors", "Kravet kan inte vara fler än omgångens {count} seminarier."
                    ).format(count=count),
                )
            cohort.min_attended = rules.min_attended
            cohort.late_counts_as_present = rules.late_counts_as_present
            cohort.excused_counts_as_attended = rules.excused_counts_as_attended
            cohort.require_each_theme = rules.require_each_theme
            cohort.allow_makeup = rules.allow_makeup

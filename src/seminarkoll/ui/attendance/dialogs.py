"""Small attendance dialogs: unlock with a reason, note, make-up task, rules, apology, own name."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from seminarkoll.domain.completion import CompletionRules
from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.translation import filled
from seminarkoll.ui.formatting import display_date
from seminarkoll.ui.forms import FormDialog, date_edit, push_button, wrapped_label
from seminarkoll.ui.settings import COORDINATOR_KEY, app_settings
from seminarkoll.ui.sorting import swedish_sorted

if TYPE_CHECKING:
    from seminarkoll.services.attendance import MatrixRow
    from seminarkoll.services.cohort_frame import SeminarInfo
    from seminarkoll.services.identity import Coordinator


class UnlockDialog(FormDialog):
    """Asks why signed attendance (seminars or a group meeting) must be changed; the reason is
    kept with who unlocked it and when."""

    def __init__(
        self,
        signed: Sequence[str],
        unlock: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Lås upp signerad närvaro"), parent)
        self.setObjectName("unlockDialog")
        why = self.tr(
            "Skriv varför närvaron behöver ändras. Skälet sparas med vem som låste upp och när."
        )
        intro = wrapped_label("\n".join([*signed, why]))
        self.form.insertRow(0, intro)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("unlockReason")
        self.reason.setPlaceholderText(self.tr("t.ex. Kom efter pausen och saknades på listan"))
        self.reason.setFixedHeight(80)
        self.add_field("reason", self.tr("&Skäl:"), self.reason)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Lås &upp"))
        save.setEnabled(False)
        self.reason.textChanged.connect(
            lambda: save.setEnabled(bool(self.reason.toPlainText().strip()))
        )
        self.save = lambda: unlock(self.reason.toPlainText())

    @classmethod
    def for_seminars(
        cls,
        seminars: Sequence[SeminarInfo],
        unlock: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> UnlockDialog:
        """The dialog for signed-off seminars, each named with its date and who signed it."""
        signed = QCoreApplication.translate("UnlockDialog", "Seminarium %1 (%2) signerades av %3.")
        unknown = QCoreApplication.translate("UnlockDialog", "okänd")
        lines = [
            filled(signed, s.number, display_date(s.date), s.signed_off_by or unknown)
            for s in seminars
        ]
        return cls(lines, unlock, parent)


class NoteDialog(FormDialog):
    """Edits the note of one attendance cell."""

    def __init__(
        self, heading: str, note: str, save: Callable[[str], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Anteckning"), parent)
        self.setObjectName("noteDialog")
        label = wrapped_label(heading)
        self.form.insertRow(0, label)
        self.note = QPlainTextEdit(note)
        self.note.setObjectName("noteText")
        self.note.setPlaceholderText(self.tr("t.ex. Sjukanmälan via mejl 8 feb"))
        self.note.setFixedHeight(90)
        self.add_field("note", self.tr("&Anteckning:"), self.note)
        self.note.setFocus()
        self.save = lambda: save(self.note.toPlainText())


class MakeupDialog(FormDialog):
    """Records (or removes) a make-up task for a missed seminar."""

    def __init__(
        self,
        heading: str,
        save: Callable[[str, date | None], None],
        remove: Callable[[], object] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Kompletteringsuppgift"), parent)
        self.setObjectName("makeupDialog")
        label = wrapped_label(heading)
        self.form.insertRow(0, label)
        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("t.ex. Skriftlig reflektion över litteraturen"))
        self.add_field("description", self.tr("&Uppgift:"), self.description)
        self.approved = QCheckBox(self.tr("Godkänd"))
        self.approved.setChecked(True)
        self.approved_on = date_edit()
        self.approved.toggled.connect(self.approved_on.setEnabled)
        self.form.addRow(self.approved, self.approved_on)
        if remove is not None:
            drop = push_button(self.tr("Ta &bort uppgiften"), lambda: self._remove(remove))
            self.buttons.addButton(drop, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.save = lambda: save(self.description.text(), self.approved_date())

    def approved_date(self) -> date | None:
        """The approval date, or None when not approved yet."""
        if not self.approved.isChecked():
            return None
        value: date = self.approved_on.date().toPython()  # type: ignore[assignment]
        return value

    def _remove(self, remove: Callable[[], object]) -> None:
        try:
            remove()
        except DomainError as exc:
            self.show_problems(exc)
            return
        self.accept()


class RulesDialog(FormDialog):
    """Edits the cohort's requirement for completing the programme."""

    def __init__(
        self,
        rules: CompletionRules,
        seminar_count: int,
        save: Callable[[CompletionRules], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Krav för godkänt"), parent)
        self.setObjectName("rulesDialog")
        self.minimum = QSpinBox()
        self.minimum.setRange(0, max(seminar_count, rules.min_attended, 1))
        self.minimum.setValue(rules.min_attended)
        self.minimum.setSuffix(self.tr(" av %1 seminarier").replace("%1", str(seminar_count)))
        self.add_field("min_attended", self.tr("&Minst:"), self.minimum)
        self.late = QCheckBox(self.tr("Sen ankomst räknas som närvaro"))
        self.late.setChecked(rules.late_counts_as_present)
        self.excused = QCheckBox(self.tr("Anmäld frånvaro räknas som närvaro"))
        self.excused.setChecked(rules.excused_counts_as_attended)
        self.themes = QCheckBox(self.tr("Minst ett seminarium inom varje temaområde"))
        self.themes.setChecked(rules.require_each_theme)
        self.makeup = QCheckBox(self.tr("Missat seminarium kan ersättas med kompletteringsuppgift"))
        self.makeup.setChecked(rules.allow_makeup)
        for box in (self.late, self.excused, self.themes, self.makeup):
            self.form.addRow("", box)
        hint = wrapped_label(
            self.tr(
                "Den som börjar senare eller avbryter behöver färre seminarier: alla får missa "
                "lika många."
            )
        )
        hint.setStyleSheet("color: #52606d;")
        self.form.addRow("", hint)
        self.save = lambda: save(self.rules())

    def rules(self) -> CompletionRules:
        """The rules as set in the dialog."""
        return CompletionRules(
            min_attended=self.minimum.value(),
            late_counts_as_present=self.late.isChecked(),
            excused_counts_as_attended=self.excused.isChecked(),
            require_each_theme=self.themes.isChecked(),
            allow_makeup=self.makeup.isChecked(),
        )


class ApologyDialog(FormDialog):
    """Records an excused absence before the seminar, e.g. from an e-mail."""

    def __init__(
        self,
        rows: Sequence[MatrixRow],
        seminars: Sequence[SeminarInfo],
        save: Callable[[int, int, str], object],
        parent: QWidget | None = None,
        *,
        enrollment_id: int | None = None,
        seminar_id: int | None = None,
    ) -> None:
        super().__init__(self.tr("Anmäl frånvaro i förväg"), parent)
        self.setObjectName("apologyDialog")
        self.participant = QComboBox()
        self.participant.setEditable(True)
        self.participant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for row in swedish_sorted(rows, lambda r: r.last_name, lambda r: r.first_name):
            self.participant.addItem(row.name, row.enrollment_id)
        if enrollment_id is not None:
            self.participant.setCurrentIndex(self.participant.findData(enrollment_id))
        self.seminar = QComboBox()
        for seminar in seminars:
            self.seminar.addItem(
                filled(
                    self.tr("%1. %2 (%3)"),
                    seminar.number,
                    seminar.title,
                    display_date(seminar.date),
                ),
                seminar.id,
            )
        if seminar_id is not None and self.seminar.findData(seminar_id) >= 0:
            self.seminar.setCurrentIndex(self.seminar.findData(seminar_id))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("t.ex. Mejl 3 feb: kurs i Göteborg"))
        self.add_field("enrollment_id", self.tr("&Deltagare:"), self.participant)
        self.add_field("seminar_id", self.tr("&Seminarium:"), self.seminar)
        self.add_field("note", self.tr("&Anteckning:"), self.note)
        self.save = lambda: save(
            int(self.participant.currentData()), int(self.seminar.currentData()), self.note.text()
        )


class CoordinatorDialog(FormDialog):
    """Sets the name stamped on marks, sign-offs and the audit trail; `first_time` when it is
    asked for because someone signs before having given it."""

    def __init__(
        self,
        name: str,
        save: Callable[[str], None],
        parent: QWidget | None = None,
        *,
        first_time: bool = False,
    ) -> None:
        super().__init__(self.tr("Ditt namn"), parent)
        self.setObjectName("coordinatorDialog")
        hint = wrapped_label(
            self.tr(
                "Du signerar för första gången. Skriv ditt namn som det ska stå vid "
                "signeringen och i närvarohistoriken. Det sparas till nästa gång och kan "
                "ändras under Närvaro › Mitt namn vid signering."
            )
            if first_time
            else self.tr("Namnet sparas när du signerar ett seminarium och i närvarohistoriken.")
        )
        self.form.insertRow(0, hint)
        self.name = QLineEdit(name)
        self.add_field("name", self.tr("&Namn:"), self.name)
        self.save = lambda: save(self.name.text())


def choose_coordinator_name(
    coordinator: Coordinator, parent: QWidget | None = None, *, first_time: bool = False
) -> bool:
    """Ask for the name to sign with; on Save it is used and remembered in the settings.
    Returns whether it was saved."""

    def save(name: str) -> None:
        coordinator.set_name(name)
        app_settings().setValue(COORDINATOR_KEY, coordinator.own_name)

    dialog = CoordinatorDialog(coordinator.own_name, save, parent, first_time=first_time)
    return dialog.exec() == QDialog.DialogCode.Accepted

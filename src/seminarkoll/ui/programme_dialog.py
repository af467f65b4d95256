"""Dialog for a programme: name, organiser, contact person, description, whether group meetings
count toward completion, a number of seminars per school year, and archiving it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from seminarkoll.domain.schedule import MAX_SEMINAR_COUNT
from seminarkoll.services.planning import ProgrammeInput
from seminarkoll.ui.field_values import field_values, show_record
from seminarkoll.ui.forms import FormDialog, KeepOpen
from seminarkoll.ui.stale_edit import save_unless_stale

if TYPE_CHECKING:
    from seminarkoll.services.planning import ProgrammeDetails


class ProgrammeDialog(FormDialog):
    """Asks for a new programme (or edits `details`) and saves it through `save(data,
    version)` (version None for a new one); problems show next to the field and nothing is
    saved until they are fixed. A save refused because someone else changed the programme
    meanwhile asks to read it in again (through `read`) or to write over the change."""

    def __init__(
        self,
        save: Callable[[ProgrammeInput, int | None], object],
        parent: QWidget | None = None,
        details: ProgrammeDetails | None = None,
        read: Callable[[], ProgrammeDetails] | None = None,
    ) -> None:
        super().__init__(
            self.tr("Nytt program") if details is None else self.tr("Redigera program"), parent
        )
        self._details = details
        self._read = read
        self.saved_id: int | None = None
        self.saved: ProgrammeInput | None = None
        self.result_value: object = None
        """What the last save returned (the programme's id, or its details after an edit)."""
        self.setMinimumWidth(480)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("t.ex. Ledare på lut"))
        self.organiser = QLineEdit()
        self.organiser.setPlaceholderText(self.tr("t.ex. Barn- och utbildningsförvaltningen"))
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Den som samordnar programmet"))
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(90)
        self.archived = QCheckBox(self.tr("Arkiverat (programmet pågår inte längre)"))
        self.archived.setToolTip(
            self.tr("Arkiverade program visas nedtonade i listan; inget tas bort.")
        )
        self.meetings_count = QCheckBox(self.tr("Gruppträffar räknas in i kraven för godkänt"))
        self.meetings_count.setObjectName("meetingsCount")
        self.meetings_count.setToolTip(
            self.tr(
                "Deltagarnas gruppträffar (t.ex. lärgruppens träffar) räknas som tillfällen "
                "precis som seminarierna. Alla får ändå missa lika många tillfällen som "
                "omgångens krav tillåter för seminarierna."
            )
        )
        self.per_school_year = QSpinBox()
        self.per_school_year.setObjectName("minPerSchoolYear")
        self.per_school_year.setRange(0, MAX_SEMINAR_COUNT)
        self.per_school_year.setSpecialValueText(self.tr("Inget krav"))
        self.per_school_year.setSuffix(self.tr(" seminarier"))
        self.per_school_year.setToolTip(
            self.tr(
                "För omgångar över flera läsår: minst så många seminarier varje läsår, utöver "
                "omgångens krav för hela omgången. 0 betyder inget sådant krav."
            )
        )
        form = self.form
        form.addRow(self.tr("&Namn:"), self.errors.wrap("name", self.name))
        form.addRow(self.tr("&Arrangör:"), self.errors.wrap("organiser", self.organiser))
        form.addRow(self.tr("&Kontaktperson:"), self.errors.wrap("contact_person", self.contact))
        form.addRow(self.tr("&Beskrivning:"), self.description)
        form.addRow("", self.meetings_count)
        form.addRow(
            self.tr("Minst per &läsår:"),
            self.errors.wrap("min_per_school_year", self.per_school_year),
        )
        self._fields: dict[str, QWidget] = {
            "name": self.name,
            "organiser": self.organiser,
            "contact_person": self.contact,
            "description": self.description,
            "archived": self.archived,
            "meetings_count": self.meetings_count,
        }
        if details is not None:
            form.addRow("", self.archived)
            self._show(details)
        self.name_error = self.errors.label("name")
        self.save = lambda: self._save_with(save)

    @property
    def details(self) -> ProgrammeDetails | None:
        """The programme as the edit started from it (read again when the user reloaded it)."""
        return self._details

    def _show(self, details: ProgrammeDetails) -> None:
        show_record(self._fields, details)
        self.per_school_year.setValue(details.min_per_school_year or 0)

    def _reload(self) -> None:
        """Show the programme as it is saved now (another coordinator changed it)."""
        assert self._read is not None
        self._details = self._read()
        self._show(self._details)

    def data(self) -> ProgrammeInput:
        """What the user typed."""
        return ProgrammeInput(
            **field_values(self._fields),
            min_per_school_year=self.per_school_year.value() or None,
        )

    def _save_with(self, save: Callable[[ProgrammeInput, int | None], object]) -> None:
        data = self.data()
        details = self._details
        results: list[object] = []
        if details is None:
            results.append(save(data, None))
        elif not save_unless_stale(
            self, lambda version: results.append(save(data, version)), details.version, self._reload
        ):
            raise KeepOpen
        self.saved = data
        self.result_value = results[-1]
        self.saved_id = (
            self.result_value
            if isinstance(self.result_value, int)
            else getattr(details, "id", None)
        )

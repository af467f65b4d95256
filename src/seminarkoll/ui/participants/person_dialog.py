"""Create or edit a person; a new person who looks like an existing one opens a chooser."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.ui.field_values import field_values, show_record
from seminarkoll.ui.forms import FormDialog, KeepOpen, push_button, wrapped_label
from seminarkoll.ui.participants.duplicates_dialog import likeness_text
from seminarkoll.ui.sorting import swedish_sorted
from seminarkoll.ui.stale_edit import save_unless_stale

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.services.participants import DuplicateSuggestion, PersonInput


class PersonDialog(FormDialog):
    """Name, e-mail, phone, title, workplace, organisation, lecturer flag and notes.

    After Save, `saved_id` is the person to use: the new or edited one, or an existing person
    the user picked in the duplicate chooser (`used_existing` is then True)."""

    def __init__(
        self,
        services: Services,
        person_id: int | None = None,
        parent: QWidget | None = None,
        *,
        first_name: str = "",
    ) -> None:
        super().__init__(
            self.tr("Ny person") if person_id is None else self.tr("Redigera person"), parent
        )
        self.setObjectName("personDialog")
        self._services = services
        self.person_id = person_id
        self._version: int | None = None
        self.saved_id: int | None = None
        self.used_existing = False
        self.first_name = QLineEdit(first_name)
        self.first_name.setObjectName("firstName")
        self.last_name = QLineEdit()
        self.last_name.setObjectName("lastName")
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.email.setPlaceholderText(self.tr("namn@exempel.se"))
        self.phone = QLineEdit()
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("t.ex. Förstelärare"))
        self.workplace = QComboBox()
        self.workplace.setObjectName("workplace")
        self.workplace.setEditable(True)
        self.workplace.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        new_workplace = push_button(self.tr("Ny …"), self._new_workplace)
        new_workplace.setToolTip(self.tr("Lägg till en arbetsplats"))
        workplace_row = QWidget()
        row_layout = QHBoxLayout(workplace_row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.workplace, 1)
        row_layout.addWidget(new_workplace)
        self.organisation = QLineEdit()
        self.lecturer = QCheckBox(self.tr("Gästföreläsare"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(70)
        self.add_field("first_name", self.tr("&Förnamn:"), self.first_name)
        self.add_field("last_name", self.tr("&Efternamn:"), self.last_name)
        self.add_field("email", self.tr("E-&post:"), self.email)
        self.add_field("phone", self.tr("&Telefon:"), self.phone)
        self.add_field("title", self.tr("&Befattning:"), self.title_edit)
        self.add_field("workplace_id", self.tr("&Arbetsplats:"), workplace_row)
        self.add_field("organisation", self.tr("&Organisation:"), self.organisation)
        self.form.addRow("", self.lecturer)
        self.add_field("notes", self.tr("A&nteckningar:"), self.notes)
        self._fields: dict[str, QWidget] = {
            "first_name": self.first_name,
            "last_name": self.last_name,
            "email": self.email,
            "phone": self.phone,
            "title": self.title_edit,
            "organisation": self.organisation,
            "is_lecturer": self.lecturer,
            "notes": self.notes,
        }
        self._fill_workplaces(None)
        if person_id is not None:
            self._load(person_id)
        self.save = self._save

    def _fill_workplaces(self, chosen: int | None) -> None:
        self.workplace.clear()
        self.workplace.addItem(self.tr("(ingen)"), None)
        for row in swedish_sorted(self._services.workplaces.workplaces(), lambda w: w.name):
            self.workplace.addItem(row.name, row.id)
        self.workplace.setCurrentIndex(max(self.workplace.findData(chosen), 0))

    def _load(self, person_id: int) -> None:
        person = self._services.participants.person(person_id)
        self._version = person.version
        show_record(self._fields, person)
        self._fill_workplaces(person.workplace_id)

    def _new_workplace(self) -> None:
        from seminarkoll.ui.participants.workplaces import WorkplaceDialog

        dialog = WorkplaceDialog(self._services, None, self)
        if dialog.exec() and dialog.saved_id is not None:
            self._fill_workplaces(dialog.saved_id)

    def data(self) -> PersonInput:
        """What the user typed."""
        from seminarkoll.services.participants import PersonInput

        workplace = self.workplace.currentData()
        if self.workplace.currentText() != self.workplace.itemText(self.workplace.currentIndex()):
            workplace = None
        return PersonInput(**field_values(self._fields), workplace_id=workplace)

    def _save(self) -> None:
        data = self.data()
        participants = self._services.participants
        person_id = self.person_id
        if person_id is not None:
            if not save_unless_stale(
                self,
                lambda version: participants.update(person_id, data, version=version),
                self._version,
                lambda: self._load(person_id),
            ):
                raise KeepOpen
            self.saved_id = person_id
            return
        suggestions = participants.suggest_duplicates(data)
        if suggestions:
            chooser = DuplicateChooser(suggestions, self)
            if not chooser.exec():
                raise KeepOpen
            if chooser.chosen_id is not None:
                self.saved_id, self.used_existing = chooser.chosen_id, True
                return
        self.saved_id = participants.create(data)


class DuplicateChooser(QDialog):
    """Shows existing persons who look like the new one; the user picks one or creates anew.

    `chosen_id` is the existing person to use, or None for "create a new person". A match on
    the same e-mail address cannot be created again (addresses are unique)."""

    def __init__(
        self, suggestions: tuple[DuplicateSuggestion, ...], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateChooser")
        self.setWindowTitle(self.tr("Finns personen redan?"))
        self.setMinimumWidth(520)
        self.chosen_id: int | None = None
        self._suggestions = suggestions
        intro = wrapped_label(
            self.tr(
                "Det finns redan personer som liknar den du lägger till. Välj en befintlig "
                "person, eller skapa en ny om det är någon annan."
            )
        )
        lines = []
        for suggestion in suggestions:
            person = suggestion.person
            details = ", ".join(
                part for part in (person.workplace_name, person.email, person.title) if part
            )
            reason = likeness_text(suggestion.likeness, person.workplace_name)
            lines.append(f"{person.name} – {details}\n{reason}")
        self.list = QListView()
        self.list.setObjectName("duplicateList")
        self.list.setModel(QStringListModel(lines, self))
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.setSpacing(3)
        self.list.setCurrentIndex(self.list.model().index(0, 0))
        self.list.doubleClicked.connect(lambda _index: self._use_existing())
        buttons = QDialogButtonBox()
        self.use_button = buttons.addButton(
            self.tr("&Använd vald person"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.use_button.setObjectName("useExisting")
        self.create_button = buttons.addButton(
            self.tr("&Skapa ny ändå"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.create_button.setObjectName("createNew")
        back = buttons.addButton(self.tr("&Tillbaka"), QDialogButtonBox.ButtonRole.RejectRole)
        self.use_button.clicked.connect(self._use_existing)
        self.create_button.clicked.connect(self._create_new)
        back.clicked.connect(self.reject)
        self.note = wrapped_label()
        self.note.setStyleSheet("color: #8a5a00;")
        if any(s.same_email for s in suggestions):
            self.create_button.setEnabled(False)
            self.note.setText(
                self.tr(
                    "E-postadressen används redan, så en ny person med samma adress kan inte "
                    "skapas. Gå tillbaka och ändra adressen om det är någon annan."
                )
            )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.use_button.setDefault(True)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _use_existing(self) -> None:
        row = self.list.currentIndex().row()
        if row < 0:
            return
        self.chosen_id = self._suggestions[row].person.id
        self.accept()

    def _create_new(self) -> None:
        self.chosen_id = None
        self.accept()


def edit_person(
    services: Services, person_id: int | None, parent: QWidget | None = None
) -> int | None:
    """Open the dialog; the saved (or chosen) person's id, or None when cancelled."""
    dialog = PersonDialog(services, person_id, parent)
    return dialog.saved_id if dialog.exec() else None

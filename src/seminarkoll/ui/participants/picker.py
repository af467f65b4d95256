"""Choosing persons from the register: enrolment into a cohort and walk-ins at a seminar."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.catalog import cohort_title
from seminarkoll.domain.enums import EnrollmentStatus
from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.translation import filled
from seminarkoll.ui.attendance.labels import enrolment_label
from seminarkoll.ui.formatting import qdate
from seminarkoll.ui.forms import date_edit, push_button, wrapped_label
from seminarkoll.ui.messages import show_error
from seminarkoll.ui.participants.register_model import PERSON_ROLE, PersonTableModel
from seminarkoll.ui.table_view import prepare_row_table

if TYPE_CHECKING:
    from seminarkoll.services.attendance import SignOffSheet
    from seminarkoll.services.container import Services

SEARCH_DELAY_MS = 120


class PersonSearchPanel(QWidget):
    """A search field over the register table; typing narrows the list as you type."""

    activated = Signal(int)

    def __init__(
        self,
        services: Services,
        *,
        multi: bool,
        exclude: Collection[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._exclude = set(exclude)
        self.model = PersonTableModel(self)
        self.search = QLineEdit()
        self.search.setObjectName("personSearch")
        self.search.setPlaceholderText(self.tr("Sök namn, e-post, arbetsplats …"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.search.returnPressed.connect(self._enter)
        self.table = QTableView()
        self.table.setObjectName("personTable")
        prepare_row_table(
            self.table,
            self.model,
            PersonTableModel.LAST,
            QAbstractItemView.SelectionMode.ExtendedSelection
            if multi
            else QAbstractItemView.SelectionMode.SingleSelection,
        )
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column in (PersonTableModel.PHONE, PersonTableModel.ROLE):
            self.table.hideColumn(column)
        self.table.setColumnWidth(PersonTableModel.LAST, 140)
        self.table.setColumnWidth(PersonTableModel.FIRST, 120)
        self.table.setColumnWidth(PersonTableModel.WORKPLACE, 180)
        self.table.doubleClicked.connect(self._activated)
        self.count = QLabel()
        self.count.setStyleSheet("color: #52606d;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        """Load the register again, optionally selecting one person."""
        rows = [r for r in self._services.participants.register() if r.id not in self._exclude]
        self.model.set_rows(rows)
        self.apply_search()
        if select_id is not None:
            self.select(select_id)

    def apply_search(self) -> None:
        """Narrow the list to the persons matching the search text now."""
        self._timer.stop()
        text = self.search.text().strip()
        self.model.set_matches(self._services.participants.search(text) if text else None)
        self.count.setText(
            filled(self.tr("%1 av %2 personer"), str(self.model.rowCount()), str(self.model.total))
        )
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def select(self, person_id: int) -> None:
        """Select `person_id`, clearing the search if it hides them."""
        row = self.model.row_of(person_id)
        if row is None:
            self.search.clear()
            self.apply_search()
            row = self.model.row_of(person_id)
        if row is not None:
            self.table.selectionModel().select(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(self.model.index(row, 0))

    def selected_ids(self) -> list[int]:
        """The selected persons' ids."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [int(self.model.index(r, 0).data(PERSON_ROLE)) for r in rows]

    def _enter(self) -> None:
        self.apply_search()
        if self.model.rowCount() == 1:
            self.activated.emit(int(self.model.index(0, 0).data(PERSON_ROLE)))
        else:
            self.table.setFocus()

    def _activated(self) -> None:
        ids = self.selected_ids()
        if len(ids) == 1:
            self.activated.emit(ids[0])


class EnrolDialog(QDialog):
    """Enrol persons in a cohort: choose the persons (unless given) and the cohort (unless
    given), the status and the start date."""

    def __init__(
        self,
        services: Services,
        *,
        person_ids: Sequence[int] | None = None,
        cohort_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("enrolDialog")
        self.setWindowTitle(self.tr("Anta till omgång"))
        self.resize(760, 560 if person_ids is None else 260)
        self._services = services
        self._person_ids = list(person_ids) if person_ids is not None else None
        self.result_text = ""
        self.added = 0
        layout = QVBoxLayout(self)
        self.panel: PersonSearchPanel | None = None
        if person_ids is None:
            enrolled = set()
            if cohort_id is not None:
                enrolled = {r.person_id for r in services.enrollment.roster(cohort_id)}
            layout.addWidget(
                QLabel(self.tr("Välj en eller flera personer (Ctrl/Skift för flera):"))
            )
            self.panel = PersonSearchPanel(services, multi=True, exclude=enrolled, parent=self)
            self.panel.activated.connect(lambda _pid: self._accept())
            layout.addWidget(self.panel, 1)
            new = push_button(self.tr("Ny &person …"), self._new_person)
            layout.addWidget(new, 0, Qt.AlignmentFlag.AlignLeft)
        else:
            count = len(person_ids)
            layout.addWidget(
                QLabel(
                    self.tr("1 person vald.")
                    if count == 1
                    else self.tr("%1 personer valda.").replace("%1", str(count))
                )
            )
        form = QFormLayout()
        self.cohort = QComboBox()
        self.cohort.setObjectName("cohortChoice")
        for programme in services.catalog.programmes():
            for cohort in programme.cohorts:
                self.cohort.addItem(
                    cohort_title(programme.name, cohort.name, cohort.school_year), cohort.id
                )
        if cohort_id is not None:
            self.cohort.setCurrentIndex(self.cohort.findData(cohort_id))
            self.cohort.setEnabled(False)
        self.status = QComboBox()
        for status in (
            EnrollmentStatus.ENROLLED,
            EnrollmentStatus.ACCEPTED,
            EnrollmentStatus.APPLIED,
        ):
            self.status.addItem(enrolment_label(status), status)
        self.joined = date_edit()
        self.cohort.currentIndexChanged.connect(self._cohort_changed)
        self._cohort_changed()
        form.addRow(self.tr("&Omgång:"), self.cohort)
        form.addRow(self.tr("&Status:"), self.status)
        form.addRow(self.tr("S&tartdatum:"), self.joined)
        hint = QLabel(
            self.tr("Seminarier före startdatumet räknas inte mot den som börjar senare.")
        )
        hint.setStyleSheet("color: #52606d;")
        form.addRow("", hint)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Anta"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if self.panel is not None:
            self.panel.search.setFocus()

    def _cohort_changed(self) -> None:
        cohort_id = self.cohort.currentData()
        if cohort_id is None:
            return
        try:
            joined = self._services.enrollment.joining_date(int(cohort_id))
        except DomainError:
            return
        self.joined.setDate(qdate(joined))

    def _new_person(self) -> None:
        from seminarkoll.ui.participants.person_dialog import edit_person

        assert self.panel is not None
        person_id = edit_person(self._services, None, self)
        if person_id is not None:
            self.panel.reload(select_id=person_id)

    def chosen_ids(self) -> list[int]:
        """The persons to enrol."""
        if self._person_ids is not None:
            return self._person_ids
        assert self.panel is not None
        return self.panel.selected_ids()

    def _accept(self) -> None:
        ids = self.chosen_ids()
        cohort_id = self.cohort.currentData()
        if not ids or cohort_id is None:
            show_error(self, self.tr("Anta till omgång"), self.tr("Välj minst en person."))
            return
        try:
            result = self._services.enrollment.enrol(
                int(cohort_id),
                ids,
                EnrollmentStatus(self.status.currentData()),
                self.joined.date().toPython(),  # type: ignore[arg-type]
            )
        except DomainError as exc:
            show_error(self, self.tr("Antagningen kunde inte sparas"), exc)
            return
        self.added = len(result.added)
        parts = [
            filled(self.tr("%1 antogs till %2."), str(len(result.added)), self.cohort.currentText())
        ]
        if result.already:
            parts.append(self.tr("Redan antagna: %1.").replace("%1", ", ".join(result.already)))
        self.result_text = " ".join(parts)
        self.accept()


class WalkInDialog(QDialog):
    """Pick (or create) someone who came to the seminar without being on the list, and
    choose whether they join the cohort or only visit."""

    def __init__(
        self, services: Services, sheet: SignOffSheet, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("walkInDialog")
        self.setWindowTitle(self.tr("Lägg till besökare"))
        self.resize(760, 560)
        self._services = services
        self.person_id: int | None = None
        self.join_cohort = True
        on_list = {r.person_id for r in sheet.rows}
        intro = wrapped_label(
            self.tr(
                "Sök personen i registret, eller lägg till en ny person. Hen markeras som "
                "närvarande vid seminarium %1."
            ).replace("%1", str(sheet.seminar.number))
        )
        self.panel = PersonSearchPanel(services, multi=False, exclude=on_list, parent=self)
        self.panel.activated.connect(lambda _pid: self._accept())
        new = push_button(self.tr("Ny &person …"), self._new_person)
        new.setObjectName("newPerson")
        self.join = QRadioButton(
            self.tr("&Anta till %1 från och med detta seminarium").replace("%1", sheet.cohort_name)
        )
        self.join.setObjectName("joinCohort")
        self.join.setChecked(True)
        self.visit = QRadioButton(
            self.tr("&Bara besök vid detta seminarium (räknas inte som deltagare)")
        )
        self.visit.setObjectName("visitOnly")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("&Lägg till som närvarande")
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(new)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.panel, 1)
        layout.addLayout(row)
        layout.addWidget(self.join)
        layout.addWidget(self.visit)
        layout.addWidget(buttons)
        self.panel.search.setFocus()

    def _new_person(self) -> None:
        from seminarkoll.ui.participants.person_dialog import edit_person

        person_id = edit_person(self._services, None, self)
        if person_id is not None:
            self.panel.reload(select_id=person_id)

    def _accept(self) -> None:
        ids = self.panel.selected_ids()
        if len(ids) != 1:
            show_error(self, self.tr("Lägg till besökare"), self.tr("Välj en person i listan."))
            return
        self.person_id = ids[0]
        self.join_cohort = self.join.isChecked()
        self.accept()

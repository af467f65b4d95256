"""The seminar dialog: title, date, times, place, theme area, agenda, notes and lecturers."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.schedule import date_warnings
from seminarkoll.domain.translation import filled
from seminarkoll.services.schedule import LecturerAssignment, SeminarInput
from seminarkoll.ui.formatting import long_date, qdate
from seminarkoll.ui.forms import (
    date_edit,
    push_button,
    pytime,
    qtime,
    save_cancel_buttons,
    span_box,
    wrapped_label,
)
from seminarkoll.ui.planning.edit_dialog import EditDialog
from seminarkoll.ui.planning.lecturer_dialogs import LecturerDialog, LecturerPickerDialog
from seminarkoll.ui.planning.models import LecturerRow, SeminarLecturersModel
from seminarkoll.ui.planning.seminar_fields import time_and_place
from seminarkoll.ui.settings import app_settings
from seminarkoll.ui.table_view import prepare_row_table
from seminarkoll.ui.window_size import grow_to_fit

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.services.schedule import SeminarDetails, SeminarForm, SeminarSaved

WARNING_STYLE = "color: #8a5a00;"


def colour_icon(colour: str, size: int = 12) -> QIcon:
    """A small filled square in `colour`, for theme areas in lists."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class SeminarDialog(EditDialog["SeminarDetails", SeminarInput]):
    """Adds a seminar to a cohort, or edits `details`; problems show next to the fields and
    nothing is saved until they are fixed. Weekend, holiday and break dates are warned about."""

    def __init__(
        self,
        services: Services,
        form: SeminarForm,
        details: SeminarDetails | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, details, parent)
        self._form = form
        self.saved: SeminarSaved | None = None
        self.setObjectName("seminarDialog")
        self.setWindowTitle(
            self.tr("Nytt seminarium")
            if details is None
            else self.tr("Seminarium %1").replace("%1", str(details.number))
        )
        self.setMinimumWidth(780)
        context = QLabel(
            filled(
                self.tr("%1 – %2 (läsår %3)"),
                form.programme_name,
                form.cohort_name,
                form.school_year,
            )
        )
        context.setObjectName("pageSubtitle")
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("t.ex. Skolans ekonomi och styrning"))
        self.date = date_edit()
        self.date.setMinimumDate(qdate(date(form.start_date.year - 1, 1, 1)))
        self.date.setMaximumDate(qdate(date(form.end_date.year + 1, 12, 31)))
        self.weekday = QLabel()
        self.weekday.setObjectName("pageSubtitle")
        self.warnings = wrapped_label()
        self.warnings.setObjectName("dateWarnings")
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.start_time, self.end_time, self.location = time_and_place()
        completer = QCompleter(list(form.places), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.location.setCompleter(completer)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("(inget temaområde)"), None)
        for theme in form.themes:
            self.theme.addItem(colour_icon(theme.colour), theme.name, theme.id)
        self.lecturer_model = SeminarLecturersModel(self)
        self.lecturers = QTableView()
        self.lecturers.setObjectName("seminarLecturers")
        prepare_row_table(
            self.lecturers,
            self.lecturer_model,
            None,
            QAbstractItemView.SelectionMode.SingleSelection,
            editing=QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed,
        )
        self.lecturers.setFixedHeight(118)
        header = self.lecturers.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(
            SeminarLecturersModel.NAME, QHeaderView.ResizeMode.ResizeToContents
        )
        self.pick_button = push_button(self.tr("Från &registret …"), self.pick_lecturers)
        self.new_lecturer_button = push_button(self.tr("N&y föreläsare …"), self.new_lecturer)
        self.remove_lecturer_button = push_button(self.tr("Ta &bort"), self.remove_lecturer)
        self.lecturers.installEventFilter(self)
        self.agenda = QPlainTextEdit()
        self.agenda.setPlaceholderText(self.tr("Upplägg: föreläsning, samtal i grupper …"))
        self.agenda.setFixedHeight(80)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Egna anteckningar: lokalbokning, fika, material …"))
        self.notes.setFixedHeight(60)

        date_row = QHBoxLayout()
        date_row.addWidget(self.date)
        date_row.addWidget(self.weekday, 1)
        date_box = QWidget()
        date_box.setLayout(date_row)
        date_row.setContentsMargins(0, 0, 0, 0)
        time_box = span_box(self.start_time, self.end_time)
        lecturer_buttons = QVBoxLayout()
        for button in (self.pick_button, self.new_lecturer_button, self.remove_lecturer_button):
            lecturer_buttons.addWidget(button)
        lecturer_buttons.addStretch(1)
        lecturer_row = QHBoxLayout()
        lecturer_row.setContentsMargins(0, 0, 0, 0)
        lecturer_row.addWidget(self.lecturers, 1)
        lecturer_row.addLayout(lecturer_buttons)
        lecturer_box = QWidget()
        lecturer_box.setLayout(lecturer_row)
        date_field = QWidget()
        date_layout = QVBoxLayout(date_field)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.setSpacing(2)
        date_layout.addWidget(self.errors.wrap("date", self.date, date_box))
        date_layout.addWidget(self.warnings)

        form_layout = QFormLayout()
        form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form_layout.addRow(self.tr("&Titel:"), self.errors.wrap("title", self.title))
        form_layout.addRow(self.tr("&Datum:"), date_field)
        form_layout.addRow(self.tr("T&id:"), self.errors.wrap("end_time", self.end_time, time_box))
        self.errors.alias("start_time", "end_time")
        form_layout.addRow(self.tr("&Plats:"), self.errors.wrap("location", self.location))
        form_layout.addRow(self.tr("T&emaområde:"), self.errors.wrap("theme", self.theme))
        form_layout.addRow(
            self.tr("Föreläsare:"), self.errors.wrap("lecturers", self.lecturers, lecturer_box)
        )
        form_layout.addRow(self.tr("&Agenda:"), self.agenda)
        form_layout.addRow(self.tr("&Anteckningar:"), self.notes)
        self.buttons = save_cancel_buttons(self, self._accept)
        layout = QVBoxLayout(self)
        layout.addWidget(context)
        layout.addSpacing(4)
        layout.addLayout(form_layout)
        layout.addWidget(self.errors.general)
        layout.addWidget(self.buttons)
        self.date.dateChanged.connect(self._date_changed)
        self._fill(details)
        geometry = app_settings().value("seminarDialog/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete (or Backspace) in the lecturer list takes the lecturer off the seminar."""
        if (
            watched is self.lecturers
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.lecturers.state() != QAbstractItemView.State.EditingState
        ):
            self.remove_lecturer()
            return True
        return super().eventFilter(watched, event)

    # -- filling and reading ------------------------------------------------------------------
    def _fill(self, details: SeminarDetails | None) -> None:
        form = self._form
        if details is None:
            self.date.setDate(qdate(form.suggested_date))
            self.start_time.setTime(qtime(form.start_time))
            self.end_time.setTime(qtime(form.end_time))
            self.location.setText(form.location)
        else:
            self.title.setText(details.title)
            self.date.setDate(qdate(details.date))
            self.start_time.setTime(qtime(details.start_time or form.start_time))
            self.end_time.setTime(qtime(details.end_time or form.end_time))
            self.location.setText(details.location)
            index = self.theme.findData(details.theme_id)
            self.theme.setCurrentIndex(max(index, 0))
            self.agenda.setPlainText(details.description)
            self.notes.setPlainText(details.notes)
            self.lecturer_model.set_rows(
                [
                    LecturerRow(
                        lecturer.person_id,
                        lecturer.name,
                        lecturer.title,
                        lecturer.organisation,
                        lecturer.topic,
                    )
                    for lecturer in details.lecturers
                ]
            )
        self._date_changed()

    def current(self) -> SeminarInput:
        """What the dialog holds now."""
        return SeminarInput(
            title=self.title.text(),
            date=self.date.date().toPython(),  # type: ignore[arg-type]
            start_time=pytime(self.start_time.time()),
            end_time=pytime(self.end_time.time()),
            location=self.location.text(),
            theme_id=self.theme.currentData(),
            description=self.agenda.toPlainText(),
            notes=self.notes.toPlainText(),
            lecturers=tuple(
                LecturerAssignment(row.person_id, row.topic, row.new)
                for row in self.lecturer_model.rows()
            ),
        )

    def _date_changed(self) -> None:
        day: date = self.date.date().toPython()  # type: ignore[assignment]
        self.weekday.setText(
            filled(self.tr("%1, vecka %2"), long_date(day), str(day.isocalendar().week))
        )
        warnings = date_warnings(day, self._form.sportlov_week)
        if day in self._form.other_dates(self._details.id if self._details else None):
            warnings.insert(0, self.tr("Omgången har redan ett seminarium den dagen."))
        self.warnings.setText("\n".join(f"⚠ {w}" for w in warnings))
        self.warnings.setVisible(bool(warnings))
        if warnings:
            grow_to_fit(self)

    # -- lecturers ----------------------------------------------------------------------------
    def pick_lecturers(self) -> None:
        """Add lecturers from the register."""
        picker = LecturerPickerDialog(
            self._services.lecturers, self.lecturer_model.person_ids(), self
        )
        if picker.exec():
            for lecturer in picker.chosen:
                self.lecturer_model.append(
                    LecturerRow(lecturer.id, lecturer.name, lecturer.title, lecturer.organisation)
                )
            self.lecturers.setFocus()

    def new_lecturer(self) -> None:
        """Describe a new lecturer; they join the register when the seminar is saved."""
        dialog = LecturerDialog(
            self._services.lecturers.check, self._services.lecturers.title_suggestions(), None, self
        )
        if dialog.exec() and dialog.data is not None:
            data = dialog.data
            name = f"{data.first_name.strip()} {data.last_name.strip()}".strip()
            self.lecturer_model.append(
                LecturerRow(None, name, data.title.strip(), data.organisation.strip(), new=data)
            )
            self.lecturers.setFocus()

    def remove_lecturer(self) -> None:
        """Take the selected lecturer off this seminar (the register keeps them)."""
        rows = self.lecturers.selectionModel().selectedRows()
        if rows:
            self.lecturer_model.remove(rows[0].row())

    # -- saving -------------------------------------------------------------------------------
    def _create(self, data: SeminarInput) -> None:
        self.saved = self._services.schedule.add_seminar(self._form.cohort_id, data)

    def _update(self, data: SeminarInput, version: int | None) -> None:
        assert self._details is not None
        self.saved = self._services.schedule.update_seminar(self._details.id, data, version=version)

    def _reload(self) -> None:
        """Show the seminar as it is saved now (another coordinator changed it)."""
        assert self._details is not None
        self._details = self._services.schedule.seminar(self._details.id)
        self._fill(self._details)

    def done(self, result: int) -> None:
        app_settings().setValue("seminarDialog/geometry", self.saveGeometry())
        super().done(result)

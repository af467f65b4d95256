"""The "Ny omgång" dialog (empty, from the template, or a copy) and editing a cohort."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.calendar import (
    MAX_COHORT_SCHOOL_YEARS,
    SPORTLOV_WEEKS,
    SchoolYear,
    school_years_between,
)
from seminarkoll.domain.catalog import cohort_status_word
from seminarkoll.domain.dates import weekday_name
from seminarkoll.domain.enums import CohortStatus
from seminarkoll.domain.errors import DomainError, ValidationError
from seminarkoll.domain.schedule import MAX_SEMINAR_COUNT
from seminarkoll.services.planning import (
    CohortInput,
    CohortStart,
    CopyStart,
    EmptyStart,
    TemplateStart,
)
from seminarkoll.ui.field_values import field_values, set_value, show_record
from seminarkoll.ui.formatting import qdate
from seminarkoll.ui.forms import (
    date_edit,
    pytime,
    qtime,
    save_cancel_buttons,
    span_box,
    wrapped_label,
)
from seminarkoll.ui.planning.edit_dialog import EditDialog
from seminarkoll.ui.planning.models import PlanPreviewModel
from seminarkoll.ui.planning.seminar_fields import time_and_place
from seminarkoll.ui.settings import app_settings
from seminarkoll.ui.table_view import prepare_row_table
from seminarkoll.ui.window_size import resize_within_screen

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.services.planning import CohortCreated, CohortDetails

EMPTY, TEMPLATE, COPY = range(3)
PREVIEW_DELAY_MS = 120
THURSDAY = 3


class CohortDialog(EditDialog["CohortDetails", CohortInput]):
    """A new cohort (`details` None) of one of `programmes`, or an existing cohort to edit.

    New: programme, name, school year, dates, completion requirement, and how to start:
    empty, from the template (weekday, times, place) or as a copy of an earlier
    cohort, with a preview of the seminars. Problems show next to the fields.
    """

    def __init__(
        self,
        services: Services,
        programmes: Sequence[tuple[int, str]] = (),
        programme_id: int | None = None,
        details: CohortDetails | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, details, parent)
        self._dates_touched = details is not None
        self._filling = False
        self.created: CohortCreated | None = None
        self.updated: CohortDetails | None = None
        self.setObjectName("cohortDialog")
        self.setWindowTitle(self.tr("Ny omgång") if details is None else self.tr("Redigera omgång"))
        self.setMinimumWidth(820)
        resize_within_screen(self, 920, 740 if details is None else 420)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self.update_preview)

        self.programme = QComboBox()
        for pid, name in programmes:
            self.programme.addItem(name, pid)
        self.name = QLineEdit()
        self.school_year = QLineEdit()
        self.school_year.setPlaceholderText("2024/2025")
        self.school_year.setMaximumWidth(120)
        self.start_date = date_edit()
        self.end_date = date_edit()
        self.status = QComboBox()
        for status in CohortStatus:
            self.status.addItem(cohort_status_word(status), status)
        self.min_attended = QSpinBox()
        self.min_attended.setRange(0, MAX_SEMINAR_COUNT)
        self.count = QSpinBox()
        self.count.setRange(1, MAX_SEMINAR_COUNT)
        self.count.setValue(7)
        self.excused = QCheckBox(self.tr("Anmäld frånvaro räknas som närvaro"))
        self.late = QCheckBox(self.tr("Sen ankomst räknas som närvaro"))
        self.each_theme = QCheckBox(self.tr("Minst ett seminarium i varje temaområde"))
        self.makeup = QCheckBox(
            self.tr("En godkänd kompletteringsuppgift ersätter ett missat seminarium")
        )
        self.notes = QPlainTextEdit()
        self.notes.setMinimumHeight(54)
        self.sportlov = QComboBox()
        for week in SPORTLOV_WEEKS:
            self.sportlov.addItem(self.tr("vecka %1").replace("%1", str(week)), week)
        self.sportlov.setToolTip(
            self.tr(
                "Kommunens sportlovsvecka. Mallen lägger inga seminarier då, och ett seminarium "
                "som flyttas dit ger en varning."
            )
        )

        self._shared: dict[str, QWidget] = {
            "name": self.name,
            "school_year": self.school_year,
            "start_date": self.start_date,
            "end_date": self.end_date,
            "min_attended": self.min_attended,
            "excused_counts_as_attended": self.excused,
            "late_counts_as_present": self.late,
            "require_each_theme": self.each_theme,
            "allow_makeup": self.makeup,
            "sportlov_week": self.sportlov,
        }
        """The fields a new cohort takes from the programme's defaults and an edit from the
        cohort (the seminar count is set first: it bounds the minimum attended)."""

        cohort_box = QGroupBox(self.tr("Omgång"))
        cohort_form = QFormLayout(cohort_box)
        if details is None:
            cohort_form.addRow(self.tr("&Program:"), self.errors.wrap("programme", self.programme))
        cohort_form.addRow(self.tr("&Namn:"), self.errors.wrap("name", self.name))
        cohort_form.addRow(self.tr("&Läsår:"), self.errors.wrap("school_year", self.school_year))
        dates_box = span_box(self.start_date, self.end_date)
        cohort_form.addRow(
            self.tr("&Datum:"), self.errors.wrap("start", self.start_date, dates_box)
        )
        self.errors.alias("end", "start")
        cohort_form.addRow(self.tr("Sp&ortlov:"), self.errors.wrap("sportlov_week", self.sportlov))
        cohort_form.addRow(self.tr("S&tatus:"), self.status)

        rules_box = QGroupBox(self.tr("Krav för att fullfölja"))
        rules = QVBoxLayout(rules_box)
        requirement = QHBoxLayout()
        requirement.addWidget(QLabel(self.tr("Minst")))
        requirement.addWidget(self.min_attended)
        self.count_label = QLabel()
        requirement.addWidget(self.count_label)
        requirement.addStretch(1)
        requirement_box = QWidget()
        requirement.setContentsMargins(0, 0, 0, 0)
        requirement_box.setLayout(requirement)
        rules.addWidget(self.errors.wrap("min_attended", self.min_attended, requirement_box))
        for box in (self.excused, self.late, self.each_theme, self.makeup):
            rules.addWidget(box)

        top = QHBoxLayout()
        top.addWidget(cohort_box, 3)
        top.addWidget(rules_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        if details is None:
            layout.addWidget(self._start_box(), 1)
        else:
            notes_box = QGroupBox(self.tr("Anteckningar"))
            QVBoxLayout(notes_box).addWidget(self.notes)
            layout.addWidget(notes_box)
        layout.addWidget(self.errors.general)
        self.buttons = save_cancel_buttons(self, self._accept)
        if details is None:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(
                self.tr("Skapa omgången")
            )
        layout.addWidget(self.buttons)

        self.school_year.textEdited.connect(self._school_year_edited)
        self.start_date.dateChanged.connect(self._dates_edited)
        self.end_date.dateChanged.connect(self._dates_edited)
        self.count.valueChanged.connect(self._count_changed)
        if details is None:
            self.programme.currentIndexChanged.connect(self._programme_changed)
            index = self.programme.findData(programme_id)
            self.programme.setCurrentIndex(max(index, 0))
            self._programme_changed()
        else:
            self._fill_details(details)

    # -- the start section (new cohorts) -------------------------------------------------------
    def _start_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Hur omgången börjar"))
        self.empty_radio = QRadioButton(self.tr("&Tom – jag lägger till seminarierna själv"))
        self.template_radio = QRadioButton(
            self.tr("Från &mall – seminarier spridda över läsåret, utan lov och helgdagar")
        )
        self.copy_radio = QRadioButton(
            self.tr(
                "&Kopiera en tidigare omgång – samma teman, titlar, föreläsare, tider och "
                "platser, flyttat till samma veckodag och vecka"
            )
        )
        self.start_group = QButtonGroup(self)
        for mode, radio in enumerate((self.empty_radio, self.template_radio, self.copy_radio)):
            self.start_group.addButton(radio, mode)
        self.weekday = QComboBox()
        for day in range(5):
            self.weekday.addItem(weekday_name(day, plural=True).capitalize(), day)
        self.start_time, self.end_time, self.location = time_and_place()
        self.source = QComboBox()
        self.preview_model = PlanPreviewModel(self)
        self.preview = QTableView()
        self.preview.setObjectName("cohortPreview")
        prepare_row_table(
            self.preview, self.preview_model, None, QAbstractItemView.SelectionMode.NoSelection
        )
        self.preview.setMinimumHeight(236)
        header = self.preview.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in (PlanPreviewModel.NUMBER, PlanPreviewModel.DATE, PlanPreviewModel.SOURCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PlanPreviewModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(PlanPreviewModel.THEME, 170)
        header.resizeSection(PlanPreviewModel.LECTURERS, 150)
        self.preview_note = wrapped_label()
        self.preview_note.setObjectName("pageSubtitle")
        self.preview_note.setMinimumHeight(2 * self.preview_note.fontMetrics().lineSpacing() + 4)

        self.count_options = _row(
            QLabel(self.tr("Antal seminarier:")), self.errors.wrap("count", self.count)
        )
        self.errors.alias("seminar_count", "count")
        self.errors.alias("autumn_count", "count")
        times = _row(self.start_time, QLabel("–"), self.end_time)
        self.template_options = _row(
            QLabel(self.tr("Veckodag:")),
            self.errors.wrap("weekday", self.weekday),
            QLabel(self.tr("Tid:")),
            self.errors.wrap("end_time", self.end_time, times),
            QLabel(self.tr("Plats:")),
            self.location,
            stretch_last=True,
        )
        self.copy_options = _row(
            QLabel(self.tr("Kopiera från:")),
            self.errors.wrap("source", self.source),
            stretch_last=True,
        )
        options = QHBoxLayout()
        options.setContentsMargins(0, 0, 0, 0)
        options.addWidget(self.count_options)
        options.addStretch(1)

        layout = QVBoxLayout(box)
        for radio in (self.empty_radio, self.template_radio, self.copy_radio):
            layout.addWidget(radio)
        layout.addLayout(options)
        layout.addWidget(self.template_options)
        layout.addWidget(self.copy_options)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.preview_note)

        settings = app_settings()
        self.weekday.setCurrentIndex(int(str(settings.value("newCohort/weekday", THURSDAY))))
        for control in (self.weekday, self.sportlov, self.source):
            control.currentIndexChanged.connect(self._options_changed)
        for edit in (self.start_time, self.end_time):
            edit.timeChanged.connect(self._options_changed)
        self.start_group.idToggled.connect(self._mode_toggled)
        return box

    def mode(self) -> int:
        """EMPTY, TEMPLATE or COPY."""
        return self.start_group.checkedId()

    def set_mode(self, mode: int) -> None:
        """Choose how the cohort starts."""
        button = self.start_group.button(mode)
        if button is not None:
            button.setChecked(True)

    def _mode_toggled(self, _mode: int, checked: bool) -> None:
        if checked:
            self._options_changed()

    def _programme_changed(self) -> None:
        programme_id = self.programme.currentData()
        if programme_id is None:
            return
        try:
            defaults = self._services.planning.cohort_defaults(int(programme_id))
        except DomainError as exc:
            self.errors.show(exc)
            return
        self._filling = True
        self.count.setValue(defaults.seminar_count)
        show_record(self._shared, defaults)
        self._dates_touched = False
        self.start_time.setTime(qtime(defaults.start_time))
        self.end_time.setTime(qtime(defaults.end_time))
        self.location.setText(defaults.location)
        self.source.clear()
        for cohort_id, label in defaults.copy_sources:
            self.source.addItem(label, cohort_id)
        self.copy_radio.setEnabled(bool(defaults.copy_sources))
        self._filling = False
        remembered = int(str(app_settings().value("newCohort/mode", TEMPLATE)))
        if defaults.copy_sources:
            self.set_mode(COPY)
        else:
            self.set_mode(EMPTY if remembered == EMPTY else TEMPLATE)
        self._count_changed()
        self._options_changed()

    def start(self) -> CohortStart:
        """How the cohort starts, from the controls."""
        mode = self.mode()
        if mode == TEMPLATE:
            return TemplateStart(
                weekday=int(self.weekday.currentData()),
                count=self.count.value(),
                start_time=pytime(self.start_time.time()),
                end_time=pytime(self.end_time.time()),
                location=self.location.text(),
            )
        if mode == COPY and self.source.currentData() is not None:
            return CopyStart(int(self.source.currentData()))
        return EmptyStart(self.count.value())

    def _options_changed(self) -> None:
        if self._filling or self._details is not None:
            return
        mode = self.mode()
        self.template_options.setVisible(mode == TEMPLATE)
        self.copy_options.setVisible(mode == COPY)
        self.count.setEnabled(mode != COPY)
        self._preview_timer.start()

    def update_preview(self) -> None:
        """Show the seminars the cohort would start with (or why it cannot)."""
        self._preview_timer.stop()
        programme_id = self.programme.currentData()
        if programme_id is None or self._details is not None:
            return
        start = self.start()
        copying = isinstance(start, CopyStart)
        for column in (PlanPreviewModel.THEME, PlanPreviewModel.LECTURERS, PlanPreviewModel.SOURCE):
            self.preview.setColumnHidden(column, not copying)
        try:
            planned = self._services.planning.preview_start(
                int(programme_id),
                self.school_year.text(),
                start,
                self.sportlov_week(),
                _pydate(self.end_date),
            )
        except ValidationError as exc:
            self.preview_model.set_rows(())
            self.preview_note.setText("⚠ " + " ".join(p.message for p in exc.problems))
            return
        self.preview_model.set_rows(planned)
        if isinstance(start, CopyStart):
            self.count.setValue(len(planned))
        if isinstance(start, EmptyStart):
            self.preview_note.setText(
                self.tr("Omgången skapas utan seminarier. Lägg till dem i schemat efteråt.")
            )
        elif isinstance(start, TemplateStart):
            self.preview_note.setText(
                self.tr(
                    "Titlarna är tillfälliga; ändra dem, temaområden och föreläsare i "
                    "schemat efteråt. Inga datum ligger på lov, helgdagar eller helgdagsaftnar."
                )
            )
        else:
            self.preview_note.setText(
                self.tr(
                    "Datumen flyttas till samma veckodag och vecka; hamnar ett på ett lov "
                    "eller en helgdag används närmaste lediga vecka. Anteckningar kopieras inte."
                )
            )

    # -- shared fields -------------------------------------------------------------------------
    def _fill_details(self, details: CohortDetails) -> None:
        self._filling = True
        self.count.setValue(max(details.seminar_count, 1))
        show_record(self._shared, details)
        set_value(self.status, details.status)
        self.notes.setPlainText(details.notes)
        self._filling = False
        self._count_changed()

    def sportlov_week(self) -> int:
        """The sportlov week chosen."""
        return int(self.sportlov.currentData())

    def _count_changed(self) -> None:
        count = self.count.value()
        if self._details is not None and self._details.seminar_count == 0:
            self.count_label.setText(self.tr("seminarier (omgången har inga seminarier än)"))
            return
        self.count_label.setText(self.tr("av %1 seminarier").replace("%1", str(count)))
        self.min_attended.setMaximum(count)
        if not self._filling and self._details is None:
            self._preview_timer.start()

    def _school_year_edited(self, text: str) -> None:
        try:
            year = SchoolYear.parse(text)
        except ValidationError:
            return
        if not self._dates_touched:
            years = len(school_years_between(_pydate(self.start_date), _pydate(self.end_date)))
            last = SchoolYear(year.first_year + min(max(years, 1), MAX_COHORT_SCHOOL_YEARS) - 1)
            self._filling = True
            self.start_date.setDate(qdate(year.start))
            self.end_date.setDate(qdate(last.end))
            self._filling = False
        if self._details is None:
            self._preview_timer.start()

    def _dates_edited(self) -> None:
        if not self._filling:
            self._dates_touched = True
            if self._details is None:
                self._preview_timer.start()

    def current(self) -> CohortInput:
        """What the dialog holds now."""
        programme_id = (
            self._details.programme_id
            if self._details is not None
            else int(self.programme.currentData() or 0)
        )
        return CohortInput(
            **field_values(self._shared),
            programme_id=programme_id,
            status=self.status.currentData(),
            notes=self.notes.toPlainText() if self._details is not None else "",
        )

    def _create(self, data: CohortInput) -> None:
        if self.programme.currentData() is None:
            raise ValidationError.single("programme", self.tr("Välj ett program först."))
        self.created = self._services.planning.create_cohort(data, self.start())
        self._remember()

    def _update(self, data: CohortInput, version: int | None) -> None:
        assert self._details is not None
        self.updated = self._services.planning.update_cohort(
            self._details.id, data, version=version
        )

    def _reload(self) -> None:
        """Show the cohort as it is saved now (another coordinator changed it)."""
        assert self._details is not None
        self._details = self._services.planning.cohort(self._details.id)
        self._fill_details(self._details)

    def _remember(self) -> None:
        settings = app_settings()
        settings.setValue("newCohort/mode", self.mode())
        settings.setValue("newCohort/weekday", self.weekday.currentIndex())


def _row(*widgets: QWidget, stretch_last: bool = False) -> QWidget:
    """Widgets side by side in a margin-free row."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for index, widget in enumerate(widgets):
        last = index == len(widgets) - 1
        layout.addWidget(widget, 1 if stretch_last and last else 0)
    if not stretch_last:
        layout.addStretch(1)
    return row


def _pydate(edit: QDateEdit) -> date:
    value = edit.date()
    return date(value.year(), value.month(), value.day())

"""The participant import window: file and columns, a preview of every row, then the import.

Reading, previewing and importing run off the GUI thread with a progress bar and a cancel
button. The column mapping is pre-filled from the header, can be changed, and is remembered
per set of header texts.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.translation import filled
from seminarkoll.services.import_columns import PARTICIPANT_COLUMNS, FieldColumns
from seminarkoll.services.participant_import import RowOutcome
from seminarkoll.ui.exchange.column_choices import ColumnChoices
from seminarkoll.ui.exchange.files import choose_save_file
from seminarkoll.ui.exchange.import_steps import (
    ImportSteps,
    error_message,
    import_table,
    step_page,
)
from seminarkoll.ui.exchange.models import (
    ImportPreviewModel,
    OutcomeFilterProxy,
    SheetPreviewModel,
)
from seminarkoll.ui.formatting import display_date, qdate
from seminarkoll.ui.forms import date_edit, push_button, wrapped_label
from seminarkoll.ui.messages import show_error

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.services.participant_import import (
        ImportPreview,
        ImportResult,
        ParticipantSheet,
    )
    from seminarkoll.services.progress import Progress

MAPPING_KEY = "import/mappings/"
"""Settings prefix: + header key -> JSON {field: column} the user chose for that header."""


class ParticipantImportDialog(ImportSteps):
    """Imports a participant list into a cohort in three steps; emits `imported(cohort_id)`."""

    imported = Signal(int)
    sheet: ParticipantSheet | None
    preview: ImportPreview | None

    def __init__(
        self,
        services: Services,
        cohort_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services.participant_import, parent)
        self._services = services
        self.import_result: ImportResult | None = None
        self.file_title = self.tr("Välj deltagarlista")
        self.unrecognised_header = self.tr(
            "Rubrikerna i filen känns inte igen. Välj själv vilken kolumn som har namnen "
            "(och e-post, skola …) – i listan här till vänster, eller genom att klicka "
            "på en kolumnrubrik i filen. Rad %1 räknas som rubrikrad."
        )
        self.setObjectName("participantImportDialog")
        self.setWindowTitle(self.tr("Importera deltagare"))
        self.resize(1000, 680)
        self.add_pages(self._mapping_page(cohort_id), self._preview_page(), self._done_page())

    # -- pages ------------------------------------------------------------------------------
    def _mapping_page(self, cohort_id: int | None) -> QWidget:
        self.cohort_combo = QComboBox()
        for programme in self._services.catalog.programmes():
            for cohort in programme.cohorts:
                self.cohort_combo.addItem(
                    f"{programme.name} – {cohort.name} ({cohort.school_year})", cohort.id
                )
        if cohort_id is not None and self.cohort_combo.findData(cohort_id) >= 0:
            self.cohort_combo.setCurrentIndex(self.cohort_combo.findData(cohort_id))
        top = QFormLayout()
        top.addRow(self.tr("Fil:"), self.file_chooser())
        top.addRow(self.tr("Till &omgång:"), self.cohort_combo)
        if not self.cohort_combo.count():
            self.cohort_combo.setPlaceholderText(
                self.tr("Det finns ingen omgång ännu – skapa en under Planering först")
            )
            self.cohort_combo.setEnabled(False)
        self.file_messages()
        self.remembered = wrapped_label()
        self.remembered.setStyleSheet("color: #52606d;")
        middle = self.columns_and_sample(
            ColumnChoices(PARTICIPANT_COLUMNS, MAPPING_KEY),
            SheetPreviewModel(self),
            self.remembered,
        )
        return step_page(top, self.file_error, self.file_warning, (middle, 1))

    def _preview_page(self) -> QWidget:
        self.summary = self.page_subtitle()
        self.filter_combo = QComboBox()
        self.filter_combo.addItem(self.tr("Alla rader"), None)
        self.filter_combo.addItem(self.tr("Nya"), [RowOutcome.NEW.value])
        self.filter_combo.addItem(self.tr("Uppdateras"), [RowOutcome.UPDATE.value])
        self.filter_combo.addItem(self.tr("Oförändrade"), [RowOutcome.UNCHANGED.value])
        self.filter_combo.addItem(
            self.tr("Problem och dubbletter"),
            [RowOutcome.ERROR.value, RowOutcome.DUPLICATE.value],
        )
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Sök i raderna …"))
        self.search.setClearButtonEnabled(True)
        show = QLabel(self.tr("&Visa:"))
        show.setBuddy(self.filter_combo)
        filters = QHBoxLayout()
        filters.addWidget(show)
        filters.addWidget(self.filter_combo)
        filters.addWidget(self.search, 1)
        self.preview_model = ImportPreviewModel(self)
        self.preview_proxy = OutcomeFilterProxy(self)
        self.preview_proxy.setSourceModel(self.preview_model)
        self.search.textChanged.connect(self.preview_proxy.setFilterFixedString)
        self.preview_view = import_table(self.preview_proxy, "importPreview")
        self.preview_view.sortByColumn(ImportPreviewModel.ROW, Qt.SortOrder.AscendingOrder)
        self.new_workplaces_label()
        self.skip_invalid = QCheckBox()
        self.skip_invalid.toggled.connect(self._update_buttons)
        self.fix_widgets()
        fix = QHBoxLayout()
        fix.addWidget(self.skip_invalid, 1)
        fix.addWidget(self.reload_button)
        self.joined = date_edit()
        self.joined.setObjectName("joinedOn")
        joined_label = QLabel(self.tr("&Antas från:"))
        joined_label.setBuddy(self.joined)
        joined_hint = QLabel(
            self.tr(
                "De som antas förväntas bara på seminarier från det datumet. Förslaget är i dag, "
                "eller omgångens start om inget seminarium har hållits än."
            )
        )
        joined_hint.setStyleSheet("color: #52606d;")
        joined_hint.setWordWrap(True)
        joined_row = QHBoxLayout()
        joined_row.addWidget(joined_label)
        joined_row.addWidget(self.joined)
        joined_row.addWidget(joined_hint, 1)
        self.preview_warning = wrapped_label()
        self.preview_warning.setStyleSheet("color: #7f6000;")
        self.preview_warning.hide()
        return step_page(
            self.summary,
            self.preview_warning,
            filters,
            (self.preview_view, 1),
            self.workplaces_label,
            joined_row,
            self.refused_label,
            fix,
        )

    def _done_page(self) -> QWidget:
        self.result_label = self.page_subtitle()
        self.skipped_model = ImportPreviewModel(self)
        self.skipped_view = import_table(self.skipped_model, "skippedRows", sortable=False)
        self.save_skipped_button = push_button(
            self.tr("&Spara överhoppade rader …"), self.save_skipped
        )
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_skipped_button)
        self.skipped_box = QGroupBox(self.tr("Rader som inte importerades"))
        box = QVBoxLayout(self.skipped_box)
        box.addWidget(self.skipped_view, 1)
        box.addLayout(save_row)
        return step_page(self.result_label, (self.skipped_box, 1), 0)

    # -- step 1: file and columns ------------------------------------------------------------
    def file_read(self, remembered: FieldColumns[Any] | None) -> None:
        if remembered is not None:
            self.remembered.setText(
                self.tr("Kolumnvalen från förra gången används för filer med de här rubrikerna.")
            )
        elif self.sheet is not None and self.sheet.header.recognised:
            self.remembered.setText(
                self.tr(
                    "Kolumnerna är valda efter rubrikerna. Ändra ett val om det blev fel; valen "
                    "sparas till nästa fil med samma rubriker."
                )
            )
        else:
            self.remembered.setText(self.tr("Valen sparas till nästa fil med samma rubriker."))

    def _cohort_id(self) -> int:
        return int(self.cohort_combo.currentData())

    # -- step 2: preview ---------------------------------------------------------------------
    def preview_work(self) -> Callable[[ParticipantSheet, Progress], ImportPreview]:
        importer, mapping = self._services.participant_import, self.columns.mapping()
        cohort_id = self._cohort_id()
        return lambda sheet, progress: importer.preview(sheet, cohort_id, mapping, progress)

    def show_preview(self, preview: ImportPreview) -> None:
        for column in range(ImportPreviewModel.PHONE + 1):
            width = self.preview_view.columnWidth(column)
            limit = 380 if column == ImportPreviewModel.DETAIL else 220
            self.preview_view.setColumnWidth(column, min(width + 12, limit))
        parts = [
            self.tr("%1 nya").replace("%1", str(preview.count(RowOutcome.NEW))),
            self.tr("%1 uppdateras").replace("%1", str(preview.count(RowOutcome.UPDATE))),
            self.tr("%1 oförändrade").replace("%1", str(preview.count(RowOutcome.UNCHANGED))),
        ]
        skipped = len(preview.skipped)
        if skipped:
            parts.append(self.tr("%1 med problem eller dubbletter").replace("%1", str(skipped)))
        self.summary.setText(
            filled(
                self.tr("%1 till %2: %3."),
                preview.sheet.path.name,
                preview.cohort_label,
                ", ".join(parts),
            )
        )
        self.joined.setDate(qdate(preview.joined_on))
        self.preview_warning.setText("\n".join(preview.warnings))
        self.preview_warning.setVisible(bool(preview.warnings))
        self.skip_invalid.setVisible(bool(skipped))
        self.reload_button.setVisible(bool(skipped))
        self.skip_invalid.setChecked(False)
        self.skip_invalid.setText(
            self.tr("Importera bara de giltiga raderna (%1 hoppas över)").replace(
                "%1", self._rows(skipped)
            )
        )
        self.refused_label.setText(
            self.tr(
                "%1 har problem. Rätta filen och läs in den igen, eller välj att bara "
                "importera de giltiga raderna."
            ).replace("%1", self._rows(skipped))
        )
        self.refused_label.setVisible(bool(skipped))
        self.filter_combo.setCurrentIndex(4 if skipped else 0)

    def _filter_changed(self) -> None:
        self.preview_proxy.set_outcomes(self.filter_combo.currentData())

    # -- step 3: import ----------------------------------------------------------------------
    def run_import(self) -> None:
        """Import in one transaction in the background (all rows, or only the valid ones)."""
        preview = self.preview
        if preview is None or (preview.skipped and not self.skip_invalid.isChecked()):
            return
        skip = self.skip_invalid.isChecked()
        joined = self.joined.date().toPython()
        importer = self._services.participant_import
        self._start(
            lambda progress: importer.run(
                preview,
                skip_invalid=skip,
                progress=progress,
                joined_on=joined,  # type: ignore[arg-type]
            ),
            self.tr("Importerar …"),
            self._imported,
            self._import_failed,
        )

    def _imported(self, result: ImportResult) -> None:
        self.import_result = result
        preview = self.preview
        assert preview is not None
        lines = [
            self.tr("Importen är klar: %1.").replace("%1", result.summary),
            filled(
                self.tr("%1 antogs till %2 från %3."),
                result.enrolled,
                preview.cohort_label,
                display_date(result.joined_on),
            ),
        ]
        if result.workplaces_created == 1:
            lines.append(self.tr("1 ny arbetsplats lades till."))
        elif result.workplaces_created:
            lines.append(
                self.tr("%1 nya arbetsplatser lades till.").replace(
                    "%1", str(result.workplaces_created)
                )
            )
        if len(result.skipped) == 1:
            lines.append(self.tr("1 rad importerades inte; den visas nedan."))
        elif result.skipped:
            lines.append(
                self.tr("%1 rader importerades inte; de visas nedan.").replace(
                    "%1", str(len(result.skipped))
                )
            )
        self.result_label.setText("\n".join(lines))
        self.skipped_model.set_rows(result.skipped)
        self.skipped_view.resizeColumnsToContents()
        self.skipped_box.setVisible(bool(result.skipped))
        self._show_page(self.DONE)
        self.imported.emit(result.cohort_id)

    def _import_failed(self, error: BaseException) -> None:
        show_error(self, self.tr("Importen kunde inte göras"), error_message(error))

    def save_skipped(self) -> None:
        """Save the skipped rows, as in the file plus a "Problem" column, as .xlsx."""
        if self.preview is None or self.import_result is None or not self.import_result.skipped:
            return
        name = f"{self.preview.sheet.path.stem} – överhoppade rader"
        path = choose_save_file(self, self.tr("Spara överhoppade rader"), name, ".xlsx")
        if path is not None:
            self.save_skipped_to(path)

    def save_skipped_to(self, path: Path) -> None:
        """Save the skipped rows to `path` (no file dialog)."""
        assert self.preview is not None
        assert self.import_result is not None
        try:
            saved = self._services.participant_import.save_skipped(
                self.preview, self.import_result.skipped, path
            )
        except DomainError as error:
            show_error(self, self.tr("Raderna kunde inte sparas"), error)
            return
        self.result_label.setText(
            self.result_label.text()
            + "\n"
            + self.tr("De överhoppade raderna är sparade i %1.").replace("%1", str(saved))
        )

    def next_step(self, page: int) -> tuple[str, bool] | None:
        if page == self.MAPPING:
            ready = (
                self.sheet is not None
                and self.columns.problems() is None
                and self.cohort_combo.count() > 0
            )
            return self.tr("&Förhandsgranska >"), ready
        if self.preview is None:
            return None
        skipped = len(self.preview.skipped)
        count = len(self.preview.rows) - skipped
        allowed = count > 0 and (not skipped or self.skip_invalid.isChecked())
        return self.tr("&Importera %1").replace("%1", self._rows(count)), allowed

    def _rows(self, count: int) -> str:
        """The Swedish for a number of rows: "1 rad", "2 rader"."""
        if count == 1:
            return self.tr("1 rad")
        return self.tr("%1 rader").replace("%1", str(count))

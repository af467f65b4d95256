"""The role import window: an HR list's file and columns, a preview of every row, then the import.

The columns are found and chosen as in the participant import (`ColumnChoices`, the file view);
reading, previewing and importing run off the GUI thread with a progress bar and a cancel
button, and nothing is saved until the last step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QWidget,
)

from seminarkoll.domain.translation import filled
from seminarkoll.services.import_columns import ROLE_COLUMNS, role_field_label
from seminarkoll.services.participant_import import RowOutcome
from seminarkoll.services.role_import import RoleOutcome, RolePreviewRow
from seminarkoll.ui.exchange.column_choices import ColumnChoices
from seminarkoll.ui.exchange.import_steps import (
    ImportSteps,
    error_message,
    import_table,
    step_page,
)
from seminarkoll.ui.exchange.models import (
    ROW_LOOKS,
    OutcomeTableModel,
    SheetPreviewModel,
)
from seminarkoll.ui.formatting import chronological, display_date
from seminarkoll.ui.forms import wrapped_label
from seminarkoll.ui.sorting import CollatingSortProxy

if TYPE_CHECKING:
    from seminarkoll.services.container import Services
    from seminarkoll.services.role_import import RoleImportResult, RolePreview, RoleSheet

translate = QCoreApplication.translate

MAPPING_KEY = "import/role-mappings/"
"""Settings prefix: + header key -> JSON {field: column} the user chose for that header."""

OUTCOME_LOOKS = {
    RoleOutcome.NEW: ROW_LOOKS[RowOutcome.NEW],
    RoleOutcome.REPEAT: ROW_LOOKS[RowOutcome.UNCHANGED],
    RoleOutcome.ERROR: ROW_LOOKS[RowOutcome.ERROR],
}
"""An outcome looks like the participant import's outcome of the same meaning."""


def role_outcome_label(outcome: RoleOutcome) -> str:
    """Swedish word for what importing a row does."""
    return {
        RoleOutcome.NEW: translate("RoleImport", "Ny roll"),
        RoleOutcome.REPEAT: translate("RoleImport", "Finns redan"),
        RoleOutcome.ERROR: translate("RoleImport", "Problem"),
    }[outcome]


class RolePreviewModel(OutcomeTableModel[RolePreviewRow]):
    """One line per row of the HR list: its outcome, whose role, which, where, from when, why."""

    ROW, OUTCOME, NAME, EMAIL, ROLE, WORKPLACE, STARTED, DETAIL = range(8)
    TINTED = (OUTCOME, DETAIL)
    LOOKS = OUTCOME_LOOKS

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                translate("RoleImport", "Namn"),
                translate("RoleImport", "E-post"),
                translate("RoleImport", "Roll"),
                translate("RoleImport", "Arbetsplats"),
                translate("RoleImport", "Från"),
            ),
            parent,
        )

    def sort_value(self, row: RolePreviewRow, column: int) -> Any:
        if column == self.STARTED:
            return chronological(row.started_on)
        return self.display(row, column)

    def field_text(self, line: RolePreviewRow, column: int) -> str:
        return {
            self.OUTCOME: role_outcome_label(line.outcome),
            self.NAME: line.name,
            self.EMAIL: line.email,
            self.ROLE: line.title,
            self.WORKPLACE: line.workplace,
            self.STARTED: display_date(line.started_on),
        }[column]


class RoleImportDialog(ImportSteps):
    """Imports later roles from an HR list in three steps: file and columns, preview, done."""

    imported = Signal()
    """The roles were saved: the register and the rosters show them."""
    sheet: RoleSheet | None
    preview: RolePreview | None

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(services.role_import, parent)
        self._services = services
        self.import_result: RoleImportResult | None = None
        self.file_title = self.tr("Välj lista från HR")
        self.unrecognised_header = self.tr(
            "Rubrikerna i filen känns inte igen. Välj själv vilka kolumner som har "
            "e-post, roll och datum – i listan här till vänster, eller genom att klicka "
            "på en kolumnrubrik i filen. Rad %1 räknas som rubrikrad."
        )
        self.setObjectName("roleImportDialog")
        self.setWindowTitle(self.tr("Importera roller från HR"))
        self.resize(960, 640)
        self.add_pages(self._mapping_page(), self._preview_page(), self._done_page())

    # -- pages ------------------------------------------------------------------------------
    def _mapping_page(self) -> QWidget:
        hint = wrapped_label(
            self.tr(
                "Listan från HR behöver en rad per roll med e-post, roll (t.ex. Rektor) och "
                "datum då rollen började; arbetsplats får finnas. Personerna hittas på e-post."
            )
        )
        file_row = self.file_chooser()
        file_row.insertWidget(0, QLabel(self.tr("Fil:")))
        self.file_messages()
        middle = self.columns_and_sample(
            ColumnChoices(ROLE_COLUMNS, MAPPING_KEY), SheetPreviewModel(self, role_field_label)
        )
        return step_page(hint, file_row, self.file_error, self.file_warning, (middle, 1))

    def _preview_page(self) -> QWidget:
        self.summary = self.page_subtitle()
        self.preview_model = RolePreviewModel(self)
        self.preview_proxy = CollatingSortProxy(self)
        self.preview_proxy.setSourceModel(self.preview_model)
        self.preview_view = import_table(self.preview_proxy, "rolePreview")
        self.preview_view.sortByColumn(RolePreviewModel.ROW, Qt.SortOrder.AscendingOrder)
        self.new_workplaces_label()
        self.fix_widgets()
        fix = QHBoxLayout()
        fix.addWidget(self.refused_label, 1)
        fix.addWidget(self.reload_button)
        return step_page(self.summary, (self.preview_view, 1), self.workplaces_label, fix)

    def _done_page(self) -> QWidget:
        self.result_label = self.page_subtitle()
        return step_page(self.result_label, 1)

    # -- step 2: preview ---------------------------------------------------------------------
    def preview_work(self) -> Callable[[RoleSheet, Any], RolePreview]:
        importer, mapping = self._services.role_import, self.columns.mapping()
        return lambda sheet, _progress: importer.preview(sheet, mapping)

    def show_preview(self, preview: RolePreview) -> None:
        problem_rows = len({problem.row for problem in preview.problems})
        self.summary.setText(
            filled(
                self.tr("%1: %2 nya roller, %3 finns redan, %4 rader med problem."),
                preview.sheet.path.name,
                preview.count(RoleOutcome.NEW),
                preview.count(RoleOutcome.REPEAT),
                problem_rows,
            )
        )
        lines = [
            filled(self.tr("Rad %1, %2: %3"), problem.row, problem.column_label, problem.message)
            for problem in preview.problems
        ]
        self.refused_label.setText(
            "\n".join(
                [self.tr("Rader med problem måste rättas i filen innan något importeras:"), *lines]
            )
        )
        self.refused_label.setVisible(bool(preview.problems))
        self.reload_button.setVisible(bool(preview.problems))

    # -- step 3: import ----------------------------------------------------------------------
    def run_import(self) -> None:
        """Add the new roles in one transaction in the background."""
        preview = self.preview
        if preview is None or preview.problems:
            return
        importer = self._services.role_import
        self._start(
            lambda progress: importer.run(preview, progress),
            self.tr("Importerar …"),
            self._imported,
            self._import_failed,
        )

    def _imported(self, result: RoleImportResult) -> None:
        self.import_result = result
        lines = [self.tr("Importen är klar: %1.").replace("%1", result.summary)]
        if result.workplaces_created:
            lines.append(
                self.tr("Nya arbetsplatser: %1.").replace("%1", str(result.workplaces_created))
            )
        self.result_label.setText("\n".join(lines))
        self._show_page(self.DONE)
        self.imported.emit()

    def _import_failed(self, error: BaseException) -> None:
        self._show_page(self.PREVIEW)
        self.refused_label.setText(error_message(error))
        self.refused_label.show()

    def next_step(self, page: int) -> tuple[str, bool] | None:
        if page == self.MAPPING:
            ready = self.sheet is not None and self.columns.problems() is None
            return self.tr("&Förhandsgranska >"), ready
        if self.preview is None:
            return None
        count = self.preview.count(RoleOutcome.NEW)
        text = self.tr("&Importera %1 roller").replace("%1", str(count))
        return text, not self.preview.problems and count > 0

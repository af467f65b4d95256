"""The role import window: an HR list's file and columns, a preview of every row, then the import.

The columns are found and chosen as in the participant import (`ColumnChoices`, the file view);
reading, previewing and importing run off the GUI thread with a progress bar and a cancel
button, and nothing is saved until the last step.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.errors import ValidationError
from seminarkoll.services.import_columns import ROLE_COLUMNS, role_field_label
from seminarkoll.services.participant_import import RowOutcome
from seminarkoll.services.role_import import RoleOutcome, RolePreviewRow
from seminarkoll.ui.exchange.column_choices import ColumnChoices
from seminarkoll.ui.exchange.files import choose_open_file, spreadsheet_filter
from seminarkoll.ui.exchange.import_steps import ImportSteps, error_message, import_table
from seminarkoll.ui.exchange.models import ROW_LOOKS, SheetPreviewModel
from seminarkoll.ui.formatting import chronological, display_date
from seminarkoll.ui.sorting import SORT_ROLE, CollatingSortProxy
from seminarkoll.ui.table_model import AnyIndex, RowTableModel

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


class RolePreviewModel(RowTableModel[RolePreviewRow]):
    """One line per row of the HR list: its outcome, whose role, which, where, from when, why."""

    ROW, OUTCOME, NAME, EMAIL, ROLE, WORKPLACE, STARTED, DETAIL = range(8)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(
            (
                translate("RoleImport", "Rad"),
                translate("RoleImport", "Utfall"),
                translate("RoleImport", "Namn"),
                translate("RoleImport", "E-post"),
                translate("RoleImport", "Roll"),
                translate("RoleImport", "Arbetsplats"),
                translate("RoleImport", "Från"),
                translate("RoleImport", "Förklaring"),
            ),
            parent,
        )

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            if column == self.ROW:
                return row.row
            if column == self.STARTED:
                return chronological(row.started_on)
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.detail
        look = OUTCOME_LOOKS[row.outcome]
        if role == Qt.ItemDataRole.BackgroundRole and column == self.OUTCOME:
            return QBrush(look.background)
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.OUTCOME, self.DETAIL):
            return QBrush(look.foreground)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: RolePreviewRow, column: int) -> str:
        return (
            str(row.row),
            role_outcome_label(row.outcome),
            row.name,
            row.email,
            row.title,
            row.workplace,
            display_date(row.started_on),
            row.detail,
        )[column]


class RoleImportDialog(ImportSteps):
    """Imports later roles from an HR list in three steps: file and columns, preview, done."""

    imported = Signal()
    """The roles were saved: the register and the rosters show them."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.sheet: RoleSheet | None = None
        self.preview: RolePreview | None = None
        self.import_result: RoleImportResult | None = None
        self.setObjectName("roleImportDialog")
        self.setWindowTitle(self.tr("Importera roller från HR"))
        self.resize(960, 640)
        self.add_pages(self._mapping_page(), self._preview_page(), self._done_page())

    # -- pages ------------------------------------------------------------------------------
    def _mapping_page(self) -> QWidget:
        page = QWidget()
        hint = QLabel(
            self.tr(
                "Listan från HR behöver en rad per roll med e-post, roll (t.ex. Rektor) och "
                "datum då rollen började; arbetsplats får finnas. Personerna hittas på e-post."
            )
        )
        hint.setWordWrap(True)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Ingen fil vald"))
        choose = QPushButton(self.tr("&Välj fil …"))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(QLabel(self.tr("Fil:")))
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(choose)
        self.file_messages()
        self.columns = ColumnChoices(ROLE_COLUMNS, MAPPING_KEY)
        self.columns.changed.connect(self._mapping_changed)
        box = QGroupBox(self.tr("Kolumner i filen"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(self.columns)
        box_layout.addStretch(1)
        sample = self.sheet_sample(SheetPreviewModel(self, role_field_label))
        middle = QHBoxLayout()
        middle.addWidget(box)
        middle.addWidget(sample, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addLayout(file_row)
        layout.addWidget(self.file_error)
        layout.addWidget(self.file_warning)
        layout.addLayout(middle, 1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setObjectName("pageSubtitle")
        self.summary.setWordWrap(True)
        self.preview_model = RolePreviewModel(self)
        self.preview_proxy = CollatingSortProxy(self)
        self.preview_proxy.setSourceModel(self.preview_model)
        self.preview_view = import_table(self.preview_proxy, "rolePreview")
        self.preview_view.sortByColumn(RolePreviewModel.ROW, Qt.SortOrder.AscendingOrder)
        self.workplaces_label = QLabel()
        self.workplaces_label.setWordWrap(True)
        self.fix_widgets()
        fix = QHBoxLayout()
        fix.addWidget(self.refused_label, 1)
        fix.addWidget(self.reload_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.preview_view, 1)
        layout.addWidget(self.workplaces_label)
        layout.addLayout(fix)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.result_label = QLabel()
        self.result_label.setObjectName("pageSubtitle")
        self.result_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        return page

    # -- step 1: file and columns ------------------------------------------------------------
    def choose_file(self) -> None:
        """Ask for the HR list to import."""
        if self.pages.currentIndex() != self.MAPPING or self._running():
            return
        path = choose_open_file(self, self.tr("Välj lista från HR"), spreadsheet_filter())
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Read `path` in the background and fill in the column choices."""
        self.path_edit.setText(str(path))
        self.file_error.hide()
        importer = self._services.role_import
        self._start(
            lambda _progress: importer.read_file(path, map_by_hand=True),
            self.tr("Läser %1 …").replace("%1", path.name),
            self._file_read,
            self._file_failed,
        )

    def _file_read(self, sheet: RoleSheet) -> None:
        self.sheet = sheet
        self.sheet_model.set_sheet(sheet)
        warnings = [w.message for w in sheet.data.warnings]
        remembered = self.columns.remembered(sheet.header)
        if not sheet.header.recognised and remembered is None:
            warnings.append(
                self.tr(
                    "Rubrikerna i filen känns inte igen. Välj själv vilka kolumner som har "
                    "e-post, roll och datum – i listan här till vänster, eller genom att klicka "
                    "på en kolumnrubrik i filen. Rad %1 räknas som rubrikrad."
                ).replace("%1", str(sheet.header.row_number))
            )
        self.file_warning.setText("\n".join(warnings))
        self.file_warning.setVisible(bool(warnings))
        self.columns.fill(sheet.header, sheet.data.width, remembered or sheet.header.mapping)

    def _file_failed(self, error: BaseException) -> None:
        self.sheet = None
        self.sheet_model.set_sheet(None)
        self.file_warning.hide()
        self.columns.fill(None, 0, ROLE_COLUMNS.suggest(()))
        self.file_error.setText(error_message(error))
        self.file_error.show()

    def _mapping_changed(self) -> None:
        self.sheet_model.set_mapping(self.columns.mapping())
        self._update_buttons()

    # -- step 2: preview ---------------------------------------------------------------------
    def run_preview(self) -> None:
        """Match every row against the register in the background."""
        if self.sheet is None or self.columns.problems() is not None:
            return
        sheet, mapping = self.sheet, self.columns.mapping()
        importer = self._services.role_import
        self._start(
            lambda _progress: importer.preview(sheet, mapping),
            self.tr("Jämför raderna med registret …"),
            self._previewed,
            self._preview_failed,
        )

    def reload_file(self) -> None:
        """Read the same file again (after it was corrected) with the same columns."""
        if self.sheet is None:
            return
        path, mapping = self.sheet.path, self.columns.mapping()
        importer = self._services.role_import

        def work(_progress: Any) -> RolePreview:
            return importer.preview(importer.read_file(path, map_by_hand=True), mapping)

        self._start(
            work,
            self.tr("Läser in %1 igen …").replace("%1", path.name),
            self._previewed,
            self._preview_failed,
        )

    def _previewed(self, preview: RolePreview) -> None:
        self.preview = preview
        self.sheet = preview.sheet
        self.columns.remember(preview.sheet.header, preview.mapping)
        self.preview_model.set_rows(preview.rows)
        self.preview_view.resizeColumnsToContents()
        problem_rows = len({problem.row for problem in preview.problems})
        self.summary.setText(
            self.tr("%1: %2 nya roller, %3 finns redan, %4 rader med problem.")
            .replace("%1", preview.sheet.path.name)
            .replace("%2", str(preview.count(RoleOutcome.NEW)))
            .replace("%3", str(preview.count(RoleOutcome.REPEAT)))
            .replace("%4", str(problem_rows))
        )
        workplaces = preview.new_workplaces
        self.workplaces_label.setText(
            self.tr("Nya arbetsplatser läggs till: %1.").replace("%1", ", ".join(workplaces))
        )
        self.workplaces_label.setVisible(bool(workplaces))
        lines = [
            self.tr("Rad %1, %2: %3")
            .replace("%1", str(problem.row))
            .replace("%2", problem.column_label)
            .replace("%3", problem.message)
            for problem in preview.problems
        ]
        self.refused_label.setText(
            "\n".join(
                [self.tr("Rader med problem måste rättas i filen innan något importeras:"), *lines]
            )
        )
        self.refused_label.setVisible(bool(preview.problems))
        self.reload_button.setVisible(bool(preview.problems))
        self._show_page(self.PREVIEW)

    def _preview_failed(self, error: BaseException) -> None:
        self._show_page(self.MAPPING)
        if isinstance(error, ValidationError):
            self._mapping_changed()
            return
        self.file_error.setText(error_message(error))
        self.file_error.show()

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

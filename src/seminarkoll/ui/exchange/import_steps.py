"""The frame the import windows share: three steps (file and columns, preview, done) with Back,
Next and Close, and each step's work off the GUI thread with a progress bar and a cancel button."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QPoint
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.errors import DomainError, ValidationError
from seminarkoll.services.import_columns import FieldColumns
from seminarkoll.ui.exchange.column_choices import ColumnChoices
from seminarkoll.ui.exchange.files import choose_open_file, spreadsheet_filter
from seminarkoll.ui.exchange.models import ReadSheet, SheetPreviewModel
from seminarkoll.ui.forms import enter_presses, error_label, push_button, wrapped_label
from seminarkoll.ui.stacking import Part, stacked
from seminarkoll.ui.tasks import BackgroundTask


class FileSheet(ReadSheet, Protocol):
    """A file as read for import, with the path it was read from."""

    @property
    def path(self) -> Path: ...


class SheetReader(Protocol):
    """An import service's first step: a file as read, its header row found."""

    def read_file(self, path: Path, sheet: str | None = None, *, map_by_hand: bool = False) -> Any:
        """Read `path`; with `map_by_hand` an unrecognised header is left for the user to map."""
        ...


class Preview(Protocol):
    """What importing each row would do, as an import service's preview says."""

    @property
    def sheet(self) -> Any: ...

    @property
    def mapping(self) -> FieldColumns[Any]: ...

    @property
    def rows(self) -> Any: ...

    @property
    def new_workplaces(self) -> Any: ...


class ImportSteps(QDialog):
    """An import in three steps. A subclass adds its pages with `add_pages` and gives the
    methods listed under "what a subclass gives"."""

    MAPPING, PREVIEW, DONE = range(3)

    def __init__(self, reader: SheetReader, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.sheet = None
        self.preview = None
        self.task: BackgroundTask | None = None
        self._cancelled_last = False
        self.step = QLabel()
        self.step.setObjectName("pageTitle")
        self.pages = QStackedWidget()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.busy_label = QLabel()
        self.cancel_button = push_button(self.tr("Avbryt"), self.cancel_task)
        busy = QHBoxLayout()
        busy.addWidget(self.busy_label)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        self.busy = QWidget()
        self.busy.setLayout(busy)
        self.busy.hide()
        self.back_button = push_button(self.tr("< &Tillbaka"), self.go_back)
        self.next_button = push_button("", self.go_next)
        self.close_button = push_button(self.tr("Stäng"), self.reject)
        # Enter goes to the next step, never to Avbryt
        enter_presses(self.next_button, self.back_button, self.close_button, self.cancel_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        stacked(self, self.step, (self.pages, 1), self.busy, buttons)
        QShortcut(QKeySequence.StandardKey.Open, self, self.choose_file)

    def add_pages(self, mapping: QWidget, preview: QWidget, done: QWidget) -> None:
        """Add the three pages and show the first."""
        for page in (mapping, preview, done):
            self.pages.addWidget(page)
        self._show_page(self.MAPPING)

    # -- what a subclass gives -------------------------------------------------------------
    sheet: FileSheet | None
    """The file as read, once it is."""
    preview: Preview | None
    """What importing each row would do, once worked out."""
    file_title: str
    """The title of the file dialog ("Välj deltagarlista")."""
    unrecognised_header: str
    """What to say when the file's header is not recognised (%1: the header's row number)."""
    preview_work: Callable[[], Callable[[Any, Any], Any]]
    """The preview of a sheet with the columns chosen now: a function of (sheet, progress)
    that runs in the background."""
    show_preview: Callable[[Any], None]
    """Show the rest of a new preview (counts, problems) on the second page."""
    run_import: Callable[[], None]
    """Import, in the background."""
    next_step: Callable[[int], tuple[str, bool] | None]
    """The main button's text on a page and whether it may be pressed (None: leave it)."""
    preview_model: Any
    """The rows of the preview (`set_rows`)."""
    preview_view: QTableView
    """The table of the preview."""

    def file_read(self, remembered: FieldColumns[Any] | None) -> None:
        """The file was read and its columns chosen (`remembered`: from an earlier file)."""

    # -- parts of the pages ------------------------------------------------------------------
    @staticmethod
    def page_subtitle() -> QLabel:
        """A line of text in the style under a page's title."""
        label = wrapped_label()
        label.setObjectName("pageSubtitle")
        return label

    def file_chooser(self) -> QHBoxLayout:
        """`path_edit` (the file chosen) and a button that chooses it."""
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Ingen fil vald"))
        choose = push_button(self.tr("&Välj fil …"), self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        return row

    def columns_and_sample(
        self, columns: ColumnChoices, sample: SheetPreviewModel, *notes: QWidget
    ) -> QHBoxLayout:
        """The column choices (with `notes` below them) beside the file as read."""
        self.columns = columns
        columns.changed.connect(self._mapping_changed)
        box = QGroupBox(self.tr("Kolumner i filen"))
        box_layout = QVBoxLayout(box)
        box_layout.addWidget(columns)
        for note in notes:
            box_layout.addWidget(note)
        box_layout.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(box)
        row.addWidget(self.sheet_sample(sample), 1)
        return row

    def file_messages(self) -> None:
        """`file_error` (why the file cannot be read) and `file_warning` (read, but note this),
        both hidden until needed."""
        self.file_error = error_label()
        self.file_warning = wrapped_label()
        self.file_warning.setStyleSheet("color: #7f6000;")
        self.file_warning.hide()

    def sheet_sample(self, model: SheetPreviewModel) -> QGroupBox:
        """The file as read in `sheet_view`; clicking a column's header offers the fields it can
        be read as."""
        self.sheet_model = model
        self.sheet_view = QTableView()
        self.sheet_view.setObjectName("sheetPreview")
        self.sheet_view.setModel(model)
        self.sheet_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sheet_view.setWordWrap(False)
        header = self.sheet_view.horizontalHeader()
        header.setDefaultSectionSize(150)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._header_clicked)
        header.setToolTip(
            self.tr("Klicka på en kolumnrubrik för att välja vad kolumnen innehåller.")
        )
        sample = QGroupBox(self.tr("Så här ser filen ut"))
        QVBoxLayout(sample).addWidget(self.sheet_view)
        return sample

    def fix_widgets(self) -> None:
        """`refused_label` (why nothing can be imported yet) and `reload_button`."""
        self.refused_label = QLabel()
        self.refused_label.setObjectName("fieldError")
        self.refused_label.setWordWrap(True)
        self.reload_button = push_button(self.tr("&Läs in filen igen"), self.reload_file)
        self.reload_button.setToolTip(
            self.tr("Har du rättat filen i Excel? Spara den och läs in den igen.")
        )

    def new_workplaces_label(self) -> QLabel:
        """`workplaces_label`: which workplaces the import adds (hidden when none)."""
        self.workplaces_label = wrapped_label()
        return self.workplaces_label

    # -- step 1: file and columns ------------------------------------------------------------
    def choose_file(self) -> None:
        """Ask for the file to import."""
        if self.pages.currentIndex() != self.MAPPING or self._running():
            return
        path = choose_open_file(self, self.file_title, spreadsheet_filter())
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Read `path` in the background and fill in the column choices."""
        self.path_edit.setText(str(path))
        self.file_error.hide()
        reader = self.reader
        self._start(
            lambda _progress: reader.read_file(path, map_by_hand=True),
            self.tr("Läser %1 …").replace("%1", path.name),
            self._file_read,
            self._file_failed,
        )

    def _file_read(self, sheet: FileSheet) -> None:
        self.sheet = sheet
        self.sheet_model.set_sheet(sheet)
        warnings = [w.message for w in sheet.data.warnings]
        remembered = self.columns.remembered(sheet.header)
        if not sheet.header.recognised and remembered is None:
            warnings.append(self.unrecognised_header.replace("%1", str(sheet.header.row_number)))
        self.file_warning.setText("\n".join(warnings))
        self.file_warning.setVisible(bool(warnings))
        self.columns.fill(sheet.header, sheet.data.width, remembered or sheet.header.mapping)
        self.file_read(remembered)

    def _file_failed(self, error: BaseException) -> None:
        self.sheet = None
        self.sheet_model.set_sheet(None)
        self.file_warning.hide()
        self.columns.clear()
        self.file_error.setText(error_message(error))
        self.file_error.show()

    def _mapping_changed(self) -> None:
        self.sheet_model.set_mapping(self.columns.mapping())
        self._update_buttons()

    # -- step 2: preview ---------------------------------------------------------------------
    def run_preview(self) -> None:
        """Work out, in the background, what importing each row would do."""
        sheet = self.sheet
        if sheet is None or self.columns.problems() is not None:
            return
        work = self.preview_work()
        self._start(
            lambda progress: work(sheet, progress),
            self.tr("Jämför raderna med registret …"),
            self._previewed,
            self._preview_failed,
        )

    def reload_file(self) -> None:
        """Read the same file again (after it was corrected) and preview it with the same
        columns."""
        if self.sheet is None:
            return
        path, reader, work = self.sheet.path, self.reader, self.preview_work()
        self._start(
            lambda progress: work(reader.read_file(path, map_by_hand=True), progress),
            self.tr("Läser in %1 igen …").replace("%1", path.name),
            self._previewed,
            self._preview_failed,
        )

    def _previewed(self, preview: Preview) -> None:
        self.preview = preview
        self.sheet = preview.sheet
        self.columns.remember(preview.sheet.header, preview.mapping)
        self.preview_model.set_rows(preview.rows)
        self.preview_view.resizeColumnsToContents()
        workplaces = preview.new_workplaces
        self.workplaces_label.setText(
            self.tr("Nya arbetsplatser läggs till: %1.").replace("%1", ", ".join(workplaces))
            if workplaces
            else ""
        )
        self.workplaces_label.setVisible(bool(workplaces))
        self.show_preview(preview)
        self._show_page(self.PREVIEW)

    def _preview_failed(self, error: BaseException) -> None:
        self._show_page(self.MAPPING)
        if isinstance(error, ValidationError):
            self._mapping_changed()
            return
        self.file_error.setText(error_message(error))
        self.file_error.show()

    def _header_clicked(self, column: int) -> None:
        if self.sheet is None or self._running():
            return
        header = self.sheet_view.horizontalHeader()
        x = header.sectionViewportPosition(column)
        self.columns.menu(column, self).popup(header.mapToGlobal(QPoint(x, header.height())))

    # -- navigation and background work ------------------------------------------------------
    def go_next(self) -> None:
        """The main button: preview on the first page, import on the second."""
        if self.pages.currentIndex() == self.MAPPING:
            self.run_preview()
        elif self.pages.currentIndex() == self.PREVIEW:
            self.run_import()

    def go_back(self) -> None:
        """Back to the column choices."""
        if self.pages.currentIndex() == self.PREVIEW and not self._running():
            self._show_page(self.MAPPING)

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        titles = {
            self.MAPPING: self.tr("Steg 1 av 3: Fil och kolumner"),
            self.PREVIEW: self.tr("Steg 2 av 3: Förhandsgranska"),
            self.DONE: self.tr("Steg 3 av 3: Klart"),
        }
        self.step.setText(titles[page])
        self._update_buttons()

    def _update_buttons(self, *_args: Any) -> None:
        page = self.pages.currentIndex()
        running = self._running()
        self.back_button.setVisible(page == self.PREVIEW)
        self.back_button.setEnabled(not running)
        self.next_button.setVisible(page != self.DONE)
        self.close_button.setText(self.tr("Stäng") if page == self.DONE else self.tr("Avbryt"))
        step = None if page == self.DONE else self.next_step(page)
        if step is not None:
            text, allowed = step
            self.next_button.setText(text)
            self.next_button.setEnabled(allowed and not running)

    def _running(self) -> bool:
        return self.task is not None and self.task.running

    def _start(self, work: Any, text: str, on_success: Any, on_failure: Any) -> None:
        if self._running():
            return
        task = BackgroundTask(work)
        task.progress.connect(self._progressed)
        task.succeeded.connect(on_success)
        task.failed.connect(on_failure)
        task.cancelled.connect(self._cancelled)
        task.finished.connect(self._finished)
        self.task = task
        self._cancelled_last = False
        self.busy_label.setText(text)
        self.progress.setRange(0, 0)
        self.busy.show()
        self.cancel_button.setEnabled(True)
        task.start()
        self._update_buttons()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _cancelled(self) -> None:
        self._cancelled_last = True
        self.busy_label.setText(self.tr("Avbrutet. Ingenting sparades."))

    def _finished(self) -> None:
        self.busy.setVisible(self._cancelled_last)
        self.progress.setRange(0, 1)
        self.cancel_button.setEnabled(False)
        self._update_buttons()

    def cancel_task(self) -> None:
        """Stop the running step; an interrupted import saves nothing."""
        if self.task is not None:
            self.task.cancel()
            self.busy_label.setText(self.tr("Avbryter …"))

    def reject(self) -> None:
        if self._running() and self.task is not None:
            self.task.cancel()
        super().reject()


def step_page(*parts: Part) -> QWidget:
    """A page of `parts` one below the other, without margins."""
    page = QWidget()
    stacked(page, *parts).setContentsMargins(0, 0, 0, 0)
    return page


def error_message(error: BaseException) -> str:
    """What to show for a failed step: a domain error's own words, else that it was
    unexpected."""
    if isinstance(error, DomainError):
        return str(error)
    return QCoreApplication.translate("ImportSteps", "Ett oväntat fel inträffade: %1").replace(
        "%1", repr(error)
    )


def import_table(model: QAbstractItemModel, name: str, *, sortable: bool = True) -> QTableView:
    """A read-only table of an import's rows, whole rows selected, the last column stretched."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSortingEnabled(sortable)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view

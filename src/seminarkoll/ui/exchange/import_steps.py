"""The frame the import windows share: three steps (file and columns, preview, done) with Back,
Next and Close, and each step's work off the GUI thread with a progress bar and a cancel button."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QPoint
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.errors import DomainError
from seminarkoll.ui.exchange.column_choices import ColumnChoices
from seminarkoll.ui.exchange.models import ReadSheet, SheetPreviewModel
from seminarkoll.ui.tasks import BackgroundTask


class ImportSteps(QDialog):
    """An import in three steps. A subclass adds its pages with `add_pages` and gives the
    methods listed under "what a subclass gives"."""

    MAPPING, PREVIEW, DONE = range(3)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: BackgroundTask | None = None
        self._cancelled_last = False
        self.step = QLabel()
        self.step.setObjectName("pageTitle")
        self.pages = QStackedWidget()
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.busy_label = QLabel()
        self.cancel_button = QPushButton(self.tr("Avbryt"))
        self.cancel_button.clicked.connect(self.cancel_task)
        busy = QHBoxLayout()
        busy.addWidget(self.busy_label)
        busy.addWidget(self.progress, 1)
        busy.addWidget(self.cancel_button)
        self.busy = QWidget()
        self.busy.setLayout(busy)
        self.busy.hide()
        self.back_button = QPushButton(self.tr("< &Tillbaka"))
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.go_next)
        self.close_button = QPushButton(self.tr("Stäng"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.back_button, self.close_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter goes to the next step, never to Avbryt
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.step)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Open, self, self.choose_file)

    def add_pages(self, mapping: QWidget, preview: QWidget, done: QWidget) -> None:
        """Add the three pages and show the first."""
        for page in (mapping, preview, done):
            self.pages.addWidget(page)
        self._show_page(self.MAPPING)

    # -- what a subclass gives -------------------------------------------------------------
    sheet: ReadSheet | None
    """The file as read, once it is."""
    columns: ColumnChoices
    """The column choices on the first page."""
    reload_file: Callable[[], None]
    """Read the same file again (after it was corrected) and preview it with the same columns."""
    choose_file: Callable[[], None]
    """Ask for the file to import."""
    run_preview: Callable[[], None]
    """Work out, in the background, what importing each row would do."""
    run_import: Callable[[], None]
    """Import, in the background."""
    next_step: Callable[[int], tuple[str, bool] | None]
    """The main button's text on a page and whether it may be pressed (None: leave it)."""

    # -- parts of the pages ------------------------------------------------------------------
    def file_messages(self) -> None:
        """`file_error` (why the file cannot be read) and `file_warning` (read, but note this),
        both hidden until needed."""
        self.file_error = QLabel()
        self.file_error.setObjectName("fieldError")
        self.file_error.setWordWrap(True)
        self.file_error.hide()
        self.file_warning = QLabel()
        self.file_warning.setWordWrap(True)
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
        self.reload_button = QPushButton(self.tr("&Läs in filen igen"))
        self.reload_button.setToolTip(
            self.tr("Har du rättat filen i Excel? Spara den och läs in den igen.")
        )
        self.reload_button.clicked.connect(self.reload_file)

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

"""Theme-area editor: list in order with up/down, name, colour and description, removal choice."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QColorDialog,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from seminarkoll.domain.errors import DomainError
from seminarkoll.domain.translation import filled
from seminarkoll.services.planning import ThemeInput, ThemeReplacement
from seminarkoll.ui.forms import FieldErrors, close_buttons, counted, push_button, wrapped_label
from seminarkoll.ui.planning.models import ID_ROLE, ThemeTableModel
from seminarkoll.ui.planning.seminar_dialog import colour_icon
from seminarkoll.ui.settings import app_settings
from seminarkoll.ui.stacking import side_by_side, stacked
from seminarkoll.ui.stale_edit import save_unless_stale
from seminarkoll.ui.table_view import prepare_row_table

if TYPE_CHECKING:
    from seminarkoll.services.planning import ThemeDetails
    from seminarkoll.ui.planning.controller import PlanningController


class ThemeEditorDialog(QDialog):
    """A programme's theme areas: add, rename, reorder, colour, describe and remove them.

    Every change is saved at once through the controller (and can be undone with Ctrl+Z);
    the list reloads whenever planning data changes.
    """

    def __init__(
        self, controller: PlanningController, programme_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._controller = controller
        self._programme_id = programme_id
        self._colour = ""
        self._editing: int | None = None
        programme = controller.services.planning.programme(programme_id)
        self.setObjectName("themeEditor")
        self.setWindowTitle(self.tr("Temaområden – %1").replace("%1", programme.name))
        self.resize(860, 480)
        self.errors = FieldErrors()
        self.model = ThemeTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("themeTable")
        prepare_row_table(
            self.table, self.model, None, QAbstractItemView.SelectionMode.SingleSelection
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ThemeTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ThemeTableModel.USE, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnHidden(ThemeTableModel.DESCRIPTION, True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragDropOverwriteMode(False)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        # Queued: the order is saved after the drag has finished with the rows it started with.
        self.model.reorder_requested.connect(self._reorder, Qt.ConnectionType.QueuedConnection)
        self.add_button = push_button(self.tr("&Nytt temaområde"), self.start_new)
        self.remove_button = push_button(self.tr("&Ta bort …"), self.remove_selected)
        self.up_button = push_button(self.tr("Flytta &upp"), lambda: self.move_selected(-1))
        self.down_button = push_button(self.tr("Flytta &ner"), lambda: self.move_selected(1))
        self.up_button.setToolTip(self.tr("Ctrl+Upp, eller dra raden med musen"))
        self.down_button.setToolTip(self.tr("Ctrl+Ner, eller dra raden med musen"))
        for keys, slot in (
            ("Ctrl+Up", lambda: self.move_selected(-1)),
            ("Ctrl+Down", lambda: self.move_selected(1)),
            ("Del", self.remove_selected),
            ("Ins", self.start_new),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        self.form_title = QLabel()
        self.form_title.setObjectName("pageSubtitle")
        self.name = QLineEdit()
        self.colour_button = QPushButton()
        self.colour_button.setObjectName("colourButton")
        self.colour_button.clicked.connect(self.choose_colour)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("Vad temaområdet handlar om"))
        self.save_button = push_button(self.tr("&Spara"), self.save)
        for button in (
            self.add_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.colour_button,
        ):
            button.setAutoDefault(False)  # Enter in a field saves; it never opens the picker
        self.save_button.setDefault(True)
        form_box = QGroupBox(self.tr("Temaområde"))
        form = QFormLayout(form_box)
        form.addRow(self.form_title)
        form.addRow(self.tr("Na&mn:"), self.errors.wrap("name", self.name))
        form.addRow(self.tr("&Färg:"), self.errors.wrap("colour", self.colour_button))
        form.addRow(self.tr("&Beskrivning:"), self.description)
        form.addRow("", self.save_button)
        form.addRow(self.errors.general)

        list_buttons = side_by_side(
            self.add_button, self.remove_button, self.up_button, self.down_button, 1
        )
        left = stacked(None, (self.table, 1), list_buttons)
        body = side_by_side((left, 3), (form_box, 2))
        hint = QLabel(self.tr("Ändringarna sparas direkt. Ångra med Ctrl+Z."))
        hint.setObjectName("pageSubtitle")
        stacked(self, (body, 1), side_by_side((hint, 1), close_buttons(self)))
        controller.undo_actions(self)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_selected())
        controller.changed.connect(self._changed)
        geometry = app_settings().value("themeEditor/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.reload()
        if self.model.rowCount() == 0:
            self.start_new()

    # -- list -----------------------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        """Read the theme areas again and select `select` (or keep the selection)."""
        keep = select if select is not None else self.selected_id()
        try:
            themes = self._controller.services.planning.themes(self._programme_id)
        except DomainError:
            self.reject()
            return
        self.model.set_rows(themes)
        row = next((i for i, t in enumerate(themes) if t.id == keep), None)
        if row is not None:
            self.table.selectRow(row)
        elif themes and self._editing is not None:
            self.table.selectRow(0)
        self._update_buttons()

    def _changed(self, _change: object) -> None:
        self.reload()

    def selected_id(self) -> int | None:
        """The selected theme area's id."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return int(index.data(ID_ROLE))

    def selected(self) -> ThemeDetails | None:
        """The selected theme area."""
        theme_id = self.selected_id()
        return next((t for t in self.model.rows() if t.id == theme_id), None)

    def _update_buttons(self) -> None:
        row = self.table.currentIndex().row() if self.selected_id() is not None else -1
        self.remove_button.setEnabled(row >= 0)
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < self.model.rowCount() - 1)

    def _show_selected(self) -> None:
        theme = self.selected()
        self._update_buttons()
        if theme is None:
            return
        self.errors.clear()
        self._editing = theme.id
        self.form_title.setText(
            self.tr("Används av %1.").replace("%1", self.model.display(theme, ThemeTableModel.USE))
            if theme.seminar_count
            else self.tr("Används inte av något seminarium än.")
        )
        self.name.setText(theme.name)
        self.description.setPlainText(theme.description)
        self._set_colour(theme.colour)
        self.save_button.setText(self.tr("&Spara ändringarna"))

    # -- editing --------------------------------------------------------------------------------
    def start_new(self) -> None:
        """Empty the form for a new theme area."""
        self.table.clearSelection()
        self.errors.clear()
        self._editing = None
        self.form_title.setText(self.tr("Nytt temaområde – läggs sist i listan."))
        self.name.clear()
        self.description.clear()
        self._set_colour("")
        self.save_button.setText(self.tr("&Lägg till"))
        self._update_buttons()
        self.name.setFocus()

    def choose_colour(self) -> None:
        """Pick the colour with Qt's colour dialog."""
        colour = QColorDialog.getColor(
            QColor(self._colour or "#3b6ea5"), self, self.tr("Färg för temaområdet")
        )
        if colour.isValid():
            self._set_colour(colour.name())

    def _set_colour(self, colour: str) -> None:
        self._colour = colour
        if colour:
            self.colour_button.setIcon(colour_icon(colour, 16))
            self.colour_button.setText(colour)
        else:
            self.colour_button.setIcon(colour_icon("#ffffff", 16))
            self.colour_button.setText(self.tr("Välj automatiskt"))

    def form_data(self) -> ThemeInput:
        """What the form holds."""
        return ThemeInput(self.name.text(), self.description.toPlainText(), self._colour)

    def save(self) -> None:
        """Add the new theme area or save the selected one; problems show next to the field.
        A save refused because someone else changed the theme area since the list showed it
        asks to read it in again or to write over the change."""
        data = self.form_data()
        editing = self._editing
        saved: list[ThemeDetails] = []
        try:
            if editing is None:
                saved.append(self._controller.add_theme(self._programme_id, data))
            elif not save_unless_stale(
                self,
                lambda version: saved.append(self._controller.update_theme(editing, data, version)),
                next((t.version for t in self.model.rows() if t.id == editing), None),
                lambda: self._reload_editing(editing),
            ):
                return
        except DomainError as exc:
            self.errors.show(exc)
            return
        theme = saved[-1]
        self._editing = theme.id
        self.reload(select=theme.id)
        self.table.setFocus()

    def _reload_editing(self, theme_id: int) -> None:
        """Show the theme area being edited as it is saved now (another coordinator changed
        it), or the list without it when it has been removed."""
        self.reload(select=theme_id)
        self._show_selected()

    def shown_order(self) -> list[int]:
        """The ids of the theme areas in the order the list shows them."""
        return [t.id for t in self.model.rows()]

    def move_selected(self, steps: int) -> None:
        """Move the selected theme area up (negative) or down."""
        theme_id = self.selected_id()
        if theme_id is None:
            return
        shown = self.shown_order()
        index = shown.index(theme_id)
        target = index + steps
        if not 0 <= target < len(shown):
            return
        order = list(shown)
        order.insert(target, order.pop(index))
        self._controller.reorder_themes(self._programme_id, order, shown)
        self.reload(select=theme_id)

    def _reorder(self, order: list[int]) -> None:
        """Save the order a drag and drop asked for (undoable like the buttons)."""
        theme_id = self.selected_id()
        self._controller.reorder_themes(self._programme_id, order, self.shown_order())
        self.reload(select=theme_id)

    def remove_selected(self) -> None:
        """Remove the selected theme area, asking what happens to its seminars."""
        theme = self.selected()
        if theme is not None and self._controller.remove_theme(theme, self):
            self._editing = None
            self.reload()
            if self.model.rowCount() == 0:
                self.start_new()

    def done(self, result: int) -> None:
        app_settings().setValue("themeEditor/geometry", self.saveGeometry())
        super().done(result)


class ThemeRemovalDialog(QDialog):
    """Asks what happens to the seminars of a theme area being removed: move or clear."""

    def __init__(
        self,
        theme: ThemeDetails,
        cohorts: tuple[str, ...],
        others: tuple[ThemeDetails, ...],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("themeRemoval")
        self.setWindowTitle(self.tr("Ta bort temaområde"))
        self.setMinimumWidth(480)
        text = wrapped_label(
            filled(
                self.tr("Temaområdet ”%1” används av %2 (%3). Vad ska hända med dem?"),
                theme.name,
                counted(theme.seminar_count, self.tr("%1 seminarium"), self.tr("%1 seminarier")),
                ", ".join(cohorts),
            )
        )
        self.move_radio = QRadioButton(self.tr("&Flytta dem till:"))
        self.clear_radio = QRadioButton(self.tr("&Låt dem vara utan temaområde"))
        group = QButtonGroup(self)
        group.addButton(self.move_radio)
        group.addButton(self.clear_radio)
        self.target = QComboBox()
        for other in others:
            self.target.addItem(colour_icon(other.colour), other.name, other.id)
        self.move_radio.setEnabled(bool(others))
        self.target.setEnabled(bool(others))
        (self.move_radio if others else self.clear_radio).setChecked(True)
        move_row = QHBoxLayout()
        move_row.addWidget(self.move_radio)
        move_row.addWidget(self.target, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = buttons.addButton(
            self.tr("Ta bort temaområdet"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.remove_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(move_row)
        layout.addWidget(self.clear_radio)
        layout.addWidget(buttons)

    def replacement(self) -> ThemeReplacement:
        """The choice made."""
        if self.move_radio.isChecked() and self.target.currentData() is not None:
            return ThemeReplacement(int(self.target.currentData()))
        return ThemeReplacement(None)

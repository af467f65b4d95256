"""Saving marks against what another coordinator saved meanwhile: reload, say which cells, and
let the coordinator keep their own mark (overwrite) or take the other's."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from seminarkoll.domain.enums import AttendanceStatus
from seminarkoll.domain.mark_conflict import MarkConflictError

if TYPE_CHECKING:
    from seminarkoll.services.attendance import CellRef

Shown = Mapping["CellRef", AttendanceStatus | None]
"""The mark each cell showed when the coordinator acted (None: empty; a group meeting's cells
name the meeting as the seminar)."""
Saved = TypeVar("Saved")
"""What saving returns (a batch result for seminars, the meeting's list for a meeting)."""

translate = QCoreApplication.translate

LISTED = 8
"""Cells named one by one in the question; more are counted."""


def save_marks(
    parent: QWidget,
    cells: Sequence[CellRef],
    shown: Shown,
    save: Callable[[Sequence[CellRef], Shown], Saved],
    reload: Callable[[], None],
) -> Saved | None:
    """Save `cells` through `save`. When someone else marked some of them otherwise since they
    were shown, the view is reloaded (`reload`) and the coordinator chooses: keep their own
    marks (the other marks are overwritten, and only they: a newer change is asked about
    again) or take the other's (the rest of the cells are saved). None when nothing was saved.
    DomainErrors other than the conflict reach the caller."""
    from seminarkoll.services.attendance import CellRef

    wanted, seen = list(cells), dict(shown)
    while wanted:
        try:
            return save(wanted, seen)
        except MarkConflictError as conflict:
            reload()
            theirs = {CellRef(c.enrollment_id, c.seminar_id): c.current for c in conflict.conflicts}
            if keep_mine(parent, conflict):
                seen.update(theirs)
            else:
                wanted = [cell for cell in wanted if cell not in theirs]
    return None


def keep_mine(parent: QWidget, conflict: MarkConflictError) -> bool:
    """Ask whether the coordinator's marks replace the ones in `conflict`; True to keep mine."""
    lines = [c.description for c in conflict.conflicts[:LISTED]]
    if len(conflict.conflicts) > LISTED:
        lines.append(
            translate("MarkConflict", "… och %1 rutor till").replace(
                "%1", str(len(conflict.conflicts) - LISTED)
            )
        )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        translate("MarkConflict", "Markerad av någon annan"),
        translate("MarkConflict", "Någon annan har ändrat markeringen sedan listan visades:")
        + "\n\n"
        + "\n".join(lines)
        + "\n\n"
        + translate(
            "MarkConflict",
            "Listan visar nu den andras markering. Vill du behålla din egen (den andras "
            "ersätts) eller ta den andras?",
        ),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("markConflict")
    mine = box.addButton(
        translate("MarkConflict", "Behåll min markering"), QMessageBox.ButtonRole.AcceptRole
    )
    theirs = box.addButton(
        translate("MarkConflict", "Ta den andras"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(theirs)
    box.exec()
    kept = box.clickedButton() is mine
    box.deleteLater()
    return kept

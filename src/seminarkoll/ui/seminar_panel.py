"""A panel under the schedule showing the selected seminar in full: date, theme, lecturers."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from seminarkoll.domain.translation import filled
from seminarkoll.ui.formatting import attendance_summary, long_date, time_range

if TYPE_CHECKING:
    from seminarkoll.domain.catalog import SeminarRow


class SeminarPanel(QLabel):
    """Rich-text summary of one seminar; empty text when nothing is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("seminarDetails")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setTextFormat(Qt.TextFormat.RichText)

    def show_seminar(self, seminar: SeminarRow | None) -> None:
        """Describe `seminar` (or clear the panel)."""
        if seminar is None:
            self.clear()
            return
        week = seminar.date.isocalendar().week
        when = filled(
            self.tr("Seminarium %1 · %2 (vecka %3) · %4"),
            seminar.number,
            long_date(seminar.date),
            week,
            time_range(seminar.start_time, seminar.end_time),
        )
        parts = [
            f"<div style='color:#52606d'>{escape(when)}</div>",
            f"<div style='font-size:15px; font-weight:600; margin:2px 0 6px 0'>"
            f"{escape(seminar.title)}</div>",
        ]
        rows = []
        if seminar.theme_name:
            chip = (
                f"<span style='color:{seminar.theme_colour or '#4a7ab5'}'>■</span> "
                if seminar.theme_colour
                else ""
            )
            rows.append((self.tr("Temaområde"), chip + escape(seminar.theme_name)))
        if seminar.lecturers:
            rows.append((self.tr("Föreläsare"), "<br>".join(map(escape, seminar.lecturers))))
        if seminar.location:
            rows.append((self.tr("Plats"), escape(seminar.location)))
        summary = attendance_summary(
            seminar.totals, seminar.held, seminar.signed_off_at is not None
        )
        rows.append((self.tr("Närvaro"), escape(summary)))
        table = "".join(
            f"<tr><td style='color:#52606d; padding-right:14px'>{escape(label)}</td>"
            f"<td>{value}</td></tr>"
            for label, value in rows
        )
        parts.append(f"<table cellspacing='0' cellpadding='2'>{table}</table>")
        self.setText("".join(parts))

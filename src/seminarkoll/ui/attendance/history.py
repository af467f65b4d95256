"""The audit trail of one attendance cell as HTML (who, when, old, new, why)."""

from __future__ import annotations

from datetime import datetime
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from seminarkoll.ui.attendance.labels import status_label

if TYPE_CHECKING:
    from seminarkoll.services.attendance import CellHistory, HistoryEntry


def _tr(text: str) -> str:
    return QCoreApplication.translate("AttendanceHistory", text)


SOURCE_WORDS = {
    "matrix": "närvaromatrisen",
    "signoff": "signeringsvyn",
    "import": "import från fil",
    "apology": "anmälan i förväg",
    "merge": "sammanslagning av dubbletter",
}


def local_time(value: datetime) -> str:
    """A UTC time shown in the computer's time zone, e.g. "2017-02-09 16:05"."""
    return value.astimezone().strftime("%Y-%m-%d %H:%M")


def history_html(history: CellHistory) -> str:
    """The cell's current state, make-up task and every change, newest first."""
    parts = [
        f"<h3 style='margin:0'>{escape(history.participant)}</h3>",
        "<p style='margin:2px 0 8px 0;color:#52606d'>"
        + escape(
            _tr("Seminarium %1: %2")
            .replace("%1", str(history.seminar_number))
            .replace("%2", history.seminar_title)
        )
        + "</p>",
        "<p><b>"
        + escape(_tr("Nu:"))
        + "</b> "
        + escape(status_label(history.status))
        + (f"<br><i>{escape(history.note)}</i>" if history.note else "")
        + "</p>",
    ]
    if history.makeup:
        parts.append(
            "<p><b>" + escape(_tr("Kompletteringsuppgift:")) + "</b> " + escape(history.makeup)
        )
    parts.append("<p><b>" + escape(_tr("Historik")) + "</b></p>")
    if not history.entries:
        parts.append("<p style='color:#52606d'>" + escape(_tr("Inget registrerat ännu.")) + "</p>")
    parts.append("<table cellspacing='0' cellpadding='3' width='100%'>")
    for entry in reversed(history.entries):
        parts.append(
            "<tr><td style='color:#52606d;white-space:nowrap' valign='top'>"
            f"{escape(local_time(entry.at))}</td><td>{_entry_html(entry)}</td></tr>"
        )
    parts.append("</table>")
    return "".join(parts)


def _entry_html(entry: HistoryEntry) -> str:
    who = escape(entry.by or _tr("okänd"))
    if entry.kind == "sign":
        text = f"<b>{escape(_tr('Signerat'))}</b> {escape(_tr('av'))} {who}"
    elif entry.kind == "unlock":
        text = f"<b>{escape(_tr('Upplåst'))}</b> {escape(_tr('av'))} {who}"
    elif entry.kind == "recorded":
        text = (
            f"{escape(status_label(entry.new_status))} "
            f"<span style='color:#52606d'>{escape(_tr('registrerat av'))} {who}</span>"
        )
    else:
        if entry.old_status == entry.new_status:
            change = escape(_tr("Anteckning ändrad"))
        else:
            change = (
                f"{escape(status_label(entry.old_status))} → "
                f"<b>{escape(status_label(entry.new_status))}</b>"
            )
        source = SOURCE_WORDS.get(entry.source, entry.source)
        via = f", {escape(_tr('via'))} {escape(source)}" if source else ""
        text = f"{change} <span style='color:#52606d'>{escape(_tr('av'))} {who}{via}</span>"
        if entry.new_note != entry.old_note and entry.new_note:
            text += f"<br><i>{escape(entry.new_note)}</i>"
    if entry.reason:
        text += (
            f"<br><span style='color:#8a5a00'>{escape(_tr('Skäl:'))} {escape(entry.reason)}</span>"
        )
    return text

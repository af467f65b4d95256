"""The audit trail of one attendance cell as HTML (who, when, old, new, why)."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from seminarkoll.domain.translation import filled
from seminarkoll.ui.attendance.labels import status_label
from seminarkoll.ui.formatting import date_and_time

translate = QCoreApplication.translate

if TYPE_CHECKING:
    from seminarkoll.services.attendance import CellHistory, HistoryEntry


def source_word(source: str) -> str:
    """Where a change was made, in words ("närvaromatrisen"); unknown sources as stored."""
    words = {
        "matrix": translate("AttendanceHistory", "närvaromatrisen"),
        "signoff": translate("AttendanceHistory", "signeringsvyn"),
        "import": translate("AttendanceHistory", "import från fil"),
        "offline": translate("AttendanceHistory", "offline-signering"),
        "apology": translate("AttendanceHistory", "anmälan i förväg"),
        "merge": translate("AttendanceHistory", "sammanslagning av dubbletter"),
        "undo": translate("AttendanceHistory", "Ångra"),
        "redo": translate("AttendanceHistory", "Gör om"),
    }
    return words.get(source, source)


def history_html(history: CellHistory) -> str:
    """The cell's current state, make-up task and every change, newest first."""
    parts = [
        f"<h3 style='margin:0'>{escape(history.participant)}</h3>",
        "<p style='margin:2px 0 8px 0;color:#52606d'>"
        + escape(
            filled(
                translate("AttendanceHistory", "Seminarium %1: %2"),
                history.seminar_number,
                history.seminar_title,
            )
        )
        + "</p>",
        "<p><b>"
        + escape(translate("AttendanceHistory", "Nu:"))
        + "</b> "
        + escape(status_label(history.status))
        + (f"<br><i>{escape(history.note)}</i>" if history.note else "")
        + "</p>",
    ]
    if history.makeup:
        parts.append(
            "<p><b>"
            + escape(translate("AttendanceHistory", "Kompletteringsuppgift:"))
            + "</b> "
            + escape(history.makeup)
        )
    parts.append("<p><b>" + escape(translate("AttendanceHistory", "Historik")) + "</b></p>")
    if not history.entries:
        parts.append(
            "<p style='color:#52606d'>"
            + escape(translate("AttendanceHistory", "Inget registrerat ännu."))
            + "</p>"
        )
    parts.append("<table cellspacing='0' cellpadding='3' width='100%'>")
    for entry in reversed(history.entries):
        parts.append(
            "<tr><td style='color:#52606d;white-space:nowrap' valign='top'>"
            f"{escape(date_and_time(entry.at))}</td><td>{_entry_html(entry)}</td></tr>"
        )
    parts.append("</table>")
    return "".join(parts)


def _entry_html(entry: HistoryEntry) -> str:
    who = escape(entry.by or translate("AttendanceHistory", "okänd"))
    if entry.kind == "sign":
        text = translate("AttendanceHistory", "<b>Signerat</b> av %1").replace("%1", who)
    elif entry.kind == "unlock":
        text = translate("AttendanceHistory", "<b>Upplåst</b> av %1").replace("%1", who)
    elif entry.kind == "recorded":
        by = translate("AttendanceHistory", "registrerat av %1").replace("%1", who)
        text = f"{escape(status_label(entry.new_status))} <span style='color:#52606d'>{by}</span>"
    else:
        if entry.old_status == entry.new_status:
            change = escape(translate("AttendanceHistory", "Anteckning ändrad"))
        else:
            change = (
                f"{escape(status_label(entry.old_status))} → "
                f"<b>{escape(status_label(entry.new_status))}</b>"
            )
        source = source_word(entry.source)
        by = (
            translate("AttendanceHistory", "av %1 via %2").replace("%2", escape(source))
            if source
            else translate("AttendanceHistory", "av %1")
        ).replace("%1", who)
        text = f"{change} <span style='color:#52606d'>{by}</span>"
        if entry.new_note != entry.old_note and entry.new_note:
            text += f"<br><i>{escape(entry.new_note)}</i>"
    if entry.reason:
        reason = translate("AttendanceHistory", "Skäl: %1").replace("%1", escape(entry.reason))
        text += f"<br><span style='color:#8a5a00'>{reason}</span>"
    return text

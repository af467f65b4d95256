"""A cohort's seminar schedule as a one-page A4 PDF: dates, times, themes, titles, lecturers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from html import escape

from PySide6.QtCore import QDate, QLocale
from PySide6.QtGui import QTextDocument

from seminarkoll.documents.rendering import base_font, ensure_gui_application, render_pdf


@dataclass(frozen=True)
class ScheduleLine:
    """One seminar on the printed schedule."""

    number: int
    day: date
    start: time | None
    end: time | None
    title: str
    theme: str = ""
    theme_colour: str = ""
    lecturers: tuple[str, ...] = ()
    location: str = ""


@dataclass(frozen=True)
class SchedulePage:
    """Everything printed on the schedule page."""

    programme: str
    cohort: str
    school_year: str
    lines: tuple[ScheduleLine, ...]
    organiser: str = ""
    contact: str = ""
    printed_on: date | None = None


def _swedish() -> QLocale:
    return QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden)


def _day(day: date) -> str:
    return _swedish().toString(QDate(day.year, day.month, day.day), "dddd d MMMM")


def _times(start: time | None, end: time | None) -> str:
    if start is None or end is None:
        return "Heldag"
    return f"{start:%H:%M}–{end:%H:%M}"


def schedule_html(page: SchedulePage) -> str:
    """The schedule as the HTML subset QTextDocument understands."""
    rows = []
    for line in page.lines:
        marker = (
            f'<span style="color:{escape(line.theme_colour)}">■</span>&nbsp;'
            if line.theme and line.theme_colour
            else ""
        )
        lecturers = (
            f'<br/><span class="who">{escape(", ".join(line.lecturers))}</span>'
            if line.lecturers
            else ""
        )
        rows.append(
            "<tr>"
            f'<td class="nr">{line.number}</td>'
            f"<td><b>{escape(_day(line.day))}</b>"
            f'<br/><span class="small">{line.day.year} · vecka {line.day.isocalendar().week}'
            "</span></td>"
            f'<td><span style="white-space: nowrap">{_times(line.start, line.end)}</span></td>'
            f"<td><b>{escape(line.title)}</b>{lecturers}</td>"
            f"<td>{marker}{escape(line.theme) or '&nbsp;'}</td>"
            f"<td>{escape(line.location) or '&nbsp;'}</td>"
            "</tr>"
        )
    if not rows:
        rows.append('<tr><td colspan="6">Omgången har inga seminarier ännu.</td></tr>')
    facts = [f"Läsår {escape(page.school_year)}", _count(len(page.lines))]
    if page.organiser:
        facts.append(escape(page.organiser))
    footer = []
    if page.contact:
        footer.append(f"Kontaktperson: {escape(page.contact)}")
    if page.printed_on is not None:
        footer.append(f"Utskrivet {page.printed_on.isoformat()}")
    return (
        "<html><head><style>"
        "h1 { font-size: 170%; font-weight: 600; margin-bottom: 2px; color: #1f2d3d; }"
        ".kicker { color: #52606d; font-size: 90%; margin: 0; }"
        ".facts { color: #334e68; margin-top: 0; margin-bottom: 10px; }"
        "th { text-align: left; font-weight: 600; color: #334e68; background-color: #eef2f6;"
        " border-bottom: 1px solid #9fb3c8; }"
        "td { vertical-align: top; border-bottom: 1px solid #d9e2ec; }"
        "td.nr { font-weight: 600; text-align: right; }"
        ".small, .who { color: #52606d; font-size: 88%; }"
        ".footer { color: #52606d; font-size: 85%; margin-top: 12px; }"
        "</style></head><body>"
        f'<p class="kicker">{escape(page.programme)}</p>'
        f"<h1>Schema – {escape(page.cohort)}</h1>"
        f'<p class="facts">{" · ".join(facts)}</p>'
        '<table width="100%" cellspacing="0" cellpadding="5">'
        '<thead><tr><th width="3%">Nr</th><th width="19%">Datum</th><th width="10%">Tid</th>'
        '<th width="34%">Seminarium och föreläsare</th><th width="17%">Temaområde</th>'
        '<th width="17%">Plats</th></tr></thead>'
        f"{''.join(rows)}</table>"
        f'<p class="footer">{" · ".join(footer)}</p>'
        "</body></html>"
    )


def schedule_document(page: SchedulePage, point_size: float = 10.0) -> QTextDocument:
    """The schedule as a QTextDocument at `point_size` (needs a QGuiApplication)."""
    ensure_gui_application()
    document = QTextDocument()
    document.setDefaultFont(base_font(point_size))
    document.setDocumentMargin(0)
    document.setHtml(schedule_html(page))
    return document


def render_schedule_pdf(page: SchedulePage) -> bytes:
    """The schedule as a one-page landscape A4 PDF (the font shrinks until it fits)."""
    return render_pdf(
        lambda size: schedule_document(page, size),
        landscape=True,
        title=f"Schema – {page.programme}, {page.cohort} ({page.school_year})",
    )


def _count(count: int) -> str:
    return "1 seminarium" if count == 1 else f"{count} seminarier"

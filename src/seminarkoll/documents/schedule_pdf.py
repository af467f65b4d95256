"""A cohort's seminar schedule as a one-page A4 PDF: dates, times, themes, titles, lecturers."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from html import escape

from PySide6.QtGui import QTextDocument

from seminarkoll.documents.rendering import base_font, ensure_gui_application, render_pdf
from seminarkoll.domain.catalog import ScheduledSeminar
from seminarkoll.domain.dates import long_date
from seminarkoll.domain.translation import translate


@dataclass(frozen=True)
class ScheduleLine(ScheduledSeminar):
    """One seminar on the printed schedule, its lecturers as labels ("Eva Lindberg (rektor)")."""

    theme: str = ""
    theme_colour: str = ""
    lecturers: tuple[str, ...] = ()


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


def _times(start: time | None, end: time | None) -> str:
    if start is None or end is None:
        return translate("Documents", "Heldag")
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
            f"<td><b>{escape(long_date(line.date, weekday=True, year=False))}</b>"
            f'<br/><span class="small">{escape(_year_and_week(line.date))}</span></td>'
            f'<td><span style="white-space: nowrap">{_times(line.start_time, line.end_time)}</span>'
            "</td>"
            f"<td><b>{escape(line.title)}</b>{lecturers}</td>"
            f"<td>{marker}{escape(line.theme) or '&nbsp;'}</td>"
            f"<td>{escape(line.location) or '&nbsp;'}</td>"
            "</tr>"
        )
    if not rows:
        empty = translate("Documents", "Omgången har inga seminarier ännu.")
        rows.append(f'<tr><td colspan="6">{escape(empty)}</td></tr>')
    school_year = translate("Documents", "Läsår {year}").format(year=page.school_year)
    facts = [escape(school_year), escape(_count(len(page.lines)))]
    if page.organiser:
        facts.append(escape(page.organiser))
    footer = []
    if page.contact:
        contact = translate("Documents", "Kontaktperson: {name}").format(name=page.contact)
        footer.append(escape(contact))
    if page.printed_on is not None:
        printed = translate("Documents", "Utskrivet {date}").format(
            date=page.printed_on.isoformat()
        )
        footer.append(escape(printed))
    headers = (
        translate("Documents", "Nr"),
        translate("Documents", "Datum"),
        translate("Documents", "Tid"),
        translate("Documents", "Seminarium och föreläsare"),
        translate("Documents", "Temaområde"),
        translate("Documents", "Plats"),
    )
    title = translate("Documents", "Schema – {cohort}").format(cohort=page.cohort)
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
        f"<h1>{escape(title)}</h1>"
        f'<p class="facts">{" · ".join(facts)}</p>'
        '<table width="100%" cellspacing="0" cellpadding="5">'
        "<thead><tr>"
        + "".join(
            f'<th width="{width}%">{escape(text)}</th>'
            for width, text in zip((3, 19, 10, 34, 17, 17), headers, strict=True)
        )
        + "</tr></thead>"
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
        title=translate("Documents", "Schema – {programme}, {cohort} ({year})").format(
            programme=page.programme, cohort=page.cohort, year=page.school_year
        ),
    )


def _count(count: int) -> str:
    if count == 1:
        return translate("Documents", "1 seminarium")
    return translate("Documents", "{count} seminarier").format(count=count)


def _year_and_week(day: date) -> str:
    return translate("Documents", "{year} · vecka {week}").format(
        year=day.year, week=day.isocalendar().week
    )

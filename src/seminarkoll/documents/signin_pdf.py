"""A seminar's sign-in sheet as a printable A4 PDF: expected participants and a signature column."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter, QTextDocument

from seminarkoll.documents.rendering import PDF_RESOLUTION, base_font, ensure_gui_application
from seminarkoll.domain.exports import STATUS_WORDS, SignInExport

FONT_POINTS = 10.0
MARGIN_MM = 15.0
FOOTER_MM = 9.0
BLANK_ROWS = 5
"""Empty rows at the end for people who come without being on the list."""

_WEEKDAYS = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
_MONTHS = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)


def signin_html(data: SignInExport) -> str:
    """The sheet as the HTML subset QTextDocument understands."""
    seminar = data.seminar
    day = seminar.date
    when = f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"
    facts = [when, seminar.time_label, seminar.location]
    if seminar.theme_name:
        facts.append(f"Temaområde: {seminar.theme_name}")
    lecturers = (
        f'<p class="facts">Föreläsare: {escape(", ".join(seminar.lecturers))}</p>'
        if seminar.lecturers
        else ""
    )
    entries = sorted(data.entries, key=lambda e: e.sort_key)
    rows = [
        "<tr>"
        f'<td class="nr" nowrap>{number}</td>'
        f"<td><b>{escape(entry.last_name)}</b>, {escape(entry.first_name)}</td>"
        f'<td class="small">{escape(entry.workplace) or "&nbsp;"}</td>'
        f"<td nowrap>{escape(STATUS_WORDS[entry.status]) if entry.status else '&nbsp;'}</td>"
        "<td>&nbsp;</td>"
        "</tr>"
        for number, entry in enumerate(entries, start=1)
    ]
    rows.extend(
        f'<tr><td class="nr" nowrap>{len(entries) + extra}</td><td>&nbsp;</td><td>&nbsp;</td>'
        "<td>&nbsp;</td><td>&nbsp;</td></tr>"
        for extra in range(1, BLANK_ROWS + 1)
    )
    signed = (
        '<p class="warning">Närvaron för seminariet är redan signerad i Seminarkoll.</p>'
        if data.signed_off
        else ""
    )
    count = "1 deltagare" if len(entries) == 1 else f"{len(entries)} deltagare"
    group = f'<p class="facts"><b>{escape(data.group_line)}</b></p>' if data.group else ""
    return (
        "<html><head><style>"
        "h1 { font-size: 165%; font-weight: 600; margin-bottom: 0; color: #1f2d3d; }"
        "h2 { font-size: 120%; font-weight: 600; margin-top: 2px; margin-bottom: 4px; }"
        ".kicker { color: #52606d; font-size: 90%; margin: 0; }"
        ".facts { color: #334e68; margin-top: 0; margin-bottom: 2px; }"
        ".warning { color: #9c0006; font-weight: 600; }"
        "th { text-align: left; font-weight: 600; color: #334e68; background-color: #eef2f6; }"
        "td.nr { text-align: right; color: #52606d; }"
        ".small { font-size: 90%; color: #334e68; }"
        ".hint { color: #52606d; font-size: 88%; margin-top: 8px; }"
        "</style></head><body>"
        f'<p class="kicker">{escape(data.heading.title)}</p>'
        f"<h1>Närvarolista – seminarium {seminar.number}</h1>"
        f"<h2>{escape(seminar.title)}</h2>"
        f'<p class="facts">{escape(" · ".join(f for f in facts if f))}</p>'
        f"{group}"
        f"{lecturers}{signed}"
        '<table width="100%" border="1" cellspacing="0" cellpadding="7" '
        'style="border-color: #9fb3c8; border-style: solid; border-collapse: collapse;">'
        '<thead><tr><th width="5%">Nr</th><th width="28%">Namn</th>'
        '<th width="23%">Arbetsplats</th><th width="16%">Närvaro</th>'
        '<th width="28%">Namnteckning</th></tr></thead>'
        f"{''.join(rows)}</table>"
        f'<p class="hint">{count} väntas. Skriv namn och arbetsplats på de tomma raderna för '
        "den som inte står på listan; kryssa i närvaro och skriv under.</p>"
        "</body></html>"
    )


def signin_document(data: SignInExport, point_size: float = FONT_POINTS) -> QTextDocument:
    """The sheet as a QTextDocument (needs a QGuiApplication)."""
    ensure_gui_application()
    document = QTextDocument()
    document.setDefaultFont(base_font(point_size))
    document.setDocumentMargin(0)
    document.setHtml(signin_html(data))
    return document


def render_signin_pdf(data: SignInExport) -> bytes:
    """The sheet as A4 portrait PDF pages; the table header repeats and every page has a
    footer with the cohort and "Sida 1 av N"."""
    ensure_gui_application()
    output = QByteArray()
    buffer = QBuffer(output)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    group = f", {data.group}" if data.group else ""
    writer.setTitle(f"Närvarolista – seminarium {data.seminar.number}{group}, {data.heading.title}")
    writer.setCreator("Seminarkoll")
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    page = writer.pageLayout().paintRectPixels(PDF_RESOLUTION)
    footer = FOOTER_MM / 25.4 * PDF_RESOLUTION
    body = QSizeF(page.width(), page.height() - footer)
    document = signin_document(data)
    document.documentLayout().setPaintDevice(writer)
    document.setPageSize(body)
    pages = document.pageCount()
    painter = QPainter(writer)
    footer_rect = QRectF(0, page.height() - footer * 0.6, page.width(), footer * 0.6)
    for number in range(pages):
        if number:
            writer.newPage()
        painter.save()
        painter.translate(0, -number * body.height())
        document.drawContents(
            painter, QRectF(0, number * body.height(), body.width(), body.height())
        )
        painter.restore()
        painter.setFont(base_font(7.5))
        painter.setPen(QColor("#52606d"))
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(
            footer_rect,
            left,
            f"Seminarium {data.seminar.number} · {data.heading.title} · "
            f"utskrivet {data.heading.created_label}",
        )
        painter.drawText(footer_rect, right, f"Sida {number + 1} av {pages}")
    painter.end()
    buffer.close()
    return bytes(output.data())

"""A seminar's or group meeting's sign-in sheet as a printable A4 PDF, with a signature column.

The heading is a small QTextDocument; the table is drawn row by row with QPainter, because a
QTextDocument table of thousands of rows takes minutes to lay out and paginate (20,000 rows
now take seconds, in time and memory proportional to the rows).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from seminarkoll.documents.rendering import (
    PDF_RESOLUTION,
    PdfInMemory,
    a4_layout,
    base_font,
)
from seminarkoll.domain.dates import long_date
from seminarkoll.domain.exports import STATUS_WORDS, SignInEntry, SignInExport
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate

FONT_POINTS = 10.0
MARGIN_MM = 15.0
FOOTER_MM = 9.0
PADDING_MM = 1.2
GAP_MM = 3.0
BLANK_ROWS = 5
"""Empty rows at the end for people who come without being on the list."""
COLUMNS = (
    (QT_TRANSLATE_NOOP("Documents", "Nr"), 0.05),
    (QT_TRANSLATE_NOOP("Documents", "Namn"), 0.28),
    (QT_TRANSLATE_NOOP("Documents", "Arbetsplats"), 0.23),
    (QT_TRANSLATE_NOOP("Documents", "Närvaro"), 0.16),
)
SIGNATURE = QT_TRANSLATE_NOOP("Documents", "Namnteckning")
"""The last column takes the rest of the width."""

_BORDER = QColor("#9fb3c8")
_HEADER_FILL = QColor("#eef2f6")
_MUTED = QColor("#52606d")
_DARK = QColor("#334e68")
_TEXT = QColor("#1f2d3d")


def signin_heading_html(data: SignInExport) -> str:
    """The heading above the table (programme, seminar, when and where, lecturers, and a
    warning when the seminar is already signed off) as the HTML subset QTextDocument knows."""
    seminar = data.seminar
    day = seminar.date
    when = long_date(day, weekday=True)
    facts = [when, seminar.time_label, seminar.location]
    if seminar.theme_name:
        facts.append(translate("Documents", "Temaområde: {theme}").format(theme=seminar.theme_name))
    lecturers = (
        '<p class="facts">'
        + escape(
            translate("Documents", "Föreläsare: {names}").format(names=", ".join(seminar.lecturers))
        )
        + "</p>"
        if seminar.lecturers
        else ""
    )
    already = (
        translate("Documents", "Närvaron för träffen är redan signerad i Seminarkoll.")
        if data.meeting
        else translate("Documents", "Närvaron för seminariet är redan signerad i Seminarkoll.")
    )
    signed = f'<p class="warning">{escape(already)}</p>' if data.signed_off else ""
    group = f'<p class="facts"><b>{escape(data.group_line)}</b></p>' if data.group_line else ""
    return (
        "<html><head><style>"
        "h1 { font-size: 165%; font-weight: 600; margin-bottom: 0; color: #1f2d3d; }"
        "h2 { font-size: 120%; font-weight: 600; margin-top: 2px; margin-bottom: 4px; }"
        ".kicker { color: #52606d; font-size: 90%; margin: 0; }"
        ".facts { color: #334e68; margin-top: 0; margin-bottom: 2px; }"
        ".warning { color: #9c0006; font-weight: 600; }"
        "</style></head><body>"
        f'<p class="kicker">{escape(data.heading.title)}</p>'
        f"<h1>{escape(data.title)}</h1>"
        f"<h2>{escape(seminar.title)}</h2>"
        f'<p class="facts">{escape(" · ".join(f for f in facts if f))}</p>'
        f"{group}{lecturers}{signed}"
        "</body></html>"
    )


def signin_hint(data: SignInExport) -> str:
    """The line below the table: how many are expected and what to do with the empty rows."""
    count = len(data.entries)
    if count == 1:
        return translate(
            "Documents",
            "1 deltagare väntas. Skriv namn och arbetsplats på de tomma raderna för den som "
            "inte står på listan; kryssa i närvaro och skriv under.",
        )
    return translate(
        "Documents",
        "{count} deltagare väntas. Skriv namn och arbetsplats på de tomma raderna för den "
        "som inte står på listan; kryssa i närvaro och skriv under.",
    ).format(count=count)


@dataclass(frozen=True)
class _Line:
    """One table row: its number and cell texts (empty for the blank rows at the end)."""

    number: int
    last_name: str = ""
    first_name: str = ""
    workplace: str = ""
    status: str = ""


class _Table:
    """Column geometry, fonts and metrics for the table, measured once for the whole sheet."""

    def __init__(self, writer: QPdfWriter, width: float) -> None:
        self.font = base_font(FONT_POINTS)
        self.bold = QFont(self.font)
        self.bold.setWeight(QFont.Weight.DemiBold)
        self.small = base_font(FONT_POINTS * 0.9)
        self.metrics = QFontMetricsF(self.font, writer)
        self.bold_metrics = QFontMetricsF(self.bold, writer)
        self.small_metrics = QFontMetricsF(self.small, writer)
        self.pad = PADDING_MM / 25.4 * PDF_RESOLUTION
        self.width = width
        edges = [0.0]
        for _label, share in COLUMNS:
            edges.append(edges[-1] + share * width)
        edges.append(width)
        self.edges = edges
        self.line = self.metrics.lineSpacing()
        self.small_line = self.small_metrics.lineSpacing()
        self.header_height = self.line + 2 * self.pad

    def inner(self, column: int) -> float:
        return self.edges[column + 1] - self.edges[column] - 2 * self.pad

    def name_fits(self, line: _Line) -> bool:
        return self.bold_metrics.horizontalAdvance(
            f"{line.last_name},"
        ) + self.metrics.horizontalAdvance(f" {line.first_name}") <= self.inner(1)

    def workplace_fits(self, line: _Line) -> bool:
        return self.small_metrics.horizontalAdvance(line.workplace) <= self.inner(2)

    def height(self, line: _Line) -> float:
        """One line of text, or more when the name or the workplace needs them."""
        text = self.line
        if not self.name_fits(line):
            text = len(self._long_name(line)) * self.line
        if not self.workplace_fits(line):
            text = max(text, 2 * self.small_line)
        return text + 2 * self.pad

    def _long_name(self, line: _Line) -> list[tuple[QFont, str]]:
        """A name too wide for one line: the last name in bold (on two lines if need be),
        then the first name, elided."""
        last = f"{line.last_name},"
        width = self.inner(1)
        if self.bold_metrics.horizontalAdvance(last) <= width:
            lasts: tuple[str, ...] = (last,)
        else:
            lasts = _two_lines(self.bold_metrics, last, width)
        first = self.metrics.elidedText(line.first_name, Qt.TextElideMode.ElideRight, width)
        return [*((self.bold, text) for text in lasts), (self.font, first)]

    def draw_header(self, painter: QPainter, top: float) -> None:
        painter.fillRect(QRectF(0, top, self.width, self.header_height), _HEADER_FILL)
        painter.setFont(self.bold)
        painter.setPen(_DARK)
        labels = [translate("Documents", label) for label, _share in (*COLUMNS, (SIGNATURE, 0))]
        for column, label in enumerate(labels):
            painter.drawText(QPointF(self.edges[column] + self.pad, self._baseline(top)), label)

    def draw_row(self, painter: QPainter, line: _Line, top: float) -> None:
        baseline = self._baseline(top)
        painter.setFont(self.font)
        painter.setPen(_MUTED)
        number = str(line.number)
        right = self.edges[1] - self.pad
        painter.drawText(QPointF(right - self.metrics.horizontalAdvance(number), baseline), number)
        painter.setPen(_TEXT)
        if line.last_name or line.first_name:
            self._draw_name(painter, line, baseline)
        if line.workplace:
            self._draw_workplace(painter, line, top)
        if line.status:
            painter.setFont(self.font)
            painter.setPen(_TEXT)
            painter.drawText(QPointF(self.edges[3] + self.pad, baseline), line.status)

    def _baseline(self, top: float) -> float:
        return top + self.pad + self.metrics.ascent()

    def _draw_name(self, painter: QPainter, line: _Line, baseline: float) -> None:
        left = self.edges[1] + self.pad
        last = f"{line.last_name},"
        if self.name_fits(line):
            painter.setFont(self.bold)
            painter.drawText(QPointF(left, baseline), last)
            painter.setFont(self.font)
            advance = self.bold_metrics.horizontalAdvance(last)
            painter.drawText(QPointF(left + advance, baseline), f" {line.first_name}")
            return
        for offset, (font, text) in enumerate(self._long_name(line)):
            painter.setFont(font)
            painter.drawText(QPointF(left, baseline + offset * self.line), text)

    def _draw_workplace(self, painter: QPainter, line: _Line, top: float) -> None:
        painter.setFont(self.small)
        painter.setPen(_DARK)
        left = self.edges[2] + self.pad
        baseline = top + self.pad + self.small_metrics.ascent()
        texts = (
            (line.workplace,)
            if self.workplace_fits(line)
            else _two_lines(self.small_metrics, line.workplace, self.inner(2))
        )
        for offset, text in enumerate(texts):
            painter.drawText(QPointF(left, baseline + offset * self.small_line), text)

    def draw_grid(self, painter: QPainter, top: float, bottoms: Sequence[float]) -> None:
        """The borders of one page's part of the table: header and rows ending at `bottoms`."""
        bottom = bottoms[-1] if bottoms else top + self.header_height
        pen = QPen(_BORDER)
        pen.setWidthF(PDF_RESOLUTION / 150)
        painter.setPen(pen)
        for x in self.edges:
            painter.drawLine(QPointF(x, top), QPointF(x, bottom))
        painter.drawLine(QPointF(0, top), QPointF(self.width, top))
        header_bottom = top + self.header_height
        painter.drawLine(QPointF(0, header_bottom), QPointF(self.width, header_bottom))
        for y in bottoms:
            painter.drawLine(QPointF(0, y), QPointF(self.width, y))


def _two_lines(metrics: QFontMetricsF, text: str, width: float) -> tuple[str, str]:
    """`text` broken after the words that fit on the first line; the rest, elided, below."""
    words = text.split()
    first = 0
    while first < len(words) and metrics.horizontalAdvance(" ".join(words[: first + 1])) <= width:
        first += 1
    elide = Qt.TextElideMode.ElideRight
    if first == 0:
        return metrics.elidedText(words[0], elide, width), metrics.elidedText(
            " ".join(words[1:]), elide, width
        )
    return " ".join(words[:first]), metrics.elidedText(" ".join(words[first:]), elide, width)


def _lines(data: SignInExport) -> list[_Line]:
    entries: list[SignInEntry] = sorted(data.entries, key=lambda e: e.sort_key)
    lines = [
        _Line(
            number,
            entry.last_name,
            entry.first_name,
            entry.workplace,
            STATUS_WORDS[entry.status] if entry.status else "",
        )
        for number, entry in enumerate(entries, start=1)
    ]
    lines.extend(_Line(len(entries) + extra) for extra in range(1, BLANK_ROWS + 1))
    return lines


def _paginate(
    heights: Sequence[float], first_top: float, bottom: float, header: float
) -> list[list[int]]:
    """The row indexes on each page: rows go on while they fit above `bottom`, the table header
    repeats at the top of every page, and the first page starts below the heading."""
    pages: list[list[int]] = [[]]
    y = first_top + header
    for index, height in enumerate(heights):
        if y + height > bottom and pages[-1]:
            pages.append([])
            y = header
        pages[-1].append(index)
        y += height
    return pages


def render_signin_pdf(data: SignInExport) -> bytes:
    """The sheet as A4 portrait PDF pages; the table header repeats and every page has a
    footer with the cohort and "Sida 1 av N"."""
    group = f", {data.group}" if data.group else ""
    pdf = PdfInMemory(f"{data.title}{group}, {data.heading.title}", a4_layout(MARGIN_MM))
    writer, page = pdf.writer, pdf.page
    footer = FOOTER_MM / 25.4 * PDF_RESOLUTION
    gap = GAP_MM / 25.4 * PDF_RESOLUTION
    body = QSizeF(page.width(), page.height() - footer)

    heading = QTextDocument()
    heading.setDefaultFont(base_font(FONT_POINTS))
    heading.setDocumentMargin(0)
    heading.documentLayout().setPaintDevice(writer)
    heading.setHtml(signin_heading_html(data))
    heading.setTextWidth(body.width())
    table_top = heading.size().height() + gap

    table = _Table(writer, body.width())
    lines = _lines(data)
    heights = [table.height(line) for line in lines]
    hint = signin_hint(data)
    hint_box = table.small_metrics.boundingRect(
        QRectF(0, 0, body.width(), body.height()), int(Qt.TextFlag.TextWordWrap), hint
    )
    pages = _paginate(heights, table_top, body.height(), table.header_height)
    last_bottom = (table_top if len(pages) == 1 else 0) + table.header_height
    last_bottom += sum(heights[i] for i in pages[-1])
    hint_on_new_page = last_bottom + gap + hint_box.height() > body.height()
    count = len(pages) + (1 if hint_on_new_page else 0)

    painter = QPainter(writer)
    for number, rows in enumerate(pages):
        if number:
            writer.newPage()
        top = 0.0
        if number == 0:
            heading.drawContents(painter, QRectF(0, 0, body.width(), table_top))
            top = table_top
        table.draw_header(painter, top)
        y = top + table.header_height
        bottoms = []
        for index in rows:
            table.draw_row(painter, lines[index], y)
            y += heights[index]
            bottoms.append(y)
        table.draw_grid(painter, top, bottoms)
        if number == len(pages) - 1 and not hint_on_new_page:
            _draw_hint(painter, table, hint, y + gap, body.width())
        _draw_footer(painter, data, page.width(), page.height(), footer, number + 1, count)
    if hint_on_new_page:
        writer.newPage()
        _draw_hint(painter, table, hint, 0, body.width())
        _draw_footer(painter, data, page.width(), page.height(), footer, count, count)
    painter.end()
    return pdf.finish()


def _draw_hint(painter: QPainter, table: _Table, hint: str, top: float, width: float) -> None:
    painter.setFont(table.small)
    painter.setPen(_MUTED)
    painter.drawText(QRectF(0, top, width, 10 * table.line), int(Qt.TextFlag.TextWordWrap), hint)


def _draw_footer(
    painter: QPainter,
    data: SignInExport,
    width: float,
    height: float,
    footer: float,
    number: int,
    pages: int,
) -> None:
    painter.setFont(base_font(7.5))
    painter.setPen(QColor("#52606d"))
    box = QRectF(0, height - footer * 0.6, width, footer * 0.6)
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    painter.drawText(
        box,
        left,
        translate("Documents", "{occasion} · {title} · utskrivet {created}").format(
            occasion=data.occasion,
            title=data.heading.title,
            created=data.heading.created_label,
        ),
    )
    painter.drawText(
        box,
        right,
        translate("Documents", "Sida {page} av {pages}").format(page=number, pages=pages),
    )

"""The follow-up report as an A4 PDF: a first page of charts (QPainter), then the tables."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape

from PySide6.QtCore import QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QPainter, QTextDocument

from seminarkoll.documents.charts import paint_chart
from seminarkoll.documents.rendering import (
    PDF_RESOLUTION,
    PdfInMemory,
    a4_layout,
    base_font,
)
from seminarkoll.domain.charts import Chart, attendance_chart, cohorts_chart
from seminarkoll.domain.reports import (
    CohortFigures,
    CohortReport,
    LecturerTable,
    ProgrammeReport,
    percent,
)
from seminarkoll.domain.translation import QT_TRANSLATE_NOOP, translate

FONT_POINTS = 9.5
MARGIN_MM = 16.0
FOOTER_MM = 8.0

_STYLE = (
    "h1 { font-size: 160%; font-weight: 600; color: #1f2d3d; margin-bottom: 2px; }"
    "h2 { font-size: 125%; font-weight: 600; color: #1f2d3d; margin-top: 16px;"
    " margin-bottom: 4px; }"
    ".facts { color: #52606d; margin-top: 0; }"
    "th { text-align: left; font-weight: 600; color: #334e68; background-color: #eef2f6; }"
    "td { border-bottom: 1px solid #d9e2ec; }"
    "td.n, th.n { text-align: right; }"
)


def cohort_report_html(report: CohortReport) -> str:
    """The cohort report's tables as the HTML subset QTextDocument understands."""
    seminars = [
        [
            str(s.number),
            s.date.isoformat(),
            s.title,
            s.theme,
            str(s.expected),
            str(s.present),
            str(s.late),
            str(s.excused),
            str(s.absent),
            percent(s.rate),
        ]
        for s in report.seminars
    ]
    themes = [
        [t.name, str(t.seminars), str(t.held), str(t.attended), str(t.expected), percent(t.rate)]
        for t in report.themes
    ]
    workplaces = [
        [w.name, str(w.enrolled), str(w.completed), percent(w.rate)] for w in report.workplaces
    ]
    return _page(
        report.title,
        _extracted(report.created_at),
        [
            (
                QT_TRANSLATE_NOOP("Documents", "Närvaro per seminarium"),
                [
                    QT_TRANSLATE_NOOP("Documents", "Nr"),
                    QT_TRANSLATE_NOOP("Documents", "Datum"),
                    QT_TRANSLATE_NOOP("Documents", "Seminarium"),
                    QT_TRANSLATE_NOOP("Documents", "Temaområde"),
                    QT_TRANSLATE_NOOP("Documents", "Väntade"),
                    QT_TRANSLATE_NOOP("Documents", "Närv."),
                    QT_TRANSLATE_NOOP("Documents", "Sena"),
                    QT_TRANSLATE_NOOP("Documents", "Anm. frånv."),
                    QT_TRANSLATE_NOOP("Documents", "Frånv."),
                    QT_TRANSLATE_NOOP("Documents", "Närvarograd"),
                ],
                seminars,
                {0, 4, 5, 6, 7, 8, 9},
            ),
            (
                QT_TRANSLATE_NOOP("Documents", "Närvaro per temaområde"),
                [
                    QT_TRANSLATE_NOOP("Documents", "Temaområde"),
                    QT_TRANSLATE_NOOP("Documents", "Seminarier"),
                    QT_TRANSLATE_NOOP("Documents", "Genomförda"),
                    QT_TRANSLATE_NOOP("Documents", "Deltog"),
                    QT_TRANSLATE_NOOP("Documents", "Väntade"),
                    QT_TRANSLATE_NOOP("Documents", "Närvarograd"),
                ],
                themes,
                {1, 2, 3, 4, 5},
            ),
            (
                QT_TRANSLATE_NOOP("Documents", "Deltagare per arbetsplats"),
                [
                    QT_TRANSLATE_NOOP("Documents", "Arbetsplats"),
                    QT_TRANSLATE_NOOP("Documents", "Deltagare"),
                    QT_TRANSLATE_NOOP("Documents", "Godkända"),
                    QT_TRANSLATE_NOOP("Documents", "Andel godkända"),
                ],
                workplaces,
                {1, 2, 3},
            ),
            _cohort_table(report.cohorts),
            _lecturer_table(report.lecturers),
        ],
    )


def programme_report_html(report: ProgrammeReport) -> str:
    """The programme comparison's tables as HTML."""
    return _page(
        report.title,
        _extracted(report.created_at),
        [_cohort_table(report.cohorts), _lecturer_table(report.lecturers)],
    )


def render_cohort_report_pdf(report: CohortReport) -> bytes:
    """Charts (attendance per seminar, cohorts year by year) on page 1, then the tables."""
    return _render(
        report.title,
        (attendance_chart(report.seminars), cohorts_chart(report.cohorts)),
        cohort_report_html(report),
    )


def render_programme_report_pdf(report: ProgrammeReport) -> bytes:
    """The cohorts chart on page 1, then the tables."""
    return _render(report.title, (cohorts_chart(report.cohorts),), programme_report_html(report))


Table = tuple[str, Sequence[str], Sequence[Sequence[str]], set[int]]


def _cohort_table(cohorts: tuple[CohortFigures, ...]) -> Table:
    return (
        QT_TRANSLATE_NOOP("Documents", "Omgångar år för år"),
        [
            QT_TRANSLATE_NOOP("Documents", "Omgång"),
            QT_TRANSLATE_NOOP("Documents", "Läsår"),
            QT_TRANSLATE_NOOP("Documents", "Deltagare"),
            QT_TRANSLATE_NOOP("Documents", "Godkända"),
            QT_TRANSLATE_NOOP("Documents", "Andel godkända"),
            QT_TRANSLATE_NOOP("Documents", "Genomsnittlig närvaro"),
        ],
        [
            [
                c.name,
                c.school_year,
                str(c.enrolled),
                str(c.completed),
                percent(c.rate),
                percent(c.attendance),
            ]
            for c in cohorts
        ],
        {2, 3, 4, 5},
    )


def _lecturer_table(table: LecturerTable) -> Table:
    columns = [
        QT_TRANSLATE_NOOP("Documents", "Föreläsare"),
        QT_TRANSLATE_NOOP("Documents", "Befattning"),
        *table.years,
        QT_TRANSLATE_NOOP("Documents", "Totalt"),
    ]
    return (
        QT_TRANSLATE_NOOP("Documents", "Föreläsare och seminarier per läsår"),
        columns,
        [
            [f.name, f.title, *(str(n) if n else "–" for n in f.per_year), str(f.total)]
            for f in table.lecturers
        ],
        set(range(2, len(columns))),
    )


def _extracted(created: datetime) -> str:
    return translate("Documents", "Utdrag ur Seminarkoll {created}").format(
        created=f"{created:%Y-%m-%d %H:%M}"
    )


def _page(title: str, facts: str, tables: Sequence[Table]) -> str:
    parts = [
        f"<html><head><style>{_STYLE}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="facts">{escape(facts)}</p>',
    ]
    for heading, columns, rows, numeric in tables:
        heading_text = translate("Documents", heading)
        parts.append(f"<h2>{escape(heading_text)}</h2>")
        parts.append('<table width="100%" cellspacing="0" cellpadding="4"><thead><tr>')
        parts.extend(
            f"<th{' class=n' if i in numeric else ''}>{escape(c)}</th>"
            for i, c in enumerate(translate("Documents", column) for column in columns)
        )
        parts.append("</tr></thead>")
        for row in rows:
            parts.append("<tr>")
            parts.extend(
                f"<td{' class=n' if i in numeric else ''}>{escape(v) or '&nbsp;'}</td>"
                for i, v in enumerate(row)
            )
            parts.append("</tr>")
        if not rows:
            nothing = escape(translate("Documents", "Inga uppgifter ännu."))
            parts.append(f'<tr><td colspan="{len(columns)}">{nothing}</td></tr>')
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


def _render(title: str, charts: Sequence[Chart], html: str) -> bytes:
    pdf = PdfInMemory(title, a4_layout(MARGIN_MM))
    writer, page = pdf.writer, pdf.page
    footer = FOOTER_MM / 25.4 * PDF_RESOLUTION
    body = QSizeF(page.width(), page.height() - footer)
    document = QTextDocument()
    document.setDefaultFont(base_font(FONT_POINTS))
    document.setDocumentMargin(0)
    document.setHtml(html)
    document.documentLayout().setPaintDevice(writer)
    document.setPageSize(body)
    pages = document.pageCount() + 1
    painter = QPainter(writer)
    heading_font = base_font(15)
    heading_font.setBold(True)
    painter.setFont(heading_font)
    painter.setPen(QColor("#1f2d3d"))
    heading = QRectF(0, 0, body.width(), body.height() * 0.06)
    painter.drawText(heading, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
    space = (body.height() - heading.height()) / max(2, len(charts))
    for number, chart in enumerate(charts):
        area = QRectF(0, heading.bottom() + space * number, body.width(), space * 0.92)
        paint_chart(painter, area, chart, base_font(FONT_POINTS))
    _footer(painter, page.width(), page.height(), footer, title, 1, pages)
    for number in range(1, pages):
        writer.newPage()
        painter.save()
        painter.translate(0, -(number - 1) * body.height())
        document.drawContents(
            painter, QRectF(0, (number - 1) * body.height(), body.width(), body.height())
        )
        painter.restore()
        _footer(painter, page.width(), page.height(), footer, title, number + 1, pages)
    painter.end()
    return pdf.finish()


def _footer(
    painter: QPainter, width: float, height: float, footer: float, title: str, page: int, pages: int
) -> None:
    rect = QRectF(0, height - footer * 0.6, width, footer * 0.6)
    painter.setFont(base_font(7.5))
    painter.setPen(QColor("#52606d"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
    painter.drawText(
        rect,
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
        translate("Documents", "Sida {page} av {pages}").format(page=page, pages=pages),
    )

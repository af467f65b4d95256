"""Certificates (intyg and deltagarintyg) as A4 PDF pages, one per person, with real text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import (
    QRectF,
    QSizeF,
    QUrl,
)
from PySide6.QtGui import QImage, QPageLayout, QPainter, QTextDocument

from seminarkoll.documents.rendering import (
    PdfInMemory,
    a4_layout,
    base_font,
)
from seminarkoll.domain.certificates import Certificate
from seminarkoll.domain.dates import long_date
from seminarkoll.domain.translation import translate

MARGIN_MM = 20.0
LARGEST_PT = 11.0
SMALLEST_PT = 7.0
LOGO_URL = "seminarkoll-logo"
LOGO_HEIGHT_PX = 70


def certificate_html(certificate: Certificate, logo: bool = False) -> str:
    """One certificate as the HTML subset QTextDocument understands. A deltagarintyg names
    only what was attended; it has no word about completing the programme."""
    org = certificate.organisation
    top = []
    if logo:
        top.append(f'<img src="{LOGO_URL}" height="{LOGO_HEIGHT_PX}"/>')
    if org.name:
        top.append(f'<p class="org">{escape(org.name)}</p>')
    period = ""
    if certificate.first_day and certificate.last_day:
        period = translate("Documents", " under perioden {first} – {last}").format(
            first=long_date(certificate.first_day), last=long_date(certificate.last_day)
        )
    where = f"{escape(certificate.programme)}, {escape(certificate.cohort)} " + (
        f"({escape(certificate.school_year)})"
    )
    if certificate.completed:
        statement = translate(
            "Documents",
            "har genomgått och fullföljt {where}{period}, och har därmed uppfyllt "
            "programmets krav på deltagande.",
        ).format(where=where, period=escape(period))
    else:
        statement = translate(
            "Documents", "har deltagit i följande seminarier inom {where}{period}."
        ).format(where=where, period=escape(period))
    made_up = escape(translate("Documents", "kompletteringsuppgift"))
    rows = "".join(
        "<tr>"
        f"<td nowrap>{escape(s.date.isoformat())}</td>"
        f"<td><b>{escape(s.title)}</b>"
        + (f' <span class="small">({made_up})</span>' if s.made_up else "")
        + '<br/><span class="small">'
        + escape(" · ".join(p for p in (s.theme, ", ".join(s.lecturers)) if p))
        + "</span></td></tr>"
        for s in certificate.seminars
    )
    if not rows:
        rows = (
            '<tr><td colspan="2">'
            + escape(translate("Documents", "Inga seminarier registrerade."))
            + "</td></tr>"
        )
    workplace = (
        f'<p class="workplace">{escape(certificate.workplace)}</p>' if certificate.workplace else ""
    )
    themes = ", ".join(certificate.themes)
    summary = (
        translate("Documents", "Sammanlagt 1 seminarium")
        if len(certificate.seminars) == 1
        else translate("Documents", "Sammanlagt {count} seminarier").format(
            count=len(certificate.seminars)
        )
    )
    if certificate.hours:
        summary += f", {certificate.hours_label}"
    summary += "."
    place = ", ".join(p for p in (org.place, long_date(certificate.issued_on)) if p)
    lead = translate("Documents", "Härmed intygas att")
    date_header = translate("Documents", "Datum")
    seminar_header = translate("Documents", "Seminarium, temaområde och föreläsare")
    signer = "<br/>".join(escape(p) for p in (org.signer_name, org.signer_title) if p)
    return (
        "<html><head><style>"
        ".org { font-size: large; font-weight: 600; color: #334e68; margin: 4px 0 0 0; }"
        "h1 { font-size: 260%; font-weight: 600; color: #1f2d3d; margin: 28px 0 14px 0; }"
        ".lead { color: #52606d; margin: 0; }"
        ".name { font-size: xx-large; font-weight: 600; color: #1f2d3d; margin: 6px 0 0 0; }"
        ".workplace { font-size: large; color: #334e68; margin: 2px 0 14px 0; }"
        ".statement { font-size: 110%; margin: 0 0 14px 0; }"
        "th { text-align: left; font-weight: 600; color: #334e68; background-color: #eef2f6; }"
        "td { vertical-align: top; border-bottom: 1px solid #d9e2ec; }"
        ".small { color: #52606d; font-size: 90%; }"
        ".facts { margin: 10px 0 0 0; }"
        ".sign { margin-top: 48px; }"
        "</style></head><body>"
        f"{''.join(top)}"
        f"<h1>{escape(certificate.kind)}</h1>"
        f'<p class="lead">{escape(lead)}</p>'
        f'<p class="name">{escape(certificate.person_name)}</p>{workplace}'
        f'<p class="statement">{statement}</p>'
        '<table width="100%" cellspacing="0" cellpadding="5">'
        f'<thead><tr><th width="16%">{escape(date_header)}</th>'
        f'<th width="84%">{escape(seminar_header)}</th></tr></thead>'
        f"{rows}</table>"
        f'<p class="facts">{escape(summary)}'
        + (
            "<br/>" + escape(translate("Documents", "Temaområden: {themes}.").format(themes=themes))
            if themes
            else ""
        )
        + "</p>"
        f'<p class="sign">{escape(place)}</p>'
        '<p style="margin-top: 46px;">_______________________________________</p>'
        f"<p>{signer or '&nbsp;'}</p>"
        "</body></html>"
    )


def certificate_document(
    certificate: Certificate, point_size: float, logo: QImage | None
) -> QTextDocument:
    """One certificate as a QTextDocument (needs a QGuiApplication)."""
    document = QTextDocument()
    document.setDefaultFont(base_font(point_size))
    document.setDocumentMargin(0)
    if logo is not None:
        document.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(LOGO_URL), logo)
    document.setHtml(certificate_html(certificate, logo is not None))
    return document


def draw_certificates(
    painter: QPainter,
    page_size: QSizeF,
    certificates: Sequence[Certificate],
    new_page: Callable[[], object],
) -> None:
    """Draw each certificate on its own page of `painter`'s device; `new_page()` starts the
    next page (QPdfWriter.newPage or QPrinter.newPage). The font shrinks until a page fits; a
    certificate too long even at `SMALLEST_PT` goes on over more pages rather than lose text."""
    device = painter.device()
    logos: dict[bytes, QImage | None] = {}
    for number, certificate in enumerate(certificates):
        if number:
            new_page()
        data = certificate.organisation.logo
        logo = None
        if data:
            if data not in logos:
                image = QImage.fromData(data)
                logos[data] = None if image.isNull() else image
            logo = logos[data]
        point_size = LARGEST_PT
        while True:
            document = certificate_document(certificate, point_size, logo)
            document.documentLayout().setPaintDevice(device)
            document.setPageSize(page_size)
            if document.pageCount() <= 1 or point_size <= SMALLEST_PT:
                break
            point_size -= 0.5
        for page in range(document.pageCount()):  # more than one only at the smallest size
            if page:
                new_page()
            painter.save()
            painter.translate(0, -page * page_size.height())
            document.drawContents(
                painter,
                QRectF(0, page * page_size.height(), page_size.width(), page_size.height()),
            )
            painter.restore()


def render_certificates_pdf(certificates: Sequence[Certificate]) -> bytes:
    """The certificates as one A4 PDF, one page each."""
    first = certificates[0] if certificates else None
    title = (
        f"{first.kind} – {first.programme}, {first.cohort}"
        if first
        else translate("Documents", "Intyg")
    )
    pdf = PdfInMemory(title, page_layout())
    painter = QPainter(pdf.writer)
    size = QSizeF(pdf.page.width(), pdf.page.height())
    draw_certificates(painter, size, certificates, pdf.writer.newPage)
    painter.end()
    return pdf.finish()


def page_layout() -> QPageLayout:
    """A4 portrait with the certificate's margins (the print preview uses it too)."""
    return a4_layout(MARGIN_MM)

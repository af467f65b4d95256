"""Shared PDF plumbing: a headless QGuiApplication, A4 writers and fitting a document on a page."""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from seminarkoll.documents.qt_binding import binding_problem

PDF_RESOLUTION = 300
"""Dots per inch of the PDF's coordinate system (text stays vector either way)."""


def ensure_gui_application() -> QGuiApplication:
    """The running QGuiApplication, or a new one on the offscreen platform (command line)."""
    problem = binding_problem()
    if problem is not None:
        raise RuntimeError(problem)
    existing = QGuiApplication.instance()
    if isinstance(existing, QGuiApplication):
        return existing
    if existing is not None:
        raise RuntimeError("a QCoreApplication is running; documents need a QGuiApplication")
    return QGuiApplication([sys.argv[0] if sys.argv else "seminarkoll", "-platform", "offscreen"])


def a4_layout(margins_mm: float, *, landscape: bool = False) -> QPageLayout:
    """An A4 page with the same margin on every side."""
    return QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4),
        QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
        QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm),
        QPageLayout.Unit.Millimeter,
    )


class PdfInMemory:
    """A QPdfWriter on `layout` writing into memory: paint on `writer` (its page rectangle in
    pixels is `page`), then `finish()` returns the PDF's bytes."""

    def __init__(self, title: str, layout: QPageLayout) -> None:
        ensure_gui_application()
        self._data = QByteArray()
        self._buffer = QBuffer(self._data)
        self._buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QPdfWriter(self._buffer)
        self.writer.setTitle(title)
        self.writer.setCreator("Seminarkoll")
        self.writer.setResolution(PDF_RESOLUTION)
        self.writer.setPageLayout(layout)
        self.page = self.writer.pageLayout().paintRectPixels(PDF_RESOLUTION)

    def finish(self) -> bytes:
        """The PDF written so far (call after the painter has ended)."""
        self._buffer.close()
        return bytes(self._data.data())


def render_pdf(
    build: Callable[[float], QTextDocument],
    *,
    title: str,
    landscape: bool = False,
    margins_mm: float = 14.0,
    largest_pt: float = 10.0,
    smallest_pt: float = 6.5,
) -> bytes:
    """Render the QTextDocument that `build(point_size)` returns on one A4 page and return the
    PDF bytes; the font shrinks from `largest_pt` in half points until everything fits (at
    `smallest_pt` it is drawn as it is, on as many pages as needed)."""
    pdf = PdfInMemory(title, a4_layout(margins_mm, landscape=landscape))
    writer = pdf.writer
    size = QSizeF(pdf.page.width(), pdf.page.height())
    point_size = largest_pt
    while True:
        document = build(point_size)
        document.documentLayout().setPaintDevice(writer)
        document.setPageSize(size)
        if document.pageCount() <= 1 or point_size <= smallest_pt:
            break
        point_size -= 0.5
    painter = QPainter(writer)
    for number in range(document.pageCount()):
        if number:
            writer.newPage()
        painter.save()
        painter.translate(0, -number * size.height())
        document.drawContents(
            painter, QRectF(0, number * size.height(), size.width(), size.height())
        )
        painter.restore()
    painter.end()
    return pdf.finish()


def base_font(point_size: float) -> QFont:
    """The document font: the platform's sans-serif at `point_size`."""
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setFamilies(["Segoe UI", "Helvetica Neue", "Arial", "DejaVu Sans", "Liberation Sans"])
    font.setPointSizeF(point_size)
    return font

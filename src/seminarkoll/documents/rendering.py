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
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Seminarkoll")
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait,
            QMarginsF(margins_mm, margins_mm, margins_mm, margins_mm),
            QPageLayout.Unit.Millimeter,
        )
    )
    page = writer.pageLayout().paintRectPixels(PDF_RESOLUTION)
    size = QSizeF(page.width(), page.height())
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
    buffer.close()
    return bytes(data.data())


def base_font(point_size: float) -> QFont:
    """The document font: the platform's sans-serif at `point_size`."""
    font = QFont()
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setFamilies(["Segoe UI", "Helvetica Neue", "Arial", "DejaVu Sans", "Liberation Sans"])
    font.setPointSizeF(point_size)
    return font

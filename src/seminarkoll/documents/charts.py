"""Bar and line charts drawn with QPainter (PySide6-Essentials has no QtCharts): the same
drawing serves the Uppföljning tab and the report PDF."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen

from seminarkoll.domain.charts import Chart, ChartKind
from seminarkoll.domain.translation import translate

AXIS_COLOUR = "#52606d"
GRID_COLOUR = "#d9e2ec"
TEXT_COLOUR = "#1f2d3d"


def paint_chart(painter: QPainter, rect: QRectF, chart: Chart, font: QFont) -> None:
    """Draw `chart` inside `rect`: title, y axis with Swedish labels, bars or lines, category
    labels, axis titles and a legend. `font` sets the size of everything."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    metrics = QFontMetricsF(font, painter.device())
    line = metrics.height()
    title_font = QFont(font)
    title_font.setBold(True)
    title_font.setPointSizeF(font.pointSizeF() * 1.2)
    painter.setFont(title_font)
    painter.setPen(QColor(TEXT_COLOUR))
    title_height = QFontMetricsF(title_font, painter.device()).height() * 1.4
    painter.drawText(
        QRectF(rect.left(), rect.top(), rect.width(), title_height),
        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
        chart.title,
    )
    painter.setFont(font)
    ticks = chart.ticks()
    label_width = max(metrics.horizontalAdvance(chart.label(t)) for t in ticks)
    plot = QRectF(
        rect.left() + line * 1.6 + label_width + line * 0.4,
        rect.top() + title_height + line * 0.5,
        0,
        0,
    )
    plot.setRight(rect.right() - line)
    plot.setBottom(rect.bottom() - line * 4.2)
    if plot.width() <= 0 or plot.height() <= 0:
        painter.restore()
        return
    _axes(painter, plot, chart, ticks, metrics)
    if not chart.categories:
        painter.setPen(QColor(AXIS_COLOUR))
        painter.drawText(
            plot, int(Qt.AlignmentFlag.AlignCenter), translate("Documents", "Inga uppgifter ännu")
        )
    elif chart.kind is ChartKind.LINES:
        _lines(painter, plot, chart, line)
    else:
        _bars(painter, plot, chart)
    _categories(painter, plot, chart, metrics)
    _titles(painter, rect, plot, chart, line)
    _legend(painter, rect, chart, metrics)
    painter.restore()


def _y(plot: QRectF, chart: Chart, value: float) -> float:
    return plot.bottom() - plot.height() * value / chart.top


def _axes(
    painter: QPainter,
    plot: QRectF,
    chart: Chart,
    ticks: tuple[float, ...],
    metrics: QFontMetricsF,
) -> None:
    grid = QPen(QColor(GRID_COLOUR))
    grid.setWidthF(max(1.0, metrics.height() / 16))
    axis = QPen(QColor(AXIS_COLOUR))
    axis.setWidthF(max(1.0, metrics.height() / 12))
    for tick in ticks:
        y = _y(plot, chart, tick)
        painter.setPen(grid)
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor(AXIS_COLOUR))
        label = QRectF(
            plot.left() - 1000,
            y - metrics.height() / 2,
            1000 - metrics.height() * 0.3,
            metrics.height(),
        )
        painter.drawText(
            label,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            chart.label(tick),
        )
    painter.setPen(axis)
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())


def _slot(plot: QRectF, chart: Chart, index: int) -> QRectF:
    width = plot.width() / len(chart.categories)
    return QRectF(plot.left() + width * index, plot.top(), width, plot.height())


def _bars(painter: QPainter, plot: QRectF, chart: Chart) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    for index in range(len(chart.categories)):
        slot = _slot(plot, chart, index)
        inner = slot.adjusted(slot.width() * 0.18, 0, -slot.width() * 0.18, 0)
        if chart.kind is ChartKind.STACKED:
            base = 0.0
            for series in chart.series:
                amount = series.values[index] or 0.0
                painter.setBrush(QBrush(QColor(series.colour)))
                top, bottom = _y(plot, chart, base + amount), _y(plot, chart, base)
                painter.drawRect(QRectF(inner.left(), top, inner.width(), bottom - top))
                base += amount
            continue
        width = inner.width() / max(1, len(chart.series))
        for number, series in enumerate(chart.series):
            value = series.values[index]
            if value is None:
                continue
            painter.setBrush(QBrush(QColor(series.colour)))
            top = _y(plot, chart, value)
            painter.drawRect(
                QRectF(inner.left() + width * number, top, width * 0.92, plot.bottom() - top)
            )


def _lines(painter: QPainter, plot: QRectF, chart: Chart, line: float) -> None:
    for series in chart.series:
        pen = QPen(QColor(series.colour))
        pen.setWidthF(max(1.5, line / 7))
        path = QPainterPath()
        points: list[tuple[QPointF, float]] = []
        for index, value in enumerate(series.values):
            if value is None:
                continue
            point = QPointF(_slot(plot, chart, index).center().x(), _y(plot, chart, value))
            if points:
                path.lineTo(point)
            else:
                path.moveTo(point)
            points.append((point, value))
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(path)
        painter.setBrush(QBrush(QColor(series.colour)))
        radius = line / 4
        for point, value in points:
            painter.drawEllipse(point, radius, radius)
            painter.drawText(
                QRectF(point.x() - line * 3, point.y() - line * 1.3, line * 6, line),
                int(Qt.AlignmentFlag.AlignCenter),
                chart.label(value),
            )


def _categories(painter: QPainter, plot: QRectF, chart: Chart, metrics: QFontMetricsF) -> None:
    painter.setPen(QColor(AXIS_COLOUR))
    for index, category in enumerate(chart.categories):
        slot = _slot(plot, chart, index)
        text = metrics.elidedText(category, Qt.TextElideMode.ElideRight, slot.width())
        painter.drawText(
            QRectF(
                slot.left(), plot.bottom() + metrics.height() * 0.2, slot.width(), metrics.height()
            ),
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
            text,
        )


def _titles(painter: QPainter, rect: QRectF, plot: QRectF, chart: Chart, line: float) -> None:
    painter.setPen(QColor(TEXT_COLOUR))
    painter.drawText(
        QRectF(plot.left(), plot.bottom() + line * 1.3, plot.width(), line),
        int(Qt.AlignmentFlag.AlignHCenter),
        chart.x_title,
    )
    painter.save()
    painter.translate(rect.left(), plot.center().y())
    painter.rotate(-90)
    painter.drawText(
        QRectF(-plot.height() / 2, 0, plot.height(), line * 1.2),
        int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
        chart.y_title,
    )
    painter.restore()


def _legend(painter: QPainter, rect: QRectF, chart: Chart, metrics: QFontMetricsF) -> None:
    line = metrics.height()
    swatch = line * 0.7
    widths = [swatch + line * 0.4 + metrics.horizontalAdvance(s.name) for s in chart.series]
    total = sum(widths) + line * (len(widths) - 1)
    x = rect.center().x() - total / 2
    y = rect.bottom() - line * 1.2
    for series, width in zip(chart.series, widths, strict=True):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(series.colour)))
        painter.drawRect(QRectF(x, y + (line - swatch) / 2, swatch, swatch))
        painter.setPen(QColor(TEXT_COLOUR))
        painter.drawText(
            QRectF(x + swatch + line * 0.4, y, width, line),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            series.name,
        )
        x += width + line

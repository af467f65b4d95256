"""A widget showing one bar or line chart, drawn with QPainter (no QtCharts in Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from seminarkoll.documents.charts import paint_chart
from seminarkoll.domain.charts import Chart


class ChartView(QWidget):
    """Paints `chart` (set with `set_chart`) at the widget's size, with the widget's font."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: Chart | None = None
        self.setMinimumSize(320, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_chart(self, chart: Chart | None) -> None:
        """Show `chart` (None: nothing) and repaint."""
        self.chart = chart
        self.setAccessibleName(chart.title if chart is not None else "")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(480, 300)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#ffffff"))
        if self.chart is not None:
            area = QRectF(self.rect()).adjusted(8, 8, -8, -8)
            paint_chart(painter, area, self.chart, self.font())
        painter.end()

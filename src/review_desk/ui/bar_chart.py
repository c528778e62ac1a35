"""A horizontal bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

BAR_COLOUR = QColor("#4a7fc1")
ROW_HEIGHT = 20


class BarChart(QWidget):
    """Labelled horizontal bars, one per (label, value), with the value at the end."""

    def __init__(self, title: str, parent: QWidget | None = None,
                 colour: QColor = BAR_COLOUR) -> None:
        super().__init__(parent)
        self.title = title
        self.colour = colour
        self.items: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_items(self, items: list[tuple[str, int]]) -> None:
        """The bars to draw, in order."""
        self.items = items
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:
        line = max(ROW_HEIGHT, self.fontMetrics().height() + 4)
        return QSize(200, line * (len(self.items) + 1) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = max(ROW_HEIGHT, metrics.height() + 4)
        painter.setPen(self.palette().windowText().color())
        title_font = painter.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.drawText(QRectF(0, 0, self.width(), line), Qt.AlignmentFlag.AlignVCenter,
                         self.title)
        painter.setFont(self.font())
        if not self.items:
            return
        label_width = min(self.width() // 3,
                          max(metrics.horizontalAdvance(label) for label, _ in self.items) + 8)
        value_width = metrics.horizontalAdvance(str(max(v for _, v in self.items))) + 8
        bar_space = max(10, self.width() - label_width - value_width - 4)
        top = max(v for _, v in self.items) or 1
        for i, (label, value) in enumerate(self.items):
            y = line * (i + 1) + 2
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 6)
            painter.drawText(QRectF(0, y, label_width - 6, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text)
            width = bar_space * value / top
            painter.fillRect(QRectF(label_width, y + 3, width, line - 6), self.colour)
            painter.drawText(QRectF(label_width + width + 4, y, value_width, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             str(value))
        painter.end()

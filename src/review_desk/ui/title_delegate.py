"""The list's 案由 in two lines: the title wraps once and is cut with "…" at the end of
the second line, so about twice as much of it shows in the same width."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

LINES = 2
PADDING = 4


def wrapped(text: str, font: QFont, width: int, lines: int = LINES) -> list[str]:
    """`text` broken into at most `lines` lines of `width` pixels, the last elided."""
    if width <= 0 or not text:
        return [text]
    layout = QTextLayout(text, font)
    layout.beginLayout()
    out: list[str] = []
    start = 0
    while len(out) < lines - 1:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        out.append(text[start:start + line.textLength()])
        start += line.textLength()
    layout.endLayout()
    rest = text[start:]
    if rest:
        out.append(QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
    return out


def row_height(font: QFont) -> int:
    """The height of a two-line row."""
    return QFontMetrics(font).lineSpacing() * LINES + 2 * PADDING


class TitleDelegate(QStyledItemDelegate):
    """Draws one cell's text in up to two lines."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title = opt.text
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else None
        if style is None:
            return
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        rect: QRect = opt.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(role))
        metrics = QFontMetrics(opt.font)
        lines = wrapped(title, opt.font, rect.width())
        height = metrics.lineSpacing() * len(lines)
        top = rect.top() + max(0, (rect.height() - height) // 2)
        for i, line in enumerate(lines):
            painter.drawText(QRect(rect.left(), top + i * metrics.lineSpacing(), rect.width(),
                                   metrics.lineSpacing()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             line)
        painter.restore()

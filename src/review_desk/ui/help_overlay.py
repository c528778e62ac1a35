"""The help overlay: every key of the keymap over the window, closed with Esc, F1 or a
click. Made from the same table as the bindings, so it shows the keys that act."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from review_desk.ui.keymap import SheetRow

COLUMNS = 3


class HelpOverlay(QWidget):
    """A translucent sheet listing the shortcuts."""

    def __init__(self, listing: list[SheetRow], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("helpOverlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        title = QLabel(self.tr("Keyboard shortcuts"))
        title.setStyleSheet("color: white; font-size: 16pt; font-weight: bold;")
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        rows = (len(listing) + COLUMNS - 1) // COLUMNS
        self.rows = listing
        for i, entry in enumerate(listing):
            col, row = divmod(i, rows)
            k = QLabel(f"<b>{' / '.join(entry.keys)}</b>")
            k.setObjectName(f"sheetKeys_{entry.name}")
            t = QLabel(entry.text)
            t.setObjectName(f"sheetText_{entry.name}")
            for label in (k, t):
                label.setStyleSheet("color: white;")
            grid.addWidget(k, row, col * 2, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(t, row, col * 2 + 1)
        hint = QLabel(self.tr("Esc or F1 closes this sheet. Letter keys act while the list "
                              "or the proposal has the focus, on the current proposal or "
                              "on every selected one."))
        hint.setObjectName("helpHint")
        hint.setStyleSheet("color: #ddd;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(title)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.addWidget(hint)
        parent.installEventFilter(self)
        self.hide()

    def show_over_parent(self) -> None:
        """Cover the parent window and take the keyboard."""
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()
        self.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if parent is not None and watched is parent and event.type() == QEvent.Type.Resize:
            self.setGeometry(parent.rect())
        return False

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(20, 30, 45, 225))
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_F1, Qt.Key.Key_Question):
            self.hide()
            return
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.hide()

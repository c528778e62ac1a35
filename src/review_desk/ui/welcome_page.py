"""The first page with no session open: open, create a demo, import, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from review_desk.ui.keymap import strip_mnemonic


class WelcomePage(QWidget):
    """Big buttons bound to the window's actions and the recent files."""

    recent_chosen = Signal(str)

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        title = QLabel(self.tr("Review Desk"))
        title.setStyleSheet("font-size: 22pt; font-weight: bold;")
        subtitle = QLabel(self.tr("Review the proposals of a plenary session, offline."))
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(subtitle)
        column.addSpacing(16)
        self.buttons: list[QPushButton] = []
        for action in actions:
            # the action's words and its real keys; no mnemonic letter that does nothing
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            button = QPushButton(strip_mnemonic(action.text())
                                 + (f"　（{keys}）" if keys else ""))
            button.setMinimumHeight(36)
            button.setEnabled(action.isEnabled())
            button.clicked.connect(action.trigger)
            action.changed.connect(lambda b=button, a=action: b.setEnabled(a.isEnabled()))
            column.addWidget(button)
            self.buttons.append(button)
        column.addSpacing(16)
        column.addWidget(QLabel(self.tr("Recent files:")))
        self.recent = QListWidget()
        self.recent.setObjectName("recentFiles")
        self.recent.itemActivated.connect(
            lambda item: self.recent_chosen.emit(item.data(Qt.ItemDataRole.UserRole)))
        column.addWidget(self.recent, 1)
        holder = QWidget()
        holder.setLayout(column)
        holder.setMaximumWidth(560)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 40, 40, 40)
        outer.addWidget(holder, 1, Qt.AlignmentFlag.AlignHCenter)

    def set_recent(self, files: list[str]) -> None:
        """Show the recent files; one no longer there is greyed, says so and cannot be
        chosen (it comes back to life when its drive is connected again)."""
        self.recent.clear()
        for name in files:
            path = Path(name)
            item = QListWidgetItem(f"{path.name}　—　{path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(name)
            if not path.exists():
                item.setText(self.tr("%1 (not found)").replace("%1", item.text()))
                item.setToolTip(self.tr("%1 is not there any more: moved, renamed, deleted "
                                        "or on a drive that is not connected.")
                                .replace("%1", name))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)

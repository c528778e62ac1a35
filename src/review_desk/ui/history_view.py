"""The history of a proposal in the office's words: what was done (「状态：待审 → 立案」),
by which reviewer, when (local time, zone shown), on this computer or another."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from review_desk.review.history import PlainEntry


class HistoryView(QTreeWidget):
    """One line per action, what it changed underneath; newest first."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.language = language
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("Action"), self.tr("Reviewer"), self.tr("Time"),
                              self.tr("Where")])
        self.setWordWrap(True)
        header = self.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def show_history(self, entries: list[PlainEntry]) -> None:
        """Show the entries, newest first, each action open on what it changed."""
        self.clear()
        for entry in reversed(entries):
            where = self.tr("this computer") if entry.this_device else self.tr(
                "another computer")
            top = QTreeWidgetItem([entry.action, entry.reviewer, entry.time, where])
            top.setToolTip(3, entry.device)
            for line in entry.lines:
                QTreeWidgetItem(top, [line])
            self.addTopLevelItem(top)
            top.setExpanded(True)

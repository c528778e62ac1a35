"""The history of a proposal: who did what, when, on which device."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from review_desk.review.history import HistoryEntry
from review_desk.ui.i18n import action_name


class HistoryView(QTreeWidget):
    """One line per action, its field changes underneath."""

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.language = language
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("Action"), self.tr("Reviewer"), self.tr("Time (UTC)"),
                              self.tr("Device")])
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def show_history(self, entries: list[HistoryEntry]) -> None:
        """Show the entries, newest first."""
        self.clear()
        for entry in reversed(entries):
            top = QTreeWidgetItem([action_name(entry.action, self.language), entry.reviewer,
                                   entry.time.replace("T", " ")[:19], entry.device[:8]])
            for change in entry.changes:
                if change.field in ("@create",):
                    continue
                value = change.value if not isinstance(change.value, str) else change.value[:60]
                QTreeWidgetItem(top, [f"{change.entity}.{change.field} = {value}"])
            self.addTopLevelItem(top)

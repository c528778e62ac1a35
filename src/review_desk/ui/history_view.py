"""The history of a proposal in the office's words: what was done (「状态：待审 → 立案」),
by which reviewer, when (local time, zone shown), on this computer or another."""

from __future__ import annotations

from datetime import date

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
        self.setUniformRowHeights(False)
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def show_history(self, entries: list[PlainEntry]) -> None:
        """Show the entries, newest first, each action open on what it changed."""
        self.clear()
        zones = {entry.time.rpartition(" ")[2] for entry in entries}
        zone = next(iter(zones)) if len(zones) == 1 else ""
        self.setHeaderLabels([self.tr("Action"), self.tr("Reviewer"),
                              # the zone under the word: on one line the header was
                              # wider than every time below it
                              self.tr("Time") + "\n" + zone if zone else self.tr("Time"),
                              self.tr("Where")])
        for entry in reversed(entries):
            where = self.tr("this computer") if entry.this_device else self.tr(
                "another computer")
            when = entry.time.rpartition(" ")[0] if zone else entry.time
            top = QTreeWidgetItem([entry.action, entry.reviewer, short_time(when), where])
            top.setToolTip(0, entry.action)
            top.setToolTip(2, entry.time)
            top.setToolTip(3, entry.device)
            self.addTopLevelItem(top)
            for line in entry.lines:
                child = QTreeWidgetItem(top, [line])
                child.setToolTip(0, line)
                child.setFirstColumnSpanned(True)  # the whole width for what changed
            top.setExpanded(True)


def short_time(when: str, today: date | None = None) -> str:
    """「12-01 11:17」 for a time of this year (the year only takes room in a narrow
    pane: at 150 % it pushed 「指定承办单位」 to 「指定承…」); other years in full."""
    year = str((today or date.today()).year)
    return when[5:] if when.startswith(year + "-") else when

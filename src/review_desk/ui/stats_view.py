"""The statistics view: counts by outcome, category, 界别 and unit, with charts, for the
whole session or the current filter."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from review_desk.review.queries import ProposalFilter, Stats
from review_desk.ui.bar_chart import BarChart
from review_desk.ui.i18n import status_name
from review_desk.ui.session import DeskSession

TOP = 15


class StatsView(QWidget):
    """Four charts and a summary line."""

    def __init__(self, session: DeskSession, current_filter: Callable[[], ProposalFilter],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsView")
        self.session = session
        self.current_filter = current_filter
        self.stale = True
        self.summary = QLabel()
        self.summary.setObjectName("statsSummary")
        self.summary.setWordWrap(True)
        self.use_filter = QCheckBox(self.tr("Only the proposals the filter shows"))
        self.use_filter.toggled.connect(lambda _on: self.refresh())
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.by_status = BarChart(self.tr("By outcome"))
        self.by_category = BarChart(self.tr("By category"), colour=QColor("#5b9f6b"))
        self.by_sector = BarChart(self.tr("By sector (first proposer), top %1")
                                  .replace("%1", str(TOP)), colour=QColor("#c1884a"))
        self.by_unit = BarChart(self.tr("By handling unit, top %1").replace("%1", str(TOP)),
                                colour=QColor("#8a6bb8"))
        grid = QGridLayout()
        grid.addWidget(self.by_status, 0, 0)
        grid.addWidget(self.by_category, 0, 1)
        grid.addWidget(self.by_sector, 1, 0)
        grid.addWidget(self.by_unit, 1, 1)
        grid.setRowStretch(2, 1)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.use_filter)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

    def refresh(self) -> None:
        """Count again."""
        flt = self.current_filter() if self.use_filter.isChecked() else None
        stats = self.session.read(lambda d: d.stats(flt), None)
        if stats is not None:
            self.show_stats(stats)
        self.stale = False

    def show_stats(self, s: Stats) -> None:
        """Draw the counts."""
        self.summary.setText(
            self.tr("%1 proposals · %2 merge groups · %3 key candidates · %4 archived cases")
            .replace("%1", str(s.total)).replace("%2", str(s.merged_groups))
            .replace("%3", str(s.key)).replace("%4", str(s.archive)))
        self.by_status.set_items([(status_name(k), v) for k, v in s.by_status.items()])
        self.by_category.set_items([(k or self.tr("(none)"), sum(v.values()))
                                    for k, v in s.by_category.items()])
        self.by_sector.set_items(list(s.by_sector.items())[:TOP])
        units = sorted(((k, sum(v.values())) for k, v in s.by_unit.items()),
                       key=lambda kv: -kv[1])
        self.by_unit.set_items(units[:TOP])

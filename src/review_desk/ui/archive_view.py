"""The archive view: up to 100,000 cases of earlier sessions in a lazy table, with a
search box."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from review_desk.ui.archive_model import ArchiveModel
from review_desk.ui.session import DeskSession


class ArchiveView(QWidget):
    """Cases of earlier sessions."""

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("archiveView")
        self.session = session
        self.loaded = False
        self.model = ArchiveModel(lambda ids: session.read(lambda d: d.archive_rows(ids), []),
                                  self)
        self.search = QLineEdit()
        self.search.setObjectName("archiveSearch")
        self.search.setPlaceholderText(self.tr("Search the archive: title, proposer, unit"))
        self.search.returnPressed.connect(self.load)
        self.count = QLabel()
        self.table = QTableView()
        self.table.setObjectName("archiveTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 8)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((130, 80, 380, 110, 90, 170)):
            self.table.setColumnWidth(column, width)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def load(self) -> None:
        """List the cases matching the search."""
        text = self.search.text().strip()
        ids = self.session.read(lambda d: d.archive_ids(text), list[str]())
        self.model.set_ids(ids)
        self.count.setText(self.tr("%1 cases").replace("%1", str(len(ids))))
        self.loaded = True

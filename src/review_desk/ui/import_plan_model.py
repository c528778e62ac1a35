"""The import preview's table model: each planned row with its result and the reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from review_desk.importing import RowReport

Index = QModelIndex | QPersistentModelIndex
COLUMNS = 6
COL_RESULT, COL_SOURCE, COL_ROW, COL_TITLE, COL_PROPOSER, COL_REASON = range(COLUMNS)
FILLS = {"warning": "#fff2cc", "error": "#f8cbad", "duplicate": "#ddebf7"}


def outcome(row: RowReport) -> str:
    """ok, warning, error or duplicate."""
    return "duplicate" if row.duplicate else row.severity


class PlanModel(QAbstractTableModel):
    """The plan's rows: result, where, what, and why."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.rows: list[RowReport] = []

    def set_rows(self, rows: list[RowReport]) -> None:
        """Show these rows."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Result"), self.tr("File"), self.tr("Row"), self.tr("Title / name"),
                self.tr("Proposer"), self.tr("Why"))[section]

    def result_text(self, row: RowReport) -> str:
        """The row's outcome in the language in use."""
        return {"ok": self.tr("OK"), "warning": self.tr("Warning"), "error": self.tr("Error"),
                "duplicate": self.tr("Duplicate, skipped")}[outcome(row)]

    def reason(self, row: RowReport) -> str:
        """Everything found in the row, worst first."""
        order = {"error": 0, "warning": 1, "ok": 2}
        issues = sorted(row.issues, key=lambda i: order.get(i.severity, 3))
        return "；".join(i.message_zh if self.language == "zh_CN" else i.message
                        for i in issues)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.result_text(row), row.source, row.row, row.title, row.proposer,
                    self.reason(row))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_TITLE, COL_REASON):
            return row.title if column == COL_TITLE else self.reason(row)
        if role == Qt.ItemDataRole.BackgroundRole and outcome(row) in FILLS:
            return QBrush(QColor(FILLS[outcome(row)]))
        if role == Qt.ItemDataRole.ForegroundRole and outcome(row) in FILLS:
            return QBrush(QColor("#1a1a1a"))  # readable on the light fills in a dark theme
        return None

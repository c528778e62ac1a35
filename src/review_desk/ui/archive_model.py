"""The archive view's model: cases of earlier sessions, fetched lazily by page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from review_desk.review.archive_queries import ArchiveRow
from review_desk.ui.lazy_model import LazyRowModel


class ArchiveModel(LazyRowModel):
    """Rows of the archive (往届档案)."""

    def headers(self) -> list[str]:
        return [self.tr("Session"), self.tr("Case no."), self.tr("Title"), self.tr("Proposer"),
                self.tr("Category"), self.tr("Lead unit"), self.tr("Joint units")]

    def cell(self, row: ArchiveRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return row.title
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        values = (f"{row.year} {row.session_label}", row.case_no, row.title, row.proposer,
                  row.category, row.lead_unit, "、".join(row.joint_units))
        return values[column] if 0 <= column < len(values) else None

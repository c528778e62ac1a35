"""The proposal list's model: ProposalRows fetched lazily by page from the Desk."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from review_desk.review.queries import ProposalRow
from review_desk.ui.i18n import role_name, status_name
from review_desk.ui.lazy_model import LazyRowModel

STATUS_COLOURS = {
    "pending": None,
    "accepted": QColor("#e3f4e1"),
    "rejected": QColor("#fbe3e1"),
    "merged": QColor("#e4ecfa"),
    "withdrawn": QColor("#ececec"),
}

(COL_INTAKE, COL_CASE, COL_TITLE, COL_PROPOSER, COL_SECTOR, COL_CATEGORY, COL_STATUS,
 COL_UNITS, COL_MARKS) = range(9)
HIDDEN_BY_DEFAULT = (COL_CASE, COL_SECTOR, COL_UNITS)
translate = QCoreApplication.translate


def status_text(row: ProposalRow) -> str:
    """The status as the list shows it; a merged member names its lead."""
    if row.status == "merged" and row.merged_into is not None:
        return translate("ProposalModel", "Merged → %1").replace("%1", str(row.merged_into))
    return status_name(row.status)


def units_text(row: ProposalRow) -> str:
    """The assigned units, lead first: "民政局（主办）、财政局（会办）"."""
    return "、".join(f"{u.name}（{role_name(u.role)}）" for u in row.units)


def display_text(row: ProposalRow, column: int) -> str:
    """What a cell of the list shows, as text (also what the list's export writes)."""
    match column:
        case 0:
            return str(row.intake_no)
        case 1:
            return row.case_no
        case 2:
            return row.title
        case 3:
            return row.proposers
        case 4:
            return row.sector
        case 5:
            return row.category
        case 6:
            return status_text(row)
        case 7:
            return units_text(row)
        case 8:
            return ("★" if row.key else "") + ("✎" if row.note_count else "") + (
                "⚠" if row.conflict else "")
    return ""


class ProposalModel(LazyRowModel):
    """Rows of the proposal list."""

    def __init__(self, fetch: Callable[[list[str]], Sequence[ProposalRow]],
                 parent: QObject | None = None) -> None:
        super().__init__(fetch, parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Case no."), self.tr("Title"), self.tr("Proposer"),
                self.tr("Sector"), self.tr("Category"), self.tr("Status"), self.tr("Units"),
                self.tr("Marks")]

    def cell(self, row: ProposalRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = STATUS_COLOURS.get(row.status)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TITLE:
                return row.title
            if column == COL_MARKS:
                return self._marks_tip(row)
            if column == COL_UNITS:
                return units_text(row)
            return None
        if role == Qt.ItemDataRole.FontRole and row.key and column == COL_TITLE:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_INTAKE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: ProposalRow, column: int) -> Any:
        if column == COL_INTAKE:
            return row.intake_no  # a number: sorts and aligns as one
        return display_text(row, column)

    def _marks_tip(self, row: ProposalRow) -> str:
        parts = []
        if row.key:
            parts.append(self.tr("Key proposal candidate"))
        if row.note_count:
            parts.append(self.tr("%1 note(s)").replace("%1", str(row.note_count)))
        if row.conflict:
            parts.append(self.tr("Conflicting edits to resolve"))
        return "\n".join(parts)

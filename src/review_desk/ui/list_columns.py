"""The proposal list's columns: sized to their content, the title in two lines taking
the rest, every column sortable (intake order first), 提案号 and 承办单位 shown once some
proposal has them, and a header menu to show or hide any column (a choice that sticks)."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QMenu, QTableView

from review_desk.models.values import STATUSES
from review_desk.review.list_order import SortKey
from review_desk.review.queries import ProposalRow
from review_desk.ui.i18n import status_name
from review_desk.ui.proposal_model import (
    COL_CASE,
    COL_CATEGORY,
    COL_INTAKE,
    COL_MARKS,
    COL_PROPOSER,
    COL_SECTOR,
    COL_STATUS,
    COL_TITLE,
    COL_UNITS,
    HIDDEN_BY_DEFAULT,
    ProposalModel,
    status_text,
)
from review_desk.ui.title_delegate import TitleDelegate, row_height

CELL_PADDING = 14  # the cell's text margins and the grid line, with room to spare
PROPOSER_CHARS = "张三丰等3人"  # "张三等3人" is the common longest; longer ones elide
MIN_TITLE_WIDTH = 170  # two lines of it: 20 characters or more of any title
WHOLE_TITLE = "关于进一步完善城乡社区养老服务设施建设运营管理的提案"  # a long title
GOOD_TITLE_WIDTH = 420  # two lines of it hold a whole 关于……的提案 of 40-50 characters
SORT_KEYS: dict[int, SortKey] = {
    COL_INTAKE: "intake", COL_CASE: "case", COL_TITLE: "title", COL_PROPOSER: "proposer",
    COL_SECTOR: "sector", COL_CATEGORY: "category", COL_STATUS: "status",
    COL_UNITS: "units", COL_MARKS: "marks"}
_SAMPLE_ROW = ProposalRow("", 0, "", "", "merged", "", "", "", (), False, None, 0, False)


class ListColumns(QObject):
    """Column sizes, order, sorting and visibility of the proposal list."""

    sort_changed = Signal()

    def __init__(self, table: QTableView, model: ProposalModel) -> None:
        super().__init__(table)
        self.table = table
        self.model = model
        self.categories: list[str] = []
        self.sort_key: SortKey = "intake"
        self.descending = False
        self._chosen: set[int] = set()  # columns shown or hidden by hand
        self.table.setItemDelegateForColumn(COL_TITLE, TitleDelegate(table))
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(row_height(table.font()))
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(COL_INTAKE, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_by)
        header.sectionResized.connect(self._resized)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._menu)
        for column in HIDDEN_BY_DEFAULT:
            table.setColumnHidden(column, True)

    def texts(self, categories: list[str]) -> dict[int, list[str]]:
        """The longest texts each fixed-width column shows."""
        widest_no = "8" * max(3, len(str(len(self.model.ids))))
        return {
            COL_INTAKE: [widest_no],
            COL_CASE: ["第0000号"],
            COL_PROPOSER: [PROPOSER_CHARS],
            # four characters (经济建设); a longer category elides, its tooltip says it all
            COL_CATEGORY: ["经济建设"],
            COL_UNITS: ["市住建局（主办）"],
            COL_STATUS: [*(status_name(s) for s in STATUSES),
                         status_text(replace(_SAMPLE_ROW, merged_into=int(widest_no)))],
            COL_MARKS: ["★✎⚠"],
        }

    def fit(self, categories: list[str]) -> None:
        """Size the columns to their content in the font in use (the title takes the
        rest), and the rows to two lines of it."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        for column, texts in self.texts(categories).items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max([metrics.horizontalAdvance(t) for t in texts]
                        + [header.fontMetrics().horizontalAdvance(title)])
            self.table.setColumnWidth(column, width + CELL_PADDING)
        self.categories = categories
        self._fit_rows()

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if column == COL_TITLE:
            self._fit_rows()

    def _fit_rows(self) -> None:
        """Two lines per row, or one where the title column holds a whole title."""
        font = self.table.font()
        one_line = self.table.columnWidth(COL_TITLE) >= QFontMetrics(font).horizontalAdvance(
            WHOLE_TITLE) + CELL_PADDING
        height = row_height(font, 1 if one_line else 2)
        if self.table.verticalHeader().defaultSectionSize() != height:
            self.table.verticalHeader().setDefaultSectionSize(height)

    def needed_width(self, title: int = MIN_TITLE_WIDTH) -> int:
        """The list's width with every visible fixed column and `title` pixels of title."""
        header = self.table.horizontalHeader()
        fixed = sum(header.sectionSize(c) for c in range(self.model.columnCount())
                    if c != COL_TITLE and not header.isSectionHidden(c))
        return fixed + title + self.table.verticalScrollBar().sizeHint().width() + 4

    def show_shape(self, numbered: bool, assigned: bool) -> None:
        """Show 提案号 once cases are numbered and 承办单位 once units are assigned
        (unless the reviewer chose otherwise in the header menu)."""
        for column, wanted in ((COL_CASE, numbered), (COL_UNITS, assigned)):
            if column not in self._chosen:
                self.table.setColumnHidden(column, not wanted)

    def _sort_by(self, column: int, order: Qt.SortOrder) -> None:
        self.sort_key = SORT_KEYS.get(column, "intake")
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.sort_changed.emit()

    def _set_shown(self, column: int, on: bool) -> None:
        self._chosen.add(column)
        self.table.setColumnHidden(column, not on)

    def _menu(self, pos: QPoint) -> None:
        menu = QMenu(self.table)
        for column in range(self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(partial(self._set_shown, column))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

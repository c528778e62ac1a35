"""The review workspace: search box, the lazy proposal list and the detail pane.

After an action only the touched rows are fetched again, so the list keeps its place
and selection; the id list is queried again only when the filter or search changes."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from review_desk.review.journal import Changed, proposal_of
from review_desk.review.queries import ProposalFilter, ProposalRow
from review_desk.ui.detail_pane import DetailPane
from review_desk.ui.filter_panel import STATUSES
from review_desk.ui.i18n import status_name
from review_desk.ui.proposal_model import (
    COL_CATEGORY,
    COL_INTAKE,
    COL_MARKS,
    COL_PROPOSER,
    COL_STATUS,
    COL_TITLE,
    HIDDEN_BY_DEFAULT,
    ProposalModel,
    status_text,
)
from review_desk.ui.session import DeskSession

CELL_PADDING = 14  # the cell's text margins and the grid line, with room to spare
PROPOSER_CHARS = "张三丰等 3 人"  # "张三等 3 人" is the common longest; longer ones elide
MIN_TITLE_WIDTH = 200

_SAMPLE_ROW = ProposalRow("", 0, "", "", "merged", "", "", "", (), False, None, 0, False)


def touched_proposals(changed: Changed) -> set[str] | None:
    """Proposals whose rows an action changed; None when something beyond proposals
    changed (lists, units, an import) and everything should be read again."""
    out: set[str] = set()
    for entity, ids in changed.entities.items():
        for entity_id in ids:
            pid = proposal_of(entity, entity_id)
            if pid is None:
                return None
            out.add(pid)
    return out


class ReviewWorkspace(QWidget):
    """The list and the detail of the open session."""

    current_changed = Signal(object)  # proposal id or None

    def __init__(self, session: DeskSession, decision_actions: list[QAction], language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workspace")
        self.session = session
        self.filter = ProposalFilter()
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search title, text, proposer, unit (Ctrl+F)"))
        self.search.returnPressed.connect(self._search)
        self.count = QLabel()
        self.count.setObjectName("listCount")
        self.model = ProposalModel(lambda ids: session.read(lambda d: d.rows(ids), []), self)
        self.table = QTableView()
        self.table.setObjectName("proposalList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        self.fit_columns([])
        for column in HIDDEN_BY_DEFAULT:
            self.table.setColumnHidden(column, True)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._current_row_changed(current.row()))
        self._chosen_order: list[str] = []  # selected ids, first chosen first
        self.table.selectionModel().selectionChanged.connect(self._track_selection)
        self.detail = DetailPane(session, decision_actions, language)
        self.detail.text.proposal_clicked.connect(self.go_to_intake)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(top)
        left_layout.addWidget(self.table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([560, 600])
        self._balanced = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.detail.bar)
        session.changed.connect(self.on_changed)

    def column_texts(self, categories: list[str]) -> dict[int, list[str]]:
        """The longest texts each fixed-width column can show (the title stretches, the
        proposer elides with the whole list in its tooltip)."""
        widest_no = "8" * max(3, len(str(len(self.model.ids))))
        return {
            COL_INTAKE: [widest_no],
            COL_PROPOSER: [PROPOSER_CHARS],
            COL_CATEGORY: [*categories, "经济建设"],
            COL_STATUS: [*(status_name(s) for s in STATUSES),
                         status_text(replace(_SAMPLE_ROW, merged_into=int(widest_no)))],
            COL_MARKS: ["★✎⚠"],
        }

    def fit_columns(self, categories: list[str]) -> None:
        """Size the columns to their content in the font in use, so nothing is cut off
        (the title takes the rest of the width)."""
        metrics = self.table.fontMetrics()
        header = self.table.horizontalHeader()
        header_metrics = header.fontMetrics()
        for column, texts in self.column_texts(categories).items():
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max([metrics.horizontalAdvance(t) for t in texts]
                        + [header_metrics.horizontalAdvance(title)]) + CELL_PADDING
            self.table.setColumnWidth(column, width)
        self.categories = categories

    def needed_width(self) -> int:
        """The list's width with every visible fixed column and a usable title."""
        header = self.table.horizontalHeader()
        fixed = sum(header.sectionSize(c) for c in range(self.model.columnCount())
                    if c != COL_TITLE and not header.isSectionHidden(c))
        return fixed + MIN_TITLE_WIDTH + self.table.verticalScrollBar().sizeHint().width() + 4

    def balance(self) -> None:
        """Give the list the width its columns need, the detail the rest."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        left = min(max(self.needed_width(), total * 2 // 5), total * 3 // 5)
        self.splitter.setSizes([left, total - left])
        self._balanced = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._balanced and self.isVisible() and event.size().width() > 0:
            self.balance()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._balanced:
            QTimer.singleShot(0, self.balance)

    def review_key_widgets(self) -> list[QWidget]:
        """Where the plain review keys act: the list and the proposal's text."""
        return [self.table, self.detail.text]

    def focus_search(self) -> None:
        """Ctrl+F: into the search box, its words selected."""
        self.search.setFocus()
        self.search.selectAll()

    def stop(self) -> None:
        """The session closes: no timer fires after this."""

    # --- ids and selection --------------------------------------------------------------

    def current_id(self) -> str | None:
        """The proposal under the cursor."""
        return self.model.id_at(self.table.currentIndex().row())

    def selected_ids(self) -> list[str]:
        """The selected proposals in list order (the current one when none is)."""
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ids = [self.model.ids[r] for r in rows if r < len(self.model.ids)]
        if not ids and self.current_id() is not None:
            ids = [self.current_id() or ""]
        return ids

    def selected_ids_in_order(self) -> list[str]:
        """The selection, the proposal selected first first (then list order)."""
        ids = self.selected_ids()
        chosen = set(ids)
        first = [i for i in self._chosen_order if i in chosen]
        return first + [i for i in ids if i not in set(first)]

    def _track_selection(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        gone = {self.model.id_at(i.row()) for i in deselected.indexes()}
        order = [i for i in self._chosen_order if i not in gone]
        known = set(order)
        for row in sorted({i.row() for i in selected.indexes()}):
            pid = self.model.id_at(row)
            if pid is not None and pid not in known:
                order.append(pid)
                known.add(pid)
        self._chosen_order = order

    def set_ids(self, ids: list[str], keep: bool = True) -> None:
        """Show these ids, keeping the current proposal and selection where they remain."""
        current, selected = self.current_id(), set(self.selected_ids()) if keep else set()
        old_row = self.table.currentIndex().row()
        self.model.set_ids(ids)
        self.count.setText(self.tr("%1 proposals").replace("%1", str(len(ids))))
        if not ids:
            self.detail.show_proposal(None)
            self.current_changed.emit(None)
            return
        row = self.model.row_of(current) if current else -1
        if row < 0:
            row = max(0, min(old_row, len(ids) - 1))
        self.select_row(row)
        if len(selected) > 1:
            selection = QItemSelection()
            for pid in selected:
                r = self.model.row_of(pid)
                if r >= 0:
                    selection.select(self.model.index(r, 0), self.model.index(r, 0))
            self.table.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.Select
                | QItemSelectionModel.SelectionFlag.Rows)

    def reload(self) -> None:
        """Query the ids of the filter and search again."""
        flt = replace(self.filter, search=self.search.text().strip())
        self.set_ids(self.session.read(lambda d: d.list_ids(flt), list[str]()))

    def set_filter(self, flt: ProposalFilter) -> None:
        """Show what `flt` selects (the search box adds its words)."""
        self.filter = flt
        self.reload()

    def current_filter(self) -> ProposalFilter:
        """The filter and search shown."""
        return replace(self.filter, search=self.search.text().strip())

    def select_row(self, row: int) -> None:
        """Make `row` current and the only one selected."""
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, COL_TITLE)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(self.model.index(row, COL_INTAKE))

    def go_to(self, proposal_id: str) -> bool:
        """Select a proposal if the list shows it."""
        row = self.model.row_of(proposal_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def go_to_intake(self, intake_no: int) -> None:
        """Select the proposal with this intake number (clearing the filter if needed)."""
        pid = self.session.read(lambda d: d.proposal_id(intake_no), None)
        if pid is not None and not self.go_to(pid):
            self.search.clear()
            self.set_filter(ProposalFilter())
            self.go_to(pid)

    def step(self, delta: int) -> None:
        """Next (+1) or previous (-1) proposal."""
        row = self.table.currentIndex().row()
        self.select_row(max(0, min(self.model.rowCount() - 1, row + delta)))

    def next_pending(self) -> bool:
        """Go to the next pending proposal after the current one (wrapping)."""
        flt = replace(self.current_filter(), status="pending")
        pending = set(self.session.read(lambda d: d.list_ids(flt), list[str]()))
        ids, start = self.model.ids, self.table.currentIndex().row()
        for offset in range(1, len(ids) + 1):
            row = (start + offset) % len(ids)
            if ids[row] in pending:
                self.select_row(row)
                return True
        return False

    # --- reacting ---------------------------------------------------------------------

    def on_changed(self, changed: Changed) -> None:
        """Show the current proposal again and fetch the touched rows again (the current
        one's row comes with its detail: one read, not two)."""
        touched = touched_proposals(changed)
        self.detail.reload()
        if touched is None:
            self.model.refresh_all()
        else:
            shown = self.detail.detail
            self.model.refresh(touched, known=[shown.row] if shown is not None else [])

    def _current_row_changed(self, row: int) -> None:
        pid = self.model.id_at(row)
        if pid != self.detail.proposal_id:
            self.detail.show_proposal(pid)
            self.current_changed.emit(pid)

    def _search(self) -> None:
        words = self.search.text().split()
        self.detail.terms = words
        self.reload()
        self.detail.set_terms(words)

    def _column_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.table.setColumnHidden(c, not on))
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))

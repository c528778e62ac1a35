"""The review workspace: search box, the lazy proposal list and the detail pane.

After an action only the touched rows are fetched again, so the list keeps its place
and selection; the id list is queried again only when the filter or search changes."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from review_desk.desk import Desk
from review_desk.review.journal import Changed, proposal_of
from review_desk.review.journal_watch import EXTERNAL
from review_desk.review.queries import ProposalFilter
from review_desk.ui.detail_pane import DetailPane
from review_desk.ui.list_columns import GOOD_TITLE_WIDTH, ListColumns
from review_desk.ui.list_keys import home_end_by_rows
from review_desk.ui.proposal_model import COL_INTAKE, COL_TITLE, ProposalModel
from review_desk.ui.session import DeskSession
from review_desk.ui.settings import remember_split, remembered_split

SEARCH_DELAY_MS = 300  # typing pauses this long: the search runs


def touched_proposals(changed: Changed) -> set[str] | None:
    """Proposals whose rows an action changed; None when something beyond proposals
    changed (lists, units, an import) and everything should be read again."""
    if changed.everything:
        return None
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
        # search as the reviewer types, once the typing pauses
        self._search_later = QTimer(self)
        self._search_later.setSingleShot(True)
        self._search_later.setInterval(SEARCH_DELAY_MS)
        self._search_later.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _t: self._search_later.start())
        self._searched = ""
        self.count = QLabel()
        self.count.setObjectName("listCount")
        self.model = ProposalModel(lambda ids: session.read(lambda d: d.rows(ids), []), self)
        self.table = QTableView()
        self.table.setObjectName("proposalList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setTabKeyNavigation(False)
        home_end_by_rows(self.table)
        self.table.verticalHeader().hide()
        self.columns = ListColumns(self.table, self.model)
        self.columns.sort_changed.connect(self.reload)
        self.columns.fit([])
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
        self.splitter.splitterMoved.connect(lambda _pos, _i: self._split_moved())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.detail.bar)
        session.changed.connect(self.on_changed)

    def fit_columns(self, categories: list[str]) -> None:
        """Size the columns to their content in the font in use."""
        self.columns.fit(categories)

    @property
    def categories(self) -> list[str]:
        """The category names the columns were sized for."""
        return self.columns.categories

    def needed_width(self) -> int:
        """The list's width with every visible fixed column and a usable title."""
        return self.columns.needed_width()

    def show_shape(self) -> None:
        """提案号 and 承办单位 columns once some proposal has them."""
        shape = self.session.read(lambda d: d.list_shape(), (False, False))
        before = self.needed_width()
        self.columns.show_shape(*shape)
        if self._balanced and self.needed_width() != before:
            self.balance()  # a column came or went: the title keeps its readable width

    def balance(self) -> None:
        """Give the list the share the reviewer last dragged it to, or else the width its
        columns need; the detail the rest."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        share = remembered_split()
        if share is not None:
            left = int(total * share)
        else:
            # room for a whole title where the screen has it, never less than a usable one
            wanted = self.columns.needed_width(GOOD_TITLE_WIDTH)
            left = min(max(self.needed_width(), min(wanted, total * 3 // 5), total * 2 // 5),
                       total * 2 // 3)
        self.splitter.setSizes([left, total - left])
        self._balanced = True

    def _split_moved(self) -> None:
        sizes = self.splitter.sizes()
        if sum(sizes) > 0:
            remember_split(sizes[0] / sum(sizes))

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
        self._search_later.stop()

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
        """Query the ids of the filter and search again (in the column order chosen)."""
        flt = replace(self.filter, search=self.search.text().strip())
        key, descending = self.columns.sort_key, self.columns.descending

        def ids(d: Desk) -> list[str]:
            found = d.list_ids(flt)
            return d.sorted_ids(found, key, descending) if key != "intake" or descending \
                else found

        self.set_ids(self.session.read(ids, list[str]()))

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
        if ("proposal", "present") in changed.fields or (changed.action == EXTERNAL and (
                touched is None or any(self.model.row_of(pid) < 0 for pid in touched))):
            # proposals came or went (an undone import), or another process changed ones
            # this list does not show: the filter is asked again (place and selection kept)
            self.reload()
        elif touched is None:
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
        """Show what the search words find and land on the first hit."""
        self._search_later.stop()
        text = self.search.text().strip()
        words = text.split()
        self.detail.terms = words
        self.reload()
        if text != self._searched:
            self._searched = text
            self.select_row(0)
        self.detail.set_terms(words)

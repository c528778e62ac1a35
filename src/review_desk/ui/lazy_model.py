"""A table model over a list of ids whose rows are fetched by page when first shown.

The ids come first (one cheap query); a page of rows is read only when a view asks for
one of its rows, and only a bounded number of pages is kept, so 100,000 rows open at
once and scroll smoothly.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Row = Any  # the plain dataclass of one row (ProposalRow, ArchiveRow)
Index = QModelIndex | QPersistentModelIndex

PAGE_SIZE = 100
MAX_PAGES = 60
REFETCH_ROWS = 20  # an action touching at most this many rows fetches just those


class LazyRowModel(QAbstractTableModel):
    """Rows of ids, fetched by page through `fetch(ids) -> rows` (same order)."""

    def __init__(self, fetch: Callable[[list[str]], Sequence[Row]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._ids: list[str] = []
        self._position: dict[str, int] | None = None
        self._pages: OrderedDict[int, list[Row | None]] = OrderedDict()
        self.pages_fetched = 0
        self._columns = len(self.headers())  # asked for on every paint: counted once

    # --- what subclasses say ----------------------------------------------------------

    def headers(self) -> list[str]:
        """Column titles."""
        raise NotImplementedError

    def cell(self, row: Row, column: int, role: int) -> Any:
        """What one cell shows for `role` (None for nothing)."""
        raise NotImplementedError

    # --- ids --------------------------------------------------------------------------

    def set_ids(self, ids: list[str]) -> None:
        """Show these ids (rows are fetched when needed)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._position = None
        self._pages.clear()
        self.endResetModel()

    @property
    def ids(self) -> list[str]:
        """The ids in order."""
        return self._ids

    def id_at(self, row: int) -> str | None:
        """The id shown in `row`."""
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: str) -> int:
        """The row of an id, or -1."""
        if self._position is None:
            self._position = {pid: i for i, pid in enumerate(self._ids)}
        return self._position.get(item_id, -1)

    def row_data(self, row: int) -> Row | None:
        """The fetched row at `row` (fetching its page if needed)."""
        if not 0 <= row < len(self._ids):
            return None
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = self._load(page_no)
        else:
            self._pages.move_to_end(page_no)
        return page[row - page_no * PAGE_SIZE]

    def _load(self, page_no: int) -> list[Row | None]:
        ids = self._ids[page_no * PAGE_SIZE:(page_no + 1) * PAGE_SIZE]
        fetched = {self.key_of(r): r for r in self._fetch(ids)}
        page: list[Row | None] = [fetched.get(i) for i in ids]
        self._pages[page_no] = page
        self.pages_fetched += 1
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def key_of(self, row: Row) -> str:
        """The id of a fetched row."""
        return str(row.id)

    def refresh(self, ids: Iterable[str], known: Sequence[Row] = ()) -> None:
        """Fetch the rows of these ids again and repaint them (a few rows: just those;
        many: their pages are dropped and fetched when shown). Rows in `known` were just
        read by the caller and are used as they are."""
        wanted = [i for i in ids if self.row_of(i) >= 0]
        rows = sorted(self.row_of(i) for i in wanted)
        if not rows:
            return
        if len(rows) <= REFETCH_ROWS:
            given = {self.key_of(r): r for r in known}
            loaded = [i for i in wanted if self.row_of(i) // PAGE_SIZE in self._pages]
            missing = [i for i in loaded if i not in given]
            fetched = {self.key_of(r): r for r in self._fetch(missing)} if missing else {}
            fetched.update((i, given[i]) for i in loaded if i in given)
            for item_id in loaded:
                row = self.row_of(item_id)
                self._pages[row // PAGE_SIZE][row % PAGE_SIZE] = fetched.get(item_id)
        else:
            for page_no in {r // PAGE_SIZE for r in rows}:
                self._pages.pop(page_no, None)
        last = self.columnCount() - 1
        self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], last))

    def refresh_all(self) -> None:
        """Forget every fetched row."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, self.columnCount() - 1))

    # --- QAbstractTableModel ----------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._columns

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_data(index.row())
        if row is None:
            return None
        return self.cell(row, index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            headers = self.headers()
            return headers[section] if 0 <= section < len(headers) else None
        return section + 1

"""The lazy model: 100,000 rows open at once, and only the pages shown are fetched."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from review_desk.ui.lazy_model import MAX_PAGES, PAGE_SIZE, LazyRowModel

N = 100_000


@dataclass(frozen=True)
class FakeRow:
    id: str
    title: str


class FakeModel(LazyRowModel):
    def headers(self) -> list[str]:
        return ["id", "title"]

    def cell(self, row: FakeRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.id if column == 0 else row.title
        return None


def test_hundred_thousand_rows_scroll(qtbot) -> None:  # type: ignore[no-untyped-def]
    asked: list[int] = []

    def fetch(ids: list[str]) -> list[FakeRow]:
        asked.append(len(ids))
        return [FakeRow(i, f"关于第{i}号的提案") for i in ids]

    model = FakeModel(fetch)
    model.set_ids([str(i) for i in range(N)])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == N
    assert len(asked) <= 2  # only what the first screen shows
    bar = view.verticalScrollBar()
    for step in range(0, 101):  # scroll top to bottom in 100 steps
        bar.setValue(bar.maximum() * step // 100)
        view.viewport().repaint()
    assert model.index(N - 1, 1).data() == f"关于第{N - 1}号的提案"
    assert all(n <= PAGE_SIZE for n in asked)
    assert len(asked) < 250  # pages seen, never the whole list
    assert len(model._pages) <= MAX_PAGES  # memory stays bounded
    model.refresh([str(N - 1)])
    assert model.index(N - 1, 0).data() == str(N - 1)


def test_proposal_model_on_a_session(window) -> None:  # type: ignore[no-untyped-def]
    model = window.workspace.model
    assert model.pages_fetched >= 1
    assert model.index(0, 2).data()  # a title
    assert model.headerData(0, Qt.Orientation.Horizontal) == "流水号"

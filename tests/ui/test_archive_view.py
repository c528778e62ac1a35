"""The archive tab on a real session file with 100,000 cases of earlier sessions: it
opens at once, fetches only the pages shown, scrolls to the end, and its search box
narrows the list to what the core finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from review_desk.desk import Desk
from review_desk.ui.lazy_model import MAX_PAGES, PAGE_SIZE

from .conftest import open_window
from .keys import press

N = 100_000


@pytest.fixture(scope="module")
def archive_session(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A session with 10 proposals and 100,000 archived cases (about half a minute)."""
    from review_desk.demo import generate

    path = tmp_path_factory.mktemp("archive") / "archive100k.rdesk"
    Desk.create(path, generate(proposals=10, archive=N, seed=5)).close()
    return path


def test_archive_tab_at_100k(qtbot, app: QApplication, archive_session: Path) -> None:  # type: ignore[no-untyped-def]
    window = open_window(qtbot, app, archive_session)
    assert window.workspace is not None and window.archive is not None
    view = window.archive
    assert not view.loaded  # nothing read until the tab is shown
    press(window.workspace.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is view and view.loaded
    model = view.model
    assert model.rowCount() == N
    assert view.count.text() == f"共 {N} 件"
    QApplication.processEvents()
    assert model.pages_fetched <= 2  # the first screen only
    with Desk.open(archive_session) as desk:
        ids = desk.archive_ids()
        last = desk.archive_rows([ids[-1]])[0]
        word = desk.archive_rows([ids[0]])[0].title[2:5]
        found = desk.archive_ids(word)
    bar = view.table.verticalScrollBar()
    for step in range(0, 101, 5):
        bar.setValue(bar.maximum() * step // 100)
        view.table.viewport().repaint()
    assert model.index(N - 1, 2).data() == last.title
    assert len(model._pages) <= MAX_PAGES
    assert model.pages_fetched < 100  # pages seen, never all 1,000
    assert PAGE_SIZE * model.pages_fetched < N // 5
    view.search.setText(word)
    press(view.search, Qt.Key.Key_Return)
    assert model.ids == found and 0 < len(found) < N
    assert view.count.text() == f"共 {len(found)} 件"
    window.close()

"""The status line counts what a reviewer cares about: 「已审 N / 80 · 我的 N / M」 and
this reviewer's own unsent actions (a fresh demo: none; a bulk: one action)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from review_desk.ui.main_window import MainWindow

from .keys import press


def test_fresh_demo_has_no_unsent_actions(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    line = window.status_line
    qtbot.waitUntil(lambda: line.unsynced.text() != "")
    assert line.unsynced.text() == "您的更改均已同步"  # the demo's import is not yours
    assert line.review.text().startswith("已审 0 / 80")


def test_counts_actions_not_rows(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws = window.workspace
    assert ws is not None and window.session is not None
    ws.table.setFocus()
    press(ws.table, Qt.Key.Key_A)  # one decision: several journal rows
    press(ws.table, Qt.Key.Key_J)
    press(ws.table, Qt.Key.Key_S)  # a key mark: three rows
    line = window.status_line
    qtbot.waitUntil(lambda: line.unsynced.text() == "2 项更改未同步")
    qtbot.waitUntil(lambda: line.review.text().startswith("已审 1 / 80"))

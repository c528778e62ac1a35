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


def test_moving_through_the_list_flashes_no_busy_bar(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """J with the suggestions shown asks for the next proposal's off the UI thread (tens of
    ms): the bar stays hidden, the unsent count stays where it is; long work shows it."""
    ws, panel, line = window.workspace, window.assist, window.status_line
    assert ws is not None and panel is not None
    qtbot.waitUntil(lambda: not panel.busy and panel.units.count() > 0, timeout=90_000)
    qtbot.waitUntil(lambda: not window.runner.busy)
    where = line.unsynced.mapTo(window, line.unsynced.rect().topLeft())
    ws.table.setFocus()
    press(ws.table, Qt.Key.Key_J)
    assert window.runner.busy and panel.busy  # the question is out
    assert not line.progress.isVisible()
    assert line.unsynced.mapTo(window, line.unsynced.rect().topLeft()) == where
    qtbot.waitUntil(lambda: not window.runner.busy)
    assert not line.progress.isVisible()
    # work that lasts shows the bar once it lasted; work that counts, at once
    line.set_busy(True)
    assert not line.progress.isVisible()
    qtbot.waitUntil(line.progress.isVisible, timeout=2_000)
    line.set_busy(False)
    line.set_busy(True)
    line.set_progress(3, 10)
    assert line.progress.isVisible()
    line.set_busy(False)
    assert not line.progress.isVisible()

"""What a finished background task keeps alive: nothing its work held.

`TaskRunner.start` hands each `Task` to `QThreadPool.globalInstance().start(task)`. PySide's
binding makes the pool the Python parent of the runnable, and the global pool lives as long
as the application, so every Task ever started stays referenced. Its `work` is the closure
holding whatever the work needed (the `Desk`, the assistance index, an import's parsed
rows): the runner lets go of it once the task has reported, or each session opened and
closed in a window would stay in memory.
"""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from review_desk.ui.workers import Task, TaskRunner

from .conftest import open_window


class _Payload:
    """Stands for what a task's work holds (a Desk, an index, rows)."""


def test_a_finished_task_lets_go_of_what_its_work_held(
        qtbot, app: QApplication) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    held: list[weakref.ref[_Payload]] = []
    results: list[object] = []

    def work_holding_a_payload() -> object:
        payload = _Payload()
        held.append(weakref.ref(payload))
        return lambda _report: id(payload)

    task = runner.start(work_holding_a_payload(), results.append, results.append)
    task_ref = weakref.ref(task)
    del task
    qtbot.waitUntil(lambda: len(results) == 1 and not runner.busy, timeout=10_000)
    assert runner.wait()
    gc.collect()
    # what keeps it: the pool (the binding's parent/child link), not the runner
    alive = task_ref()
    holders = [type(r).__name__ for r in gc.get_referrers(alive)] if alive else []
    assert held[0]() is None, (
        f"the work's payload is alive after the task reported; the Task is "
        f"{'alive' if alive is not None else 'gone'}, referred to by {holders}; "
        f"pool = {QThreadPool.globalInstance()!r}")


def test_no_finished_task_keeps_a_closed_sessions_desk(
        qtbot, app: QApplication, session_file: Path) -> None:  # type: ignore[no-untyped-def]
    """In the window: no task that ran for a session (its file check captures `desk`)
    holds its Desk once it is closed (this test looks at the tasks only)."""
    window = open_window(qtbot, app, session_file)
    desk_ref = weakref.ref(window.session.desk)
    window.runner.wait()
    window.close_session()
    for _ in range(5):
        qtbot.wait(20)
    gc.collect()
    desk = desk_ref()
    # type(), not isinstance(): a dead weakref.proxy among the objects raises on the latter
    holding = [t for t in gc.get_objects() if issubclass(type(t), Task) and desk is not None
               and any(_contents(c) is desk
                       for c in (getattr(getattr(t, "work", None), "__closure__", None) or ()))]
    del desk
    window.runner.wait()
    window.close()
    assert holding == [], (f"{len(holding)} finished Task(s), referred to by the global "
                           "QThreadPool, hold the closed session's Desk in their work")


def _contents(cell: object) -> object:
    try:
        return cell.cell_contents  # type: ignore[attr-defined]
    except ValueError:  # an empty cell
        return None

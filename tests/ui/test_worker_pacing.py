"""A task on the window's worker thread runs paced: at the core's pace points it gives
the interpreter back to the UI thread, which then paints without waiting for it."""

from __future__ import annotations

import time

from review_desk.review.pacing import pace, rests
from review_desk.ui.workers import ProgressCallback, TaskRunner


def test_a_task_rests_at_the_core_pace_points(qtbot) -> None:  # type: ignore[no-untyped-def]
    runner = TaskRunner()
    results: list[object] = []

    def busy(_progress: ProgressCallback) -> int:
        # work until it has rested three times (each 6 ms of work) — a count, not a
        # time: on a loaded machine 100 ms of wall time held only four rests. This short
        # task aborted the process in up to half the runs while the runner deleted a
        # per-task QObject (see workers.py's docstring); it is the test for that too.
        end = time.perf_counter() + 10
        while time.perf_counter() < end and rests() < 3:
            pace()
        return rests()

    runner.start(busy, results.append, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    assert results == [3]
    assert rests() == 0  # the UI thread itself is never paced

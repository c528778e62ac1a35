"""Long work off the UI thread: a QRunnable whose outcome and progress come back as
signals on the UI thread.

Quitting while a task runs. The app may quit without the window being closed (a session
logout, `QCoreApplication.exit`): then Python's exit deletes every QObject it owns — a
task's signal carrier included — while the pool thread is still working, and the task's
next `emit` raised "Signal source has been deleted". So:

- the carrier (`TaskSignals`) is a child of the QApplication, not owned by Python: it is
  deleted with the application, after the application's destructor has waited for the
  thread pool, never while a task can still emit; each carrier is deleted once its task
  has reported;
- on `aboutToQuit` the runner cancels its tasks (their next progress report raises
  `TaskCancelled`, so long work stops early) and waits for the pool;
- an emit that finds its carrier gone all the same (no application) is dropped quietly:
  nobody is left to receive it.

Closing a session while its tasks run. A task's outcome arrives as a queued signal, so
after `wait()` it may still be on its way and would reach views (and a session) that are
being deleted. Tasks started for an owner (the open session) are `drop`ped when it closes:
they run to their end (a write is finished, not cut) and their outcome is discarded.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from review_desk.review.pacing import paced

# the core's progress callback: (stage, done, total)
ProgressCallback = Callable[[str, int, int], None]
QUIT_WAIT_MS = 30_000

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised inside a task's progress callback once the app is quitting."""


class TaskSignals(QObject):
    """What a task reports: progress, its result, or the error that stopped it."""

    progress = Signal(str, int, int)
    finished = Signal(object)
    failed = Signal(object)


class Task(QRunnable):
    """Runs `work(progress)` on a pool thread."""

    def __init__(self, work: Callable[[ProgressCallback], Any]) -> None:
        super().__init__()
        self.work = work
        # owned by the application (see the module's docstring), not by this wrapper
        self.signals = TaskSignals(QCoreApplication.instance())
        self.cancelled = threading.Event()
        self.setAutoDelete(False)

    def report_progress(self, stage: str, done: int, total: int) -> None:
        """The progress callback handed to the work."""
        if self.cancelled.is_set():
            raise TaskCancelled(stage)
        self._emit(self.signals.progress, stage, done, total)

    def run(self) -> None:
        """Do the work; report its result or error."""
        try:
            with paced():  # the UI thread keeps the interpreter often enough to paint
                result = self.work(self.report_progress)
        except Exception as error:  # reported to the UI, which words it for the user
            self._emit(self.signals.failed, error)
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the carrier was deleted: the app is gone, nobody listens
            log.debug("a background task reported after the app quit; dropped")


class _Handle(QObject):
    """Lives on the UI thread, so the task's signals reach the callbacks there (queued)."""

    def __init__(self, runner: TaskRunner, task: Task, done: Callable[[Any], None],
                 failed: Callable[[Exception], None],
                 progress: Callable[[str, int, int], None] | None) -> None:
        super().__init__(runner)
        self.runner, self.task = runner, task
        self.done, self.failed_cb, self.progress_cb = done, failed, progress
        self.owner: object = None
        self.dropped = False
        task.signals.finished.connect(self.on_finished)
        task.signals.failed.connect(self.on_failed)
        task.signals.progress.connect(self.on_progress)

    @Slot(object)
    def on_finished(self, result: object) -> None:
        self.runner.end(self)
        if not self.dropped:
            self.done(result)

    @Slot(object)
    def on_failed(self, error: object) -> None:
        self.runner.end(self)
        if not self.dropped and isinstance(error, Exception) and not isinstance(
                error, TaskCancelled):
            self.failed_cb(error)

    @Slot(str, int, int)
    def on_progress(self, stage: str, done: int, total: int) -> None:
        if self.progress_cb is not None and not self.dropped:
            self.progress_cb(stage, done, total)


class TaskRunner(QObject):
    """Starts tasks and keeps them alive until they report."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool.globalInstance()
        self._running: set[_Handle] = set()
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)

    @property
    def busy(self) -> bool:
        """Whether a task is running."""
        return bool(self._running)

    def start(self, work: Callable[[ProgressCallback], Any],
              done: Callable[[Any], None], failed: Callable[[Exception], None],
              progress: Callable[[str, int, int], None] | None = None,
              owner: object = None) -> Task:
        """Run `work` off the UI thread; `done`/`failed` are called on the UI thread
        (unless `owner` was dropped meanwhile)."""
        task = Task(work)
        handle = _Handle(self, task, done, failed, progress)
        handle.owner = owner
        self._running.add(handle)
        self.busy_changed.emit(True)
        self.pool.start(task)
        return task

    def end(self, handle: _Handle) -> None:
        """A task reported: forget it (and its carrier, which it no longer uses)."""
        self._running.discard(handle)
        handle.task.signals.deleteLater()
        handle.deleteLater()
        if not self._running:
            self.busy_changed.emit(False)

    def drop(self, owner: object) -> None:
        """Discard the outcomes of `owner`'s tasks (it is closing; they run to their end,
        so a write started is finished, and `wait` waits for them)."""
        for handle in self._running:
            if handle.owner is owner:
                handle.dropped = True

    def running_for(self, owner: object) -> int:
        """How many tasks of `owner` are running."""
        return sum(1 for handle in self._running if handle.owner is owner)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for every running task (tests, closing the window)."""
        return self.pool.waitForDone(msecs)

    @Slot()
    def shutdown(self) -> bool:
        """The app is quitting: cancel the tasks at their next progress report and wait
        for them; whether they all ended."""
        for handle in list(self._running):
            handle.task.cancelled.set()
        return self.wait(QUIT_WAIT_MS)

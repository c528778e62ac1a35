"""Long work off the UI thread: a QRunnable whose outcome and progress come back as
signals on the UI thread.

No QObject here is ever deleted while a task may use it. Each task once had its own
signal carrier and a `_Handle` QObject, both `deleteLater`ed when the task reported, and
pytest aborted the process in about one run in six to one in two ("malloc_consolidate():
unaligned fastbin chunk detected"). gdb showed why: the handle, a child of the runner, held
the last Python reference to a runner Python owned (a test's `TaskRunner()`); deleting the
handle freed that reference, so the runner's C++ destructor ran *inside* the handle's and
deleted the half-destroyed handle a second time (a double free). Deleting the carrier could
also run while the pool thread was still inside its `emit` (a sender may not be deleted
while another thread emits on it). So:

- every task reports through one carrier (`task_signals()`), each signal naming its task;
  the runners listen to it and keep their tasks' callbacks in a plain dict. The carrier is
  a child of the QApplication, not owned by Python: it is deleted with the application,
  after the application's destructor has waited for the thread pool, never while a task
  can still emit. Python's exit deleting every QObject it owns while the pool thread still
  worked made a task's next `emit` raise "Signal source has been deleted";
- on `aboutToQuit` the runner cancels its tasks (their next progress report raises
  `TaskCancelled`, so long work stops early) and waits for the pool;
- an emit that finds the carrier gone all the same (no application) is dropped quietly:
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
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot
from shiboken6 import Shiboken

from review_desk.review.pacing import paced

# the core's progress callback: (stage, done, total)
ProgressCallback = Callable[[str, int, int], None]
QUIT_WAIT_MS = 30_000

log = logging.getLogger(__name__)


class TaskCancelled(Exception):
    """Raised inside a task's progress callback once the app is quitting."""


class TaskSignals(QObject):
    """What the tasks report, each signal naming its task first: progress, its result, or
    the error that stopped it."""

    progress = Signal(object, str, int, int)
    finished = Signal(object, object)
    failed = Signal(object, object)


_carrier: list[TaskSignals] = []  # the application's one carrier, made on first use


def task_signals() -> TaskSignals:
    """The carrier every task reports through, a child of the application."""
    if not _carrier or not Shiboken.isValid(_carrier[0]):  # a new application
        _carrier[:] = [TaskSignals(QCoreApplication.instance())]
    return _carrier[0]


class Task(QRunnable):
    """Runs `work(progress)` on a pool thread."""

    def __init__(self, work: Callable[[ProgressCallback], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = task_signals()
        self.cancelled = threading.Event()
        self.setAutoDelete(False)  # the runner's dict and the pool thread's call hold it

    def report_progress(self, stage: str, done: int, total: int) -> None:
        """The progress callback handed to the work."""
        if self.cancelled.is_set():
            raise TaskCancelled(stage)
        self._emit(self.signals.progress, self, stage, done, total)

    def run(self) -> None:
        """Do the work; report its result or error."""
        try:
            with paced():  # the UI thread keeps the interpreter often enough to paint
                result = self.work(self.report_progress)
        except Exception as error:  # reported to the UI, which words it for the user
            self._emit(self.signals.failed, self, error)
        else:
            self._emit(self.signals.finished, self, result)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the carrier was deleted: the app is gone, nobody listens
            log.debug("a background task reported after the app quit; dropped")


def _spent(_progress: ProgressCallback) -> None:
    """The work of a task that has reported."""


@dataclass
class _Job:
    """Where a running task's outcome goes (plain Python: nothing Qt deletes)."""

    done: Callable[[Any], None]
    failed: Callable[[Exception], None]
    progress: Callable[[str, int, int], None] | None
    owner: object = None
    dropped: bool = False


class TaskRunner(QObject):
    """Starts tasks and keeps them alive until they report."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool.globalInstance()
        self._running: dict[Task, _Job] = {}
        # the carrier lives on the UI thread like this runner: the pool thread's emits are
        # queued to these slots, which ignore other runners' tasks
        signals = task_signals()
        signals.finished.connect(self._on_finished)
        signals.failed.connect(self._on_failed)
        signals.progress.connect(self._on_progress)
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
        self._running[task] = _Job(done, failed, progress, owner)
        self.busy_changed.emit(True)
        self.pool.start(task)
        return task

    def _end(self, task: object) -> _Job | None:
        """`task` reported: forget it; its job, if it is one of this runner's."""
        job = self._running.pop(task, None) if isinstance(task, Task) else None
        if isinstance(task, Task) and job is not None:
            # the global pool keeps every runnable it ran (PySide makes it the parent):
            # what the work held (a Desk, an index, parsed rows) must not stay with it
            task.work = _spent
        if job is not None and not self._running:
            self.busy_changed.emit(False)
        return job

    @Slot(object, object)
    def _on_finished(self, task: object, result: object) -> None:
        job = self._end(task)
        if job is not None and not job.dropped:
            job.done(result)

    @Slot(object, object)
    def _on_failed(self, task: object, error: object) -> None:
        job = self._end(task)
        if job is not None and not job.dropped and isinstance(error, Exception) and (
                not isinstance(error, TaskCancelled)):
            job.failed(error)

    @Slot(object, str, int, int)
    def _on_progress(self, task: object, stage: str, done: int, total: int) -> None:
        job = self._running.get(task) if isinstance(task, Task) else None
        if job is not None and job.progress is not None and not job.dropped:
            job.progress(stage, done, total)

    def drop(self, owner: object) -> None:
        """Discard the outcomes of `owner`'s tasks (it is closing; they run to their end,
        so a write started is finished, and `wait` waits for them)."""
        for job in self._running.values():
            if job.owner is owner:
                job.dropped = True

    def cancel(self, owner: object) -> None:
        """Stop `owner`'s tasks at their next progress report (their outcome, if they
        end all the same, still arrives)."""
        for task, job in self._running.items():
            if job.owner is owner:
                task.cancelled.set()

    def running_for(self, owner: object) -> int:
        """How many tasks of `owner` are running."""
        return sum(1 for job in self._running.values() if job.owner is owner)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for every running task (tests, closing the window)."""
        return self.pool.waitForDone(msecs)

    @Slot()
    def shutdown(self) -> bool:
        """The app is quitting: cancel the tasks at their next progress report and wait
        for them; whether they all ended."""
        for task in list(self._running):
            task.cancelled.set()
        return self.wait(QUIT_WAIT_MS)

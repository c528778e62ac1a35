"""Long work off the UI thread: a QRunnable whose outcome and progress come back as
signals on the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

# the core's progress callback: (stage, done, total)
ProgressCallback = Callable[[str, int, int], None]


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
        self.signals = TaskSignals()
        self.setAutoDelete(False)

    def run(self) -> None:
        """Do the work; report its result or error."""
        try:
            result = self.work(self.signals.progress.emit)
        except Exception as error:  # reported to the UI, which words it for the user
            self.signals.failed.emit(error)
        else:
            self.signals.finished.emit(result)


class _Handle(QObject):
    """Lives on the UI thread, so the task's signals reach the callbacks there (queued)."""

    def __init__(self, runner: TaskRunner, task: Task, done: Callable[[Any], None],
                 failed: Callable[[Exception], None],
                 progress: Callable[[str, int, int], None] | None) -> None:
        super().__init__(runner)
        self.runner, self.task = runner, task
        self.done, self.failed_cb, self.progress_cb = done, failed, progress
        task.signals.finished.connect(self.on_finished)
        task.signals.failed.connect(self.on_failed)
        task.signals.progress.connect(self.on_progress)

    @Slot(object)
    def on_finished(self, result: object) -> None:
        self.runner.end(self)
        self.done(result)

    @Slot(object)
    def on_failed(self, error: object) -> None:
        self.runner.end(self)
        self.failed_cb(error)  # type: ignore[arg-type]

    @Slot(str, int, int)
    def on_progress(self, stage: str, done: int, total: int) -> None:
        if self.progress_cb is not None:
            self.progress_cb(stage, done, total)


class TaskRunner(QObject):
    """Starts tasks and keeps them alive until they report."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool.globalInstance()
        self._running: set[_Handle] = set()

    @property
    def busy(self) -> bool:
        """Whether a task is running."""
        return bool(self._running)

    def start(self, work: Callable[[ProgressCallback], Any],
              done: Callable[[Any], None], failed: Callable[[Exception], None],
              progress: Callable[[str, int, int], None] | None = None) -> Task:
        """Run `work` off the UI thread; `done`/`failed` are called on the UI thread."""
        task = Task(work)
        handle = _Handle(self, task, done, failed, progress)
        self._running.add(handle)
        self.busy_changed.emit(True)
        self.pool.start(task)
        return task

    def end(self, handle: _Handle) -> None:
        """A task reported: forget it."""
        self._running.discard(handle)
        handle.deleteLater()
        if not self._running:
            self.busy_changed.emit(False)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for every running task (tests, closing the window)."""
        return self.pool.waitForDone(msecs)

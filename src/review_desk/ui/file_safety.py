"""The file's pages are checked when the window opens it, off the UI thread (a big file
opens at once and is checked while the reviewer works).

A damaged file stays readable, but nothing more is written to it and it is never synced:
the message says what to do (check out a fresh copy from the office share, keeping this
device's unsynced changes, or restore a backup)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from review_desk.errors import CorruptFileError
from review_desk.store.integrity import IntegrityReport
from review_desk.ui.session import DeskSession
from review_desk.ui.status_line import StatusLine
from review_desk.ui.workers import Task, TaskRunner


class IntegrityCheck(QObject):
    """Checks the open file once, in the background; `damaged` when it is not sound."""

    damaged = Signal(object)  # CorruptFileError
    checked = Signal(object)  # IntegrityReport of a sound file

    def __init__(self, session: DeskSession, runner: TaskRunner, status: StatusLine,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.runner = runner
        self.status = status
        self.task: Task | None = None
        self.error: CorruptFileError | None = None
        self.done = False

    def start(self) -> None:
        """Check every page off the UI thread."""
        desk = self.session.desk
        self.status.set_busy_text(self.tr("Checking the file…"))
        self.task = self.runner.start(
            lambda report: desk.ensure_sound(report), self._sound, self._failed,
            lambda _stage, done, total: self.status.set_progress(done, total),
            owner=self.session)

    def stop(self) -> None:
        """The session closes: a check still running stops at its next table."""
        if self.task is not None and not self.done:
            self.task.cancelled.set()

    def _sound(self, report: IntegrityReport) -> None:
        self.done = True
        self.status.set_busy_text("")
        self.checked.emit(report)

    def _failed(self, error: Exception) -> None:
        self.done = True
        self.status.set_busy_text("")
        if isinstance(error, CorruptFileError):
            self.error = error
            self.damaged.emit(error)
        # other failures (the file moved away meanwhile) are reported by the next read

"""The open session as the UI sees it: runs Desk commands, broadcasts what changed, and
turns failures (the core's typed errors, a vanished file, a full disk) into one signal.

A long write (a bulk decision) runs off the UI thread; a command given meanwhile waits in
line (`waiting` says how many) and runs as soon as the long write is done, instead of
freezing the window on the file's write lock. So do a second long write and what must
first see the long write's outcome (`later`: Ctrl+Z decides what to take back, and how,
only once the bulk before it is in the file)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from review_desk.desk import Desk
from review_desk.errors import FileMissingError, ReviewDeskError
from review_desk.review.journal import Changed
from review_desk.ui.session_lock import SessionLock
from review_desk.ui.workers import TaskRunner

T = TypeVar("T")
QUEUED = Changed("", "queued")  # a command that waits for a long write to end
# how long a command on the UI thread waits for another program's write before it is
# refused as busy (SQLite's own wait, 10 s, froze the window that long)
KEY_WAIT_MS = 1_500


class SessionGone(ReviewDeskError):
    """The session file was deleted or moved while open."""


def check_file(path: Path) -> None:
    """Refuse to touch a file that is no longer where it was opened (SQLite would
    silently create an empty one in its place)."""
    if not path.exists():
        raise FileMissingError(
            path,
            "the file was moved or deleted while open; everything up to your last action "
            "was saved in it. Open it again from its new place",
            "文件在打开期间被移动或删除；最后一次操作之前的内容均已保存在该文件中。"
            "请从新位置重新打开",
        )


class _Later:
    """A step waiting for a long write to end (a wrapper: commands are callables too)."""

    def __init__(self, step: Callable[[], None]) -> None:
        self.step = step


class DeskSession(QObject):
    """One open Desk: every change goes through `command`, every read through `read`."""

    changed = Signal(object)  # Changed
    failed = Signal(object)  # Exception
    waiting = Signal(int)  # commands waiting for a long write to end

    def __init__(self, desk: Desk, parent: QObject | None = None,
                 lock: SessionLock | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.lock = lock  # held while open: one window at a time on the file
        self.last_failure: Exception | None = None  # why the last read or command failed
        # the file's check found damage: nothing more is written to it (reads go on)
        self.damaged: ReviewDeskError | None = None
        self._long_write = False
        # commands (Desk → Changed) and deferred steps (no argument) in the order given
        self._queue: list[Callable[[Desk], Changed] | _Later] = []

    @property
    def path(self) -> Path:
        """The session file."""
        return self.desk.path

    def read(self, fetch: Callable[[Desk], T], default: T) -> T:
        """A read; on failure the error is reported and `default` returned."""
        try:
            check_file(self.desk.path)
            return fetch(self.desk)
        except Exception as error:  # worded for the user by the window
            self.last_failure = error
            self.failed.emit(error)
            return default

    @property
    def writing_long(self) -> bool:
        """Whether a long write runs off the UI thread."""
        return self._long_write

    def command(self, run: Callable[[Desk], Changed]) -> Changed | None:
        """Run a Desk command and broadcast what it changed; None if it failed (then
        nothing was written: each command is one transaction). During a long write the
        command waits in line and `QUEUED` is returned."""
        if self._long_write:
            self._queue.append(run)
            self.waiting.emit(len(self._queue))
            return QUEUED
        try:
            if self.damaged is not None:
                raise self.damaged
            check_file(self.desk.path)
            with self.desk.patience(KEY_WAIT_MS):
                changed = run(self.desk)
        except Exception as error:
            self.last_failure = error
            self.failed.emit(error)
            return None
        self.broadcast(changed)
        return changed

    def later(self, step: Callable[[], None]) -> None:
        """Run `step` now, or, during a long write, once it and what waited before are
        done."""
        if self._long_write:
            self._queue.append(_Later(step))
            self.waiting.emit(len(self._queue))
            return
        step()

    def write_long(self, runner: TaskRunner,
                   work: Callable[[Desk, Callable[[int, int], None]], Changed],
                   done: Callable[[Changed], None],
                   progress: Callable[[int, int], None]) -> None:
        """Run `work(desk, progress)` off the UI thread; what it changed is broadcast and
        given to `done` once the commands that waited have run. During another long
        write it waits in line (two writers would wait for each other's lock)."""
        if self._long_write:
            self.later(lambda: self.write_long(runner, work, done, progress))
            return
        desk = self.desk
        self._long_write = True

        def finished(changed: Changed) -> None:
            self.broadcast(changed)
            self.run_waiting()
            done(changed)

        def failed(error: Exception) -> None:
            self.last_failure = error
            self.failed.emit(error)
            self.run_waiting()

        runner.start(lambda report: work(desk, lambda n, total: report("write", n, total)),
                     finished, failed, lambda _stage, n, total: progress(n, total),
                     owner=self)

    def run_waiting(self) -> None:
        """The long write ended (or the session closes after it): run what waited."""
        self._long_write = False
        queue, self._queue = self._queue, []
        for run in queue:
            if isinstance(run, _Later):
                self.later(run.step)  # waits again when an earlier one started a long write
            else:
                self.command(run)
        self.waiting.emit(len(self._queue))

    def broadcast(self, changed: Changed) -> None:
        """Tell every view what changed (once)."""
        if changed.change_count or changed.entities or changed.everything:
            self.changed.emit(changed)

    def close(self) -> None:
        """Close the file (first saving the last changes into it when it was moved)."""
        if not self.desk.path.exists():
            try:
                self.desk.store.checkpoint_open()
            except Exception as error:  # closing anyway; nothing more to do
                self.failed.emit(error)
        try:
            self.desk.close()
        finally:
            if self.lock is not None:
                self.lock.release()

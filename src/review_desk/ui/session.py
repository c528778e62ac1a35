"""The open session as the UI sees it: runs Desk commands, broadcasts what changed, and
turns failures (the core's typed errors, a vanished file, a full disk) into one signal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, Signal

from review_desk.desk import Desk
from review_desk.errors import FileMissingError, ReviewDeskError
from review_desk.review.journal import Changed
from review_desk.ui.session_lock import SessionLock

T = TypeVar("T")


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


class DeskSession(QObject):
    """One open Desk: every change goes through `command`, every read through `read`."""

    changed = Signal(object)  # Changed
    failed = Signal(object)  # Exception

    def __init__(self, desk: Desk, parent: QObject | None = None,
                 lock: SessionLock | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.lock = lock  # held while open: one window at a time on the file

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
            self.failed.emit(error)
            return default

    def command(self, run: Callable[[Desk], Changed]) -> Changed | None:
        """Run a Desk command and broadcast what it changed; None if it failed (then
        nothing was written: each command is one transaction)."""
        try:
            check_file(self.desk.path)
            changed = run(self.desk)
        except Exception as error:
            self.failed.emit(error)
            return None
        self.broadcast(changed)
        return changed

    def broadcast(self, changed: Changed) -> None:
        """Tell every view what changed (once)."""
        if changed.change_count or changed.entities:
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

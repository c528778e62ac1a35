"""Opening a session file, or creating a demo or an empty one, off the UI thread, with
the file's lock taken first so a second window never opens the same file."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from review_desk.store.search_index import SEARCH_STAGE
from review_desk.store.upgrade_wait import OpenNotice, OpenProgress, UpgradingNotice
from review_desk.ui.loader import LoadedSession, create_demo, create_empty, load_session
from review_desk.ui.session_lock import SessionInUseError, SessionLock
from review_desk.ui.workers import ProgressCallback, TaskRunner

DEMO_SIZE = (600, 5000)
NOTICE_STAGE = "notice"  # a sentence of the opening's, not a count


def lock_key(path: Path) -> str:
    """One spelling of a file's path, to compare paths by."""
    return str(path.resolve())


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name one file."""
    return lock_key(a) == lock_key(b)


def bring_forward_window_of(path: Path, asking: QWidget) -> QWidget | None:
    """Raise the other window of this program that has `path` open."""
    for widget in QApplication.topLevelWidgets():
        open_path = widget.property("sessionPath")
        if widget is not asking and open_path and same_file(Path(str(open_path)), path):
            widget.show()
            widget.raise_()
            widget.activateWindow()
            return widget
    return None


class SessionOpener(QObject):
    """Loads session files for one window; `opened` carries the loaded session and its
    lock, `failed` the error."""

    opened = Signal(object, object)  # LoadedSession, SessionLock | None
    failed = Signal(object)  # Exception
    busy_text = Signal(str)

    def __init__(self, runner: TaskRunner, window: QWidget,
                 current_path: Callable[[], Path | None], close_current: Callable[[], None],
                 progress: Callable[[str, int, int], None], language: str = "zh_CN") -> None:
        super().__init__(window)
        self.language = language
        self.runner = runner
        self.window = window
        self.current_path = current_path
        self.close_current = close_current
        self.progress = progress
        self.reviewer: str | None = None
        # asked for the reviewer's name first (the first start), then runs the step again
        self.ask_reviewer: Callable[[Callable[[], None]], object] | None = None
        self._pending_locks: dict[str, SessionLock] = {}  # taken, the file still opening
        self._abandoned = False  # the window closed: what still opens is closed again

    def choose_file(self) -> None:
        """Ask for a session file and open it."""
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open session"), "",
                                              self.tr("Session files (*.rdesk);;All files (*)"))
        if name:
            self.open_path(Path(name))

    def choose_demo_file(self) -> None:
        """Ask where to write a demo session, create it and open it."""
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Create demo session"),
                                              "demo.rdesk", self.tr("Session files (*.rdesk)"))
        if name:
            self.create_demo(Path(name))

    def open_path(self, path: Path) -> None:
        """Open a session file (unless this or another window has it open)."""
        if self._named_first(lambda: self.open_path(path)):
            return
        current = self.current_path()
        if current is not None and same_file(current, path):
            return  # open here already
        if not self._claim(path):
            return
        reviewer = self.reviewer
        self.busy_text.emit(self.tr("Opening %1…").replace("%1", path.name))
        # the loading thread's sentences in order, each taken by the UI thread's slot as
        # its report arrives (one cell lost a sentence the UI thread had not shown yet)
        said: deque[str] = deque()
        self.runner.start(lambda p: load_session(path, reviewer, self._teller(p, said)),
                          self._loaded, lambda error: self._failed(error, path),
                          lambda stage, done, total: self._told(stage, done, total, said),
                          owner=self)

    def _teller(self, report: ProgressCallback, said: deque[str]) -> OpenProgress:
        """What hears why this open takes a while, on the loading thread: another program
        upgrades the file, or this one does, or the count of the search index's build.
        All of it goes through `report`, the task's progress: a queued signal of the
        application's carrier (workers.py) to `_told` on the UI thread (never a signal of
        this window's object, which may be gone while the thread still waits), and it
        raises once the program quits, which ends a wait for another program's upgrade."""
        def tell(notice: OpenNotice | UpgradingNotice) -> None:
            if isinstance(notice, UpgradingNotice) and notice.count is not None:
                report(SEARCH_STAGE, *notice.count)
                return
            said.append(notice.message_zh if self.language == "zh_CN" else notice.message)
            report(NOTICE_STAGE, 0, 0)
        return tell

    def _told(self, stage: str, done: int, total: int, said: deque[str]) -> None:
        """A notice, or the search index's count in the status line and its bar (UI
        thread)."""
        if stage == NOTICE_STAGE:
            self.busy_text.emit(said.popleft())
            return
        self.progress(stage, done, total)
        if stage == SEARCH_STAGE:
            self.busy_text.emit(self.tr("Building the search index… %1 / %2")
                                .replace("%1", f"{done:,}").replace("%2", f"{total:,}"))

    def create_demo(self, path: Path, size: tuple[int, int] = DEMO_SIZE) -> None:
        """Create a demo session, then open it."""
        if self._named_first(lambda: self.create_demo(path, size)):
            return
        if not self._claim(path, replacing=True):
            return
        reviewer = self.reviewer
        self.busy_text.emit(self.tr("Creating the demo session…"))
        self.runner.start(lambda p: create_demo(path, reviewer, size[0], size[1], p),
                          self._loaded, lambda error: self._failed(error, path),
                          self.progress, owner=self)

    def create_empty(self, path: Path) -> None:
        """Create an empty session (the standard lists), then open it."""
        if self._named_first(lambda: self.create_empty(path)):
            return
        if not self._claim(path, replacing=True):
            return
        reviewer = self.reviewer
        self.busy_text.emit(self.tr("Creating the session…"))
        self.runner.start(lambda _p: create_empty(path, reviewer), self._loaded,
                          lambda error: self._failed(error, path), owner=self)

    def _named_first(self, step: Callable[[], None]) -> bool:
        """With no reviewer name yet, ask for it and do `step` after; True when asked."""
        if self.reviewer or self.ask_reviewer is None:
            return False
        self.ask_reviewer(step)
        return True

    def _claim(self, path: Path, replacing: bool = False) -> bool:
        """Take the lock of `path`; False (and the person told) when another window or
        program has it open. A file this window shows and is about to replace is closed
        first."""
        current = self.current_path()
        if replacing and current is not None and same_file(current, path):
            self.close_current()
        try:
            lock = SessionLock.acquire(path)
        except SessionInUseError as error:
            if error.holder.this_program:
                bring_forward_window_of(path, self.window)
            self.failed.emit(error)
            return False
        old = self._pending_locks.pop(lock_key(path), None)
        if old is not None:
            old.release()
        if lock is not None:
            self._pending_locks[lock_key(path)] = lock
        return True

    def _failed(self, error: Exception, path: Path) -> None:
        if self._abandoned:
            return
        lock = self._pending_locks.pop(lock_key(path), None)
        if lock is not None:
            lock.release()
        self.busy_text.emit("")
        self.failed.emit(error)

    def _loaded(self, loaded: LoadedSession) -> None:
        if self._abandoned:  # opened after its window closed: nobody shows it
            loaded.desk.close()
            return
        lock = self._pending_locks.pop(lock_key(loaded.desk.path), None)
        self.busy_text.emit("")
        self.opened.emit(loaded, lock)

    def abandon(self) -> None:
        """The window closes: cancel what is still opening (a wait for another program's
        upgrade ends at its next notice), wait for the background work, close whatever
        opened meanwhile and give up the locks taken for it."""
        self._abandoned = True
        self.runner.cancel(self)
        self.runner.wait()
        self.release_all()

    def release_all(self) -> None:
        """Give up the locks of files still opening (the window closes)."""
        for lock in self._pending_locks.values():
            lock.release()
        self._pending_locks.clear()

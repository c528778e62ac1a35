"""One window at a time on a session file: a lock file beside it (`FILE.rdesk.lock`).

Why a lock and not "both work safely": the core would survive two writers (SQLite WAL and
BEGIN IMMEDIATE keep the file valid), but the people would not. Two windows on one file
are the same device and the same journal, so a decision made in one window is silently
replaced by a decision made in the other on a list that never showed it — no conflict is
flagged, since for the journal both edits came from one device in turn — and each window's
list, counts and undo go stale without notice. So the second window (or program) is told,
in plain words naming the file and who holds it, and opens nothing; the first one is
brought to the front when it is in the same program. The headless commands (export,
sync) do not take the lock: they are short, and the core keeps them safe.

The lock is Qt's QLockFile, held while the session is open: it writes the process id,
the program's name and the computer's name, is created atomically, and is recognised as
stale (and taken over) when the process that wrote it is gone from this computer — after
a crash or a power loss nobody has to delete it. `setStaleLockTime(0)` keeps a live lock
from going stale with age: sessions stay open for days. A lock written on another
computer (the file on a USB stick) cannot be checked from here; the message then says
which computer holds it and that the .lock file may be deleted if that one is off.
A folder where no lock can be written (read-only media) opens without one; the core
then reports the file as read-only.
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile

from review_desk.errors import SessionFileError

LOCK_SUFFIX = ".lock"


def lock_path(path: Path) -> Path:
    """The lock file of a session file: beside it, with .lock added."""
    return path.with_name(path.name + LOCK_SUFFIX)


@dataclass(frozen=True)
class LockHolder:
    """Who holds a session file's lock."""

    pid: int
    host: str
    program: str

    @property
    def this_program(self) -> bool:
        """Held by this very process (another window of it)."""
        return self.pid == os.getpid() and self.host in ("", socket.gethostname())

    @property
    def this_computer(self) -> bool:
        """Held by a process on this computer."""
        return self.host in ("", socket.gethostname())


class SessionInUseError(SessionFileError):
    """The session file is open in another window or program."""

    def __init__(self, path: Path, holder: LockHolder) -> None:
        name = path.name
        if holder.this_program:
            en = (f"“{name}” is already open in another Review Desk window; that window is "
                  "now in front. Work on it there: one file is reviewed in one window at a "
                  "time, so no decision is silently replaced by another")
            zh = (f"“{name}”已在另一个提案审查台窗口中打开，该窗口已切换到前面。请在那里继续"
                  "审查：同一文件同一时间只能在一个窗口中审查，以免一个决定被另一个悄悄覆盖")
        elif holder.this_computer:
            en = (f"“{name}” is already open in another program on this computer "
                  f"({holder.program or 'Review Desk'}, process {holder.pid}). Close the "
                  "file there first, then open it here")
            zh = (f"“{name}”已在本机的另一个程序中打开（{holder.program or '提案审查台'}，"
                  f"进程 {holder.pid}）。请先在那里关闭该文件，再在这里打开")
        else:
            lock = lock_path(path).name
            en = (f"“{name}” is already open on the computer “{holder.host}” "
                  f"({holder.program or 'Review Desk'}). Close it there first. If that "
                  f"computer is switched off or no longer uses the file, delete “{lock}” "
                  "beside the file and open it again")
            zh = (f"“{name}”已在计算机“{holder.host}”上打开（{holder.program or '提案审查台'}）。"
                  f"请先在那台计算机上关闭该文件。如果那台计算机已关机或不再使用该文件，请删除"
                  f"文件旁的“{lock}”后重新打开")
        super().__init__(path, en, zh)
        self.holder = holder


class SessionLock:
    """The lock of one open session file (release it when the session closes)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = QLockFile(str(lock_path(path)))
        self._lock.setStaleLockTime(0)  # never stale by age; stale when its process is gone

    @classmethod
    def acquire(cls, path: Path) -> SessionLock | None:
        """Take the lock of `path`; None when no lock can be written there.

        Raises SessionInUseError when another window or program holds it."""
        lock = cls(path)
        if lock._lock.tryLock(0):
            return lock
        if lock._lock.error() != QLockFile.LockError.LockFailedError:
            return None  # read-only folder or the like: nothing to lock with
        found = lock._lock.getLockInfo()
        pid, host, program = found if isinstance(found, tuple) and len(found) == 3 else (
            0, "", "")
        raise SessionInUseError(path, LockHolder(int(pid), str(host), str(program)))

    @property
    def held(self) -> bool:
        """Whether this object still holds the lock."""
        return self._lock.isLocked()

    def release(self) -> None:
        """Give the lock up (removes the lock file)."""
        if self._lock.isLocked():
            self._lock.unlock()
